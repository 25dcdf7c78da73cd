import ArgumentParser

/// `warblectl directory …`: the corporate directory.
struct DirectoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Synchronise with and test the LDAP directory.",
        subcommands: [DirectorySyncCommand.self, DirectoryTestLoginCommand.self]
    )
}
