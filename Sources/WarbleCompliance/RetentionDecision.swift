import Foundation
import WarbleCore
import WarblePolicy
import WarbleStore

/// What retention does with one post on a given day, and under which rule: the whole rule in one
/// place, without I/O.
public enum RetentionDecision: Sendable, Equatable {
    case keep
    case hide(RetentionRule)
    case purge(RetentionRule)

    /// The post's rule (``RetentionPolicy/rule(for:)``) applied on `asOf`. A rule counts from the
    /// post's creation — from its deletion for `deleted_posts`, from its author's suspension for
    /// `suspended_accounts`. `delete` hides a visible post (it then falls under `deleted_posts`);
    /// `purge` removes it. Holds are not decided here: purges skip held posts.
    public static func decide(_ post: RetainedPost, policy: RetentionPolicy, asOf: Date) -> RetentionDecision {
        let facts = PostFacts(
            visibility: post.visibility, group: post.groupSlug, isDeleted: post.deletedAt != nil, isAuthorSuspended: post.authorSuspendedAt != nil
        )
        guard let rule = policy.rule(for: facts) else { return .keep }
        let since: Date? = switch rule.scope {
        case .deletedPosts: post.deletedAt
        case .suspendedAccounts: post.authorSuspendedAt
        default: post.createdAt
        }
        guard let since, since < rule.keep.cutoff(asOf: asOf) else { return .keep }
        switch rule.action {
        case .purge: return .purge(rule)
        case .delete: return post.deletedAt == nil ? .hide(rule) : .keep
        }
    }
}
