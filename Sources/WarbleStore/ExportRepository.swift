import Foundation
import PostgresNIO
import WarbleCore

/// Reads what a compliance export holds, from one consistent snapshot: the selected post ids are
/// fixed in a temporary table inside a repeatable-read transaction, then read in pages by id, so
/// that however many posts there are, memory holds one page at a time.
public struct ExportRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Runs `body` with a snapshot of the selection; the snapshot ends with `body`.
    public func withSnapshot<Result: Sendable>(of selection: ExportSelection, _ body: (ExportSnapshot) async throws -> Result) async throws -> Result {
        try await database.withConnection { connection in
            let logger = database.logger
            _ = try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ", logger: logger).collect()
            do {
                _ = try await connection.query("CREATE TEMPORARY TABLE export_posts (id bigint PRIMARY KEY) ON COMMIT DROP", logger: logger).collect()
                let search = selection.query.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
                let count = try await connection.query("""
                    WITH selected AS (
                        INSERT INTO export_posts (id)
                        SELECT p.id FROM posts p
                        WHERE (p.account_id = ANY(\(selection.custodianIDs)::bigint[]) OR p.group_id = ANY(\(selection.groupIDs)::bigint[])
                               OR EXISTS (SELECT 1 FROM legal_holds h WHERE h.id = \(selection.holdID) AND warble_hold_covers(h, p)))
                          AND (\(selection.from)::timestamptz IS NULL OR p.created_at >= \(selection.from))
                          AND (\(selection.to)::timestamptz IS NULL OR p.created_at < \(selection.to))
                          AND (\(search)::text IS NULL OR p.search @@ websearch_to_tsquery('english', \(search)))
                          AND (\(selection.includeDeleted) OR p.deleted_at IS NULL)
                        RETURNING id
                    ) SELECT count(*) FROM selected
                    """, logger: logger).collect()[0].decode(Int64.self)
                let result = try await body(ExportSnapshot(connection: connection, logger: logger, postCount: Int(count)))
                _ = try await connection.query("COMMIT", logger: logger).collect()
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger).collect()
                throw error
            }
        }
    }
}

/// One export's consistent view of the database (see ``ExportRepository``).
public struct ExportSnapshot: Sendable {
    let connection: PostgresConnection
    let logger: Logger
    /// How many posts the selection holds.
    public let postCount: Int

    /// Up to `limit` selected posts with ids above `id`, oldest first, complete with audience,
    /// thread, history and attachments.
    public func posts(after id: Int64, limit: Int) async throws -> [ExportedPost] {
        let rows = try await connection.query("""
            SELECT \(unescaped: PostRepository.columns), p.conversation_id, g.slug,
                   ARRAY(SELECT m.account_id FROM post_mentions m WHERE m.post_id = p.id ORDER BY m.account_id),
                   ARRAY(SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id ORDER BY t.name)
            FROM export_posts e JOIN posts p ON p.id = e.id LEFT JOIN groups g ON g.id = p.group_id
            WHERE e.id > \(id) ORDER BY e.id LIMIT \(limit)
            """, logger: logger).collect()
        var posts = try rows.map { row in
            let random = row.makeRandomAccess()
            return ExportedPost(
                post: try PostRepository.post(row), conversationID: try random[15].decode(Int64?.self), groupSlug: try random[16].decode(String?.self),
                mentionedAccountIDs: try random[17].decode([Int64].self), tags: try random[18].decode([String].self), edits: [], attachments: []
            )
        }
        guard !posts.isEmpty else { return [] }
        let ids = posts.map(\.post.id)
        var edits: [Int64: [PostVersion]] = [:]
        for row in try await connection.query("""
            SELECT post_id, text, content, spoiler_text, sensitive, created_at FROM post_edits WHERE post_id = ANY(\(ids)::bigint[]) ORDER BY post_id, id
            """, logger: logger).collect() {
            let (postID, text, content, spoiler, sensitive, createdAt) = try row.decode((Int64, String, String, String, Bool, Date).self)
            edits[postID, default: []].append(PostVersion(text: text, content: content, spoilerText: spoiler, sensitive: sensitive, createdAt: createdAt))
        }
        var attachments: [Int64: [ExportedAttachment]] = [:]
        for row in try await connection.query("""
            SELECT post_id, id, file_name, content_type, size, sha256, storage_key, description FROM media_attachments
            WHERE post_id = ANY(\(ids)::bigint[]) ORDER BY post_id, id
            """, logger: logger).collect() {
            let (postID, id, name, type, size, sha256, key, description) = try row.decode((Int64, Int64, String, String, Int64, String, String, String).self)
            attachments[postID, default: []].append(ExportedAttachment(
                id: id, fileName: name, contentType: type, size: size, sha256: sha256, storageKey: key, description: description
            ))
        }
        for index in posts.indices {
            posts[index].edits = edits[posts[index].post.id] ?? []
            posts[index].attachments = attachments[posts[index].post.id] ?? []
        }
        return posts
    }

    /// The accounts with these ids (authors and people mentioned), suspended ones included.
    public func accounts(ids: [Int64]) async throws -> [Account] {
        try await connection.query("""
            SELECT \(unescaped: AccountRepository.columns(prefixed: "a")) FROM accounts a WHERE a.id = ANY(\(ids)::bigint[]) ORDER BY a.id
            """, logger: logger).collect().map(AccountRepository.account)
    }

    /// Up to `limit` audit rows after `sequence` that concern the selection: rows whose actor is
    /// a custodian, and rows about a selected post, within the selection's period.
    public func auditRecords(of selection: ExportSelection, after sequence: Int64, limit: Int) async throws -> [AuditRecord] {
        try await connection.query("""
            SELECT \(unescaped: AuditRepository.columns) FROM audit_log
            WHERE sequence > \(sequence)
              AND (\(selection.from)::timestamptz IS NULL OR occurred_at >= \(selection.from))
              AND (\(selection.to)::timestamptz IS NULL OR occurred_at < \(selection.to))
              AND (actor_account_id = ANY(\(selection.custodianIDs)::bigint[])
                   OR EXISTS (SELECT 1 FROM export_posts e
                              WHERE e.id = CASE WHEN target ~ '^post:[0-9]{1,18}$' THEN substring(target FROM 6)::bigint END))
            ORDER BY sequence LIMIT \(limit)
            """, logger: logger).collect().map(AuditRepository.record)
    }
}
