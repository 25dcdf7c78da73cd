import Foundation
import PostgresNIO
import WarbleCore

/// Accounts in PostgreSQL: provisioning from the directory, look-ups, role and suspension changes.
public struct AccountRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    static let columns = """
        id, username, directory_uid, directory_dn, display_name, email, title, department, note, role, is_local,
        suspended_at, created_at, last_login_at
        """

    /// ``columns`` with a table alias, for queries that join accounts: `columns(prefixed: "a")`.
    static func columns(prefixed alias: String) -> String {
        columns.split(separator: ",").map { "\(alias)." + $0.trimmingCharacters(in: .whitespacesAndNewlines) }.joined(separator: ", ")
    }

    /// The outcome of provisioning: the account as it is now, whether it was new, and its role before.
    public struct Provisioned: Sendable {
        public let account: Account
        public let created: Bool
        public let previousRole: Role?
    }

    /// Creates the account for `profile` on first sign-in, or refreshes it from the directory;
    /// `role` comes from group membership. A new account's handle is derived from the login name
    /// and made unique (`darcy`, `darcy2`, …); an existing account keeps its handle.
    public func provision(_ profile: DirectoryProfile, role: Role, signingIn: Bool) async throws -> Provisioned {
        try await database.transaction { connection in
            let logger = database.logger
            let existing = try await connection.query("""
                SELECT role FROM accounts WHERE directory_uid = \(profile.uid) FOR UPDATE
                """, logger: logger).collect().first?.decode(String.self)
            if let existing {
                let rows = try await connection.query("""
                    UPDATE accounts SET directory_dn = \(profile.dn), display_name = \(profile.displayName), email = \(profile.email),
                        title = \(profile.title), department = \(profile.department), role = \(role.rawValue),
                        directory_synced_at = now(), updated_at = now(),
                        last_login_at = CASE WHEN \(signingIn) THEN now() ELSE last_login_at END
                    WHERE directory_uid = \(profile.uid)
                    RETURNING \(unescaped: Self.columns)
                    """, logger: logger).collect()
                return Provisioned(account: try Self.account(rows[0]), created: false, previousRole: Role(rawValue: existing))
            }
            let base = Handle.derive(from: profile.uid)
            for attempt in 1...1000 {
                let handle = attempt == 1 ? base : Handle.alternative(base, number: attempt)
                let rows = try await connection.query("""
                    INSERT INTO accounts (username, directory_uid, directory_dn, display_name, email, title, department, role,
                        directory_synced_at, last_login_at)
                    SELECT \(handle), \(profile.uid), \(profile.dn), \(profile.displayName), \(profile.email), \(profile.title),
                        \(profile.department), \(role.rawValue), now(), CASE WHEN \(signingIn) THEN now() END
                    WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE lower(username) = lower(\(handle)))
                    RETURNING \(unescaped: Self.columns)
                    """, logger: logger).collect()
                if let row = rows.first { return Provisioned(account: try Self.account(row), created: true, previousRole: nil) }
            }
            throw HandleExhausted(base: base)
        }
    }

    /// Creates a local break-glass account with a bcrypt hash of its password.
    public func createLocal(username: String, displayName: String, role: Role, passwordHash: String) async throws -> Account? {
        try await database.rows("""
            INSERT INTO accounts (username, display_name, role, is_local, password_hash)
            SELECT \(username), \(displayName), \(role.rawValue), true, \(passwordHash)
            WHERE NOT EXISTS (SELECT 1 FROM accounts WHERE lower(username) = lower(\(username)))
            RETURNING \(unescaped: Self.columns)
            """).first.map(Self.account)
    }

    /// The local account `username` and its password hash, if there is one.
    public func local(username: String) async throws -> (Account, passwordHash: String)? {
        let rows = try await database.rows("""
            SELECT id, password_hash FROM accounts WHERE lower(username) = lower(\(username)) AND is_local AND password_hash IS NOT NULL
            """)
        guard let (id, hash) = try rows.first?.decode((Int64, String).self), let account = try await find(id: id) else { return nil }
        return (account, hash)
    }

    public func recordLogin(id: Int64) async throws {
        try await database.execute("UPDATE accounts SET last_login_at = now() WHERE id = \(id)")
    }

    public func find(id: Int64) async throws -> Account? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM accounts WHERE id = \(id)").first.map(Self.account)
    }

    public func find(ids: [Int64]) async throws -> [Account] {
        guard !ids.isEmpty else { return [] }
        return try await database.rows("SELECT \(unescaped: Self.columns) FROM accounts WHERE id = ANY(\(ids)::bigint[])").map(Self.account)
    }

    /// Accounts by handle, case-insensitive; handles that name nobody are left out.
    public func find(usernames: [String]) async throws -> [Account] {
        guard !usernames.isEmpty else { return [] }
        let lowered = usernames.map { $0.lowercased() }
        return try await database.rows("SELECT \(unescaped: Self.columns) FROM accounts WHERE lower(username) = ANY(\(lowered)::text[])").map(Self.account)
    }

    /// Followers, followed accounts and visible posts of each account, and when it last posted.
    public func statistics(ids: [Int64]) async throws -> [Int64: AccountStatistics] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await database.rows("""
            SELECT a.id, coalesce(st.followers_count, 0), coalesce(st.following_count, 0), coalesce(st.statuses_count, 0), st.last_status_at
            FROM accounts a LEFT JOIN account_stats st ON st.account_id = a.id WHERE a.id = ANY(\(ids)::bigint[])
            """)
        return Dictionary(uniqueKeysWithValues: try rows.map { row in
            let (id, followers, following, posts, last) = try row.decode((Int64, Int, Int, Int, Date?).self)
            return (id, AccountStatistics(followers: followers, following: following, posts: posts, lastPostAt: last))
        })
    }

    /// The account with the handle `username` (case-insensitive) or, failing that, the directory login name.
    public func find(username: String) async throws -> Account? {
        try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM accounts
            WHERE lower(username) = lower(\(username)) OR directory_uid = \(username)
            ORDER BY (lower(username) = lower(\(username))) DESC LIMIT 1
            """).first.map(Self.account)
    }

    /// Accounts whose handle, name or email contains `query` (all when nil), by handle.
    public func list(matching query: String? = nil, limit: Int = 1000) async throws -> [Account] {
        let pattern = "%" + LikePattern.escape(query ?? "") + "%"
        return try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM accounts
            WHERE username ILIKE \(pattern) OR display_name ILIKE \(pattern) OR coalesce(email, '') ILIKE \(pattern)
            ORDER BY lower(username) LIMIT \(limit)
            """).map(Self.account)
    }

    /// Every account provisioned from the directory, for the sync job.
    public func directoryAccounts() async throws -> [Account] {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM accounts WHERE directory_uid IS NOT NULL ORDER BY id").map(Self.account)
    }

    public func setRole(id: Int64, role: Role) async throws {
        try await database.execute("UPDATE accounts SET role = \(role.rawValue), updated_at = now() WHERE id = \(id)")
    }

    /// Suspends the account (content stays: retention decides its fate) and revokes its tokens and
    /// browser sessions in the same transaction, so that no request is served for it afterwards.
    /// Returns the tokens revoked.
    @discardableResult
    public func suspend(id: Int64) async throws -> Int {
        try await database.transaction { connection in
            _ = try await connection.query("UPDATE accounts SET suspended_at = coalesce(suspended_at, now()), updated_at = now() WHERE id = \(id)", logger: database.logger).collect()
            _ = try await connection.query("UPDATE browser_sessions SET revoked_at = now() WHERE account_id = \(id) AND revoked_at IS NULL", logger: database.logger).collect()
            return try await connection.query("UPDATE access_tokens SET revoked_at = now() WHERE account_id = \(id) AND revoked_at IS NULL RETURNING id", logger: database.logger).collect().count
        }
    }

    public func unsuspend(id: Int64) async throws {
        try await database.execute("UPDATE accounts SET suspended_at = NULL, updated_at = now() WHERE id = \(id)")
    }

    /// The account in the row's columns from `offset` on, selected as ``columns`` (prefixed as needed).
    static func account(_ row: PostgresRandomAccessRow, from offset: Int) throws -> Account {
        func column<T: PostgresDecodable>(_ index: Int, _ type: T.Type) throws -> T { try row[offset + index].decode(T.self) }
        return Account(
            id: try column(0, Int64.self), username: try column(1, String.self), directoryUID: try column(2, String?.self),
            directoryDN: try column(3, String?.self), displayName: try column(4, String.self), email: try column(5, String?.self),
            title: try column(6, String?.self), department: try column(7, String?.self), note: try column(8, String.self),
            role: Role(rawValue: try column(9, String.self)) ?? .member, isLocal: try column(10, Bool.self), suspendedAt: try column(11, Date?.self),
            createdAt: try column(12, Date.self), lastLoginAt: try column(13, Date?.self)
        )
    }

    static func account(_ row: PostgresRow) throws -> Account {
        try account(row.makeRandomAccess(), from: 0)
    }
}

/// Every handle derived from a login name, and a thousand numbered alternatives, is taken.
public struct HandleExhausted: Error, CustomStringConvertible {
    public let base: String
    public var description: String { "no free handle based on '\(base)'" }
}
