import PostgresNIO

extension Database {
    /// Runs one statement on a pooled connection and returns every row.
    public func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await withConnection { connection in
            try await connection.query(query, logger: logger).collect()
        }
    }

    /// Runs one statement on a pooled connection, ignoring any rows.
    public func execute(_ query: PostgresQuery) async throws {
        _ = try await rows(query)
    }

    /// Runs `body` in a transaction on one pooled connection; a thrown error rolls it back and
    /// reaches the caller as `body` threw it.
    public func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        do {
            return try await withConnection { connection in
                try await connection.withTransaction(logger: logger) { connection in
                    try await body(connection)
                }
            }
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error
        }
    }
}
