import Foundation
import Hummingbird
import WarbleCore
import WarblePolicy

/// `GET /api/v1/warble/retention`: what the retention policy in force does with the reader's own
/// posts — for each kind of post they can write, the rule, how long it is kept and what happens
/// then — so that nobody has to guess (the profile settings page shows it).
struct RetentionController {
    let policies: PolicyStore

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: show)
    }

    /// One line of the answer.
    struct Applied: ResponseEncodable {
        let posts: String
        let rule: String?
        let keep: String?
        let action: String?
        let summary: String
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> [Applied] {
        try context.require(anyOf: "read:accounts", "read", "profile")
        let policy = policies.current.retention
        let cases: [(String, PostFacts)] = [
            ("public", PostFacts(visibility: .public)),
            ("unlisted", PostFacts(visibility: .unlisted)),
            ("private", PostFacts(visibility: .private)),
            ("direct", PostFacts(visibility: .direct)),
            ("deleted", PostFacts(visibility: .public, isDeleted: true)),
        ]
        return cases.map { name, facts in
            guard let rule = policy.rule(for: facts) else {
                return Applied(posts: name, rule: nil, keep: nil, action: nil, summary: "Kept until you delete them.")
            }
            let then = rule.action == .purge ? "then removed for good" : "then hidden, and removed after the deleted-posts period"
            return Applied(
                posts: name, rule: rule.name, keep: rule.keep.description, action: rule.action.rawValue,
                summary: "Kept \(Self.words(rule.keep)) from \(name == "deleted" ? "deletion" : "posting"), \(then), unless a legal hold keeps them."
            )
        }
    }

    /// `P7Y` as "7 years", `P1Y6M` as "18 months", `P90D` as "90 days".
    static func words(_ duration: RetentionDuration) -> String {
        let plural = { (count: Int, unit: String) in "\(count) \(unit)\(count == 1 ? "" : "s")" }
        switch (duration.months, duration.days) {
        case (let months, 0) where months % 12 == 0: return plural(months / 12, "year")
        case (let months, 0): return plural(months, "month")
        case (0, let days): return plural(days, "day")
        default: return duration.description
        }
    }
}
