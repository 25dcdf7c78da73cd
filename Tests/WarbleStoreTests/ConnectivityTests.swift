import Foundation
import Testing
import WarbleConfig
import WarbleStore
import WarbleTestSupport

@Suite("Start-up and readiness checks fail fast with the reason")
struct ConnectivityTests {
    @Test("a wrong password is named as such")
    func wrongPassword() async throws {
        var endpoint = try TestServices.databaseEndpoint()
        endpoint.password = "not-the-password"
        let error = await #expect(throws: DatabaseUnavailable.self) {
            try await Database.checkReachable(DatabaseSettings(endpoint: endpoint, connectTimeout: 5), logger: .init(label: "test"))
        }
        #expect(error?.reason.contains("password authentication failed") == true)
        #expect(error?.description.contains("not-the-password") == false)
    }

    @Test("a database that does not exist is named as such")
    func missingDatabase() async throws {
        var endpoint = try TestServices.databaseEndpoint()
        endpoint.database = "no_such_database"
        let error = await #expect(throws: DatabaseUnavailable.self) {
            try await Database.checkReachable(DatabaseSettings(endpoint: endpoint), logger: .init(label: "test"))
        }
        #expect(error?.reason.contains("\"no_such_database\" does not exist") == true)
    }

    @Test("a closed port is refused at once")
    func refused() async throws {
        let endpoint = DatabaseEndpoint(host: "127.0.0.1", port: try SilentListener.closedPort(), username: "nobody", password: nil, database: "x")
        let started = ContinuousClock.now
        let error = await #expect(throws: DatabaseUnavailable.self) {
            try await Database.checkReachable(DatabaseSettings(endpoint: endpoint), logger: .init(label: "test"))
        }
        #expect(error?.reason.contains("Connection refused") == true)
        #expect(ContinuousClock.now - started < .seconds(3))
    }

    @Test("a server that accepts but never answers times out after connect_timeout")
    func silentServer() async throws {
        let listener = try SilentListener()
        defer { listener.close() }
        let endpoint = DatabaseEndpoint(host: "127.0.0.1", port: listener.port, username: "nobody", password: nil, database: "x")
        let started = ContinuousClock.now
        await #expect(throws: DatabaseUnavailable.self) {
            try await Database.checkReachable(DatabaseSettings(endpoint: endpoint, connectTimeout: 0.5), logger: .init(label: "test"))
        }
        let elapsed = ContinuousClock.now - started
        #expect(elapsed >= .milliseconds(400) && elapsed < .seconds(5))
    }

    @Test("the pool's readiness check answers within connect_timeout when the database is gone")
    func readinessWhenDown() async throws {
        let endpoint = DatabaseEndpoint(host: "127.0.0.1", port: try SilentListener.closedPort(), username: "nobody", password: nil, database: "x")
        let database = Database(settings: DatabaseSettings(endpoint: endpoint, poolSize: 2, connectTimeout: 0.5), logger: .init(label: "test"))
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await database.run() }
            let started = ContinuousClock.now
            await #expect(throws: DatabaseUnavailable.self) { try await database.checkReady() }
            #expect(ContinuousClock.now - started < .seconds(3))
            group.cancelAll()
        }
    }

    @Test("the pool's readiness check passes on a real database and counts the lease")
    func readinessWhenUp() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            try await database.checkReady()
            let figures = database.figures
            #expect(figures.leases == 1)
            #expect(figures.inUse == 0)
            #expect(figures.size == 4)
        }
    }
}
