import PostgresNIO

extension Database {
    /// Runs `body` only if this process gets the session advisory lock `key` at once; returns nil
    /// when another instance holds it. What makes a scheduled job run once across the fleet.
    public func withAdvisoryLockIfFree<Result: Sendable>(_ key: Int64, _ body: () async throws -> Result) async throws -> Result? {
        try await withConnection { connection in
            let acquired = try await connection.query("SELECT pg_try_advisory_lock(\(key))", logger: logger).collect().first?.decode(Bool.self) ?? false
            guard acquired else { return nil }
            do {
                let result = try await body()
                _ = try await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger).collect()
                return result
            } catch {
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(key))", logger: logger).collect()
                throw error
            }
        }
    }
}
