import Foundation
import PostgresNIO
import WarbleCore

/// Why a change to a group was refused.
public enum GroupError: Error, Equatable {
    /// Another group has this slug.
    case slugTaken
    /// The last admin of a group with other members cannot leave it.
    case lastAdmin
}

/// Groups and their members in PostgreSQL. Joining puts the group's recent posts on the member's
/// home timeline; leaving takes them off.
public struct GroupRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let columns = """
        g.id, g.slug, g.name, g.description, g.privacy,
        (SELECT count(*) FROM group_members m WHERE m.group_id = g.id AND m.state = 'active'), g.created_at
        """

    /// Creates a group with its creator as its first admin.
    public func create(slug: String, name: String, description: String, privacy: GroupPrivacy, creatorID: Int64) async throws -> Group {
        try await database.transaction { connection in
            let logger = database.logger
            let rows = try await connection.query("""
                INSERT INTO groups (slug, name, description, privacy, created_by)
                SELECT \(slug), \(name), \(description), \(privacy.rawValue), \(creatorID)
                WHERE NOT EXISTS (SELECT 1 FROM groups WHERE slug = \(slug))
                RETURNING id
                """, logger: logger).collect()
            guard let id = try rows.first?.decode(Int64.self) else { throw GroupError.slugTaken }
            try await connection.query("""
                INSERT INTO group_members (group_id, account_id, role, state) VALUES (\(id), \(creatorID), 'admin', 'active')
                """, logger: logger).collect()
            return try Self.group(try await connection.query("SELECT \(unescaped: Self.columns) FROM groups g WHERE g.id = \(id)", logger: logger).collect()[0])
        }
    }

    public func find(id: Int64) async throws -> Group? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM groups g WHERE g.id = \(id)").first.map(Self.group)
    }

    public func find(slug: String) async throws -> Group? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM groups g WHERE g.slug = \(slug)").first.map(Self.group)
    }

    public func find(ids: [Int64]) async throws -> [Group] {
        guard !ids.isEmpty else { return [] }
        return try await database.rows("SELECT \(unescaped: Self.columns) FROM groups g WHERE g.id = ANY(\(ids)::bigint[])").map(Self.group)
    }

    /// `accountID`'s membership of group `id`, if they have one (active or requested).
    public func membership(of accountID: Int64, in id: Int64) async throws -> GroupMembership? {
        try await memberships(of: accountID, in: [id])[id]
    }

    public func memberships(of accountID: Int64, in ids: [Int64]) async throws -> [Int64: GroupMembership] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.rows("""
            SELECT group_id, role, state FROM group_members WHERE account_id = \(accountID) AND group_id = ANY(\(ids)::bigint[])
            """)
        return Dictionary(uniqueKeysWithValues: try rows.map { row in
            let (id, role, state) = try row.decode((Int64, String, String).self)
            return (id, GroupMembership(role: GroupMembership.Role(rawValue: role) ?? .member, state: GroupMembership.State(rawValue: state) ?? .pending))
        })
    }

    /// Groups `viewer` may know of, by name: open and closed ones, and secret ones they belong to
    /// (all of them with `includeSecret`, for organisation admins). `memberOnly` keeps theirs.
    public func list(viewer: Int64, memberOnly: Bool, includeSecret: Bool, limit: Int, offset: Int) async throws -> [Group] {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM groups g
            LEFT JOIN group_members mine ON mine.group_id = g.id AND mine.account_id = \(viewer)
            WHERE (g.privacy <> 'secret' OR \(includeSecret) OR mine.state = 'active')
              AND (NOT \(memberOnly) OR mine.state = 'active')
            ORDER BY lower(g.name), g.id LIMIT \(limit) OFFSET \(offset)
            """).map(Self.group)
    }

    public func update(id: Int64, name: String?, description: String?, privacy: GroupPrivacy?) async throws -> Group? {
        try await database.rows("""
            UPDATE groups g SET name = coalesce(\(name), name), description = coalesce(\(description), description),
                privacy = coalesce(\(privacy?.rawValue), privacy), updated_at = now()
            WHERE g.id = \(id) RETURNING \(unescaped: Self.columns)
            """).first.map(Self.group)
    }

    /// Adds or approves a member (or records a request when `state` is pending); an active member
    /// gets the group's recent posts on their home timeline.
    public func setMember(_ accountID: Int64, in id: Int64, state: GroupMembership.State, role: GroupMembership.Role? = nil) async throws {
        try await database.transaction { connection in
            let logger = database.logger
            guard try await !connection.query("SELECT 1 FROM accounts WHERE id = \(accountID) AND suspended_at IS NULL", logger: logger).collect().isEmpty else {
                throw PostWriteError.notFound
            }
            try await connection.query("""
                INSERT INTO group_members (group_id, account_id, role, state) VALUES (\(id), \(accountID), \(role?.rawValue ?? "member"), \(state.rawValue))
                ON CONFLICT (group_id, account_id) DO UPDATE
                SET state = CASE WHEN group_members.state = 'active' THEN 'active' ELSE excluded.state END,
                    role = coalesce(\(role?.rawValue), group_members.role)
                """, logger: logger).collect()
            if state == .active {
                try await connection.query("""
                    INSERT INTO home_feed (account_id, post_id)
                    SELECT \(accountID), id FROM posts WHERE group_id = \(id) AND deleted_at IS NULL ORDER BY id DESC LIMIT 40
                    ON CONFLICT DO NOTHING
                    """, logger: logger).collect()
            }
        }
    }

    /// Removes a member or a request, and the group's posts from their home timeline (except
    /// their own). The last admin of a group that has other members cannot go.
    public func removeMember(_ accountID: Int64, from id: Int64) async throws {
        try await database.transaction { connection in
            let logger = database.logger
            try await connection.query("SELECT 1 FROM groups WHERE id = \(id) FOR UPDATE", logger: logger).collect()
            let (admins, others, isAdmin) = try await connection.query("""
                SELECT count(*) FILTER (WHERE role = 'admin' AND state = 'active'),
                       count(*) FILTER (WHERE account_id <> \(accountID) AND state = 'active'),
                       bool_or(account_id = \(accountID) AND role = 'admin' AND state = 'active')
                FROM group_members WHERE group_id = \(id)
                """, logger: logger).collect()[0].decode((Int, Int, Bool?).self)
            if isAdmin == true, admins == 1, others > 0 { throw GroupError.lastAdmin }
            try await connection.query("DELETE FROM group_members WHERE group_id = \(id) AND account_id = \(accountID)", logger: logger).collect()
            try await connection.query("""
                DELETE FROM home_feed h USING posts p
                WHERE h.account_id = \(accountID) AND p.id = h.post_id AND p.group_id = \(id) AND p.account_id <> \(accountID)
                """, logger: logger).collect()
        }
    }

    /// Members in a state, by when they joined (oldest first), paged by account id.
    public func members(of id: Int64, state: GroupMembership.State, page: Page) async throws -> [(accountID: Int64, role: GroupMembership.Role)] {
        try await database.rows("""
            SELECT m.account_id, m.role FROM group_members m JOIN accounts a ON a.id = m.account_id
            WHERE m.group_id = \(id) AND m.state = \(state.rawValue) AND a.suspended_at IS NULL
              AND m.account_id > \(page.lowerBound) AND m.account_id < \(page.upperBound)
            ORDER BY m.account_id \(unescaped: page.order) LIMIT \(page.limit)
            """).map { row in
                let (account, role) = try row.decode((Int64, String).self)
                return (account, GroupMembership.Role(rawValue: role) ?? .member)
            }.reversedIf(page.ascending)
    }

    /// The group in the row's columns from `offset` on, selected as ``columns``.
    static func group(_ row: PostgresRandomAccessRow, from offset: Int) throws -> Group {
        Group(
            id: try row[offset].decode(Int64.self), slug: try row[offset + 1].decode(String.self), name: try row[offset + 2].decode(String.self),
            description: try row[offset + 3].decode(String.self), privacy: GroupPrivacy(rawValue: try row[offset + 4].decode(String.self)) ?? .secret,
            membersCount: try row[offset + 5].decode(Int.self), createdAt: try row[offset + 6].decode(Date.self)
        )
    }

    static func group(_ row: PostgresRow) throws -> Group {
        try group(row.makeRandomAccess(), from: 0)
    }
}
