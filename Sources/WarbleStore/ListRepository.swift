import Foundation
import PostgresNIO
import WarbleCore

/// A reader's list of people they follow, with its own timeline.
public struct FollowList: Sendable, Equatable {
    public var id: Int64
    public var title: String
    public var repliesPolicy: String
    public var exclusive: Bool
}

/// Lists in PostgreSQL; every method acts only on lists the reader owns.
public struct ListRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public static let repliesPolicies: Set<String> = ["followed", "list", "none"]

    public func lists(of accountID: Int64) async throws -> [FollowList] {
        try await database.rows("SELECT id, title, replies_policy, exclusive FROM lists WHERE account_id = \(accountID) ORDER BY lower(title), id")
            .map(Self.list)
    }

    public func find(id: Int64, owner: Int64) async throws -> FollowList? {
        try await database.rows("SELECT id, title, replies_policy, exclusive FROM lists WHERE id = \(id) AND account_id = \(owner)").first.map(Self.list)
    }

    public func create(owner: Int64, title: String, repliesPolicy: String, exclusive: Bool) async throws -> FollowList {
        try await database.rows("""
            INSERT INTO lists (account_id, title, replies_policy, exclusive) VALUES (\(owner), \(title), \(repliesPolicy), \(exclusive))
            RETURNING id, title, replies_policy, exclusive
            """).map(Self.list)[0]
    }

    public func update(id: Int64, owner: Int64, title: String?, repliesPolicy: String?, exclusive: Bool?) async throws -> FollowList? {
        try await database.rows("""
            UPDATE lists SET title = coalesce(\(title), title), replies_policy = coalesce(\(repliesPolicy), replies_policy),
                exclusive = coalesce(\(exclusive), exclusive)
            WHERE id = \(id) AND account_id = \(owner) RETURNING id, title, replies_policy, exclusive
            """).first.map(Self.list)
    }

    public func delete(id: Int64, owner: Int64) async throws -> Bool {
        try await !database.rows("DELETE FROM lists WHERE id = \(id) AND account_id = \(owner) RETURNING id").isEmpty
    }

    /// Adds accounts to a list; only people the owner follows may be added, as on Mastodon.
    /// Returns false when one of them is not followed (nothing is added then).
    public func add(_ accountIDs: [Int64], to id: Int64, owner: Int64) async throws -> Bool {
        try await database.transaction { connection in
            let logger = database.logger
            let followed = try await connection.query("""
                SELECT count(*) FROM follows WHERE account_id = \(owner) AND target_account_id = ANY(\(accountIDs)::bigint[])
                """, logger: logger).collect()[0].decode(Int.self)
            guard followed == Set(accountIDs).count else { return false }
            try await connection.query("""
                INSERT INTO list_accounts (list_id, account_id) SELECT \(id), unnest(\(accountIDs)::bigint[]) ON CONFLICT DO NOTHING
                """, logger: logger).collect()
            return true
        }
    }

    public func remove(_ accountIDs: [Int64], from id: Int64) async throws {
        try await database.execute("DELETE FROM list_accounts WHERE list_id = \(id) AND account_id = ANY(\(accountIDs)::bigint[])")
    }

    public func members(of id: Int64, page: Page) async throws -> [Int64] {
        try await database.rows("""
            SELECT account_id FROM list_accounts WHERE list_id = \(id) AND account_id > \(page.lowerBound) AND account_id < \(page.upperBound)
            ORDER BY account_id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { try $0.decode(Int64.self) }.reversedIf(page.ascending)
    }

    /// The reader's lists that contain `accountID`.
    public func lists(of owner: Int64, containing accountID: Int64) async throws -> [FollowList] {
        try await database.rows("""
            SELECT l.id, l.title, l.replies_policy, l.exclusive FROM lists l JOIN list_accounts la ON la.list_id = l.id
            WHERE l.account_id = \(owner) AND la.account_id = \(accountID) ORDER BY lower(l.title)
            """).map(Self.list)
    }

    static func list(_ row: PostgresRow) throws -> FollowList {
        let (id, title, policy, exclusive) = try row.decode((Int64, String, String, Bool).self)
        return FollowList(id: id, title: title, repliesPolicy: policy, exclusive: exclusive)
    }
}
