import ArgumentParser

/// `warblectl policy …`: the retention and DLP policy files.
struct PolicyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policy",
        abstract: "Check the retention and DLP policy files and put them in force.",
        subcommands: [PolicyValidateCommand.self, PolicyApplyCommand.self]
    )
}
