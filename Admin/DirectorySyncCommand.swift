import ArgumentParser
import WarbleCommands
import WarbleIdentity

/// `warblectl directory sync`: the same sync the server runs on its schedule.
struct DirectorySyncCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Refresh every account from the directory; suspend those that left or were disabled.",
        discussion: """
            Attributes and roles (from ldap.admin_group, ldap.compliance_group, ldap.auditor_group) are \
            refreshed; accounts whose entry is gone, or matches ldap.disabled_filter, are suspended and \
            their tokens revoked. Content is kept. A run that would suspend most accounts is refused \
            unless --force is given.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Flag(help: "Show what would change without changing anything.") var dryRun = false
    @Flag(help: "Go ahead even if most accounts would be suspended.") var force = false
    @Flag(help: "Print the report as JSON.") var json = false

    func run() async throws {
        let (dryRun, force, json) = (dryRun, force, json)
        try await AdminEnvironment.run(options) { environment in
            let sync = DirectorySyncService(directory: try environment.requireDirectory(), database: environment.database, logger: environment.logger)
            let report: DirectorySyncReport
            do {
                report = try await sync.sync(dryRun: dryRun, force: force) { done, total in
                    if !json && (done == total || done % 100 == 0) { printError("checked \(done)/\(total)") }
                }
            } catch {
                printError("directory sync failed, nothing was changed: \(error)")
                throw ExitCode.failure
            }
            if json { try printJSON(report); return }
            for change in report.roleChanges { print("role     \(change.username): \(change.from) -> \(change.to)") }
            for name in report.suspendedMissing { print("suspend  \(name) (no longer in the directory)") }
            for name in report.suspendedDisabled { print("suspend  \(name) (disabled in the directory)") }
            print((dryRun ? "Dry run: " : "") + report.summary)
        }
    }
}
