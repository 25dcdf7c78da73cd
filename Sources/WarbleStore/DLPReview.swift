import WarbleCore

/// A compliance officer's decision on a pending DLP flag, with who made it and why; the audit
/// log records it as `dlp.cleared` or `dlp.removed`, with the reviewer as actor.
public struct DLPReview: Sendable, Equatable {
    /// What becomes of the flagged post.
    public enum Decision: String, Sendable, CaseIterable {
        /// The post stays.
        case clear
        /// The post is hidden, as its author's deletion would hide it.
        case remove

        /// The flag's state afterwards.
        public var state: DLPFlag.State { self == .clear ? .cleared : .removed }
        /// The audit log's action.
        public var auditAction: String { self == .clear ? "dlp.cleared" : "dlp.removed" }
    }

    public var decision: Decision
    /// Why; required, at most ``maxReasonLength`` characters (Unicode scalars, as PostgreSQL counts).
    public var reason: String
    /// The reviewer's account; nil for `warblectl`, which `actorAddress` then names.
    public var reviewerAccountID: Int64?
    public var reviewerRole: Role?
    public var actorAddress: String?

    public init(decision: Decision, reason: String, reviewerAccountID: Int64?, reviewerRole: Role?, actorAddress: String?) {
        self.decision = decision
        self.reason = reason
        self.reviewerAccountID = reviewerAccountID
        self.reviewerRole = reviewerRole
        self.actorAddress = actorAddress
    }

    /// The longest reason the queue stores.
    public static let maxReasonLength = 2000
}
