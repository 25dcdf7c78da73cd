import Foundation
import PostgresNIO
import WarbleCore

/// Full-text search of posts (ranked, PostgreSQL `websearch_to_tsquery` syntax: words, "phrases",
/// `or`, `-excluded`), hashtag look-up by prefix, and the organisation's trending hashtags.
public struct SearchRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Posts matching `query` that `viewer` may see, best match first, then newest.
    public func posts(matching query: String, viewer: Int64, authorID: Int64? = nil, page: Page, offset: Int = 0) async throws -> [Int64] {
        try await database.rows("""
            SELECT p.id FROM posts p, websearch_to_tsquery('english', \(query)) q
            WHERE p.search @@ q AND p.deleted_at IS NULL AND p.reblog_of_id IS NULL
              AND p.id > \(page.lowerBound) AND p.id < \(page.upperBound)
              AND (\(authorID)::bigint IS NULL OR p.account_id = \(authorID))
              AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = \(viewer) AND b.target_account_id = p.account_id)
              AND warble_can_see(\(viewer), p.id)
            ORDER BY ts_rank(p.search, q) DESC, p.id DESC
            LIMIT \(page.limit) OFFSET \(offset)
            """).map { try $0.decode(Int64.self) }
    }

    /// Hashtags that start with `prefix` (normalised), most used first.
    public func tags(startingWith prefix: String, limit: Int, offset: Int = 0) async throws -> [String] {
        let pattern = LikePattern.escape(prefix) + "%"
        return try await database.rows("""
            SELECT t.name FROM tags t WHERE t.name LIKE \(pattern)
            ORDER BY (t.name = \(prefix)) DESC, (SELECT count(*) FROM post_tags pt WHERE pt.tag_id = t.id) DESC, t.name
            LIMIT \(limit) OFFSET \(offset)
            """).map { try $0.decode(String.self) }
    }

    /// Hashtags used in public posts by the most people over the last `days` days.
    public func trendingTags(days: Int = 7, limit: Int, offset: Int = 0) async throws -> [String] {
        try await database.rows("""
            SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id JOIN posts p ON p.id = pt.post_id JOIN accounts a ON a.id = p.account_id
            WHERE p.id > (extract(epoch FROM now() - make_interval(days => \(days)::int))::bigint * 1000) << 16
              AND p.visibility = 'public' AND p.deleted_at IS NULL AND a.suspended_at IS NULL
            GROUP BY t.name ORDER BY count(DISTINCT p.account_id) DESC, count(*) DESC, t.name
            LIMIT \(limit) OFFSET \(offset)
            """).map { try $0.decode(String.self) }
    }
}
