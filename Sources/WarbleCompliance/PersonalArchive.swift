import Foundation
import WarbleArchive
import WarbleCore
import WarbleStore

/// "Take your data": one person's own posts and uploads as an ActivityStreams archive, the shape
/// Mastodon's archive has — `actor.json` (the Person), `outbox.json` (an OrderedCollection of
/// `Create` activities of their Notes and `Announce` activities of their reblogs, oldest first)
/// and `media_attachments/` — in a `.tar.gz`. Deleted posts are left out: they are no longer the
/// person's to take. Read from one snapshot a page at a time; the archive is written to a file.
public struct PersonalArchive: Sendable {
    let exports: ExportRepository
    let mediaDirectory: URL
    let baseURL: String

    public init(database: Database, mediaDirectory: URL, baseURL: String) {
        exports = ExportRepository(database: database)
        self.mediaDirectory = mediaDirectory
        self.baseURL = baseURL
    }

    /// Writes `account`'s archive to `output` (which must not exist) and returns how many posts it holds.
    @discardableResult
    public func write(for account: Account, to output: URL) async throws -> Int {
        guard FileManager.default.createFile(atPath: output.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: output.path])
        }
        let outbox = output.deletingLastPathComponent().appendingPathComponent(".\(UUID().uuidString).outbox.json")
        defer { try? FileManager.default.removeItem(at: outbox) }
        let handle = try FileHandle(forWritingTo: output)
        defer { try? handle.close() }
        let gzip = try GzipWriter(output: handle)
        let tar = try TarWriter(sink: gzip, modificationTime: Date())
        let actorURL = "\(baseURL)/@\(account.username)"
        try tar.add(name: "actor.json", bytes: try Self.json(ActivityPerson(account, url: actorURL)))
        let items = try BufferedFile(creating: outbox)
        var count = 0
        try await exports.withSnapshot(of: ExportSelection(custodianIDs: [account.id])) { snapshot in
            try items.write("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"\(actorURL)/outbox\",\"type\":\"OrderedCollection\",\"totalItems\":\(snapshot.postCount),\"orderedItems\":[")
            var cursor: Int64 = 0
            while true {
                let page = try await snapshot.posts(after: cursor, limit: 500)
                guard let last = page.last else { break }
                cursor = last.post.id
                for exported in page {
                    var attachments: [ActivityActivity.Attachment] = []
                    for attachment in exported.attachments {
                        let path = "media_attachments/\(attachment.id)-\(ExportService.safeFileName(attachment.fileName))"
                        let file = mediaDirectory.appendingPathComponent(attachment.storageKey)
                        guard FileManager.default.isReadableFile(atPath: file.path) else { continue }
                        try tar.add(name: path, contentsOf: file)
                        attachments.append(.init(mediaType: attachment.contentType, url: path, name: attachment.description))
                    }
                    try items.write((count == 0 ? "" : ",") + String(decoding: try Self.json(ActivityActivity(exported, actor: actorURL, base: baseURL, attachments: attachments)), as: UTF8.self))
                    count += 1
                }
            }
            try items.write("]}\n")
        }
        try items.close()
        try tar.add(name: "outbox.json", contentsOf: outbox)
        try tar.finish()
        try gzip.finish()
        return count
    }

    static func json(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }
}

/// `actor.json`: the person as an ActivityStreams `Person`.
struct ActivityPerson: Encodable {
    let context = "https://www.w3.org/ns/activitystreams"
    let id: String
    let type = "Person"
    let preferredUsername: String
    let name: String
    let summary: String
    let url: String
    let published: Date

    enum CodingKeys: String, CodingKey {
        case context = "@context"
        case id, type, preferredUsername, name, summary, url, published
    }

    init(_ account: Account, url: String) {
        id = url
        preferredUsername = account.username
        name = account.displayName
        summary = account.note
        self.url = url
        published = account.createdAt
    }
}

/// One `orderedItems` entry of `outbox.json`: `Create` of a `Note`, or `Announce` of a reblogged post.
struct ActivityActivity: Encodable {
    struct Attachment: Encodable {
        let type = "Document"
        let mediaType: String
        let url: String
        let name: String
    }

    struct Note: Encodable {
        let id: String
        let type = "Note"
        let attributedTo: String
        let content: String
        let summary: String?
        let sensitive: Bool
        let published: Date
        let updated: Date?
        let inReplyTo: String?
        let to: [String]
        let cc: [String]
        let tag: [String]
        let attachment: [Attachment]
    }

    /// A `Create`'s Note, or the address of the post an `Announce` shares.
    enum Object: Encodable {
        case note(Note)
        case reference(String)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .note(let note): try container.encode(note)
            case .reference(let url): try container.encode(url)
            }
        }
    }

    let id: String
    let type: String
    let actor: String
    let published: Date
    let to: [String]
    let object: Object

    init(_ exported: ExportedPost, actor: String, base: String, attachments: [Attachment]) {
        let post = exported.post
        let url = "\(actor)/\(post.id)"
        let audience: [String] = switch post.visibility {
        case .public: ["https://www.w3.org/ns/activitystreams#Public"]
        case .unlisted, .private: ["\(actor)/followers"]
        case .direct: []
        }
        id = "\(url)/activity"
        self.actor = actor
        published = post.createdAt
        to = audience
        if let reblogged = post.reblogOfID {
            type = "Announce"
            object = .reference("\(base)/api/v1/statuses/\(reblogged)")
        } else {
            type = "Create"
            object = .note(Note(
                id: url, attributedTo: actor, content: post.content, summary: post.spoilerText.isEmpty ? nil : post.spoilerText, sensitive: post.sensitive,
                published: post.createdAt, updated: post.editedAt, inReplyTo: post.inReplyToID.map { "\(base)/api/v1/statuses/\($0)" }, to: audience,
                cc: post.visibility == .unlisted ? ["https://www.w3.org/ns/activitystreams#Public"] : [], tag: exported.tags.map { "#\($0)" },
                attachment: attachments
            ))
        }
    }
}
