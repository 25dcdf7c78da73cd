import ArgumentParser
import Logging
import WarbleConfig
import WarbleStore

/// Applies pending schema migrations: `warble migrate` and `warblectl db migrate` are this command.
public struct MigrateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring the database schema up to date.",
        discussion: """
            Applies every pending migration, each in its own transaction. Safe to run from several \
            instances at once: they take turns under a PostgreSQL advisory lock, and the later ones \
            find nothing to do.
            """
    )

    @OptionGroup public var options: ConfigurationOptions

    public init() {}

    public func run() async throws {
        let configuration = try options.load()
        let logger = Logger(label: "warble.migrate")
        do {
            let applied = try await withDatabase(configuration.database, logger: logger) { database in
                try await Migrator(database: database).migrate { event in
                    switch event {
                    case .waitingForLock:
                        print("Another instance is migrating; waiting for it to finish...")
                    case .applying(let migration):
                        print("Applying \(migration.version) \(migration.name)...")
                    case .applied(let migration, let seconds):
                        print("Applied  \(migration.version) \(migration.name) in \(String(format: "%.2f", seconds)) s")
                    }
                }
            }
            print(applied.isEmpty ? "The schema is up to date; nothing to do." : "Applied \(applied.count) migration(s); the schema is up to date.")
        } catch {
            printError("migrate failed: \(error)")
            throw ExitCode.failure
        }
    }
}
