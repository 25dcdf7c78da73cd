import WarbleCore

/// The posts a DLP rule looks at: `all`, or only some visibilities, or only some groups. A post
/// must pass every list that is given; a list that is not given does not narrow.
public struct DLPScope: Sendable, Hashable {
    /// Nil: every visibility.
    public let visibilities: Set<Visibility>?
    /// Group slugs; nil: posts in any group and posts in none.
    public let groups: Set<String>?

    /// Every post.
    public static let all = DLPScope()

    public init(visibilities: Set<Visibility>? = nil, groups: Set<String>? = nil) {
        self.visibilities = visibilities
        self.groups = groups
    }

    func covers(_ context: DLPContext) -> Bool {
        if let visibilities, !visibilities.contains(context.visibility) { return false }
        if let groups, !(context.group.map(groups.contains) ?? false) { return false }
        return true
    }
}
