import Foundation
import Logging
import PostgresNIO
import WarbleCore

/// Notifications: written inside the transaction of what caused them, read newest first.
public struct NotificationRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Notifies `recipients` (never the actor itself, nor anyone who blocks the actor or mutes their
    /// notifications); a repeated favourite, reblog, follow or mention notifies once.
    static func notify(_ recipients: [Int64], type: NotificationKind, from actorID: Int64, postID: Int64?, on connection: PostgresConnection, logger: Logger) async throws {
        try await connection.query("""
            INSERT INTO notifications (account_id, from_account_id, type, post_id)
            SELECT r, \(actorID), \(type.rawValue), \(postID) FROM unnest(\(recipients)::bigint[]) r
            WHERE r <> \(actorID)
              AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = r AND b.target_account_id = \(actorID))
              AND NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = r AND m.target_account_id = \(actorID) AND m.hide_notifications)
            ON CONFLICT DO NOTHING
            """, logger: logger).collect()
    }

    /// The reader's notifications, newest first, of the `types` asked for (all when empty) minus
    /// `excludedTypes`, leaving out those about posts the reader can no longer see.
    public func list(for accountID: Int64, page: Page, types: [NotificationKind] = [], excludedTypes: [NotificationKind] = []) async throws -> [AccountNotification] {
        let included = types.map(\.rawValue)
        let excluded = excludedTypes.map(\.rawValue)
        return try await database.rows("""
            SELECT n.id, n.type, n.from_account_id, n.post_id, n.created_at FROM notifications n JOIN accounts a ON a.id = n.from_account_id
            WHERE n.account_id = \(accountID) AND n.id > \(page.lowerBound) AND n.id < \(page.upperBound)
              AND (cardinality(\(included)::text[]) = 0 OR n.type = ANY(\(included)::text[]))
              AND NOT (n.type = ANY(\(excluded)::text[]))
              AND a.suspended_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = \(accountID) AND b.target_account_id = n.from_account_id)
              AND (n.post_id IS NULL OR warble_can_see(\(accountID), n.post_id))
            ORDER BY n.id \(unescaped: page.order) LIMIT \(page.limit)
            """).map(Self.notification).reversedIf(page.ascending)
    }

    public func find(id: Int64, for accountID: Int64) async throws -> AccountNotification? {
        try await database.rows("""
            SELECT id, type, from_account_id, post_id, created_at FROM notifications
            WHERE id = \(id) AND account_id = \(accountID) AND (post_id IS NULL OR warble_can_see(\(accountID), post_id))
            """).first.map(Self.notification)
    }

    /// Removes one notification; false when the reader has none with that id.
    public func dismiss(id: Int64, for accountID: Int64) async throws -> Bool {
        try await !database.rows("DELETE FROM notifications WHERE id = \(id) AND account_id = \(accountID) RETURNING id").isEmpty
    }

    public func clear(for accountID: Int64) async throws {
        try await database.execute("DELETE FROM notifications WHERE account_id = \(accountID)")
    }

    static func notification(_ row: PostgresRow) throws -> AccountNotification {
        let (id, type, from, post, createdAt) = try row.decode((Int64, String, Int64, Int64?, Date).self)
        return AccountNotification(id: id, kind: NotificationKind(rawValue: type) ?? .mention, fromAccountID: from, postID: post, createdAt: createdAt)
    }
}

extension Array {
    func reversedIf(_ condition: Bool) -> [Element] { condition ? reversed() : self }
}
