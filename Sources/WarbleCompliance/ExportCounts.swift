/// What an export holds, as its manifest and the audit log record it.
public struct ExportCounts: Codable, Sendable, Equatable {
    public var posts = 0
    public var deletedPosts = 0
    public var editedPosts = 0
    public var attachments = 0
    public var attachmentsMissing = 0
    public var accounts = 0
    public var auditRows = 0

    enum CodingKeys: String, CodingKey {
        case posts, accounts, attachments
        case deletedPosts = "deleted_posts"
        case editedPosts = "edited_posts"
        case attachmentsMissing = "attachments_missing"
        case auditRows = "audit_rows"
    }
}
