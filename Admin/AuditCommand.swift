import ArgumentParser

/// `warblectl audit …`: the tamper-evident audit log.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Verify, read and stream the audit log.",
        discussion: """
            Every row carries SHA-256 over the previous row's hash and its own canonical form, so a changed, \
            removed or inserted row breaks the chain. 'verify' recomputes it; 'tail' and 'search' read it; \
            'stream' feeds a SIEM with JSON lines.
            """,
        subcommands: [AuditVerifyCommand.self, AuditTailCommand.self, AuditSearchCommand.self, AuditStreamCommand.self]
    )
}
