import ArgumentParser
import Foundation
import WarbleCommands
import WarbleCore
import WarbleStore

/// `warblectl hold create`.
struct HoldCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Place a legal hold.",
        discussion: """
            Covers the posts of every --custodian and every post in every --group (with neither, every post), created \
            from --from (inclusive) to --to (exclusive), matching --query (full text) when given.
            Example: warblectl hold create --case 2026-017 --reason "Smith v. Example" --custodian bob --from 2026-01-01
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(name: .customLong("case"), help: "The case or matter id.") var caseID: String
    @Option(help: "Why the content must be kept.") var reason: String
    @Option(name: .customLong("custodian"), help: "A person whose posts to keep (handle or login name); repeat for more.") var custodians: [String] = []
    @Option(name: .customLong("group"), help: "A group whose posts to keep (its slug); repeat for more.") var groups: [String] = []
    @Option(help: "Posts created on or after this date or time.") var from: DateArgument?
    @Option(help: "Posts created before this date or time.") var to: DateArgument?
    @Option(help: "Only posts matching this full-text query.") var query: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let input = (caseID, reason, custodians, groups, from?.date, to?.date, query, json)
        try await AdminEnvironment.run(options) { environment in
            let (caseID, reason, custodians, groups, from, to, query, json) = input
            let custodianIDs = try await environment.accountIDs(custodians)
            let groupIDs = try await environment.groupIDs(groups)
            let hold = NewLegalHold(caseID: caseID, reason: reason, custodianIDs: custodianIDs, groupIDs: groupIDs, startsAt: from, endsAt: to, query: query)
            guard hold.problems.isEmpty else {
                hold.problems.forEach(printError)
                throw ExitCode.failure
            }
            let (placed, coverage) = try await HoldRepository(database: environment.database).place(hold, by: environment.actor)
            if json { try printJSON(HoldSummary(placed, coverage: coverage)); return }
            print("placed hold \(placed.id) for case \(placed.caseID): it keeps \(coverage.posts) post(s) (\(coverage.deletedPosts) deleted), \(coverage.attachments) attachment(s)")
        }
    }
}
