import Foundation
import Logging
import Testing
import WarbleConfig
import WarbleCore
import WarbleDirectory
import WarbleIdentity
import WarbleStore
import WarbleTestSupport

@Suite("Signing in: directory, provisioning, roles, throttling, audit")
struct SignInServiceTests {
    static let groups = "ou=groups,\(TestServices.ldapSuffix)"

    static func service(_ database: Database, settings: LoginSettings = LoginSettings(), ldap: LDAPSettings? = nil) throws -> SignInService {
        var ldap = try ldap ?? TestServices.ldapSettings()
        if ldap.roleGroups.isEmpty {
            ldap.roleGroups = [.admin: "cn=warble-admins,\(groups)", .compliance: "cn=warble-compliance,\(groups)", .auditor: "cn=warble-auditors,\(groups)"]
        }
        return SignInService(directory: DirectoryClient(settings: ldap), database: database, settings: settings, logger: Logger(label: "test"))
    }

    @Test("the first sign-in creates the account from the directory with its role; later ones refresh it")
    func provisions() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let service = try Self.service(database)
            // act
            let first = try await service.signIn(username: "alice", password: TestServices.demoPassword, address: "127.0.0.1")
            let second = try await service.signIn(username: "alice", password: TestServices.demoPassword, address: "127.0.0.1")
            // validate
            #expect(first.username == "alice")
            #expect(first.role == .admin)
            #expect(first.displayName == "Alice Chen")
            #expect(first.title == "Head of IT" && first.department == "IT")
            #expect(second.id == first.id)
            let actions = try await AuditRepository(database: database).recent().map(\.action)
            #expect(actions == ["auth.login", "auth.login", "account.created"])
        }
    }

    @Test("handles come from the login name, stay unique and keep the directory's uid", arguments: [
        ("d'arcy", "darcy", Role.member), ("björn", "bjorn", .member), ("carol", "carol", .compliance), ("audrey", "audrey", .auditor),
        ("zoë(qa)*o'hara\\lab", "zoeqaoharalab", .member),
    ])
    func handles(uid: String, handle: String, role: Role) async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let account = try await Self.service(database).signIn(username: uid, password: TestServices.demoPassword, address: "127.0.0.1")
            #expect(account.username == handle)
            #expect(account.directoryUID == uid)
            #expect(account.role == role)
        }
    }

    @Test("a handle already taken gets a number")
    func handleCollision() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            try await database.execute("INSERT INTO accounts (username, is_local) VALUES ('sam', true)")
            let account = try await Self.service(database).signIn(username: "sam*", password: TestServices.demoPassword, address: "127.0.0.1")
            #expect(account.username == "sam2")
        }
    }

    @Test("wrong password, unknown user and empty password are refused with their own reason and audited")
    func refusals() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let service = try Self.service(database)
            for (username, password, expected) in [
                ("alice", "nope", SignInError.directory(.wrongPassword)),
                ("nobody", "nope", .directory(.unknownUser)),
                ("alice", "", .directory(.emptyPassword)),
                ("*", TestServices.demoPassword, .directory(.unknownUser)),
            ] {
                let error = await #expect(throws: SignInError.self) { try await service.signIn(username: username, password: password, address: "10.0.0.9") }
                #expect(error == expected)
            }
            let failed = try await AuditRepository(database: database).recent(action: "auth.login.failed")
            #expect(failed.map { $0.details["reason"] } == ["unknown_user", "empty_password", "unknown_user", "wrong_password"])
            #expect(failed.allSatisfy { $0.actorAddress == "10.0.0.9" })
        }
    }

    @Test("after too many failures a user is locked out, even with the right password, and the lockout is audited")
    func lockout() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let service = try Self.service(database, settings: LoginSettings(maxFailures: 3, maxFailuresPerAddress: 100, lockout: 600))
            for _ in 0..<3 {
                await #expect(throws: SignInError.directory(.wrongPassword)) { try await service.signIn(username: "bob", password: "guess", address: "127.0.0.2") }
            }
            let error = await #expect(throws: SignInError.self) { try await service.signIn(username: "bob", password: TestServices.demoPassword, address: "127.0.0.3") }
            guard case .lockedOut(let retryAfter) = error else {
                Issue.record("expected a lockout, got \(String(describing: error))")
                return
            }
            #expect(retryAfter > 500 && retryAfter <= 600)
            #expect(try await AuditRepository(database: database).recent(action: "auth.lockout").count == 1)
            #expect(try await AuditRepository(database: database).recent(action: "auth.login.locked").count == 1)
            // Someone else is not affected.
            _ = try await service.signIn(username: "erin", password: TestServices.demoPassword, address: "127.0.0.2")
        }
    }

    @Test("one address trying many names is throttled")
    func addressThrottle() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let service = try Self.service(database, settings: LoginSettings(maxFailures: 100, maxFailuresPerAddress: 3, lockout: 600))
            for name in ["x1", "x2", "x3"] {
                await #expect(throws: SignInError.directory(.unknownUser)) { try await service.signIn(username: name, password: "p", address: "192.0.2.1") }
            }
            await #expect {
                try await service.signIn(username: "alice", password: TestServices.demoPassword, address: "192.0.2.1")
            } throws: { error in
                if case SignInError.lockedOut = error { return true }
                return false
            }
            _ = try await service.signIn(username: "alice", password: TestServices.demoPassword, address: "192.0.2.2")
        }
    }

    @Test("a suspended account cannot sign in, though the directory accepts the password")
    func suspended() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let service = try Self.service(database)
            let account = try await service.signIn(username: "judy", password: TestServices.demoPassword, address: "127.0.0.1")
            try await AccountRepository(database: database).suspend(id: account.id)
            await #expect(throws: SignInError.suspended) { try await service.signIn(username: "judy", password: TestServices.demoPassword, address: "127.0.0.1") }
        }
    }

    @Test("a changed group mapping changes the role at the next sign-in, audited")
    func roleChange() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            _ = try await Self.service(database).signIn(username: "alice", password: TestServices.demoPassword, address: "127.0.0.1")
            var ldap = try TestServices.ldapSettings()
            ldap.roleGroups = [.auditor: "cn=warble-admins,\(Self.groups)"]
            let account = try await Self.service(database, ldap: ldap).signIn(username: "alice", password: TestServices.demoPassword, address: "127.0.0.1")
            #expect(account.role == .auditor)
            let change = try await AuditRepository(database: database).recent(action: "account.role_changed")
            #expect(change.first?.details == ["from": "admin", "to": "auditor", "source": "directory"])
        }
    }

    @Test("an unreachable directory is an outage, not a failed attempt")
    func directoryDown() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            var ldap = try TestServices.ldapSettings(timeout: 1)
            ldap.url = try #require(URL(string: "ldap://127.0.0.1:\(try SilentListener.closedPort())/"))
            let service = try Self.service(database, settings: LoginSettings(maxFailures: 1), ldap: ldap)
            for _ in 0..<2 {
                let error = await #expect(throws: SignInError.self) { try await service.signIn(username: "alice", password: TestServices.demoPassword, address: "127.0.0.1") }
                #expect(error?.isUnavailable == true)
            }
            #expect(try await database.rows("SELECT 1 FROM login_failures").isEmpty)
        }
    }
}

@Suite("Roles from groups that list members without memberOf")
struct UniqueMemberRoleTests {
    @Test("a groupOfUniqueNames role group grants its role; a missing group grants nothing")
    func uniqueMember() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            var ldap = try TestServices.ldapSettings()
            let groups = "ou=groups,\(TestServices.ldapSuffix)"
            // 'engineering' is a groupOfUniqueNames: the directory keeps no memberOf for it.
            ldap.roleGroups = [.auditor: "cn=engineering,\(groups)", .admin: "cn=no-such-group,\(groups)"]
            let service = SignInService(directory: DirectoryClient(settings: ldap), database: database, settings: LoginSettings(), logger: Logger(label: "test"))
            #expect(try await service.signIn(username: "björn", password: TestServices.demoPassword, address: "127.0.0.1").role == .auditor)
            #expect(try await service.signIn(username: "erin", password: TestServices.demoPassword, address: "127.0.0.1").role == .member)
        }
    }
}
