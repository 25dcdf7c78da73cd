import ArgumentParser
import WarbleCommands
import WarbleCompliance

/// `warblectl audit verify [--from SEQ]`.
struct AuditVerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Recompute the audit log's hash chain and name the first broken row.",
        discussion: "Exits 0 when the chain is intact, 1 when a row was changed, removed or inserted (the first such row is named)."
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Start at this sequence number, trusting its link to the rows before it.") var from: Int64?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let (from, json) = (from, json)
        try await AdminEnvironment.run(options) { environment in
            let progress = ProgressBar(label: "verifying", unit: "rows")
            let verification = try await AuditChainVerifier(audit: environment.audit).verify(from: from) { progress.update($0, of: $1) }
            progress.finish(verification.checked, of: verification.checked)
            if json {
                try printJSON(AuditVerificationReport(verification))
            } else if let broken = verification.broken {
                print("BROKEN at row \(broken.sequence): \(broken.reason)")
                print("\(verification.checked) row(s) before it verified")
            } else {
                let range = verification.firstSequence.map { "rows \($0)–\(verification.lastSequence ?? $0)" } ?? "no rows"
                print("intact: \(verification.checked) row(s) verified (\(range))")
            }
            if !verification.isIntact { throw ExitCode.failure }
        }
    }
}

/// `audit verify --json`.
struct AuditVerificationReport: Encodable {
    let intact: Bool
    let checked: Int
    let firstSequence: Int64?
    let lastSequence: Int64?
    let brokenSequence: Int64?
    let reason: String?

    init(_ verification: AuditVerification) {
        intact = verification.isIntact
        checked = verification.checked
        firstSequence = verification.firstSequence
        lastSequence = verification.lastSequence
        brokenSequence = verification.broken?.sequence
        reason = verification.broken?.reason
    }
}
