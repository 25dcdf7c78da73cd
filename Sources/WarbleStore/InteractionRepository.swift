import Foundation
import PostgresNIO
import WarbleCore

/// What readers do with a post: favourite, reblog, bookmark, pin. Each is idempotent, and each
/// acts only on posts the reader may see.
public struct InteractionRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// How many posts one account may pin, as on Mastodon.
    public static let pinLimit = 5

    public func favourite(postID: Int64, by accountID: Int64) async throws {
        try await database.transaction { connection in
            let author = try await visibleAuthor(of: postID, viewer: accountID, on: connection)
            let added = try await connection.query("""
                INSERT INTO favourites (account_id, post_id) VALUES (\(accountID), \(postID)) ON CONFLICT DO NOTHING RETURNING id
                """, logger: database.logger).collect()
            if !added.isEmpty {
                try await NotificationRepository.notify([author], type: .favourite, from: accountID, postID: postID, on: connection, logger: database.logger)
            }
        }
    }

    public func unfavourite(postID: Int64, by accountID: Int64) async throws {
        try await database.transaction { connection in
            _ = try await visibleAuthor(of: postID, viewer: accountID, on: connection)
            try await connection.query("DELETE FROM favourites WHERE account_id = \(accountID) AND post_id = \(postID)", logger: database.logger).collect()
        }
    }

    /// Shares a post with the reader's followers and returns the reblog's id (the existing one when
    /// already reblogged). Others' posts must be public or unlisted; one's own private posts may be
    /// reblogged to one's own followers.
    public func reblog(postID: Int64, by accountID: Int64, visibility: Visibility) async throws -> Int64 {
        try await database.transaction { connection in
            let logger = database.logger
            let rows = try await connection.query("""
                SELECT account_id, visibility, reblog_of_id FROM posts WHERE id = \(postID) AND warble_can_see(\(accountID), id)
                """, logger: logger).collect()
            guard let (author, postVisibility, reblogOf) = try rows.first?.decode((Int64, String, Int64?).self), reblogOf == nil else {
                throw PostWriteError.notFound
            }
            let shared = Visibility(rawValue: postVisibility) ?? .direct
            guard shared.allowsReblog || (author == accountID && shared == .private) else { throw PostWriteError.notAllowed }
            let existing = try await connection.query("""
                SELECT id FROM posts WHERE account_id = \(accountID) AND reblog_of_id = \(postID) AND deleted_at IS NULL
                """, logger: logger).collect()
            if let id = try existing.first?.decode(Int64.self) { return id }
            let effective = shared == .private ? Visibility.private : visibility
            let id = try await connection.query("""
                INSERT INTO posts (account_id, reblog_of_id, visibility) VALUES (\(accountID), \(postID), \(effective.rawValue)) RETURNING id
                """, logger: logger).collect()[0].decode(Int64.self)
            try await connection.query("""
                INSERT INTO home_feed (account_id, post_id)
                SELECT \(accountID), \(id) UNION SELECT f.account_id, \(id) FROM follows f WHERE f.target_account_id = \(accountID)
                ON CONFLICT DO NOTHING
                """, logger: logger).collect()
            try await NotificationRepository.notify([author], type: .reblog, from: accountID, postID: postID, on: connection, logger: logger)
            return id
        }
    }

    /// Withdraws the reader's reblog of a post and returns the reblog's id, if there was one; the
    /// row is kept hidden, like any deletion.
    @discardableResult
    public func unreblog(postID: Int64, by accountID: Int64) async throws -> Int64? {
        try await database.rows("""
            UPDATE posts SET deleted_at = now() WHERE account_id = \(accountID) AND reblog_of_id = \(postID) AND deleted_at IS NULL RETURNING id
            """).first?.decode(Int64.self)
    }

    public func bookmark(postID: Int64, by accountID: Int64) async throws {
        try await database.transaction { connection in
            _ = try await visibleAuthor(of: postID, viewer: accountID, on: connection)
            try await connection.query("""
                INSERT INTO bookmarks (account_id, post_id) VALUES (\(accountID), \(postID)) ON CONFLICT DO NOTHING
                """, logger: database.logger).collect()
        }
    }

    public func unbookmark(postID: Int64, by accountID: Int64) async throws {
        try await database.execute("DELETE FROM bookmarks WHERE account_id = \(accountID) AND post_id = \(postID)")
    }

    /// Pins one of the reader's own posts (not a direct one) to their profile, up to ``pinLimit``.
    public func pin(postID: Int64, by accountID: Int64) async throws {
        try await database.transaction { connection in
            let logger = database.logger
            let author = try await visibleAuthor(of: postID, viewer: accountID, on: connection)
            let visibility = try await connection.query("SELECT visibility FROM posts WHERE id = \(postID)", logger: logger).collect()[0].decode(String.self)
            guard author == accountID, visibility != Visibility.direct.rawValue else { throw PostWriteError.notAllowed }
            try await connection.query("SELECT 1 FROM accounts WHERE id = \(accountID) FOR UPDATE", logger: logger).collect()
            let pinned = try await connection.query("SELECT count(*) FROM pins WHERE account_id = \(accountID) AND post_id <> \(postID)", logger: logger)
                .collect()[0].decode(Int.self)
            guard pinned < Self.pinLimit else { throw PostWriteError.notAllowed }
            try await connection.query("INSERT INTO pins (account_id, post_id) VALUES (\(accountID), \(postID)) ON CONFLICT DO NOTHING", logger: logger).collect()
        }
    }

    public func unpin(postID: Int64, by accountID: Int64) async throws {
        try await database.execute("DELETE FROM pins WHERE account_id = \(accountID) AND post_id = \(postID)")
    }

    /// Accounts that favourited a post, most recent first, paged by the favourite's id.
    public func favouritedBy(postID: Int64, page: Page) async throws -> [(cursor: Int64, accountID: Int64)] {
        try await database.rows("""
            SELECT f.id, f.account_id FROM favourites f JOIN accounts a ON a.id = f.account_id
            WHERE f.post_id = \(postID) AND a.suspended_at IS NULL AND f.id > \(page.lowerBound) AND f.id < \(page.upperBound)
            ORDER BY f.id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { try $0.decode((Int64, Int64).self) }.map { ($0.0, $0.1) }.reversedIf(page.ascending)
    }

    /// Accounts that reblogged a post, most recent first, paged by the reblog's id.
    public func rebloggedBy(postID: Int64, page: Page) async throws -> [(cursor: Int64, accountID: Int64)] {
        try await database.rows("""
            SELECT p.id, p.account_id FROM posts p JOIN accounts a ON a.id = p.account_id
            WHERE p.reblog_of_id = \(postID) AND p.deleted_at IS NULL AND a.suspended_at IS NULL
              AND p.id > \(page.lowerBound) AND p.id < \(page.upperBound)
            ORDER BY p.id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { try $0.decode((Int64, Int64).self) }.map { ($0.0, $0.1) }.reversedIf(page.ascending)
    }

    /// The author of an original post the viewer may see; anything else is ``PostWriteError/notFound``.
    private func visibleAuthor(of postID: Int64, viewer: Int64, on connection: PostgresConnection) async throws -> Int64 {
        let rows = try await connection.query("""
            SELECT account_id FROM posts WHERE id = \(postID) AND reblog_of_id IS NULL AND warble_can_see(\(viewer), id)
            """, logger: database.logger).collect()
        guard let author = try rows.first?.decode(Int64.self) else { throw PostWriteError.notFound }
        return author
    }
}
