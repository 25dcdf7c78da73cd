/// Who may read a post, as Mastodon names it.
public enum Visibility: String, Sendable, CaseIterable, Codable {
    /// Everyone in the organisation, and on the organisation timeline.
    case `public`
    /// Everyone in the organisation, but kept off the organisation and hashtag timelines.
    case unlisted
    /// The author's followers and the people it mentions.
    case `private`
    /// Only the people it mentions.
    case direct

    /// Whether someone else may reblog a post with this visibility.
    public var allowsReblog: Bool { self == .public || self == .unlisted }
}
