import Foundation
import PostgresNIO
import WarbleCore

/// What the retention engine reads and removes. Purges run in transactions that take the hold
/// lock shared (see ``HoldRepository``) and skip every post an active hold covers.
public struct RetentionRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Up to `limit` posts with ids above `id`, oldest id first, with the facts retention decides on.
    public func posts(after id: Int64, limit: Int) async throws -> [RetainedPost] {
        try await database.rows("""
            SELECT p.id, p.visibility, g.slug, p.created_at, p.deleted_at, a.suspended_at
            FROM posts p JOIN accounts a ON a.id = p.account_id LEFT JOIN groups g ON g.id = p.group_id
            WHERE p.id > \(id) ORDER BY p.id LIMIT \(limit)
            """).map { row in
            let (id, visibility, group, createdAt, deletedAt, suspendedAt) = try row.decode((Int64, String, String?, Date, Date?, Date?).self)
            return RetainedPost(
                id: id, visibility: Visibility(rawValue: visibility) ?? .direct, groupSlug: group, createdAt: createdAt, deletedAt: deletedAt,
                authorSuspendedAt: suspendedAt
            )
        }
    }

    /// How many posts there are, for progress.
    public func postCount() async throws -> Int {
        Int(try await database.rows("SELECT count(*) FROM posts").first?.decode(Int64.self) ?? 0)
    }

    /// The posts among `ids` that an active hold covers.
    public func held(among ids: [Int64]) async throws -> Set<Int64> {
        guard !ids.isEmpty else { return [] }
        return Set(try await database.rows("SELECT id FROM unnest(\(ids)::bigint[]) AS id WHERE warble_is_held(id)").map { try $0.decode(Int64.self) })
    }

    /// Hides posts as an author's delete does, dated `at` (the run's day), held posts too: a hold
    /// keeps content, it does not keep it visible. Returns how many were visible.
    public func hide(_ ids: [Int64], at date: Date) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return try await database.rows("""
            UPDATE posts SET deleted_at = \(date) WHERE id = ANY(\(ids)::bigint[]) AND deleted_at IS NULL RETURNING id
            """).count
    }

    /// Hides every visible post of an account and returns the ids of all its posts, oldest first.
    public func hide(account id: Int64) async throws -> [Int64] {
        try await database.execute("UPDATE posts SET deleted_at = now() WHERE account_id = \(id) AND deleted_at IS NULL")
        return try await database.rows("SELECT id FROM posts WHERE account_id = \(id) ORDER BY id").map { try $0.decode(Int64.self) }
    }

    /// The ids of every upload of an account.
    public func uploads(of account: Int64) async throws -> [Int64] {
        try await database.rows("SELECT id FROM media_attachments WHERE account_id = \(account) ORDER BY id").map { try $0.decode(Int64.self) }
    }

    /// Removes posts for good — with their edits, attachments, favourites, bookmarks, pins,
    /// mentions, tags, notifications, timeline entries, search data and reblogs — except those an
    /// active hold covers. Returns the posts removed and the storage keys of their files, which the
    /// caller deletes once this has committed. `record` (its action and target are set here) is
    /// appended to the audit log in the same transaction as `post.purged`, naming every post removed.
    public func purge(_ ids: [Int64], record: AuditEvent) async throws -> (purged: [Int64], storageKeys: [String]) {
        guard !ids.isEmpty else { return ([], []) }
        return try await database.transaction { connection in
            let logger = database.logger
            _ = try await connection.query("SELECT pg_advisory_xact_lock_shared(\(HoldRepository.lockKey))", logger: logger).collect()
            let purged = try await connection.query("""
                SELECT id FROM posts WHERE id = ANY(\(ids)::bigint[]) AND NOT warble_is_held(id) ORDER BY id FOR UPDATE
                """, logger: logger).collect().map { try $0.decode(Int64.self) }
            guard !purged.isEmpty else { return ([], []) }
            let reblogs = try await connection.query("SELECT id FROM posts WHERE reblog_of_id = ANY(\(purged)::bigint[])", logger: logger)
                .collect().map { try $0.decode(Int64.self) }
            let removed = purged + reblogs
            let keys = try await connection.query("""
                DELETE FROM media_attachments WHERE post_id = ANY(\(removed)::bigint[]) RETURNING storage_key
                """, logger: logger).collect().map { try $0.decode(String.self) }
            _ = try await connection.query("""
                UPDATE posts SET in_reply_to_id = NULL WHERE in_reply_to_id = ANY(\(removed)::bigint[]) AND NOT (id = ANY(\(removed)::bigint[]))
                """, logger: logger).collect()
            _ = try await connection.query("DELETE FROM posts WHERE id = ANY(\(removed)::bigint[])", logger: logger).collect()
            var event = record
            event.action = "post.purged"
            event.target = purged.count == 1 ? "post:\(purged[0])" : nil
            event.details["posts"] = String(purged.count)
            event.details["ids"] = purged.map(String.init).joined(separator: ",")
            if !reblogs.isEmpty { event.details["reblogs"] = reblogs.map(String.init).joined(separator: ",") }
            try await AuditRepository(database: database).append(event, on: connection)
            return (purged, keys)
        }
    }

    /// Uploads created before `cutoff` (attached or not) with ids above `id`.
    public func attachments(before cutoff: Date, after id: Int64, limit: Int) async throws -> [Int64] {
        try await database.rows("""
            SELECT id FROM media_attachments WHERE created_at < \(cutoff) AND id > \(id) ORDER BY id LIMIT \(limit)
            """).map { try $0.decode(Int64.self) }
    }

    /// Removes uploads whose post no active hold covers; returns how many and their storage keys.
    public func purgeAttachments(_ ids: [Int64]) async throws -> (purged: Int, storageKeys: [String]) {
        guard !ids.isEmpty else { return (0, []) }
        return try await database.transaction { connection in
            _ = try await connection.query("SELECT pg_advisory_xact_lock_shared(\(HoldRepository.lockKey))", logger: database.logger).collect()
            let keys = try await connection.query("""
                DELETE FROM media_attachments WHERE id = ANY(\(ids)::bigint[]) AND (post_id IS NULL OR NOT warble_is_held(post_id))
                RETURNING storage_key
                """, logger: database.logger).collect().map { try $0.decode(String.self) }
            return (keys.count, keys)
        }
    }

    /// How many of these uploads belong to held posts.
    public func heldAttachments(among ids: [Int64]) async throws -> Int {
        guard !ids.isEmpty else { return 0 }
        return Int(try await database.rows("""
            SELECT count(*) FROM media_attachments WHERE id = ANY(\(ids)::bigint[]) AND post_id IS NOT NULL AND warble_is_held(post_id)
            """).first?.decode(Int64.self) ?? 0)
    }
}

/// A post as retention sees it: what decides its rule, and the dates its rule counts from.
public struct RetainedPost: Sendable, Equatable {
    public var id: Int64
    public var visibility: Visibility
    public var groupSlug: String?
    public var createdAt: Date
    public var deletedAt: Date?
    public var authorSuspendedAt: Date?

    public init(id: Int64, visibility: Visibility, groupSlug: String?, createdAt: Date, deletedAt: Date?, authorSuspendedAt: Date?) {
        self.id = id
        self.visibility = visibility
        self.groupSlug = groupSlug
        self.createdAt = createdAt
        self.deletedAt = deletedAt
        self.authorSuspendedAt = authorSuspendedAt
    }
}
