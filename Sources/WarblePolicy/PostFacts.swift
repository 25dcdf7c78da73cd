import WarbleCore

/// What retention needs to know about a post to pick its rule.
public struct PostFacts: Sendable, Hashable {
    public var visibility: Visibility
    /// The slug of the group the post was made in, if any.
    public var group: String?
    /// DNs of the directory groups the author belongs to.
    public var authorDirectoryGroups: [String]
    public var isDeleted: Bool
    public var isAuthorSuspended: Bool

    public init(
        visibility: Visibility,
        group: String? = nil,
        authorDirectoryGroups: [String] = [],
        isDeleted: Bool = false,
        isAuthorSuspended: Bool = false
    ) {
        self.visibility = visibility
        self.group = group
        self.authorDirectoryGroups = authorDirectoryGroups
        self.isDeleted = isDeleted
        self.isAuthorSuspended = isAuthorSuspended
    }
}
