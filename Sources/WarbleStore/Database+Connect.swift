import Logging
import PostgresNIO
import WarbleConfig

extension Database {
    /// Opens one connection outside the pool and runs `SELECT 1`, within `database.connect_timeout`.
    ///
    /// Start-up calls this before anything else: the pool would retry a refused or rejected
    /// connection for about a minute before giving up, while this fails at once with the reason.
    public static func checkReachable(_ settings: DatabaseSettings, logger: Logger) async throws(DatabaseUnavailable) {
        let endpoint = settings.endpoint
        do {
            try await withDeadline(seconds: settings.connectTimeout) {
                var configuration = PostgresConnection.Configuration(
                    host: endpoint.host, port: endpoint.port, username: endpoint.username,
                    password: endpoint.password, database: endpoint.database, tls: try connectionTLS(endpoint.tls)
                )
                configuration.options.connectTimeout = .milliseconds(Int64(settings.connectTimeout * 1000))
                let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
                do {
                    _ = try await connection.query("SELECT 1", logger: logger).collect()
                    try await connection.close()
                } catch {
                    try? await connection.close()
                    throw error
                }
            }
        } catch {
            throw DatabaseUnavailable(endpoint: endpoint, error: error)
        }
    }

    /// Runs `body` on a connection of its own, outside the pool, closed afterwards: for work that
    /// holds a connection for long, such as `LISTEN`.
    public func withDedicatedConnection<Result>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let endpoint = settings.endpoint
        var configuration = PostgresConnection.Configuration(
            host: endpoint.host, port: endpoint.port, username: endpoint.username,
            password: endpoint.password, database: endpoint.database, tls: try Self.connectionTLS(endpoint.tls)
        )
        configuration.options.connectTimeout = .milliseconds(Int64(settings.connectTimeout * 1000))
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    private static func connectionTLS(_ mode: DatabaseEndpoint.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        guard let configuration = tlsConfiguration(mode) else { return .disable }
        return .require(try NIOSSLContext(configuration: configuration))
    }
}

/// Runs `body` with a ``Database`` whose pool runs for exactly that long; what `warblectl` commands use.
public func withDatabase<Result: Sendable>(
    _ settings: DatabaseSettings,
    logger: Logger,
    _ body: @escaping @Sendable (Database) async throws -> Result
) async throws -> Result {
    try await Database.checkReachable(settings, logger: logger)
    let database = Database(settings: settings, logger: logger)
    let (started, starting) = AsyncStream<Void>.makeStream()
    return try await withThrowingTaskGroup(of: Result?.self) { group in
        group.addTask {
            starting.finish()
            await database.run()
            return nil
        }
        defer { group.cancelAll() }
        // Leasing before the pool runs works but makes PostgresNIO log a warning.
        for await _ in started {}
        return try await body(database)
    }
}
