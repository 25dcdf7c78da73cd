import PostgresNIO
import WarbleCore

/// One item of a paged list: the id that pages it (`max_id`…) and the post it shows.
public struct TimelineEntry: Sendable, Equatable {
    public var cursor: Int64
    public var postID: Int64

    public init(cursor: Int64, postID: Int64) {
        self.cursor = cursor
        self.postID = postID
    }
}

/// The id lists of timelines, newest first; `PostRepository.views` turns them into posts and
/// applies the visibility rule once more.
public struct TimelineRepository: Sendable {
    let database: Database

    public init(database: Database) { self.database = database }

    /// Filters out posts (and reblogs of posts) by accounts the reader blocks or mutes, or that
    /// block the reader; `p` is the post, `o` the post a reblog shares. The reader's id must be the
    /// query's first parameter (`$1`): every query here binds it first.
    static let unwantedAuthors = """
        NOT EXISTS (SELECT 1 FROM mutes m WHERE m.account_id = $1 AND m.target_account_id IN (p.account_id, coalesce(o.account_id, p.account_id)))
        AND NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.account_id = $1 AND b.target_account_id IN (p.account_id, coalesce(o.account_id, p.account_id)))
                                                 OR (b.target_account_id = $1 AND b.account_id IN (p.account_id, coalesce(o.account_id, p.account_id))))
        """

    /// Organisation-wide timelines show posts of open groups, never of closed or secret ones.
    static let openGroupsOnly = "(p.group_id IS NULL OR EXISTS (SELECT 1 FROM groups g WHERE g.id = p.group_id AND g.privacy = 'open'))"

