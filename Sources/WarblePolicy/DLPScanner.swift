import Foundation

/// Looks for what the DLP policy forbids or wants reviewed in a text about to be published.
public struct DLPScanner: Sendable {
    public let policy: DLPPolicy

    public init(policy: DLPPolicy) {
        self.policy = policy
    }

    /// Runs every rule whose scope covers `context` over `text`. A match that fails its rule's
    /// validator is not a finding.
    public func scan(text: String, context: DLPContext) -> DLPResult {
        var findings: [DLPFinding] = []
        let whole = NSRange(text.startIndex..., in: text)
        for rule in policy.rules where rule.scope.covers(context) {
            for match in rule.pattern.matches(in: text, range: whole) {
                guard let range = Range(match.range, in: text), !range.isEmpty else { continue }
                let matched = text[range]
                if let validator = rule.validator, !validator.accepts(matched) { continue }
                findings.append(DLPFinding(rule: rule.name, action: rule.action, excerpt: DLPFinding.redact(matched, validated: rule.validator != nil)))
            }
        }
        return DLPResult(findings: findings)
    }
}
