import ArgumentParser

/// `warblectl dlp …`: the DLP review queue.
struct DLPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dlp",
        abstract: "Review the posts DLP flagged.",
        discussion: """
            A post in which a flag rule of dlp.yaml found something is published and queued here with the \
            rules and the matches masked. Clearing a flag leaves the post; removing hides it as a deletion \
            does. Both take a reason, are final and are recorded in the audit log (dlp.cleared, dlp.removed).
            """,
        subcommands: [DLPQueueCommand.self, DLPClearCommand.self, DLPRemoveCommand.self]
    )
}
