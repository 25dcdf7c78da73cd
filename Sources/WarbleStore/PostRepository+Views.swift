import Foundation
import PostgresNIO
import WarbleCore

extension PostRepository {
    /// The posts `ids` as `viewer` sees them, in the order given, without those the viewer may not
    /// see (and without reblogs of such posts).
    public func views(ids: [Int64], viewer: Int64) async throws -> [PostView] {
        guard !ids.isEmpty else { return [] }
        let rows = try await database.rows("""
            SELECT \(unescaped: Self.columns),
                (SELECT count(*) FROM posts r WHERE r.in_reply_to_id = p.id AND r.deleted_at IS NULL),
                (SELECT count(*) FROM posts r WHERE r.reblog_of_id = p.id AND r.deleted_at IS NULL),
                (SELECT count(*) FROM favourites f WHERE f.post_id = p.id),
                EXISTS (SELECT 1 FROM favourites f WHERE f.post_id = p.id AND f.account_id = \(viewer)),
                EXISTS (SELECT 1 FROM posts r WHERE r.reblog_of_id = p.id AND r.account_id = \(viewer) AND r.deleted_at IS NULL),
                EXISTS (SELECT 1 FROM bookmarks b WHERE b.post_id = p.id AND b.account_id = \(viewer)),
                EXISTS (SELECT 1 FROM pins n WHERE n.post_id = p.id AND n.account_id = p.account_id),
                (SELECT name FROM oauth_applications a WHERE a.id = p.application_id)
            FROM posts p WHERE p.id = ANY(\(ids)::bigint[]) AND warble_can_see(\(viewer), p.id)
            """)
        struct Row {
            let post: Post
            let replies, reblogs, favourites: Int
            let favourited, reblogged, bookmarked, pinned: Bool
            let application: String?
        }
        let decoded = try rows.map { row in
            let random = row.makeRandomAccess()
            return Row(
                post: try Self.post(row),
                replies: try random[15].decode(Int.self), reblogs: try random[16].decode(Int.self), favourites: try random[17].decode(Int.self),
                favourited: try random[18].decode(Bool.self), reblogged: try random[19].decode(Bool.self),
                bookmarked: try random[20].decode(Bool.self), pinned: try random[21].decode(Bool.self), application: try random[22].decode(String?.self)
            )
        }
        let originals = try await views(ids: decoded.compactMap(\.post.reblogOfID), viewer: viewer)
        let originalsByID = Dictionary(originals.map { ($0.post.id, $0) }, uniquingKeysWith: { first, _ in first })
        let postIDs = decoded.map(\.post.id)
        let mentions = try await database.rows("SELECT post_id, account_id FROM post_mentions WHERE post_id = ANY(\(postIDs)::bigint[])")
            .map { try $0.decode((Int64, Int64).self) }
        let tags = try await database.rows("""
            SELECT pt.post_id, t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = ANY(\(postIDs)::bigint[]) ORDER BY t.name
            """).map { try $0.decode((Int64, String).self) }
        let groups = Dictionary(
            try await GroupRepository(database: database).find(ids: Array(Set(decoded.compactMap(\.post.groupID)))).map { ($0.id, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        let media = try await MediaRepository(database: database).attachments(of: postIDs)
        let accountIDs = Array(Set(decoded.map(\.post.accountID) + mentions.map(\.1)))
        let accounts = Dictionary(
            try await AccountRepository(database: database).find(ids: accountIDs).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
        let byID = Dictionary(decoded.compactMap { row -> (Int64, PostView)? in
            guard let author = accounts[row.post.accountID] else { return nil }
            var original: PostView?
            if let reblogOfID = row.post.reblogOfID {
                guard let shared = originalsByID[reblogOfID] else { return nil }
                original = shared
            }
            let view = PostView(
                post: row.post, author: author,
                mentions: mentions.filter { $0.0 == row.post.id }.compactMap { accounts[$0.1] },
                tags: tags.filter { $0.0 == row.post.id }.map(\.1),
                repliesCount: row.replies, reblogsCount: row.reblogs, favouritesCount: row.favourites,
                favourited: row.favourited, reblogged: row.reblogged, bookmarked: row.bookmarked, pinned: row.pinned,
                applicationName: row.application, group: row.post.groupID.flatMap { groups[$0] },
                media: media[row.post.id] ?? [], reblog: original
            )
            return (row.post.id, view)
        }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    /// One post as `viewer` sees it, or nil when it does not exist for them.
    public func view(id: Int64, viewer: Int64) async throws -> PostView? {
        try await views(ids: [id], viewer: viewer).first
    }
}
