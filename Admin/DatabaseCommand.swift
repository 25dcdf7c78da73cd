import ArgumentParser
import WarbleCommands

/// `warblectl db …`: the schema.
struct DatabaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "db",
        abstract: "Inspect and migrate the database schema.",
        subcommands: [MigrateCommand.self, DatabaseStatusCommand.self]
    )
}
