import Foundation
import Hummingbird
import WarbleCore

/// A post as Mastodon's API shows it (the `Status` entity).
struct MastodonStatus: ResponseEncodable, Sendable {
    struct Mention: Encodable, Sendable {
        let id: String
        let username: String
        let url: String
        let acct: String
    }

    struct Tag: Encodable, Sendable {
        let name: String
        let url: String
    }

    struct Application: Encodable, Sendable {
        let name: String
        @NullEncoded var website: String? = nil
    }

    let id: String
    let uri: String
    let url: String
    let createdAt: String
    @NullEncoded var editedAt: String?
    let account: MastodonAccount
    let content: String
    let visibility: String
    let sensitive: Bool
    let spoilerText: String
    @NullEncoded var inReplyToId: String?
    @NullEncoded var inReplyToAccountId: String?
    @NullEncoded var language: String?
    @NullEncoded var application: Application?
    let repliesCount: Int
    let reblogsCount: Int
    let favouritesCount: Int
    let favourited: Bool
    let reblogged: Bool
    let muted = false
    let bookmarked: Bool
    let pinned: Bool
    let mediaAttachments: [MastodonMediaAttachment]
    let mentions: [Mention]
    let tags: [Tag]
    let emojis: [String] = []
    let filtered: [String] = []
    @NullEncoded var card: String? = nil
    @NullEncoded var poll: String? = nil
    @NullEncoded var reblog: Box<MastodonStatus>?
    /// Warble's extension: the group the post was made in.
    @NullEncoded var group: WarbleGroupReference?
    /// The source text; sent only by `DELETE` (for "delete and redraft") and `GET …/source`.
    let text: String?
}

extension Box: Encodable where Value: Encodable {
    public func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}
