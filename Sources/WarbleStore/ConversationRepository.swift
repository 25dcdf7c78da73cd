import Foundation
import PostgresNIO
import WarbleCore

/// A thread of direct posts as one participant sees it.
public struct Conversation: Sendable, Equatable {
    public var id: Int64
    public var lastPostID: Int64
    /// Whether someone else posted in it since the reader last read it.
    public var unread: Bool
    /// Everyone in it but the reader: authors and mentioned people of its direct posts.
    public var participantIDs: [Int64]
}

/// Conversations: direct posts grouped by thread, for the people who wrote or were mentioned in them.
public struct ConversationRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// The reader's conversations, most recently active first, paged by their last post's id.
    public func list(for accountID: Int64, page: Page) async throws -> [Conversation] {
        let rows = try await database.rows("""
            WITH mine AS (
                SELECT p.conversation_id, max(p.id) AS last_id, max(p.id) FILTER (WHERE p.account_id <> \(accountID)) AS last_other_id FROM posts p
                WHERE p.visibility = 'direct' AND p.deleted_at IS NULL
                  AND (p.account_id = \(accountID) OR EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = \(accountID)))
                GROUP BY p.conversation_id
            )
            SELECT mine.conversation_id, mine.last_id, coalesce(mine.last_other_id > coalesce(s.last_read_id, 0), false),
                ARRAY(SELECT DISTINCT x.id FROM (
                    SELECT d.account_id AS id FROM posts d WHERE d.conversation_id = mine.conversation_id AND d.visibility = 'direct' AND d.deleted_at IS NULL
                    UNION SELECT m.account_id FROM posts d JOIN post_mentions m ON m.post_id = d.id
                        WHERE d.conversation_id = mine.conversation_id AND d.visibility = 'direct' AND d.deleted_at IS NULL
                ) x WHERE x.id <> \(accountID) ORDER BY x.id)
            FROM mine LEFT JOIN conversation_states s ON s.account_id = \(accountID) AND s.conversation_id = mine.conversation_id
            WHERE mine.last_id > coalesce(s.hidden_through_id, 0)
              AND mine.last_id > \(page.lowerBound) AND mine.last_id < \(page.upperBound)
            ORDER BY mine.last_id \(unescaped: page.order) LIMIT \(page.limit)
            """)
        return try rows.map { row in
            let (id, last, unread, participants) = try row.decode((Int64, Int64, Bool, [Int64]).self)
            return Conversation(id: id, lastPostID: last, unread: unread, participantIDs: participants)
        }.reversedIf(page.ascending)
    }

    /// Marks the conversation read up to its newest post; false when the reader is not in it.
    public func markRead(_ id: Int64, for accountID: Int64) async throws -> Bool {
        try await setState(id, for: accountID, column: "last_read_id")
    }

    /// Hides the conversation until someone posts in it again; false when the reader is not in it.
    public func hide(_ id: Int64, for accountID: Int64) async throws -> Bool {
        try await setState(id, for: accountID, column: "hidden_through_id")
    }

    private func setState(_ id: Int64, for accountID: Int64, column: String) async throws -> Bool {
        let rows = try await database.rows("""
            INSERT INTO conversation_states (account_id, conversation_id, \(unescaped: column))
            SELECT \(accountID), \(id), max(p.id) FROM posts p
            WHERE p.conversation_id = \(id) AND p.visibility = 'direct' AND p.deleted_at IS NULL
              AND (p.account_id = \(accountID) OR EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = \(accountID)))
            HAVING max(p.id) IS NOT NULL
            ON CONFLICT (account_id, conversation_id) DO UPDATE SET \(unescaped: column) = excluded.\(unescaped: column)
            RETURNING 1
            """)
        return !rows.isEmpty
    }
}
