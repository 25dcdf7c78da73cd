import Foundation
import Testing
import WarbleStore
import WarbleTestSupport

@Suite("Time-ordered identifiers made by the database")
struct IdentifierTests {
    @Test("ids are unique, increase in the order they are drawn and carry their creation time")
    func timeOrdered() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let ids = try await database.strings("SELECT warble_next_id()::text FROM generate_series(1, 5000)").compactMap(Int64.init)
            #expect(ids.count == 5000)
            #expect(Set(ids).count == ids.count)
            #expect(ids == ids.sorted())
            let seconds = try await database.strings("SELECT extract(epoch FROM now() - warble_id_time(warble_next_id()))::text")
            let age = try #require(seconds.first.flatMap(Double.init))
            #expect(abs(age) < 5)
        }
    }

    @Test("posts get time-ordered ids by default")
    func postsUseThem() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let ids = try await database.strings("""
                WITH author AS (INSERT INTO accounts (username, directory_uid) VALUES ('alice', 'alice') RETURNING id)
                INSERT INTO posts (account_id, text, visibility)
                SELECT author.id, 'post ' || n, 'public' FROM author, generate_series(1, 3) n RETURNING id::text
                """).compactMap(Int64.init)
            #expect(ids.count == 3)
            #expect(ids.allSatisfy { $0 > 1 << 40 })
        }
    }
}