    /// A group's posts, for a reader who may read the group.
    public func group(_ groupID: Int64, viewer: Int64, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT p.id, p.id FROM posts p LEFT JOIN posts o ON o.id = p.reblog_of_id
            WHERE \(viewer)::bigint IS NOT NULL AND p.group_id = \(groupID) AND p.deleted_at IS NULL
              AND p.id > \(page.lowerBound) AND p.id < \(page.upperBound)
              AND \(unescaped: Self.unwantedAuthors)
              AND warble_can_see(\(viewer), p.id)
            ORDER BY p.id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// A list's timeline: posts and reblogs by its members that the reader (its owner) may see;
    /// replies follow the list's policy (to anyone it follows, to list members, or none).
    public func list(_ listID: Int64, viewer: Int64, repliesPolicy: String, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT p.id, p.id FROM list_accounts la JOIN posts p ON p.account_id = la.account_id LEFT JOIN posts o ON o.id = p.reblog_of_id
            WHERE \(viewer)::bigint IS NOT NULL AND la.list_id = \(listID) AND p.deleted_at IS NULL
              AND p.id > \(page.lowerBound) AND p.id < \(page.upperBound)
              AND (p.in_reply_to_account_id IS NULL OR p.in_reply_to_account_id = p.account_id
                   OR (\(repliesPolicy) = 'list' AND EXISTS (SELECT 1 FROM list_accounts x WHERE x.list_id = la.list_id AND x.account_id = p.in_reply_to_account_id))
                   OR (\(repliesPolicy) = 'followed' AND EXISTS (
                       SELECT 1 FROM follows f WHERE f.account_id = \(viewer) AND f.target_account_id = p.in_reply_to_account_id)))
              AND \(unescaped: Self.unwantedAuthors)
              AND warble_can_see(\(viewer), p.id)
            ORDER BY p.id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// How many entries a home timeline keeps (Twitter kept 800, Mastodon 400); older posts stay
    /// reachable on profiles, hashtags, groups and search.
    public static let homeCapacity = 800

    /// Cuts home timelines that grew past `homeCapacity + slack` back to `homeCapacity`, for at most
    /// `accounts` of them per call; returns how many entries went.
    public func trimHomeTimelines(slack: Int = 200, accounts: Int = 500) async throws -> Int {
        try await database.rows("""
            WITH long AS (
                SELECT account_id FROM home_feed GROUP BY account_id HAVING count(*) > \(Self.homeCapacity + slack) LIMIT \(accounts)
            ), cut AS (
                SELECT long.account_id, (SELECT h.post_id FROM home_feed h WHERE h.account_id = long.account_id
                                         ORDER BY h.post_id DESC OFFSET \(Self.homeCapacity - 1) LIMIT 1) AS oldest_kept
                FROM long
            )
            DELETE FROM home_feed h USING cut WHERE h.account_id = cut.account_id AND h.post_id < cut.oldest_kept
            RETURNING 1
            """).count
    }

    /// The reader's home timeline: their own posts, people and hashtags they follow, and private or
    /// direct posts that mention them.
    public func home(viewer: Int64, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT p.id, p.id FROM home_feed h JOIN posts p ON p.id = h.post_id LEFT JOIN posts o ON o.id = p.reblog_of_id
            WHERE h.account_id = \(viewer) AND h.post_id > \(page.lowerBound) AND h.post_id < \(page.upperBound)
              AND p.deleted_at IS NULL AND o.deleted_at IS NULL
              AND \(unescaped: Self.unwantedAuthors)
            ORDER BY h.post_id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// The organisation timeline: every public original post.
    public func organisation(viewer: Int64, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT p.id, p.id FROM posts p JOIN accounts a ON a.id = p.account_id LEFT JOIN posts o ON o.id = p.reblog_of_id
            WHERE \(viewer)::bigint IS NOT NULL AND p.visibility = 'public' AND p.reblog_of_id IS NULL AND p.deleted_at IS NULL
              AND p.id > \(page.lowerBound) AND p.id < \(page.upperBound) AND a.suspended_at IS NULL
              AND \(unescaped: Self.openGroupsOnly)
              AND \(unescaped: Self.unwantedAuthors)
            ORDER BY p.id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// Public posts with hashtag `name` (normalised).
    public func tag(_ name: String, viewer: Int64, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT p.id, p.id FROM tags t JOIN post_tags pt ON pt.tag_id = t.id JOIN posts p ON p.id = pt.post_id
                JOIN accounts a ON a.id = p.account_id LEFT JOIN posts o ON o.id = p.reblog_of_id
            WHERE \(viewer)::bigint IS NOT NULL AND t.name = \(name) AND p.visibility = 'public' AND p.deleted_at IS NULL
              AND pt.post_id > \(page.lowerBound) AND pt.post_id < \(page.upperBound) AND a.suspended_at IS NULL
              AND \(unescaped: Self.openGroupsOnly)
              AND \(unescaped: Self.unwantedAuthors)
            ORDER BY pt.post_id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// What one account's profile lists for the reader.
    public struct AccountFilter: Sendable {
        public var excludeReplies = false
        public var excludeReblogs = false
        public var pinnedOnly = false
        public var onlyMedia = false
        public var tagged: String?
        public init() {}
    }

    public func account(_ accountID: Int64, viewer: Int64, filter: AccountFilter, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT p.id, p.id FROM posts p
            WHERE \(viewer)::bigint IS NOT NULL AND p.account_id = \(accountID) AND p.deleted_at IS NULL
              AND p.id > \(page.lowerBound) AND p.id < \(page.upperBound)
              AND (NOT \(filter.excludeReplies) OR p.in_reply_to_id IS NULL OR p.in_reply_to_account_id = p.account_id)
              AND (NOT \(filter.excludeReblogs) OR p.reblog_of_id IS NULL)
              AND (NOT \(filter.pinnedOnly) OR EXISTS (SELECT 1 FROM pins n WHERE n.account_id = p.account_id AND n.post_id = p.id))
              AND (NOT \(filter.onlyMedia) OR EXISTS (SELECT 1 FROM media_attachments ma WHERE ma.post_id = p.id))
              AND (\(filter.tagged)::text IS NULL OR EXISTS (
                  SELECT 1 FROM post_tags pt JOIN tags t ON t.id = pt.tag_id WHERE pt.post_id = p.id AND t.name = \(filter.tagged)))
              AND warble_can_see(\(viewer), p.id)
            ORDER BY p.id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// The reader's bookmarks, most recently bookmarked first.
    public func bookmarks(viewer: Int64, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT b.id, b.post_id FROM bookmarks b
            WHERE b.account_id = \(viewer) AND b.id > \(page.lowerBound) AND b.id < \(page.upperBound)
            ORDER BY b.id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    /// The posts the reader favourited, most recent favourite first.
    public func favourites(viewer: Int64, page: Page) async throws -> [TimelineEntry] {
        try await entries("""
            SELECT f.id, f.post_id FROM favourites f
            WHERE f.account_id = \(viewer) AND f.id > \(page.lowerBound) AND f.id < \(page.upperBound)
            ORDER BY f.id \(unescaped: page.order) LIMIT \(page.limit)
            """, page: page)
    }

    private func entries(_ query: PostgresQuery, page: Page) async throws -> [TimelineEntry] {
        try await database.rows(query).map { row in
            let (cursor, post) = try row.decode((Int64, Int64).self)
            return TimelineEntry(cursor: cursor, postID: post)
        }.reversedIf(page.ascending)
    }
}
