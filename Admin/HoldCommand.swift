import ArgumentParser

/// `warblectl hold …`: legal holds.
struct HoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hold",
        abstract: "Place, list, inspect and release legal holds.",
        discussion: """
            While a hold is active, nothing it covers is purged: not by retention, not by its author's delete (which only \
            hides), not by an administrator. Holds are audited (hold.placed, hold.released).
            """,
        subcommands: [HoldCreateCommand.self, HoldListCommand.self, HoldShowCommand.self, HoldReleaseCommand.self]
    )
}
