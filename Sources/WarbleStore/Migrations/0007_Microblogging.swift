extension Migration {
    /// What people do with posts: mentions, hashtags, edit history, favourites, bookmarks, pins,
    /// blocks and mutes, followed hashtags, notifications, idempotent posting, and the materialised
    /// home timelines (`home_feed`). Rows derived from a post cascade when retention purges it.
    /// `warble_can_see` is the one visibility rule every read path applies (a reblog is visible when
    /// both it and the post it shares are).
    static let microblogging = Migration(version: 7, name: "microblogging", statements: [
        "ALTER TABLE posts ADD COLUMN content text NOT NULL DEFAULT ''",
        "ALTER TABLE posts ADD COLUMN sensitive boolean NOT NULL DEFAULT false",
        "ALTER TABLE posts ADD COLUMN application_id bigint REFERENCES oauth_applications (id)",
        "CREATE UNIQUE INDEX posts_one_reblog_idx ON posts (account_id, reblog_of_id) WHERE reblog_of_id IS NOT NULL AND deleted_at IS NULL",
        "CREATE INDEX posts_public_idx ON posts (id DESC) WHERE visibility = 'public' AND reblog_of_id IS NULL AND deleted_at IS NULL",
        """
        CREATE TABLE post_mentions (
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            account_id bigint NOT NULL REFERENCES accounts (id),
            PRIMARY KEY (post_id, account_id)
        )
        """,
        "CREATE INDEX post_mentions_account_idx ON post_mentions (account_id, post_id DESC)",
        """
        CREATE TABLE tags (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            name text NOT NULL UNIQUE,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE post_tags (
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            tag_id bigint NOT NULL REFERENCES tags (id),
            PRIMARY KEY (post_id, tag_id)
        )
        """,
        "CREATE INDEX post_tags_tag_idx ON post_tags (tag_id, post_id DESC)",
        """
        CREATE TABLE post_edits (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            text text NOT NULL,
            content text NOT NULL,
            spoiler_text text NOT NULL,
            sensitive boolean NOT NULL,
            created_at timestamptz NOT NULL
        )
        """,
        "CREATE INDEX post_edits_post_idx ON post_edits (post_id, id)",
        """
        CREATE TABLE favourites (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            account_id bigint NOT NULL REFERENCES accounts (id),
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            UNIQUE (account_id, post_id)
        )
        """,
        "CREATE INDEX favourites_post_idx ON favourites (post_id, id DESC)",
        """
        CREATE TABLE bookmarks (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            account_id bigint NOT NULL REFERENCES accounts (id),
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            UNIQUE (account_id, post_id)
        )
        """,
        """
        CREATE TABLE pins (
            account_id bigint NOT NULL REFERENCES accounts (id),
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, post_id)
        )
        """,
        """
        CREATE TABLE blocks (
            account_id bigint NOT NULL REFERENCES accounts (id),
            target_account_id bigint NOT NULL REFERENCES accounts (id),
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, target_account_id),
            CHECK (account_id <> target_account_id)
        )
        """,
        "CREATE INDEX blocks_target_idx ON blocks (target_account_id, account_id)",
        """
        CREATE TABLE mutes (
            account_id bigint NOT NULL REFERENCES accounts (id),
            target_account_id bigint NOT NULL REFERENCES accounts (id),
            hide_notifications boolean NOT NULL DEFAULT true,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, target_account_id),
            CHECK (account_id <> target_account_id)
        )
        """,
        """
        CREATE TABLE tag_follows (
            account_id bigint NOT NULL REFERENCES accounts (id),
            tag_id bigint NOT NULL REFERENCES tags (id),
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, tag_id)
        )
        """,
        "CREATE INDEX tag_follows_tag_idx ON tag_follows (tag_id, account_id)",
        """
        CREATE TABLE home_feed (
            account_id bigint NOT NULL REFERENCES accounts (id),
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            PRIMARY KEY (account_id, post_id)
        )
        """,
        "CREATE INDEX home_feed_post_idx ON home_feed (post_id)",
        """
        CREATE TABLE notifications (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            account_id bigint NOT NULL REFERENCES accounts (id),
            from_account_id bigint NOT NULL REFERENCES accounts (id),
            type text NOT NULL CHECK (type IN ('mention', 'status', 'reblog', 'follow', 'favourite', 'update')),
            post_id bigint REFERENCES posts (id) ON DELETE CASCADE,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE UNIQUE INDEX notifications_once_idx ON notifications (account_id, type, from_account_id, coalesce(post_id, 0)) WHERE type <> 'update'",
        "CREATE INDEX notifications_account_idx ON notifications (account_id, id DESC)",
        "CREATE INDEX notifications_post_idx ON notifications (post_id) WHERE post_id IS NOT NULL",
        """
        CREATE TABLE idempotency_keys (
            account_id bigint NOT NULL REFERENCES accounts (id),
            key text NOT NULL,
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, key)
        )
        """,
        """
        CREATE FUNCTION warble_can_see(viewer bigint, post bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
                SELECT 1 FROM posts p JOIN accounts a ON a.id = p.account_id
                WHERE p.id = $2 AND p.deleted_at IS NULL AND a.suspended_at IS NULL
                  AND (p.account_id = $1
                       OR p.visibility IN ('public', 'unlisted')
                       OR (p.visibility = 'private' AND EXISTS (
                           SELECT 1 FROM follows f WHERE f.account_id = $1 AND f.target_account_id = p.account_id))
                       OR EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = $1))
                  AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = p.account_id AND b.target_account_id = $1)
            )
        $$
        """,
    ])
}
