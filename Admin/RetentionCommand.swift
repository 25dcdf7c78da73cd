import ArgumentParser

/// `warblectl retention …`.
struct RetentionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "retention",
        abstract: "Apply the retention policy.",
        subcommands: [RetentionRunCommand.self]
    )
}
