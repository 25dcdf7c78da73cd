import Foundation
import Testing
import WarbleStore
import WarbleTestSupport

@Suite("Home timelines stay bounded")
struct HomeTimelineTrimTests {
    @Test("timelines past the capacity and its slack are cut to the newest entries; shorter ones are left alone")
    func trims() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let accounts = AccountRepository(database: database)
            let reader = try #require(try await accounts.createLocal(username: "reader", displayName: "Reader", role: .member, passwordHash: "x")).id
            let quiet = try #require(try await accounts.createLocal(username: "quiet", displayName: "Quiet", role: .member, passwordHash: "x")).id
            let total = TimelineRepository.homeCapacity + 201
            try await database.execute("""
                WITH made AS (INSERT INTO posts (account_id, text, visibility) SELECT \(quiet), 'p' || n, 'public' FROM generate_series(1, \(total)) n RETURNING id)
                INSERT INTO home_feed (account_id, post_id) SELECT \(reader), id FROM made
                """)
            try await database.execute("INSERT INTO home_feed (account_id, post_id) SELECT \(quiet), id FROM posts ORDER BY id LIMIT 10")
            let newest = try await database.rows("SELECT post_id FROM home_feed WHERE account_id = \(reader) ORDER BY post_id DESC LIMIT \(TimelineRepository.homeCapacity)")
                .map { try $0.decode(Int64.self) }
            let removed = try await TimelineRepository(database: database).trimHomeTimelines()
            #expect(removed == total - TimelineRepository.homeCapacity)
            let kept = try await database.rows("SELECT post_id FROM home_feed WHERE account_id = \(reader) ORDER BY post_id DESC").map { try $0.decode(Int64.self) }
            #expect(kept == newest)
            #expect(try await database.rows("SELECT count(*) FROM home_feed WHERE account_id = \(quiet)")[0].decode(Int.self) == 10)
            #expect(try await TimelineRepository(database: database).trimHomeTimelines() == 0)
        }
    }
}
