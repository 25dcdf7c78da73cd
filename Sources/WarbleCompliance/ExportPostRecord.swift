import Foundation
import WarbleCore
import WarbleStore

/// One line of an export's `posts.jsonl`: everything known about a post — author, audience,
/// group, thread, times, every version, deletion state and where its attachments are in the
/// archive.
struct ExportPostRecord: Encodable {
    struct Author: Encodable {
        let id: String
        let handle: String
        let displayName: String
    }

    struct Audience: Encodable {
        let visibility: String
        let mentions: [String]
        let group: String?
    }

    struct Version: Encodable {
        let createdAt: Date
        let text: String
        let contentHTML: String
        let spoilerText: String
        let sensitive: Bool
    }

    struct Attachment: Encodable {
        let id: String
        let path: String
        let fileName: String
        let contentType: String
        let size: Int64
        let sha256: String
        let description: String
        let included: Bool
    }

    let id: String
    let author: Author
    let audience: Audience
    let groupID: String?
    let inReplyToID: String?
    let inReplyToAccountID: String?
    let conversationID: String?
    let reblogOfID: String?
    let createdAt: Date
    let editedAt: Date?
    let deletedAt: Date?
    let state: String
    let language: String?
    let spoilerText: String
    let sensitive: Bool
    let text: String
    let contentHTML: String
    let tags: [String]
    let edits: [Version]
    let attachments: [Attachment]

    init(_ exported: ExportedPost, accounts: [Int64: Account], attachmentPaths: [Int64: (path: String, included: Bool)]) {
        let post = exported.post
        let handle = { (id: Int64) in accounts[id]?.username ?? String(id) }
        id = String(post.id)
        author = Author(id: String(post.accountID), handle: handle(post.accountID), displayName: accounts[post.accountID]?.displayName ?? "")
        audience = Audience(visibility: post.visibility.rawValue, mentions: exported.mentionedAccountIDs.map(handle), group: exported.groupSlug)
        groupID = post.groupID.map(String.init)
        inReplyToID = post.inReplyToID.map(String.init)
        inReplyToAccountID = post.inReplyToAccountID.map(String.init)
        conversationID = exported.conversationID.map(String.init)
        reblogOfID = post.reblogOfID.map(String.init)
        createdAt = post.createdAt
        editedAt = post.editedAt
        deletedAt = post.deletedAt
        state = post.deletedAt == nil ? "visible" : "deleted"
        language = post.language
        spoilerText = post.spoilerText
        sensitive = post.sensitive
        text = post.text
        contentHTML = post.content
        tags = exported.tags
        edits = exported.edits.map { Version(createdAt: $0.createdAt, text: $0.text, contentHTML: $0.content, spoilerText: $0.spoilerText, sensitive: $0.sensitive) }
        attachments = exported.attachments.map { attachment in
            let location = attachmentPaths[attachment.id]
            return Attachment(
                id: String(attachment.id), path: location?.path ?? "", fileName: attachment.fileName, contentType: attachment.contentType,
                size: attachment.size, sha256: attachment.sha256, description: attachment.description, included: location?.included ?? false
            )
        }
    }
}

extension JSONEncoder {
    /// The encoder of an export's JSON Lines: snake_case, ISO 8601 times with fractional seconds,
    /// sorted keys, one line per value.
    static var exportLines: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted)))
        }
        return encoder
    }
}
