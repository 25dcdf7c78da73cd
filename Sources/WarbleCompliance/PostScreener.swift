import Logging
import WarblePolicy
import WarbleStore

/// Checks what an author is about to publish against the DLP policy in force, before anything is
/// stored, and decides: refuse it (``DLPRefusal``), or store it with what to record
/// (``PostScreening``). Findings reach the log and the audit log as rule names and redacted
/// excerpts, never as the text that matched.
public struct PostScreener: Sendable {
    let audit: AuditRepository
    let logger: Logger

    public init(audit: AuditRepository, logger: Logger) {
        self.audit = audit
        self.logger = logger
    }

    /// Scans the text and the content warning. Throws ``DLPRefusal/blocked(message:rules:)``
    /// after auditing `dlp.blocked` when a `block` rule finds something, and
    /// ``DLPRefusal/unconfirmed(message:rules:)`` when a `warn` rule does and the author has not
    /// confirmed; otherwise returns the `flag` findings and the confirmed warnings to store.
    public func screen(_ submission: PostSubmission, policy: DLPPolicy) async throws -> PostScreening {
        let findings = Self.findings(in: submission, policy: policy)
        let result = DLPResult(findings: findings)
        guard let decision = result.decision else { return .clean }
        let rules = { (keyword: String) in DLPFlag.distinct(findings.filter { $0.action.keyword == keyword }.map(\.rule)) }
        logger.notice("DLP found something in a post", metadata: [
            "decision": "\(decision.keyword)", "account_id": "\(submission.authorID)",
            "rules": "\(DLPFlag.distinct(findings.map(\.rule)).joined(separator: ","))", "excerpts": "\(findings.map(\.excerpt))",
        ])
        switch decision {
        case .block(let message):
            var details = ["rules": rules("block").joined(separator: ","), "visibility": submission.context.visibility.rawValue]
            details["group"] = submission.context.group
            try await audit.append(AuditEvent(
                action: "dlp.blocked", target: submission.postID.map { "post:\($0)" }, actorAccountID: submission.authorID,
                actorAddress: submission.address, details: details
            ))
            throw DLPRefusal.blocked(message: message, rules: rules("block"))
        case .warn(let message):
            guard submission.confirmed else { throw DLPRefusal.unconfirmed(message: message, rules: rules("warn")) }
            return PostScreening(flagged: Self.flagged(findings), confirmedWarnings: rules("warn"))
        case .flag:
            return PostScreening(flagged: Self.flagged(findings))
        }
    }

    /// The findings of both texts in the policy's rule order, so that the message shown is the
    /// first rule's in the file whichever text it matched.
    static func findings(in submission: PostSubmission, policy: DLPPolicy) -> [DLPFinding] {
        let scanner = DLPScanner(policy: policy)
        let order = Dictionary(policy.rules.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        let both = scanner.scan(text: submission.text, context: submission.context).findings
            + scanner.scan(text: submission.spoilerText, context: submission.context).findings
        return both.enumerated().sorted { ((order[$0.element.rule] ?? 0), $0.offset) < ((order[$1.element.rule] ?? 0), $1.offset) }.map(\.element)
    }

    private static func flagged(_ findings: [DLPFinding]) -> [DLPFlag.Finding] {
        findings.filter { $0.action == .flag }.map { DLPFlag.Finding(rule: $0.rule, excerpt: $0.excerpt) }
    }
}
