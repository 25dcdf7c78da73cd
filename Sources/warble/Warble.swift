import ArgumentParser
import WarbleCommands

/// The server binary: `warble serve` runs the appliance, `warble migrate` prepares its database.
@main
struct Warble: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warble",
        abstract: "Warble, the enterprise internal microblog appliance.",
        subcommands: [ServeCommand.self, MigrateCommand.self],
        defaultSubcommand: ServeCommand.self
    )
}
