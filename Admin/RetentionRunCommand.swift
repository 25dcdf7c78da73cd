import ArgumentParser
import Foundation
import WarbleCommands
import WarbleCompliance
import WarblePolicy

/// `warblectl retention run [--dry-run] [--as-of DATE] [--limit N]`.
struct RetentionRunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Hide and purge what the retention policy says has expired; never what a hold covers.",
        discussion: """
            Reads retention.yaml from policies.dir. --dry-run changes nothing and reports what a real run would do; \
            --as-of runs the policy as on another day (for example to preview next month's purge). A real run is \
            recorded in the audit log with its figures per rule.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Flag(help: "Report only; change nothing.") var dryRun = false
    @Option(help: "Apply the policy as on this date or time instead of now.") var asOf: DateArgument?
    @Option(help: "Stop after acting on this many items.") var limit: Int?
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    func run() async throws {
        let input = (dryRun, asOf?.date ?? Date(), limit, json)
        try await AdminEnvironment.run(options) { environment in
            let (dryRun, asOf, limit, json) = input
            let policies: PolicySet
            do {
                policies = try PolicyLoader.load(directory: environment.configuration.policies.directory)
            } catch let error as PolicyError {
                error.problems.forEach { printError($0.description) }
                throw ExitCode.failure
            }
            let engine = RetentionEngine(
                database: environment.database, mediaDirectory: URL(fileURLWithPath: environment.configuration.media.directory, isDirectory: true),
                exportsDirectory: URL(fileURLWithPath: environment.configuration.exports.directory, isDirectory: true), logger: environment.logger
            )
            let progress = ProgressBar(label: dryRun ? "checking" : "applying retention", unit: "posts")
            let report = try await engine.run(policy: policies.retention, asOf: asOf, dryRun: dryRun, limit: limit, actor: environment.actor) {
                progress.update($0, of: $1)
            }
            progress.finish(report.postsScanned, of: report.postsScanned)
            if json { try printJSON(report); return }
            print("\(dryRun ? "dry run (nothing changed)" : "retention run") as of \(asOf.formatted(.iso8601)), \(report.postsScanned) post(s) scanned")
            for figures in report.rules {
                print("  \(figures.rule): \(figures.hidden) hidden, \(figures.purged) purged, \(figures.held) kept by holds")
            }
            print("  \(report.files) file(s) \(dryRun ? "would be" : "") deleted\(report.stoppedAtLimit ? "; stopped at --limit" : "")")
        }
    }
}
