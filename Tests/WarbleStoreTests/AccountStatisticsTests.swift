import Foundation
import Testing
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("Profile counters kept by triggers")
struct AccountStatisticsTests {
    @Test("follows, unfollows, posts, soft deletes, restores and purges keep the counters equal to a recount")
    func countersMatchRecount() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let accounts = AccountRepository(database: database)
            var ids: [Int64] = []
            for name in ["ana", "ben", "cy"] {
                ids.append(try #require(try await accounts.createLocal(username: name, displayName: name, role: .member, passwordHash: "x")).id)
            }
            let (ana, ben, cy) = (ids[0], ids[1], ids[2])
            try await database.execute("INSERT INTO follows (account_id, target_account_id) VALUES (\(ana), \(ben)), (\(cy), \(ben)), (\(ben), \(ana))")
            try await database.execute("DELETE FROM follows WHERE account_id = \(cy) AND target_account_id = \(ben)")
            for text in ["one", "two", "three"] {
                try await database.execute("INSERT INTO posts (account_id, text, visibility) VALUES (\(ben), \(text), 'public')")
            }
            try await database.execute("UPDATE posts SET deleted_at = now() WHERE text = 'one'")
            try await database.execute("UPDATE posts SET deleted_at = now() WHERE text = 'one'")
            try await database.execute("UPDATE posts SET deleted_at = now() WHERE text = 'two'")
            try await database.execute("UPDATE posts SET deleted_at = NULL WHERE text = 'two'")
            try await database.execute("DELETE FROM posts WHERE text = 'three'")
            let kept = try await accounts.statistics(ids: ids)
            #expect(kept[ben] == AccountStatistics(followers: 1, following: 1, posts: 1, lastPostAt: kept[ben]?.lastPostAt))
            #expect(kept[ben]?.lastPostAt != nil)
            #expect(kept[ana]?.followers == 1 && kept[ana]?.following == 1)
            #expect(kept[cy] == AccountStatistics())
            let recount = try await database.rows("""
                SELECT count(*) FILTER (WHERE s.followers_count <> (SELECT count(*) FROM follows f WHERE f.target_account_id = s.account_id)
                    OR s.following_count <> (SELECT count(*) FROM follows f WHERE f.account_id = s.account_id)
                    OR s.statuses_count <> (SELECT count(*) FROM posts p WHERE p.account_id = s.account_id AND p.deleted_at IS NULL))
                FROM account_stats s
                """)[0].decode(Int.self)
            #expect(recount == 0)
        }
    }
}
