import ArgumentParser
import Foundation
import Hummingbird
import Logging
import WarbleCommands
import WarbleConfig
import WarbleServer
import WarbleStore

/// `warble serve`: checks the policy files, and that the database answers and has the current
/// schema, then serves until SIGTERM or SIGINT, finishing the requests in flight before it exits.
/// SIGHUP reloads the policy files.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web pages and the API.",
        discussion: """
            Refuses to start, with the reason, when the configuration is wrong, a policy file in \
            policies.dir has a problem (each is listed), the database does not answer within \
            database.connect_timeout, or the schema is not up to date (run 'warble migrate', or pass \
            --migrate). SIGHUP (or 'warblectl policy apply') reloads the policy files; a reload that \
            finds a problem keeps the policy in force and logs the problems.
            """
    )

    @OptionGroup var options: ConfigurationOptions

    @Flag(help: "Apply pending migrations before serving (under the same lock as 'warble migrate').")
    var migrate = false

    func run() async throws {
        let configuration = try options.load()
        LogSetup.bootstrap(format: configuration.log.format, level: configuration.log.level)
        var logger = Logger(label: "warble")
        logger[metadataKey: "version"] = "\(WarbleVersion.current)"
        let application = try build(configuration, logger: logger)
        do {
            try await prepareDatabase(configuration.database, logger: logger)
        } catch {
            printError("warble: cannot start: \(error)")
            throw ExitCode.failure
        }
        logger.info("starting", metadata: [
            "address": "\(configuration.http.host):\(configuration.http.port)",
            "public_url": "\(configuration.http.publicURL)",
            "database": "\(configuration.database.endpoint)",
            "federation": "\(configuration.federation.enabled ? "on" : "off")",
        ])
        try await application.runService()
        logger.info("stopped")
    }

    /// The application, or exit status 2 with every problem of the policy files, as a wrong
    /// configuration stops the start.
    private func build(_ configuration: WarbleConfiguration, logger: Logger) throws -> some ApplicationProtocol {
        do {
            return try buildApplication(configuration: configuration, logger: logger)
        } catch {
            printError("warble: cannot start: \(error)")
            throw ExitCode(2)
        }
    }

    private func prepareDatabase(_ settings: DatabaseSettings, logger: Logger) async throws {
        try await withDatabase(settings, logger: logger) { [migrate] database in
            let migrator = Migrator(database: database)
            if migrate { try await migrator.migrate() }
            let status = try await migrator.status()
            guard status.isUpToDate else {
                if !status.unknown.isEmpty || !status.changed.isEmpty {
                    throw SchemaNotReady(message: "the schema does not match this build: run 'warblectl db status'")
                }
                let versions = status.pending.map { String($0.version) }.joined(separator: ", ")
                throw SchemaNotReady(message: "the database lacks migration(s) \(versions): run 'warble migrate' first, or start with --migrate")
            }
        }
    }
}

/// The database answers but its schema is not the one this build needs.
struct SchemaNotReady: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
