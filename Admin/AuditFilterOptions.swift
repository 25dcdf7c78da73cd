import ArgumentParser
import WarbleCommands
import WarbleStore

/// The filters `audit tail` and `audit search` share.
struct AuditFilterOptions: ParsableArguments {
    @Option(help: "Only this action, or a family such as 'post.*'.") var action: String?
    @Option(help: "Only actions by this account (handle or directory login name).") var actor: String?
    @Option(help: "Only actions on this target.") var target: String?
    @Option(help: "From this date or time (2026-11-01 or 2026-11-01T08:00:00Z).") var since: DateArgument?
    @Option(help: "Before this date or time.") var until: DateArgument?

    func filter(_ environment: AdminEnvironment) async throws -> AuditFilter {
        let actorID = if let actor { try await environment.account(actor).id } else { Int64?.none }
        return AuditFilter(action: action, actorAccountID: actorID, target: target, since: since?.date, until: until?.date)
    }
}
