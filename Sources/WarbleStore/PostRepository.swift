import Foundation
import Logging
import PostgresNIO
import WarbleCore

/// Posts in PostgreSQL: writing (with mentions, tags, home-feed fan-out, notifications and
/// idempotency keys in one transaction), edits with their history, soft deletion, and threads.
public struct PostRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    var audit: AuditRepository { AuditRepository(database: database) }

    static let columns = """
        p.id, p.account_id, p.in_reply_to_id, p.in_reply_to_account_id, p.reblog_of_id, p.text, p.content, p.spoiler_text,
        p.sensitive, p.visibility, p.language, p.created_at, p.edited_at, p.deleted_at, p.group_id
        """

    /// Stores a new post and returns its id, with what DLP found in it (``PostScreening``). With an
    /// `idempotencyKey` the author already used, the post made then is returned instead, also when
    /// both requests race.
    public func create(_ draft: NewPost, idempotencyKey: String? = nil, screening: PostScreening = .clean) async throws -> (id: Int64, created: Bool) {
        if let idempotencyKey, let existing = try await postID(forKey: idempotencyKey, authorID: draft.authorID) {
            return (existing, false)
        }
        do {
            let id = try await database.transaction { connection in
                try await insert(draft, idempotencyKey: idempotencyKey, screening: screening, on: connection)
            }
            return (id, true)
        } catch is IdempotencyKeyTaken {
            guard let idempotencyKey, let existing = try await postID(forKey: idempotencyKey, authorID: draft.authorID) else { throw PostWriteError.notFound }
            return (existing, false)
        }
    }

    private struct IdempotencyKeyTaken: Error {}

    private func postID(forKey key: String, authorID: Int64) async throws -> Int64? {
        try await database.rows("SELECT post_id FROM idempotency_keys WHERE account_id = \(authorID) AND key = \(key)").first?.decode(Int64.self)
    }

    private func insert(_ draft: NewPost, idempotencyKey: String?, screening: PostScreening, on connection: PostgresConnection) async throws -> Int64 {
        let logger = database.logger
        var replyAccountID: Int64?
        var groupID = draft.groupID
        var conversationID: Int64?
        if let replyID = draft.inReplyToID {
            let rows = try await connection.query("""
                SELECT account_id, group_id, conversation_id FROM posts
                WHERE id = \(replyID) AND reblog_of_id IS NULL AND warble_can_see(\(draft.authorID), id)
                """, logger: logger).collect()
            guard let (account, parentGroup, parentConversation) = try rows.first?.decode((Int64, Int64?, Int64).self) else { throw PostWriteError.notFound }
            replyAccountID = account
            groupID = groupID ?? parentGroup
            conversationID = parentConversation
        }
        if let requested = draft.groupID {
            try await requireMembership(of: draft.authorID, in: requested, on: connection)
        }
        let id = try await connection.query("""
            INSERT INTO posts (account_id, in_reply_to_id, in_reply_to_account_id, text, content, spoiler_text, sensitive, visibility, language,
                               application_id, group_id, conversation_id)
            VALUES (\(draft.authorID), \(draft.inReplyToID), \(replyAccountID), \(draft.text), \(draft.content), \(draft.spoilerText),
                    \(draft.sensitive), \(draft.visibility.rawValue), \(draft.language), \(draft.applicationID), \(groupID), \(conversationID))
            RETURNING id
            """, logger: logger).collect()[0].decode(Int64.self)
        if !draft.mediaIDs.isEmpty {
            let attached = try await connection.query("""
                UPDATE media_attachments SET post_id = \(id)
                WHERE id = ANY(\(draft.mediaIDs)::bigint[]) AND account_id = \(draft.authorID) AND post_id IS NULL RETURNING id
                """, logger: logger).collect()
            guard attached.count == Set(draft.mediaIDs).count else { throw PostWriteError.mediaUnavailable }
        }
        try await addMentions(draft.mentionedAccountIDs, postID: id, authorID: draft.authorID, visibility: draft.visibility, on: connection)
        try await setTags(draft.tags, postID: id, on: connection)
        _ = try await connection.query("""
            INSERT INTO home_feed (account_id, post_id)
            SELECT \(draft.authorID), \(id)
            UNION SELECT f.account_id, \(id) FROM follows f WHERE f.target_account_id = \(draft.authorID) AND \(draft.visibility.rawValue) <> 'direct'
            UNION SELECT tf.account_id, \(id) FROM tag_follows tf JOIN post_tags pt ON pt.tag_id = tf.tag_id
                WHERE pt.post_id = \(id) AND \(draft.visibility.rawValue) = 'public'
            UNION SELECT gm.account_id, \(id) FROM group_members gm
                WHERE gm.group_id = \(groupID) AND gm.state = 'active' AND \(draft.visibility.rawValue) <> 'direct'
            ON CONFLICT DO NOTHING
            """, logger: logger).collect()
        if let idempotencyKey {
            let stored = try await connection.query("""
                INSERT INTO idempotency_keys (account_id, key, post_id) VALUES (\(draft.authorID), \(idempotencyKey), \(id))
                ON CONFLICT DO NOTHING RETURNING post_id
                """, logger: logger).collect()
            if stored.isEmpty { throw IdempotencyKeyTaken() }
        }
        var details = ["visibility": draft.visibility.rawValue]
        details["group_id"] = groupID.map(String.init)
        details["in_reply_to_id"] = draft.inReplyToID.map(String.init)
        try await audit.append(AuditEvent(action: "post.created", target: "post:\(id)", actorAccountID: draft.authorID, details: details), on: connection)
        try await record(screening, postID: id, authorID: draft.authorID, on: connection)
        return id
    }

    /// Posting in a group takes active membership; a secret group is not found by anyone else.
    private func requireMembership(of accountID: Int64, in groupID: Int64, on connection: PostgresConnection) async throws {
        let rows = try await connection.query("""
            SELECT g.privacy, m.state FROM groups g
            LEFT JOIN group_members m ON m.group_id = g.id AND m.account_id = \(accountID)
            WHERE g.id = \(groupID)
            """, logger: database.logger).collect()
        guard let (privacy, state) = try rows.first?.decode((String, String?).self), privacy != "secret" || state == "active" else {
            throw PostWriteError.notFound
        }
        guard state == "active" else { throw PostWriteError.notAllowed }
    }

    /// Records mentions, puts a private or direct post on the home timelines of the people it
    /// mentions, and notifies them unless they block or mute the author.
    @discardableResult
    private func addMentions(_ accountIDs: [Int64], postID: Int64, authorID: Int64, visibility: Visibility, on connection: PostgresConnection) async throws -> [Int64] {
        guard !accountIDs.isEmpty else { return [] }
        let logger = database.logger
        let added = try await connection.query("""
            INSERT INTO post_mentions (post_id, account_id) SELECT \(postID), unnest(\(accountIDs)::bigint[])
            ON CONFLICT DO NOTHING RETURNING account_id
            """, logger: logger).collect().map { try $0.decode(Int64.self) }
        guard !added.isEmpty else { return [] }
        if visibility == .private || visibility == .direct {
            _ = try await connection.query("""
                INSERT INTO home_feed (account_id, post_id) SELECT unnest(\(added)::bigint[]), \(postID) ON CONFLICT DO NOTHING
                """, logger: logger).collect()
        }
        try await NotificationRepository.notify(added, type: .mention, from: authorID, postID: postID, on: connection, logger: logger)
        return added
    }

    private func setTags(_ names: [String], postID: Int64, on connection: PostgresConnection) async throws {
        let logger = database.logger
        _ = try await connection.query("DELETE FROM post_tags WHERE post_id = \(postID)", logger: logger).collect()
        guard !names.isEmpty else { return }
        _ = try await connection.query("INSERT INTO tags (name) SELECT unnest(\(names)::text[]) ON CONFLICT (name) DO NOTHING", logger: logger).collect()
        _ = try await connection.query("""
            INSERT INTO post_tags (post_id, tag_id) SELECT \(postID), id FROM tags WHERE name = ANY(\(names)::text[])
            """, logger: logger).collect()
    }

    /// Replaces a post's text; the version it had is kept for `history`. People newly mentioned are
    /// added and notified (earlier mentions keep their access); those who reblogged it are told.
    /// What DLP found in the new text is recorded with it. Returns the accounts notified.
    @discardableResult
    public func edit(id: Int64, by authorID: Int64, text: String, content: String, spoilerText: String, sensitive: Bool,
                     mentionedAccountIDs: [Int64], tags: [String], screening: PostScreening = .clean) async throws -> [Int64] {
        try await database.transaction { connection in
            let logger = database.logger
            let rows = try await connection.query("""
                SELECT account_id, visibility FROM posts WHERE id = \(id) AND deleted_at IS NULL AND reblog_of_id IS NULL FOR UPDATE
                """, logger: logger).collect()
            guard let (owner, visibility) = try rows.first?.decode((Int64, String).self) else { throw PostWriteError.notFound }
            guard owner == authorID else { throw PostWriteError.notAuthor }
            _ = try await connection.query("""
                INSERT INTO post_edits (post_id, text, content, spoiler_text, sensitive, created_at)
                SELECT id, text, content, spoiler_text, sensitive, coalesce(edited_at, created_at) FROM posts WHERE id = \(id)
                """, logger: logger).collect()
            _ = try await connection.query("""
                UPDATE posts SET text = \(text), content = \(content), spoiler_text = \(spoilerText), sensitive = \(sensitive), edited_at = now()
                WHERE id = \(id)
                """, logger: logger).collect()
            let mentioned = try await addMentions(mentionedAccountIDs, postID: id, authorID: authorID, visibility: Visibility(rawValue: visibility) ?? .direct, on: connection)
            try await setTags(tags, postID: id, on: connection)
            let rebloggers = try await connection.query("""
                INSERT INTO notifications (account_id, from_account_id, type, post_id)
                SELECT DISTINCT account_id, \(authorID), 'update', \(id) FROM posts
                WHERE reblog_of_id = \(id) AND deleted_at IS NULL AND account_id <> \(authorID)
                RETURNING account_id
                """, logger: logger).collect().map { try $0.decode(Int64.self) }
            try await audit.append(AuditEvent(action: "post.edited", target: "post:\(id)", actorAccountID: authorID), on: connection)
            try await record(screening, postID: id, authorID: authorID, on: connection)
            return mentioned + rebloggers
        }
    }

    /// Hides the author's post at once (and their reblogs of it, which share nothing any more). The
    /// rows stay for retention to decide.
    public func delete(id: Int64, by authorID: Int64) async throws {
        let deleted = try await database.transaction { connection in
            let hidden = try await Self.hide(id, authorID: authorID, on: connection, logger: database.logger)
            if hidden {
                try await audit.append(AuditEvent(action: "post.deleted", target: "post:\(id)", actorAccountID: authorID), on: connection)
            }
            return hidden
        }
        if !deleted {
            let owner = try await database.rows("SELECT account_id FROM posts WHERE id = \(id) AND deleted_at IS NULL AND reblog_of_id IS NULL")
            throw owner.first.map { _ in PostWriteError.notAuthor } ?? PostWriteError.notFound
        }
    }

    /// Hides post `id` as a deletion does, at once and for every reader; the row stays for
    /// retention. With `authorID`, only if it is theirs. Returns whether it was visible until now.
    static func hide(_ id: Int64, authorID: Int64?, on connection: PostgresConnection, logger: Logger) async throws -> Bool {
        try await !connection.query("""
            UPDATE posts SET deleted_at = now()
            WHERE id = \(id) AND (\(authorID)::bigint IS NULL OR account_id = \(authorID)) AND deleted_at IS NULL AND reblog_of_id IS NULL
            RETURNING id
            """, logger: logger).collect().isEmpty
    }

    /// The post, deleted or not, whoever may see it; callers decide.
    public func find(id: Int64) async throws -> Post? {
        try await database.rows("SELECT \(unescaped: Self.columns) FROM posts p WHERE p.id = \(id)").first.map(Self.post)
    }

    /// Whether `viewer` may read post `id` now.
    public func canSee(_ id: Int64, viewer: Int64) async throws -> Bool {
        try await database.rows("SELECT warble_can_see(\(viewer), \(id))").first?.decode(Bool.self) ?? false
    }

    /// The earlier versions of a post, oldest first, followed by the current one.
    public func history(id: Int64) async throws -> [(text: String, content: String, spoilerText: String, sensitive: Bool, createdAt: Date)] {
        try await database.rows("""
            SELECT text, content, spoiler_text, sensitive, created_at FROM (
                SELECT id AS ord, text, content, spoiler_text, sensitive, created_at FROM post_edits WHERE post_id = \(id)
                UNION ALL
                SELECT \(Int64.max), text, content, spoiler_text, sensitive, coalesce(edited_at, created_at) FROM posts WHERE id = \(id)
            ) versions ORDER BY ord
            """).map { try $0.decode((String, String, String, Bool, Date).self) }.map { ($0.0, $0.1, $0.2, $0.3, $0.4) }
    }

    /// The ids of a post's visible ancestors (oldest first) and descendants (in thread order, by id).
    public func context(id: Int64, viewer: Int64) async throws -> (ancestors: [Int64], descendants: [Int64]) {
        let ancestors = try await database.rows("""
            WITH RECURSIVE up(id, parent, depth) AS (
                SELECT id, in_reply_to_id, 0 FROM posts WHERE id = \(id)
                UNION ALL
                SELECT p.id, p.in_reply_to_id, up.depth + 1 FROM posts p JOIN up ON p.id = up.parent WHERE up.depth < 200
            )
            SELECT id FROM up WHERE depth > 0 AND warble_can_see(\(viewer), id) ORDER BY depth DESC
            """).map { try $0.decode(Int64.self) }
        let descendants = try await database.rows("""
            WITH RECURSIVE down(id, depth) AS (
                SELECT id, 0 FROM posts WHERE id = \(id)
                UNION ALL
                SELECT p.id, down.depth + 1 FROM posts p JOIN down ON p.in_reply_to_id = down.id WHERE down.depth < 200
            )
            SELECT id FROM down WHERE depth > 0 AND warble_can_see(\(viewer), id) ORDER BY id LIMIT 4000
            """).map { try $0.decode(Int64.self) }
        return (ancestors, descendants)
    }

    static func post(_ row: PostgresRow) throws -> Post {
        let random = row.makeRandomAccess()
        func column<T: PostgresDecodable>(_ index: Int, _ type: T.Type) throws -> T { try random[index].decode(T.self) }
        let (id, accountID, replyID, replyAccountID, reblogID) =
            (try column(0, Int64.self), try column(1, Int64.self), try column(2, Int64?.self), try column(3, Int64?.self), try column(4, Int64?.self))
        let (text, content, spoiler, sensitive, visibility) =
            (try column(5, String.self), try column(6, String.self), try column(7, String.self), try column(8, Bool.self), try column(9, String.self))
        let (language, createdAt, editedAt, deletedAt, groupID) =
            (try column(10, String?.self), try column(11, Date.self), try column(12, Date?.self), try column(13, Date?.self), try column(14, Int64?.self))
        return Post(
            id: id, accountID: accountID, inReplyToID: replyID, inReplyToAccountID: replyAccountID, reblogOfID: reblogID, text: text, content: content,
            spoilerText: spoiler, sensitive: sensitive, visibility: Visibility(rawValue: visibility) ?? .direct, language: language, groupID: groupID,
            createdAt: createdAt, editedAt: editedAt, deletedAt: deletedAt
        )
    }
}
