import Foundation
import PostgresNIO
import WarbleCore

/// A signed-in browser: the account, and the CSRF token its forms must carry.
public struct BrowserSession: Sendable, Equatable {
    public let id: Int64
    public let account: Account
    public let csrfToken: String
}

/// Browser sessions in PostgreSQL, so that they hold across instances and can be revoked.
public struct SessionRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Starts a session valid for `lifetime` seconds; returns the cookie value (the only time it exists in clear).
    public func create(accountID: Int64, address: String, userAgent: String?, lifetime: Double) async throws -> String {
        let token = Secret.generate()
        try await database.execute("""
            INSERT INTO browser_sessions (token_hash, account_id, csrf_token, user_agent, address, expires_at)
            VALUES (\(Secret.digest(token)), \(accountID), \(Secret.generate()), \(userAgent), \(address), now() + make_interval(secs => \(lifetime)))
            """)
        return token
    }

    /// The live session for a cookie value: not revoked, not expired, its account not suspended.
    public func find(token: String) async throws -> BrowserSession? {
        let rows = try await database.rows("""
            SELECT s.id, s.csrf_token, s.account_id FROM browser_sessions s JOIN accounts a ON a.id = s.account_id
            WHERE s.token_hash = \(Secret.digest(token)) AND s.revoked_at IS NULL AND s.expires_at > now() AND a.suspended_at IS NULL
            """)
        guard let (id, csrf, accountID) = try rows.first?.decode((Int64, String, Int64).self),
              let account = try await AccountRepository(database: database).find(id: accountID)
        else { return nil }
        return BrowserSession(id: id, account: account, csrfToken: csrf)
    }

    public func revoke(token: String) async throws {
        try await database.execute("UPDATE browser_sessions SET revoked_at = now() WHERE token_hash = \(Secret.digest(token)) AND revoked_at IS NULL")
    }
}
