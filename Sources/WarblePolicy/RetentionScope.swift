import WarbleCore

/// What a retention rule covers, with the group a group scope names.
public enum RetentionScope: Sendable, Hashable {
    /// Every post no more specific rule covers.
    case allPosts
    /// Posts with visibility `direct`.
    case directPosts
    /// Posts in the group with this slug (the group's address, as in `/groups/<slug>`).
    case group(String)
    /// Posts by members of this directory group: a full DN (`cn=legal,ou=groups,dc=example,dc=com`),
    /// or a bare `cn` that matches groups whose DN starts with `cn=<name>,`.
    case directoryGroup(String)
    /// Media files attached to posts; an attachment otherwise goes with its post.
    case attachments
    /// Posts their author or a moderator deleted, counted from the deletion.
    case deletedPosts
    /// Content of suspended accounts, counted from the suspension.
    case suspendedAccounts
    /// Rows of the audit log.
    case auditLog
    /// Finished exports, counted from when they were made.
    case exports

    /// The keyword used in `retention.yaml`.
    public var keyword: String {
        switch self {
        case .allPosts: "all_posts"
        case .directPosts: "direct_posts"
        case .group: "group"
        case .directoryGroup: "directory_group"
        case .attachments: "attachments"
        case .deletedPosts: "deleted_posts"
        case .suspendedAccounts: "suspended_accounts"
        case .auditLog: "audit_log"
        case .exports: "exports"
        }
    }

    /// The actions a rule with this scope may take. Content that cannot be hidden (the audit log,
    /// exports, attachment files) or is hidden already (deleted posts) can only be purged.
    public var allowedActions: [RetentionAction] {
        switch self {
        case .allPosts, .directPosts, .group, .directoryGroup, .suspendedAccounts: [.delete, .purge]
        case .attachments, .deletedPosts, .auditLog, .exports: [.purge]
        }
    }

    /// How specifically this scope covers `post`, the highest winning; nil when it does not
    /// cover it. ``RetentionPolicy/rule(for:)-(PostFacts)`` explains the order.
    func precedence(for post: PostFacts) -> Int? {
        switch self {
        case .deletedPosts: post.isDeleted ? 6 : nil
        case .suspendedAccounts: post.isAuthorSuspended ? 5 : nil
        case .group(let slug): post.group == slug ? 4 : nil
        case .directoryGroup(let name): post.authorDirectoryGroups.contains { Self.directoryGroup(name, matches: $0) } ? 3 : nil
        case .directPosts: post.visibility == .direct ? 2 : nil
        case .allPosts: 1
        case .attachments, .auditLog, .exports: nil
        }
    }

    /// The scope with its parameter in a form where two spellings of one directory group are
    /// equal, to find rules that cover the same content.
    var normalised: RetentionScope {
        guard case .directoryGroup(let name) = self else { return self }
        return .directoryGroup(DistinguishedName.normalise(name))
    }

    /// Whether `name` (a DN or a bare cn) names the group with the DN `dn`.
    private static func directoryGroup(_ name: String, matches dn: String) -> Bool {
        let group = DistinguishedName.normalise(dn)
        let wanted = DistinguishedName.normalise(name)
        if name.contains("=") { return group == wanted }
        return group == "cn=\(wanted)" || group.hasPrefix("cn=\(wanted),")
    }
}
