import PostgresNIO

extension AuditRepository {
    /// The advisory lock that makes ``appendIfChanged(_:comparing:)`` one at a time across
    /// instances ("WARBLEAC" in ASCII).
    static let changeLockKey: Int64 = 0x5741_5242_4C45_4143

    /// Appends `event` unless the newest row with its action has the same `details[key]`, and
    /// returns whether it did. Several instances recording one change (each reloading the same
    /// policy) append one row: they take turns under an advisory lock.
    @discardableResult
    public func appendIfChanged(_ event: AuditEvent, comparing key: String) async throws -> Bool {
        try await database.transaction { connection in
            let logger = database.logger
            _ = try await connection.query("SELECT pg_advisory_xact_lock(\(Self.changeLockKey))", logger: logger).collect()
            let newest: String? = try await connection.query("""
                SELECT details ->> \(key) FROM audit_log WHERE action = \(event.action) ORDER BY occurred_at DESC, sequence DESC LIMIT 1
                """, logger: logger).collect().first?.decode(String?.self) ?? nil
            guard newest != event.details[key] else { return false }
            try await append(event, on: connection)
            return true
        }
    }
}
