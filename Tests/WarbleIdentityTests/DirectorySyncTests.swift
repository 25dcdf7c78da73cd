import Foundation
import Logging
import Testing
import WarbleConfig
import WarbleCore
import WarbleDirectory
import WarbleIdentity
import WarbleStore
import WarbleTestSupport

@Suite("Directory sync against a real slapd")
struct DirectorySyncTests {
    static func ldap() throws -> LDAPSettings {
        var settings = try TestServices.ldapSettings()
        let groups = "ou=groups,\(TestServices.ldapSuffix)"
        settings.roleGroups = [.admin: "cn=warble-admins,\(groups)", .compliance: "cn=warble-compliance,\(groups)", .auditor: "cn=warble-auditors,\(groups)"]
        settings.disabledFilter = "(employeeType=disabled)"
        return settings
    }

    static func services(_ database: Database) throws -> (SignInService, DirectorySyncService) {
        let ldap = try ldap()
        return (
            SignInService(directory: DirectoryClient(settings: ldap), database: database, settings: LoginSettings(), logger: Logger(label: "test")),
            DirectorySyncService(directory: DirectoryClient(settings: ldap), database: database, logger: Logger(label: "test"))
        )
    }

    @Test("someone removed from the directory is suspended by the next sync and their tokens stop working")
    func removed() async throws {
        let uid = try TestDirectory.addPerson(prefix: "leaver")
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let (signIn, sync) = try Self.services(database)
            let account = try await signIn.signIn(username: uid, password: TestServices.demoPassword, address: "127.0.0.1")
            let token = try await TokenRepository(database: database).issue(kind: "oauth", applicationID: nil, accountID: account.id, scopes: ["read"]).token
            _ = try await signIn.signIn(username: "bob", password: TestServices.demoPassword, address: "127.0.0.1")
            try TestDirectory.remove(uid)

            let preview = try await sync.sync(dryRun: true)
            #expect(preview.suspendedMissing == [account.username])
            #expect(try await TokenRepository(database: database).identity(for: token) != nil)

            let report = try await sync.sync(dryRun: false)
            #expect(report.suspendedMissing == [account.username])
            #expect(report.tokensRevoked == 1)
            #expect(report.checked == 2)
            #expect(try await TokenRepository(database: database).identity(for: token) == nil)
            #expect(try await AccountRepository(database: database).find(id: account.id)?.isSuspended == true)
            let suspended = try await AuditRepository(database: database).recent(action: "account.suspended")
            #expect(suspended.first?.details["reason"] == "left_directory")
            // A second run has nothing more to do.
            #expect(try await sync.sync(dryRun: false).suspendedMissing.isEmpty)
        }
    }

    @Test("role follows group membership after a sync, and changed attributes are refreshed")
    func roleAndAttributes() async throws {
        let uid = try TestDirectory.addPerson(prefix: "mover")
        defer { try? TestDirectory.remove(uid) }
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let (signIn, sync) = try Self.services(database)
            let account = try await signIn.signIn(username: uid, password: TestServices.demoPassword, address: "127.0.0.1")
            #expect(account.role == .member)
            try TestDirectory.addMember(uid, to: "warble-auditors")
            try TestDirectory.setTitle(uid, "Internal Auditor")
            let report = try await sync.sync(dryRun: false)
            #expect(report.roleChanges == [.init(username: account.username, from: "member", to: "auditor")])
            let refreshed = try #require(try await AccountRepository(database: database).find(id: account.id))
            #expect(refreshed.role == .auditor)
            #expect(refreshed.title == "Internal Auditor")
            try TestDirectory.removeMember(uid, from: "warble-auditors")
            _ = try await sync.sync(dryRun: false)
            #expect(try await AccountRepository(database: database).find(id: account.id)?.role == .member)
        }
    }

    @Test("an entry disabled in the directory suspends the account")
    func disabled() async throws {
        let uid = try TestDirectory.addPerson(prefix: "disabled")
        defer { try? TestDirectory.remove(uid) }
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let (signIn, sync) = try Self.services(database)
            let account = try await signIn.signIn(username: uid, password: TestServices.demoPassword, address: "127.0.0.1")
            try TestDirectory.setEmployeeType(uid, "disabled")
            let report = try await sync.sync(dryRun: false)
            #expect(report.suspendedDisabled == [account.username])
            #expect(report.suspendedMissing.isEmpty)
        }
    }

    @Test("a directory outage changes nothing, and a sync that would suspend most accounts is refused")
    func safety() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let (signIn, _) = try Self.services(database)
            for uid in ["alice", "bob", "carol", "dave", "erin", "frank", "grace"] {
                _ = try await signIn.signIn(username: uid, password: TestServices.demoPassword, address: "127.0.0.1")
            }
            var down = try Self.ldap()
            down.url = try #require(URL(string: "ldap://127.0.0.1:\(try SilentListener.closedPort())/"))
            let outage = DirectorySyncService(directory: DirectoryClient(settings: down), database: database, logger: Logger(label: "test"))
            await #expect(throws: LDAPError.self) { try await outage.sync(dryRun: false) }

            var wrongBase = try Self.ldap()
            wrongBase.userBase = "ou=groups,\(TestServices.ldapSuffix)"
            let misconfigured = DirectorySyncService(directory: DirectoryClient(settings: wrongBase), database: database, logger: Logger(label: "test"))
            await #expect(throws: SyncRefused.self) { try await misconfigured.sync(dryRun: false) }
            let suspended = try await database.rows("SELECT 1 FROM accounts WHERE suspended_at IS NOT NULL")
            #expect(suspended.isEmpty)
        }
    }
}
