import Foundation

/// One data-loss-prevention rule: a pattern to look for, a check its matches must pass, the posts
/// it looks at, and what happens when it finds something.
public struct DLPRule: Sendable {
    /// Unique in its file; findings and review queues name it.
    public let name: String
    /// Compiled from the file's `pattern:`; inline flags such as `(?i)` apply.
    public let pattern: NSRegularExpression
    public let validator: DLPValidator?
    public let scope: DLPScope
    public let action: DLPAction

    public init(name: String, pattern: NSRegularExpression, validator: DLPValidator?, scope: DLPScope, action: DLPAction) {
        self.name = name
        self.pattern = pattern
        self.validator = validator
        self.scope = scope
        self.action = action
    }
}
