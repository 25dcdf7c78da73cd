import Crypto
import Foundation
import PostgresNIO
import WarbleCore

/// Rows of uploaded files, and which readers may fetch them (those who may see the post they
/// are attached to, and the uploader).
public struct MediaRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// How many files one post may carry, as Mastodon clients expect.
    public static let perPost = 4

    static let columns = "id, account_id, post_id, kind, content_type, file_name, size, sha256, storage_key, description, width, height"

    public func insert(_ media: MediaAttachment) async throws -> MediaAttachment {
        try await database.rows("""
            INSERT INTO media_attachments (id, account_id, kind, content_type, file_name, size, sha256, storage_key, description, width, height)
            VALUES (\(media.id), \(media.accountID), \(media.kind.rawValue), \(media.contentType), \(media.fileName), \(Int64(media.size)),
                    \(media.sha256), \(media.storageKey), \(media.description), \(media.imageSize?.width), \(media.imageSize?.height))
            RETURNING \(unescaped: Self.columns)
            """).map(Self.media)[0]
    }

    /// A new id for an upload, taken before its file is written so that the file can be named by it.
    public func nextID() async throws -> Int64 {
        try await database.rows("SELECT warble_next_id()")[0].decode(Int64.self)
    }

    public func find(id: Int64) async throws -> MediaAttachment? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM media_attachments WHERE id = \(id)").first.map(Self.media)
    }

    /// The files of each post, in upload order.
    public func attachments(of postIDs: [Int64]) async throws -> [Int64: [MediaAttachment]] {
        guard !postIDs.isEmpty else { return [:] }
        let rows = try await database.rows("""
            SELECT \(unescaped: Self.columns) FROM media_attachments WHERE post_id = ANY(\(postIDs)::bigint[]) ORDER BY id
            """)
        return Dictionary(grouping: try rows.map(Self.media), by: { $0.postID ?? 0 })
    }

    public func describe(id: Int64, owner: Int64, description: String) async throws -> MediaAttachment? {
        try await database.rows("""
            UPDATE media_attachments SET description = \(description) WHERE id = \(id) AND account_id = \(owner)
            RETURNING \(unescaped: Self.columns)
            """).first.map(Self.media)
    }

    /// Whether `viewer` may fetch the file: the uploader always, anyone else when they may see its post.
    public func canFetch(_ id: Int64, viewer: Int64) async throws -> Bool {
        try await database.rows("""
            SELECT EXISTS (SELECT 1 FROM media_attachments WHERE id = \(id)
                AND (account_id = \(viewer) OR (post_id IS NOT NULL AND warble_can_see(\(viewer), post_id))))
            """)[0].decode(Bool.self)
    }

    /// The secret `name` that every instance shares, made on first use.
    public func sharedKey(_ name: String) async throws -> SymmetricKey {
        let candidate = SymmetricKey(size: .bits256).withUnsafeBytes { ByteBuffer(bytes: $0) }
        let rows = try await database.rows("""
            WITH made AS (INSERT INTO instance_keys (name, key) VALUES (\(name), \(candidate)) ON CONFLICT (name) DO NOTHING RETURNING key)
            SELECT key FROM made UNION ALL SELECT key FROM instance_keys WHERE name = \(name)
            """)
        let buffer = try rows[0].decode(ByteBuffer.self)
        return SymmetricKey(data: Array(buffer: buffer))
    }

    static func media(_ row: PostgresRow) throws -> MediaAttachment {
        let (id, account, post, kind, type, name, size, sha, key, description, width, height) =
            try row.decode((Int64, Int64, Int64?, String, String, String, Int64, String, String, String, Int?, Int?).self)
        return MediaAttachment(
            id: id, accountID: account, postID: post, kind: MediaType.Kind(rawValue: kind) ?? .unknown, contentType: type, fileName: name,
            size: Int(size), sha256: sha, storageKey: key, description: description,
            imageSize: width.flatMap { width in height.map { ImageSize(width: width, height: $0) } }
        )
    }
}
