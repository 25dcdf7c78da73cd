import ArgumentParser
import WarbleCommands

/// The administrators' command line: noun, then verb (`warblectl db status`).
@main
struct Warblectl: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "warblectl",
        abstract: "Administer a Warble installation.",
        discussion: "Reads the same configuration as the server (--config, WARBLE_* variables). Exits non-zero on failure.",
        subcommands: [DatabaseCommand.self, DirectoryCommand.self, UsersCommand.self, TokensCommand.self, AuditCommand.self, ExportCommand.self, HoldCommand.self, RetentionCommand.self, PolicyCommand.self, DLPCommand.self, DoctorCommand.self, VersionCommand.self]
    )
}
