import Foundation
import Logging
import PostgresNIO

/// Brings the schema up to date, once, however many instances start at the same moment: the work
/// runs under a PostgreSQL advisory lock, so a second migrator waits and then finds nothing to do.
public struct Migrator: Sendable {
    /// What a migration run reports while it works.
    public enum Event: Sendable {
        case waitingForLock
        case applying(Migration)
        case applied(Migration, seconds: Double)
    }

    /// The advisory lock every migrator takes; any number unlikely to collide with other users of
    /// the same database ("WARBLEMG" in ASCII).
    static let lockKey: Int64 = 0x5741_5242_4C45_4D47

    let database: Database
    let migrations: [Migration]

    public init(database: Database, migrations: [Migration] = Migrations.all) {
        self.database = database
        self.migrations = migrations.sorted { $0.version < $1.version }
    }

    /// Applies every pending migration, each in its own transaction, and returns those applied.
    @discardableResult
    public func migrate(onEvent: @escaping @Sendable (Event) -> Void = { _ in }) async throws -> [Migration] {
        try await database.withConnection { connection in
            let logger = database.logger
            let acquired = try await connection.query("SELECT pg_try_advisory_lock(\(Self.lockKey))", logger: logger)
                .collect().first?.decode(Bool.self) ?? false
            if !acquired {
                onEvent(.waitingForLock)
                _ = try await connection.query("SELECT pg_advisory_lock(\(Self.lockKey))", logger: logger).collect()
            }
            do {
                let applied = try await apply(on: connection, onEvent: onEvent)
                _ = try await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger).collect()
                return applied
            } catch {
                // A failed statement leaves nothing to keep; the lock must not outlive this attempt.
                _ = try? await connection.query("SELECT pg_advisory_unlock(\(Self.lockKey))", logger: logger).collect()
                throw error
            }
        }
    }

    /// Which migrations the database has and which it lacks.
    public func status() async throws -> MigrationStatus {
        try await database.withConnection { connection in
            try await status(on: connection)
        }
    }

    private func apply(on connection: PostgresConnection, onEvent: @Sendable (Event) -> Void) async throws -> [Migration] {
        let logger = database.logger
        _ = try await connection.query("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version integer PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, logger: logger).collect()
        let current = try await status(on: connection)
        try current.checkConsistent()
        var applied: [Migration] = []
        for migration in current.pending {
            onEvent(.applying(migration))
            let started = ContinuousClock.now
            do {
                try await connection.withTransaction(logger: logger) { connection in
                    for statement in migration.statements {
                        _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).collect()
                    }
                    _ = try await connection.query("""
                        INSERT INTO schema_migrations (version, name, checksum)
                        VALUES (\(migration.version), \(migration.name), \(migration.checksum))
                        """, logger: logger).collect()
                }
            } catch {
                throw MigrationError.failed(migration: migration, reason: DatabaseUnavailable.explain(error))
            }
            let elapsed = ContinuousClock.now - started
            onEvent(.applied(migration, seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
            applied.append(migration)
        }
        return applied
    }

    private func status(on connection: PostgresConnection) async throws -> MigrationStatus {
        let logger = database.logger
        let exists = try await connection.query("SELECT to_regclass('schema_migrations') IS NOT NULL", logger: logger)
            .collect().first?.decode(Bool.self) ?? false
        var recorded: [AppliedMigration] = []
        if exists {
            let rows = try await connection.query(
                "SELECT version, name, checksum, applied_at FROM schema_migrations ORDER BY version", logger: logger)
            for try await (version, name, checksum, appliedAt) in rows.decode((Int, String, String, Date).self) {
                recorded.append(AppliedMigration(version: version, name: name, checksum: checksum, appliedAt: appliedAt))
            }
        }
        return MigrationStatus(known: migrations, recorded: recorded)
    }
}
