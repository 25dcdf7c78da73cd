/// One line of the retention policy: what it covers, how long that is kept, and what happens after.
public struct RetentionRule: Sendable, Hashable {
    /// Unique in its file; audit rows and `--dry-run` reports name it.
    public let name: String
    public let scope: RetentionScope
    public let keep: RetentionDuration
    public let action: RetentionAction

    public init(name: String, scope: RetentionScope, keep: RetentionDuration, action: RetentionAction) {
        self.name = name
        self.scope = scope
        self.keep = keep
        self.action = action
    }
}
