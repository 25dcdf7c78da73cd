import Logging
import PostgresNIO
import Synchronization
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
    let pool = Task {
        starting.finish()
        await database.run()
    }
    // Leasing before the pool runs works but makes PostgresNIO log a warning.
    for await _ in started {}
    do {
        let result = try await body(database)
        await stop(pool, logger: logger)
        return result
    } catch {
        await stop(pool, logger: logger)
        throw error
    }
}

/// Ends a pool's run, giving it ten seconds to close its connections; a pool that has not
/// returned by then is left to finish on its own (seen rarely in test runs), so that a command or
/// a test never hangs on shutdown.
private func stop(_ pool: Task<Void, Never>, logger: Logger) async {
    pool.cancel()
    let resumed = OnceFlag()
    await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
        let resumeOnce = { @Sendable (timedOut: Bool) in
            guard resumed.claim() else { return }
            if timedOut { logger.warning("the database pool did not close within 10 s; leaving it") }
            continuation.resume()
        }
        Task {
            await pool.value
            resumeOnce(false)
        }
        Task {
            try? await Task.sleep(for: .seconds(10))
            resumeOnce(true)
        }
    }
}

/// True for the first caller of ``claim()`` only.
private final class OnceFlag: Sendable {
    private let claimed = Mutex(false)

    func claim() -> Bool {
        claimed.withLock { done in
            defer { done = true }
            return !done
        }
    }
}
