import Foundation
import HummingbirdBcrypt
import Logging
import Testing
import WarbleConfig
import WarbleCore
import WarbleDirectory
import WarbleIdentity
import WarbleStore
import WarbleTestSupport

@Suite("Local break-glass accounts")
struct LocalAccountTests {
    static let password = "correct horse battery staple"

    /// A sign-in service whose directory is unreachable, as during an outage.
    static func serviceDuringOutage(_ database: Database, allowLocal: Bool) throws -> SignInService {
        var ldap = try TestServices.ldapSettings(timeout: 1)
        ldap.url = URL(string: "ldap://127.0.0.1:\(try SilentListener.closedPort())/")!
        return SignInService(directory: DirectoryClient(settings: ldap), database: database, settings: LoginSettings(maxFailures: 3, allowLocalAccounts: allowLocal), logger: Logger(label: "test"))
    }

    static func createBreakGlass(_ database: Database) async throws -> Account {
        try #require(try await AccountRepository(database: database).createLocal(username: "breakglass", displayName: "Break glass", role: .admin, passwordHash: Bcrypt.hash(password, cost: 4)))
    }

    @Test("a local account signs in while the directory is down, when allowed")
    func signsInDuringOutage() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let created = try await Self.createBreakGlass(database)
            let account = try await Self.serviceDuringOutage(database, allowLocal: true).signIn(username: "BreakGlass", password: Self.password, address: "127.0.0.1")
            #expect(account.id == created.id)
            #expect(account.role == .admin)
            #expect(account.isLocal)
            let login = try await AuditRepository(database: database).recent(action: "auth.login")
            #expect(login.first?.details["source"] == "local")
        }
    }

    @Test("a wrong password counts towards the lockout; an empty one never matches")
    func wrongPassword() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            _ = try await Self.createBreakGlass(database)
            let service = try Self.serviceDuringOutage(database, allowLocal: true)
            for attempt in ["wrong", "", "also wrong"] {
                await #expect(throws: SignInError.directory(.wrongPassword)) { try await service.signIn(username: "breakglass", password: attempt, address: "127.0.0.1") }
            }
            await #expect {
                try await service.signIn(username: "breakglass", password: Self.password, address: "127.0.0.1")
            } throws: { error in
                if case SignInError.lockedOut = error { return true }
                return false
            }
        }
    }

    @Test("with local accounts not allowed, the name goes to the directory like any other")
    func notAllowed() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            _ = try await Self.createBreakGlass(database)
            let error = await #expect(throws: SignInError.self) {
                try await Self.serviceDuringOutage(database, allowLocal: false).signIn(username: "breakglass", password: Self.password, address: "127.0.0.1")
            }
            #expect(error?.isUnavailable == true)
        }
    }

    @Test("a handle that is taken cannot be created twice")
    func duplicate() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            _ = try await Self.createBreakGlass(database)
            #expect(try await AccountRepository(database: database).createLocal(username: "BREAKGLASS", displayName: "x", role: .member, passwordHash: "x") == nil)
        }
    }
}
