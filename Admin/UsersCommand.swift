import ArgumentParser

/// `warblectl users …`: accounts.
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "List, inspect, suspend and change accounts.",
        subcommands: [UsersListCommand.self, UsersShowCommand.self, UsersCreateLocalCommand.self, UsersSuspendCommand.self, UsersUnsuspendCommand.self,
                      UsersSetRoleCommand.self, UsersRevokeSessionsCommand.self, UsersDeleteCommand.self]
    )
}
