import Foundation

/// Which audit rows `audit search`, `audit tail` and the auditors' API ask for. Every field left
/// nil matches everything; `action` ending in `.*` matches a family (`post.*`).
public struct AuditFilter: Sendable, Equatable {
    public var action: String?
    public var actorAccountID: Int64?
    public var target: String?
    public var since: Date?
    public var until: Date?
    public var afterSequence: Int64?
    public var beforeSequence: Int64?
    public var oldestFirst: Bool

    public init(
        action: String? = nil, actorAccountID: Int64? = nil, target: String? = nil, since: Date? = nil, until: Date? = nil,
        afterSequence: Int64? = nil, beforeSequence: Int64? = nil, oldestFirst: Bool = false
    ) {
        self.action = action
        self.actorAccountID = actorAccountID
        self.target = target
        self.since = since
        self.until = until
        self.afterSequence = afterSequence
        self.beforeSequence = beforeSequence
        self.oldestFirst = oldestFirst
    }
}
