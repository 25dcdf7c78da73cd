import Logging
import PostgresNIO
import Synchronization
import WarbleConfig

/// The PostgreSQL database as the rest of Warble sees it: a pool of connections, a readiness probe
/// and the figures `/metrics` reports. Repositories reach PostgreSQL only through it.
///
/// The pool works only while ``run()`` runs (the server runs it as a service; commands use
/// ``withDatabase(_:logger:_:)``).
public final class Database: Sendable {
    public let settings: DatabaseSettings
    let client: PostgresClient
    let logger: Logger
    private let counters = Mutex(PoolFigures(size: 0))

    public init(settings: DatabaseSettings, logger: Logger) {
        self.settings = settings
        self.logger = logger
        var configuration = PostgresClient.Configuration(
            host: settings.endpoint.host,
            port: settings.endpoint.port,
            username: settings.endpoint.username,
            password: settings.endpoint.password,
            database: settings.endpoint.database,
            tls: Self.tlsConfiguration(settings.endpoint.tls).map { .require($0) } ?? .disable
        )
        configuration.options.maximumConnections = settings.poolSize
        configuration.options.connectTimeout = .milliseconds(Int(settings.connectTimeout * 1000))
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        counters.withLock { $0.size = settings.poolSize }
    }

    /// Runs the connection pool until the task is cancelled.
    public func run() async {
        await client.run()
    }

    /// Lends a pooled connection to `body`, counting it in the pool figures.
    public func withConnection<Result: Sendable>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        counters.withLock { $0.waiting += 1 }
        var leased = false
        defer {
            counters.withLock {
                if leased { $0.inUse -= 1 } else { $0.waiting -= 1 }
            }
        }
        do {
            return try await client.withConnection { connection in
                counters.withLock {
                    $0.waiting -= 1
                    $0.inUse += 1
                    $0.leases += 1
                }
                leased = true
                return try await body(connection)
            }
        } catch {
            counters.withLock { $0.failures += 1 }
            throw error
        }
    }

    /// Checks that the database answers a query within `database.connect_timeout`.
    public func checkReady() async throws(DatabaseUnavailable) {
        do {
            try await withDeadline(seconds: settings.connectTimeout) { [self] in
                try await withConnection { connection in
                    _ = try await connection.query("SELECT 1", logger: logger).collect()
                }
            }
        } catch {
            throw DatabaseUnavailable(endpoint: settings.endpoint, error: error)
        }
    }

    /// The pool's figures right now.
    public var figures: PoolFigures { counters.withLock { $0 } }

    /// The TLS settings `sslmode` asks for; nil for a plain connection.
    static func tlsConfiguration(_ mode: DatabaseEndpoint.TLSMode) -> TLSConfiguration? {
        switch mode {
        case .disable:
            return nil
        case .require:
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = .none
            return tls
        case .verifyFull:
            return .makeClientConfiguration()
        }
    }
}

/// A snapshot of the connection pool's use, for `/metrics`.
public struct PoolFigures: Sendable {
    /// Connections the pool may open.
    public var size: Int
    /// Connections lent out right now.
    public var inUse = 0
    /// Callers waiting for a connection right now.
    public var waiting = 0
    /// Connections lent since start.
    public var leases = 0
    /// Leases that ended in an error since start.
    public var failures = 0
}
