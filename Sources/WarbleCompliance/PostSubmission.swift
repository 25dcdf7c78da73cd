import WarblePolicy

/// What an author is about to publish, as DLP looks at it: the text, the content warning, where
/// it goes, who sends it, and whether they confirmed a DLP warning.
public struct PostSubmission: Sendable {
    public var text: String
    public var spoilerText: String
    public var context: DLPContext
    /// The author sent `dlp_confirmed=true`: warnings no longer hold the post back.
    public var confirmed: Bool
    public var authorID: Int64
    /// The client's address, for the audit log.
    public var address: String?
    /// The post being edited; nil for a new post.
    public var postID: Int64?

    public init(text: String, spoilerText: String, context: DLPContext, confirmed: Bool, authorID: Int64, address: String?, postID: Int64? = nil) {
        self.text = text
        self.spoilerText = spoilerText
        self.context = context
        self.confirmed = confirmed
        self.authorID = authorID
        self.address = address
        self.postID = postID
    }
}
