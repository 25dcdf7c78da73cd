import ArgumentParser

/// `warblectl export …`: compliance exports and their verification.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Make, sign and verify compliance exports.",
        discussion: """
            An export is a .tar.gz of posts.jsonl, posts.csv, messages/<id>.eml, attachments/, accounts.jsonl and \
            audit.jsonl, with SHA256SUMS, manifest.json and an Ed25519 signature (manifest.sig). Make the signing key \
            once with 'keygen', set exports.signing_key, and give auditors the public key.
            """,
        subcommands: [ExportCreateCommand.self, ExportVerifyCommand.self, ExportKeygenCommand.self]
    )
}
