import Foundation
import PostgresNIO
import WarbleCore

/// How one account stands to another, as Mastodon's `Relationship` reports it.
public struct Relationship: Sendable, Equatable {
    public var accountID: Int64
    public var following = false
    public var followedBy = false
    public var blocking = false
    public var blockedBy = false
    public var muting = false
    public var mutingNotifications = false

    public init(accountID: Int64) { self.accountID = accountID }
}

/// Follows, blocks and mutes between accounts, and followed hashtags. Following puts the
/// followee's recent posts on the follower's home timeline; unfollowing and blocking take them off.
public struct RelationshipRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// How many of a newly followed account's posts are copied onto the follower's home timeline.
    public static let backfill = 40

    /// Follows `targetID`; refused when either blocks the other or the target is suspended.
    public func follow(_ targetID: Int64, by accountID: Int64) async throws {
        guard targetID != accountID else { throw PostWriteError.notAllowed }
        try await database.transaction { connection in
            let logger = database.logger
            let allowed = try await connection.query("""
                SELECT NOT EXISTS (SELECT 1 FROM blocks WHERE (account_id = \(accountID) AND target_account_id = \(targetID))
                                                        OR (account_id = \(targetID) AND target_account_id = \(accountID)))
                FROM accounts WHERE id = \(targetID) AND suspended_at IS NULL
                """, logger: logger).collect()
            guard let permitted = try allowed.first?.decode(Bool.self) else { throw PostWriteError.notFound }
            guard permitted else { throw PostWriteError.notAllowed }
            let added = try await connection.query("""
                INSERT INTO follows (account_id, target_account_id) VALUES (\(accountID), \(targetID)) ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger).collect()
            guard !added.isEmpty else { return }
            try await connection.query("""
                INSERT INTO home_feed (account_id, post_id)
                SELECT \(accountID), id FROM posts
                WHERE account_id = \(targetID) AND deleted_at IS NULL AND visibility <> 'direct'
                ORDER BY id DESC LIMIT \(Self.backfill)
                ON CONFLICT DO NOTHING
                """, logger: logger).collect()
            try await NotificationRepository.notify([targetID], type: .follow, from: accountID, postID: nil, on: connection, logger: logger)
        }
    }

    public func unfollow(_ targetID: Int64, by accountID: Int64) async throws {
        try await database.transaction { connection in
            try await Self.removeFollow(from: accountID, to: targetID, on: connection, logger: database.logger)
        }
    }

    /// Ends a follow and takes the followee's posts off the follower's home timeline, except those
    /// that mention the follower.
    static func removeFollow(from accountID: Int64, to targetID: Int64, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("DELETE FROM follows WHERE account_id = \(accountID) AND target_account_id = \(targetID)", logger: logger).collect()
        try await connection.query("""
            DELETE FROM home_feed h USING posts p
            WHERE h.account_id = \(accountID) AND p.id = h.post_id AND p.account_id = \(targetID)
              AND NOT EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = \(accountID))
            """, logger: logger).collect()
    }

    /// Blocks `targetID`: follows both ways end, and neither sees the other's posts any more.
    public func block(_ targetID: Int64, by accountID: Int64) async throws {
        guard targetID != accountID else { throw PostWriteError.notAllowed }
        try await database.transaction { connection in
            let logger = database.logger
            guard try await !connection.query("SELECT 1 FROM accounts WHERE id = \(targetID)", logger: logger).collect().isEmpty else {
                throw PostWriteError.notFound
            }
            try await Self.removeFollow(from: accountID, to: targetID, on: connection, logger: logger)
            try await Self.removeFollow(from: targetID, to: accountID, on: connection, logger: logger)
            try await connection.query("""
                INSERT INTO blocks (account_id, target_account_id) VALUES (\(accountID), \(targetID)) ON CONFLICT DO NOTHING
                """, logger: logger).collect()
        }
    }

    public func unblock(_ targetID: Int64, by accountID: Int64) async throws {
        try await database.execute("DELETE FROM blocks WHERE account_id = \(accountID) AND target_account_id = \(targetID)")
    }

    /// Mutes `targetID`: their posts leave the reader's timelines, and with `notifications` their
    /// notifications stop too.
    public func mute(_ targetID: Int64, by accountID: Int64, notifications: Bool) async throws {
        guard targetID != accountID else { throw PostWriteError.notAllowed }
        let rows = try await database.rows("""
            INSERT INTO mutes (account_id, target_account_id, hide_notifications)
            SELECT \(accountID), id, \(notifications) FROM accounts WHERE id = \(targetID)
            ON CONFLICT (account_id, target_account_id) DO UPDATE SET hide_notifications = excluded.hide_notifications
            RETURNING 1
            """)
        if rows.isEmpty { throw PostWriteError.notFound }
    }

    public func unmute(_ targetID: Int64, by accountID: Int64) async throws {
        try await database.execute("DELETE FROM mutes WHERE account_id = \(accountID) AND target_account_id = \(targetID)")
    }

    /// The reader's relationship to each of `ids`, in that order.
    public func relationships(of accountID: Int64, to ids: [Int64]) async throws -> [Relationship] {
        guard !ids.isEmpty else { return [] }
        let rows = try await database.rows("""
            SELECT t.id,
                EXISTS (SELECT 1 FROM follows WHERE account_id = \(accountID) AND target_account_id = t.id),
                EXISTS (SELECT 1 FROM follows WHERE account_id = t.id AND target_account_id = \(accountID)),
                EXISTS (SELECT 1 FROM blocks WHERE account_id = \(accountID) AND target_account_id = t.id),
                EXISTS (SELECT 1 FROM blocks WHERE account_id = t.id AND target_account_id = \(accountID)),
                EXISTS (SELECT 1 FROM mutes WHERE account_id = \(accountID) AND target_account_id = t.id),
                EXISTS (SELECT 1 FROM mutes WHERE account_id = \(accountID) AND target_account_id = t.id AND hide_notifications)
            FROM unnest(\(ids)::bigint[]) WITH ORDINALITY AS t(id, position) ORDER BY t.position
            """)
        return try rows.map { row in
            let (id, following, followedBy, blocking, blockedBy, muting, mutingNotifications) = try row.decode((Int64, Bool, Bool, Bool, Bool, Bool, Bool).self)
            var relationship = Relationship(accountID: id)
            relationship.following = following
            relationship.followedBy = followedBy
            relationship.blocking = blocking
            relationship.blockedBy = blockedBy
            relationship.muting = muting
            relationship.mutingNotifications = mutingNotifications
            return relationship
        }
    }

    /// An account's followers, by the follower's id, highest first (Mastodon pages by the follow's
    /// id instead; the follows table has none); suspended accounts are left out.
    public func followers(of accountID: Int64, page: Page) async throws -> [Int64] {
        try await database.rows("""
            SELECT f.account_id FROM follows f JOIN accounts a ON a.id = f.account_id
            WHERE f.target_account_id = \(accountID) AND a.suspended_at IS NULL
              AND f.account_id > \(page.lowerBound) AND f.account_id < \(page.upperBound)
            ORDER BY f.account_id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { try $0.decode(Int64.self) }.reversedIf(page.ascending)
    }

    public func following(of accountID: Int64, page: Page) async throws -> [Int64] {
        try await database.rows("""
            SELECT f.target_account_id FROM follows f JOIN accounts a ON a.id = f.target_account_id
            WHERE f.account_id = \(accountID) AND a.suspended_at IS NULL
              AND f.target_account_id > \(page.lowerBound) AND f.target_account_id < \(page.upperBound)
            ORDER BY f.target_account_id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { try $0.decode(Int64.self) }.reversedIf(page.ascending)
    }

    /// The accounts the reader blocks, or mutes, paged by account id.
    public func blocked(by accountID: Int64, page: Page) async throws -> [Int64] {
        try await targets(in: "blocks", of: accountID, page: page)
    }

    public func muted(by accountID: Int64, page: Page) async throws -> [Int64] {
        try await targets(in: "mutes", of: accountID, page: page)
    }

    private func targets(in table: String, of accountID: Int64, page: Page) async throws -> [Int64] {
        try await database.rows("""
            SELECT target_account_id FROM \(unescaped: table)
            WHERE account_id = \(accountID) AND target_account_id > \(page.lowerBound) AND target_account_id < \(page.upperBound)
            ORDER BY target_account_id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { try $0.decode(Int64.self) }.reversedIf(page.ascending)
    }

    /// Follows hashtag `name` (normalised), creating the tag if nobody used it yet.
    public func followTag(_ name: String, by accountID: Int64) async throws {
        try await database.transaction { connection in
            let logger = database.logger
            try await connection.query("INSERT INTO tags (name) VALUES (\(name)) ON CONFLICT (name) DO NOTHING", logger: logger).collect()
            try await connection.query("""
                INSERT INTO tag_follows (account_id, tag_id) SELECT \(accountID), id FROM tags WHERE name = \(name) ON CONFLICT DO NOTHING
                """, logger: logger).collect()
        }
    }

    public func unfollowTag(_ name: String, by accountID: Int64) async throws {
        try await database.execute("DELETE FROM tag_follows WHERE account_id = \(accountID) AND tag_id = (SELECT id FROM tags WHERE name = \(name))")
    }

    /// Whether the reader follows hashtag `name`, and how many posts and people used it in the last week.
    public func tag(_ name: String, viewer: Int64) async throws -> (following: Bool, history: [(day: Date, uses: Int, accounts: Int)]) {
        let following = try await database.rows("""
            SELECT EXISTS (SELECT 1 FROM tag_follows tf JOIN tags t ON t.id = tf.tag_id WHERE t.name = \(name) AND tf.account_id = \(viewer))
            """)[0].decode(Bool.self)
        let history = try await database.rows("""
            SELECT d.day, count(p.id), count(DISTINCT p.account_id)
            FROM generate_series(date_trunc('day', now()) - interval '6 days', date_trunc('day', now()), interval '1 day') AS d(day)
            LEFT JOIN tags t ON t.name = \(name)
            LEFT JOIN post_tags pt ON pt.tag_id = t.id
            LEFT JOIN posts p ON p.id = pt.post_id AND p.deleted_at IS NULL AND p.created_at >= d.day AND p.created_at < d.day + interval '1 day'
            GROUP BY d.day ORDER BY d.day DESC
            """).map { try $0.decode((Date, Int, Int).self) }.map { ($0.0, $0.1, $0.2) }
        return (following, history)
    }

    /// The hashtags the reader follows, by name.
    public func followedTags(by accountID: Int64) async throws -> [String] {
        try await database.rows("""
            SELECT t.name FROM tag_follows tf JOIN tags t ON t.id = tf.tag_id WHERE tf.account_id = \(accountID) ORDER BY t.name
            """).map { try $0.decode(String.self) }
    }
}
