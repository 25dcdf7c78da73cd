extension Migration {
    /// Legal holds: a case, a reason, and what it covers — posts by any custodian or in any group
    /// (or, with neither, every post), created in a date range, matching a full-text query. While a
    /// hold covering a post is active (not released), retention never purges the post, its edits or
    /// its attachments. `warble_is_held(post id)` is the one rule every purge asks.
    static let legalHolds = Migration(version: 17, name: "legal holds", statements: [
        """
        CREATE TABLE legal_holds (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            case_id text NOT NULL CHECK (length(case_id) BETWEEN 1 AND 200),
            reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
            custodian_ids bigint[] NOT NULL DEFAULT '{}',
            group_ids bigint[] NOT NULL DEFAULT '{}',
            starts_at timestamptz,
            ends_at timestamptz,
            query text,
            created_by bigint REFERENCES accounts (id),
            created_at timestamptz NOT NULL DEFAULT now(),
            released_at timestamptz,
            released_by bigint REFERENCES accounts (id),
            release_reason text,
            CHECK (starts_at IS NULL OR ends_at IS NULL OR starts_at < ends_at),
            CHECK ((released_at IS NULL) = (release_reason IS NULL))
        )
        """,
        "CREATE INDEX legal_holds_active_idx ON legal_holds (id) WHERE released_at IS NULL",
        """
        CREATE FUNCTION warble_hold_covers(hold legal_holds, post posts) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT hold.released_at IS NULL
               AND ((cardinality(hold.custodian_ids) = 0 AND cardinality(hold.group_ids) = 0)
                    OR post.account_id = ANY(hold.custodian_ids) OR post.group_id = ANY(hold.group_ids))
               AND (hold.starts_at IS NULL OR post.created_at >= hold.starts_at)
               AND (hold.ends_at IS NULL OR post.created_at < hold.ends_at)
               AND (hold.query IS NULL OR post.search @@ websearch_to_tsquery('english', hold.query))
        $$
        """,
        """
        CREATE FUNCTION warble_is_held(post_id bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
                SELECT 1 FROM posts p, legal_holds h
                WHERE p.id = post_id AND h.released_at IS NULL AND warble_hold_covers(h, p)
            )
        $$
        """,
    ])
}
