import ArgumentParser
import Foundation
import WarbleArchive
import WarbleCommands
import WarbleCompliance
import WarbleConfig
import WarbleStore

/// `warblectl export create`.
struct ExportCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Export the posts of custodians and groups for an audit or eDiscovery.",
        discussion: """
            Selects the posts of every --custodian, every post in every --group and every post an active --hold keeps, created from --from (inclusive) \
            to --to (exclusive), optionally matching --query (full-text, as in search). Deleted posts are included \
            only with --include-deleted. The export is signed with exports.signing_key (or --key) and audited.
            Example: warblectl export create --custodian bob --group finance --from 2026-01-01 --to 2026-07-01 --out case-17.tar.gz
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(name: .customLong("custodian"), help: "A person whose posts to export (handle or login name); repeat for more.") var custodians: [String] = []
    @Option(name: .customLong("group"), help: "A group whose posts to export (its slug); repeat for more.") var groups: [String] = []
    @Option(help: "Every post this active legal hold keeps.") var hold: Int64?
    @Option(help: "Posts created on or after this date or time (2026-01-01).") var from: DateArgument?
    @Option(help: "Posts created before this date or time.") var to: DateArgument?
    @Option(help: "Only posts matching this full-text query.") var query: String?
    @Flag(help: "Include posts their authors deleted (kept for retention).") var includeDeleted = false
    @Option(help: "The archive to write (.tar.gz); it must not exist.") var out: String
    @Option(help: "The signing key (PEM); default: exports.signing_key.") var key: String?
    @Flag(help: "Print the summary as JSON.") var json = false

    func validate() throws {
        guard !custodians.isEmpty || !groups.isEmpty || hold != nil else { throw ValidationError("name at least one --custodian, --group or --hold") }
        if let from, let to, from.date >= to.date { throw ValidationError("--from must be before --to") }
        guard !FileManager.default.fileExists(atPath: out) else { throw ValidationError("\(out) already exists; exports never overwrite") }
    }

    func run() async throws {
        let command = ExportCreateInput(
            custodians: custodians, groups: groups, hold: hold, from: from, to: to, query: query, includeDeleted: includeDeleted, out: out, key: key, json: json
        )
        try await AdminEnvironment.run(options) { environment in
            let request = try await command.request(environment)
            let progress = ProgressBar(label: "exporting", unit: "posts")
            let summary = try await ExportService(database: environment.database).create(request) { progress.update($0, of: $1) }
            progress.finish(summary.counts.posts, of: summary.counts.posts)
            if command.json { try printJSON(ExportCreated(file: command.out, summary: summary)); return }
            let counts = summary.counts
            print("wrote \(command.out)")
            print("  \(counts.posts) post(s) (\(counts.deletedPosts) deleted, \(counts.editedPosts) edited), \(counts.attachments) attachment(s)"
                  + (counts.attachmentsMissing > 0 ? " (\(counts.attachmentsMissing) missing from media.dir)" : "")
                  + ", \(counts.accounts) account(s), \(counts.auditRows) audit row(s)")
            print("  sha256 \(summary.sha256)")
        }
    }
}

/// The values of `export create`, as the command's work needs them.
struct ExportCreateInput: Sendable {
    let custodians: [String]
    let groups: [String]
    let hold: Int64?
    let from: DateArgument?
    let to: DateArgument?
    let query: String?
    let includeDeleted: Bool
    let out: String
    let key: String?
    let json: Bool

    func request(_ environment: AdminEnvironment) async throws -> ExportRequest {
        let configuration = environment.configuration
        guard let keyPath = key ?? configuration.exports.signingKey else {
            printError("exports.signing_key is not set: make a key with 'warblectl export keygen' and set it (or pass --key)")
            throw ExitCode.failure
        }
        let signingKey: ExportSigningKey
        do {
            signingKey = try ExportSigningKey(contentsOf: URL(fileURLWithPath: keyPath))
        } catch {
            printError("cannot read the signing key \(keyPath): \(error)")
            throw ExitCode.failure
        }
        let custodianIDs = try await environment.accountIDs(custodians)
        let groupIDs = try await environment.groupIDs(groups)
        return ExportRequest(
            selection: ExportSelection(custodianIDs: custodianIDs, groupIDs: groupIDs, from: from?.date, to: to?.date, query: query, includeDeleted: includeDeleted, holdID: hold),
            custodianNames: custodians, groupNames: groups, output: URL(fileURLWithPath: out), signingKey: signingKey,
            mediaDirectory: URL(fileURLWithPath: configuration.media.directory, isDirectory: true),
            domain: configuration.http.publicURL.host ?? "localhost", generator: "Warble \(WarbleVersion.current)",
            actorAccountID: nil, actorRole: nil, actorAddress: AdminEnvironment.auditAddress
        )
    }
}

/// `export create --json`.
struct ExportCreated: Encodable {
    let file: String
    let sha256: String
    let counts: ExportCounts

    init(file: String, summary: ExportSummary) {
        self.file = file
        sha256 = summary.sha256
        counts = summary.counts
    }
}
