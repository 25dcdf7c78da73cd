import Testing
import WarbleConfig
import WarbleTestSupport
@testable import WarbleDirectory

@Suite("Pooled service-account connections")
struct ConnectionPoolTests {
    @Test("a connection is reused, and after a sign-in it is the service account's again")
    func reuse() async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings(), poolSize: 2)
        #expect(client.pool.idleCount == 0)
        _ = try await client.authenticate(username: "bob", password: TestServices.demoPassword)
        #expect(client.pool.idleCount == 1)
        // Bob may not read Alice's entry; the service account may. A pooled connection still bound
        // as Bob would find nothing here.
        let alice = try await client.search(base: "ou=people,\(TestServices.ldapSuffix)", filter: "(uid=alice)", attributes: ["mail"])
        #expect(alice.first?.value("mail") == "alice@warble.example")
        #expect(client.pool.idleCount == 1)
        // A failed sign-in leaves the connection usable too.
        await #expect(throws: LoginFailure.wrongPassword) { try await client.authenticate(username: "bob", password: "wrong") }
        #expect(client.pool.idleCount == 1)
        #expect(try await client.search(base: "ou=people,\(TestServices.ldapSuffix)", filter: "(uid=carol)").count == 1)
    }

    @Test("concurrent operations open more connections, and the pool keeps at most its capacity")
    func capacity() async throws {
        let client = DirectoryClient(settings: try TestServices.ldapSettings(), poolSize: 2)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for uid in ["alice", "bob", "carol", "dave", "erin", "frank"] {
                group.addTask { _ = try await client.authenticate(username: uid, password: TestServices.demoPassword) }
            }
            try await group.waitForAll()
        }
        #expect(client.pool.idleCount >= 1 && client.pool.idleCount <= 2)
    }
}
