/// Something a DLP rule found in a text. Findings are logged and stored for review, so they hold
/// a redacted excerpt and never the text that matched.
public struct DLPFinding: Sendable, Hashable {
    /// The name of the rule that matched.
    public let rule: String
    public let action: DLPAction
    /// The match with its letters and digits masked: `•••• •••• •••• 1111` for a card number,
    /// `••••••••` for a password.
    public let excerpt: String

    public init(rule: String, action: DLPAction, excerpt: String) {
        self.rule = rule
        self.action = action
        self.excerpt = excerpt
    }
}
