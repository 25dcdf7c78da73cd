import Foundation
import PostgresNIO
import WarbleCore

extension PostRepository {
    /// The posts `ids` as `viewer` sees them, in the order given, without those the viewer may not
    /// see (and without reblogs of such posts). One query reads the posts with their authors,
    /// counts, the reader's flags, groups, mention ids and tags; further ones run only when some
    /// post mentions people, carries files, or is a reblog.
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
                (SELECT name FROM oauth_applications o WHERE o.id = p.application_id),
                ARRAY(SELECT m.account_id FROM post_mentions m WHERE m.post_id = p.id ORDER BY m.account_id),
                ARRAY(SELECT t.name FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id ORDER BY t.name),
                EXISTS (SELECT 1 FROM media_attachments ma WHERE ma.post_id = p.id),
                coalesce(st.followers_count, 0), coalesce(st.following_count, 0), coalesce(st.statuses_count, 0), st.last_status_at,
                \(unescaped: AccountRepository.columns(prefixed: "a")),
                \(unescaped: GroupRepository.columns)
            FROM posts p JOIN accounts a ON a.id = p.account_id LEFT JOIN account_stats st ON st.account_id = a.id
                LEFT JOIN groups g ON g.id = p.group_id
            WHERE p.id = ANY(\(ids)::bigint[]) AND warble_can_see(\(viewer), p.id)
            """)
        let decoded = try rows.map(Self.decodeView)
        let reblogged = decoded.compactMap(\.view.post.reblogOfID)
        let originals = Dictionary(
            try await views(ids: reblogged, viewer: viewer).map { ($0.post.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
        let mentionIDs = Array(Set(decoded.flatMap(\.mentionIDs)))
        let mentioned = Dictionary(
            try await AccountRepository(database: database).find(ids: mentionIDs).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first }
        )
        let withMedia = decoded.filter(\.hasMedia).map(\.view.post.id)
        let media = withMedia.isEmpty ? [:] : try await MediaRepository(database: database).attachments(of: withMedia)
        let byID = Dictionary(decoded.compactMap { row -> (Int64, PostView)? in
            var view = row.view
            if let reblogOfID = view.post.reblogOfID {
                guard let shared = originals[reblogOfID] else { return nil }
                view.reblog = Box(shared)
            }
            view.mentions = row.mentionIDs.compactMap { mentioned[$0] }
            view.media = media[view.post.id] ?? []
            return (view.post.id, view)
        }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byID[$0] }
    }

    /// One post as `viewer` sees it, or nil when it does not exist for them.
    public func view(id: Int64, viewer: Int64) async throws -> PostView? {
        try await views(ids: [id], viewer: viewer).first
    }

    private struct DecodedView {
        var view: PostView
        let mentionIDs: [Int64]
        let hasMedia: Bool
    }

    /// Decodes a row of the query in ``views(ids:viewer:)``: the post's 15 columns, then counts,
    /// flags, application, mentions, tags, media flag, author statistics, author, group.
    private static func decodeView(_ row: PostgresRow) throws -> DecodedView {
        let random = row.makeRandomAccess()
        let post = try Self.post(row)
        let author = try AccountRepository.account(random, from: 30)
        let group = try random[44].decode(Int64?.self) == nil ? nil : try GroupRepository.group(random, from: 44)
        let statistics = AccountStatistics(
            followers: try random[26].decode(Int.self), following: try random[27].decode(Int.self), posts: try random[28].decode(Int.self),
            lastPostAt: try random[29].decode(Date?.self)
        )
        let view = PostView(
            post: post, author: author, authorStatistics: statistics, mentions: [], tags: try random[24].decode([String].self),
            repliesCount: try random[15].decode(Int.self), reblogsCount: try random[16].decode(Int.self), favouritesCount: try random[17].decode(Int.self),
            favourited: try random[18].decode(Bool.self), reblogged: try random[19].decode(Bool.self),
            bookmarked: try random[20].decode(Bool.self), pinned: try random[21].decode(Bool.self),
            applicationName: try random[22].decode(String?.self), group: group, reblog: nil
        )
        return DecodedView(view: view, mentionIDs: try random[23].decode([Int64].self), hasMedia: try random[25].decode(Bool.self))
    }
}
