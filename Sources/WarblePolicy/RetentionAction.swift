/// What happens to content once its rule's duration has passed.
public enum RetentionAction: String, Sendable, CaseIterable {
    /// Hide it at once, as if its author had deleted it; the `deleted_posts` rule purges it later.
    case delete
    /// Remove it for good, recording the purge in the audit log.
    case purge
}
