import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl hold show ID`.
struct HoldShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one hold and what it keeps now.")

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The hold's id.") var id: Int64
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let (id, json) = (id, json)
        try await AdminEnvironment.run(options) { environment in
            let holds = HoldRepository(database: environment.database)
            guard let hold = try await holds.find(id: id) else {
                printError("no hold \(id) (see 'warblectl hold list --all')")
                throw ExitCode.failure
            }
            let summary = HoldSummary(hold, coverage: try await holds.coverage(of: id))
            if json { try printJSON(summary); return }
            print(summary.line)
            print("  reason: \(hold.reason)")
            print("  custodians: \(hold.custodianIDs.map(String.init).joined(separator: ", ")), groups: \(hold.groupIDs.map(String.init).joined(separator: ", "))")
            print("  from \(hold.startsAt?.formatted(.iso8601) ?? "the beginning") to \(hold.endsAt?.formatted(.iso8601) ?? "now"), query: \(hold.query ?? "-")")
            if let coverage = summary.coverage {
                print("  keeps \(coverage.posts) post(s) (\(coverage.deletedPosts) deleted) by \(coverage.custodians) author(s), \(coverage.attachments) attachment(s)")
            }
            if let released = hold.releasedAt { print("  released \(released.formatted(.iso8601)): \(hold.releaseReason ?? "")") }
        }
    }
}
