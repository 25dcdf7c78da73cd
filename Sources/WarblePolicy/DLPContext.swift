import WarbleCore

/// Where a text is about to be published, which decides the DLP rules that apply to it.
public struct DLPContext: Sendable, Hashable {
    public var visibility: Visibility
    /// The slug of the group the post goes to, if any.
    public var group: String?

    public init(visibility: Visibility, group: String? = nil) {
        self.visibility = visibility
        self.group = group
    }
}
