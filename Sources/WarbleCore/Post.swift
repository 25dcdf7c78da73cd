import Foundation

/// A post (Mastodon's status) as stored: the author's source text and the HTML rendered from it
/// when it was written. A reblog is a post with `reblogOfID` and no text of its own.
public struct Post: Sendable, Equatable {
    public var id: Int64
    public var accountID: Int64
    public var inReplyToID: Int64?
    public var inReplyToAccountID: Int64?
    public var reblogOfID: Int64?
    public var text: String
    public var content: String
    public var spoilerText: String
    public var sensitive: Bool
    public var visibility: Visibility
    public var language: String?
    /// The group the post was made in, if any.
    public var groupID: Int64?
    public var createdAt: Date
    public var editedAt: Date?
    public var deletedAt: Date?

    public init(
        id: Int64, accountID: Int64, inReplyToID: Int64?, inReplyToAccountID: Int64?, reblogOfID: Int64?, text: String, content: String,
        spoilerText: String, sensitive: Bool, visibility: Visibility, language: String?, groupID: Int64? = nil, createdAt: Date, editedAt: Date?,
        deletedAt: Date?
    ) {
        self.id = id
        self.accountID = accountID
        self.inReplyToID = inReplyToID
        self.inReplyToAccountID = inReplyToAccountID
        self.reblogOfID = reblogOfID
        self.text = text
        self.content = content
        self.spoilerText = spoilerText
        self.sensitive = sensitive
        self.visibility = visibility
        self.language = language
        self.groupID = groupID
        self.createdAt = createdAt
        self.editedAt = editedAt
        self.deletedAt = deletedAt
    }
}

/// A post as one reader sees it: the post, its author, what the reader did with it, its counts,
/// mentions and tags, and for a reblog the post it shares.
public struct PostView: Sendable {
    public var post: Post
    public var author: Account
    /// The author's counts, as the account in a status shows them.
    public var authorStatistics: AccountStatistics
    public var mentions: [Account]
    public var tags: [String]
    public var repliesCount: Int
    public var reblogsCount: Int
    public var favouritesCount: Int
    public var favourited: Bool
    public var reblogged: Bool
    public var bookmarked: Bool
    public var pinned: Bool
    public var applicationName: String?
    /// The group the post was made in, if any.
    public var group: Group?
    /// Attached files, in upload order.
    public var media: [MediaAttachment]
    public var reblog: Box<PostView>?

    public init(
        post: Post, author: Account, authorStatistics: AccountStatistics = AccountStatistics(), mentions: [Account], tags: [String], repliesCount: Int, reblogsCount: Int, favouritesCount: Int,
        favourited: Bool, reblogged: Bool, bookmarked: Bool, pinned: Bool, applicationName: String?, group: Group? = nil, media: [MediaAttachment] = [],
        reblog: PostView?
    ) {
        self.post = post
        self.author = author
        self.authorStatistics = authorStatistics
        self.mentions = mentions
        self.tags = tags
        self.repliesCount = repliesCount
        self.reblogsCount = reblogsCount
        self.favouritesCount = favouritesCount
        self.favourited = favourited
        self.reblogged = reblogged
        self.bookmarked = bookmarked
        self.pinned = pinned
        self.applicationName = applicationName
        self.group = group
        self.media = media
        self.reblog = reblog.map(Box.init)
    }
}

/// Holds a value by reference, so that a value type may contain one of its own kind.
public final class Box<Value: Sendable>: Sendable {
    public let value: Value
    public init(_ value: Value) { self.value = value }
}
