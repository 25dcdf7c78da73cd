/// The retention rules in force: which rule decides the fate of a piece of content.
///
/// A legal hold beats every rule: the engine checks holds before acting on what a rule says, so
/// nothing here needs to know about them.
public struct RetentionPolicy: Sendable, Hashable {
    /// In file order.
    public let rules: [RetentionRule]

    public init(rules: [RetentionRule]) {
        self.rules = rules
    }

    /// The one rule for a post, or nil when no rule covers it (then it is kept).
    ///
    /// The most specific scope that covers the post wins, in this order:
    /// 1. `deleted_posts` — the post is deleted: all that is left to decide is when to purge it;
    /// 2. `suspended_accounts` — its author is suspended: the account's fate decides its content's;
    /// 3. `group` — the post was made in that group;
    /// 4. `directory_group` — its author is in that directory group; when several match, the rule
    ///    that keeps longest wins (the first in the file among equals), because keeping too long
    ///    is the mistake that can be corrected;
    /// 5. `direct_posts` — the post is direct;
    /// 6. `all_posts`.
    public func rule(for post: PostFacts) -> RetentionRule? {
        var best: (rule: RetentionRule, precedence: Int)?
        for rule in rules {
            guard let precedence = rule.scope.precedence(for: post) else { continue }
            if let current = best {
                guard precedence > current.precedence
                    || (precedence == current.precedence && rule.keep.approximateDays > current.rule.keep.approximateDays)
                else { continue }
            }
            best = (rule, precedence)
        }
        return best?.rule
    }

    /// The rule for content that is not a post (`attachments`, `audit_log`, `exports`) or for one
    /// exact scope, or nil when there is none (then that content is kept).
    public func rule(for scope: RetentionScope) -> RetentionRule? {
        rules.first { $0.scope.normalised == scope.normalised }
    }
}
