import WarbleCore

/// What a streaming client subscribed to, with Mastodon's stream names.
enum StreamKind: Equatable, Sendable {
    /// The home timeline and notifications (`user`).
    case user
    /// Notifications only (`user:notification`).
    case notifications
    /// The organisation timeline (`public`, `public:local`).
    case organisation
    /// Public posts with a hashtag (`hashtag`, `hashtag:local`).
    case hashtag(String)
    /// One of the reader's lists (`list`), with its replies policy; the caller checks ownership.
    case list(id: Int64, repliesPolicy: String)
    /// A stream that exists in Mastodon but carries nothing here (`public:remote`: with federation
    /// off there is no remote content).
    case silent

    /// Parses a Mastodon stream name and its `tag` parameter; nil for names Mastodon does not have.
    /// A `list` stream is made with ``list(id:repliesPolicy:)`` once the list is known.
    init?(name: String, tag: String?) {
        switch name {
        case "user": self = .user
        case "user:notification": self = .notifications
        case "public", "public:local", "public:media", "public:local:media": self = .organisation
        case "public:remote", "public:remote:media": self = .silent
        case "hashtag", "hashtag:local":
            guard let tag, PostText.isValidTag(tag.hasPrefix("#") ? String(tag.dropFirst()) : tag) else { return nil }
            self = .hashtag(PostText.normalizeTag(tag.hasPrefix("#") ? String(tag.dropFirst()) : tag))
        default: return nil
        }
    }

    /// The names a WebSocket message reports in its `stream` field.
    var names: [String] {
        switch self {
        case .user: ["user"]
        case .notifications: ["user:notification"]
        case .organisation: ["public"]
        case .hashtag(let tag): ["hashtag", tag]
        case .list(let id, _): ["list", String(id)]
        case .silent: ["public:remote"]
        }
    }
}
