import Foundation

/// Failed sign-ins, kept in PostgreSQL so that throttling holds across every server instance.
public struct LoginFailureRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    public func record(username: String, address: String) async throws {
        try await database.execute("INSERT INTO login_failures (username, address) VALUES (\(username), \(address))")
    }

    /// Failures for `username` and from `address` within the last `window` seconds, and when the
    /// oldest of each in that window happened (to say when a lockout ends).
    public func recent(username: String, address: String, window: Double) async throws -> (byUsername: Int, byAddress: Int, oldest: Date?) {
        let row = try await database.rows("""
            SELECT count(*) FILTER (WHERE lower(username) = lower(\(username))),
                   count(*) FILTER (WHERE address = \(address)),
                   min(failed_at)
            FROM login_failures
            WHERE failed_at > now() - make_interval(secs => \(window))
              AND (lower(username) = lower(\(username)) OR address = \(address))
            """)[0]
        let (byUsername, byAddress, oldest) = try row.decode((Int, Int, Date?).self)
        return (byUsername, byAddress, oldest)
    }

    /// Forgets a user name's failures after a successful sign-in.
    public func clear(username: String) async throws {
        try await database.execute("DELETE FROM login_failures WHERE lower(username) = lower(\(username))")
    }
}
