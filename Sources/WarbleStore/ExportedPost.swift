import Foundation
import WarbleCore

/// A post as an export records it: the post itself, its audience, its thread, every earlier
/// version and its attachments.
public struct ExportedPost: Sendable, Equatable {
    public var post: Post
    public var conversationID: Int64?
    public var groupSlug: String?
    public var mentionedAccountIDs: [Int64]
    public var tags: [String]
    public var edits: [PostVersion]
    public var attachments: [ExportedAttachment]
}

/// One earlier version of an edited post.
public struct PostVersion: Sendable, Equatable {
    public var text: String
    public var content: String
    public var spoilerText: String
    public var sensitive: Bool
    /// When this version was written.
    public var createdAt: Date
}

/// An attachment as stored: where its bytes are (relative to the media directory) and what they
/// should hash to.
public struct ExportedAttachment: Sendable, Equatable {
    public var id: Int64
    public var fileName: String
    public var contentType: String
    public var size: Int64
    public var sha256: String
    public var storageKey: String
    public var description: String
}
