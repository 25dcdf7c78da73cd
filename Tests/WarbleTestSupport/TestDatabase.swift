import Crypto
import Foundation
import Logging
import PostgresNIO
import WarbleConfig
import WarbleStore

/// A database of its own for one test, so that tests run in parallel without seeing each other.
/// Migrated ones are copied from a template migrated once per run (`CREATE DATABASE … TEMPLATE`),
/// which takes milliseconds.
public struct TestDatabase: Sendable {
    public let name: String
    public let settings: DatabaseSettings

    /// A new database with the current schema.
    public static func migrated() async throws -> TestDatabase {
        let template = try await TemplateDatabase.shared.name()
        return try await create(template: template)
    }

    /// A new database with no schema at all, for tests of migrations themselves.
    public static func empty() async throws -> TestDatabase {
        try await create(template: "template0")
    }

    /// Runs `body` with a running pool on this database.
    public func withDatabase<Result: Sendable>(_ body: @escaping @Sendable (Database) async throws -> Result) async throws -> Result {
        try await WarbleStore.withDatabase(settings, logger: TestDatabase.logger, body)
    }

    static let logger = Logger(label: "warble.tests")

    private static func create(template: String) async throws -> TestDatabase {
        let name = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
        try await withAdminConnection { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name) TEMPLATE \(template)"), logger: logger).collect()
        }
        var endpoint = try TestServices.databaseEndpoint()
        endpoint.database = name
        return TestDatabase(name: name, settings: DatabaseSettings(endpoint: endpoint, poolSize: 4, connectTimeout: 5))
    }

    /// A connection to the cluster's maintenance database, as the superuser.
    static func withAdminConnection<Result>(_ body: (PostgresConnection) async throws -> Result) async throws -> Result {
        let endpoint = try TestServices.databaseEndpoint()
        let configuration = PostgresConnection.Configuration(
            host: endpoint.host, port: endpoint.port, username: endpoint.username,
            password: endpoint.password, database: "postgres", tls: .disable
        )
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }
}

/// Makes the run's template database once: named after the migrations' checksums, so a changed
/// schema gets a new template, and created under an advisory lock, so that parallel test processes
/// build it once.
actor TemplateDatabase {
    static let shared = TemplateDatabase()
    private var ready: Task<String, any Error>?

    func name() async throws -> String {
        if let ready { return try await ready.value }
        let task = Task { try await Self.build() }
        ready = task
        return try await task.value
    }

    private static func build() async throws -> String {
        let digest = SHA256.hash(data: Data(Migrations.all.map(\.checksum).joined().utf8))
        let name = "warble_template_" + digest.prefix(6).map { String(format: "%02x", $0) }.joined()
        try await TestDatabase.withAdminConnection { connection in
            let logger = TestDatabase.logger
            _ = try await connection.query("SELECT pg_advisory_lock(4242)", logger: logger).collect()
            let exists = try await connection.query("SELECT count(*) FROM pg_database WHERE datname = \(name)", logger: logger)
                .collect().first?.decode(Int.self) ?? 0
            if exists == 0 {
                _ = try await connection.query(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"), logger: logger).collect()
                var endpoint = try TestServices.databaseEndpoint()
                endpoint.database = name
                try await withDatabase(DatabaseSettings(endpoint: endpoint, poolSize: 1), logger: logger) { database in
                    try await Migrator(database: database).migrate()
                }
            }
            _ = try await connection.query("SELECT pg_advisory_unlock(4242)", logger: logger).collect()
        }
        return name
    }
}
