import WarbleCore

/// What an author submits, after the text has been parsed and its mentions resolved: the
/// repository stores it with its mentions, tags, home-feed entries and notifications at once.
public struct NewPost: Sendable {
    public var authorID: Int64
    public var text: String
    public var content: String
    public var spoilerText: String
    public var sensitive: Bool
    public var visibility: Visibility
    public var language: String?
    public var inReplyToID: Int64?
    public var mentionedAccountIDs: [Int64]
    public var tags: [String]
    public var applicationID: Int64?
    /// The group to post in; the author must be an active member. A reply to a group post is in
    /// that group anyway.
    public var groupID: Int64?
    /// Files the author uploaded and has not attached elsewhere.
    public var mediaIDs: [Int64]

    public init(
        authorID: Int64, text: String, content: String, spoilerText: String = "", sensitive: Bool = false, visibility: Visibility = .public,
        language: String? = nil, inReplyToID: Int64? = nil, mentionedAccountIDs: [Int64] = [], tags: [String] = [], applicationID: Int64? = nil,
        groupID: Int64? = nil, mediaIDs: [Int64] = []
    ) {
        self.authorID = authorID
        self.text = text
        self.content = content
        self.spoilerText = spoilerText
        self.sensitive = sensitive
        self.visibility = visibility
        self.language = language
        self.inReplyToID = inReplyToID
        self.mentionedAccountIDs = mentionedAccountIDs
        self.tags = tags
        self.applicationID = applicationID
        self.groupID = groupID
        self.mediaIDs = mediaIDs
    }
}

/// Why a write to a post was refused.
public enum PostWriteError: Error, Equatable {
    /// The post (or the post replied to or shared) does not exist or the writer may not see it.
    case notFound
    /// Only the author may change or delete a post.
    case notAuthor
    /// Only public and unlisted posts of others can be reblogged, and pins are for one's own posts.
    case notAllowed
    /// A file to attach does not exist, is someone else's, or is attached already.
    case mediaUnavailable
}
