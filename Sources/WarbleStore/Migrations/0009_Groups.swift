extension Migration {
    /// Groups (what StatusNet and Viva Engage have and Mastodon lacks): open groups anyone in the
    /// organisation reads and joins; closed groups everyone can find but only members read, joined
    /// by approval; secret groups that only members know of, joined by a group admin adding them.
    /// `warble_can_see` gains the group rule: a post in a closed or secret group is for active
    /// members only, whatever its own visibility.
    static let groups = Migration(version: 9, name: "groups", statements: [
        """
        CREATE TABLE groups (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            slug text NOT NULL CHECK (slug ~ '^[a-z0-9][a-z0-9_-]{0,63}$'),
            name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
            description text NOT NULL DEFAULT '',
            privacy text NOT NULL CHECK (privacy IN ('open', 'closed', 'secret')),
            created_by bigint REFERENCES accounts (id),
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE UNIQUE INDEX groups_slug_key ON groups (slug)",
        """
        CREATE TABLE group_members (
            group_id bigint NOT NULL REFERENCES groups (id),
            account_id bigint NOT NULL REFERENCES accounts (id),
            role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin')),
            state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'pending')),
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (group_id, account_id)
        )
        """,
        "CREATE INDEX group_members_account_idx ON group_members (account_id, group_id) WHERE state = 'active'",
        "ALTER TABLE posts ADD COLUMN group_id bigint REFERENCES groups (id)",
        "CREATE INDEX posts_group_idx ON posts (group_id, id DESC) WHERE group_id IS NOT NULL",
        """
        CREATE OR REPLACE FUNCTION warble_can_see(viewer bigint, post bigint) RETURNS boolean LANGUAGE sql STABLE AS $$
            SELECT EXISTS (
                SELECT 1 FROM posts p JOIN accounts a ON a.id = p.account_id
                WHERE p.id = $2 AND p.deleted_at IS NULL AND a.suspended_at IS NULL
                  AND (p.account_id = $1
                       OR p.visibility IN ('public', 'unlisted')
                       OR (p.visibility = 'private' AND EXISTS (
                           SELECT 1 FROM follows f WHERE f.account_id = $1 AND f.target_account_id = p.account_id))
                       OR EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = $1))
                  AND NOT EXISTS (SELECT 1 FROM blocks b WHERE b.account_id = p.account_id AND b.target_account_id = $1)
                  AND (p.group_id IS NULL OR EXISTS (
                      SELECT 1 FROM groups g WHERE g.id = p.group_id AND (g.privacy = 'open' OR EXISTS (
                          SELECT 1 FROM group_members gm WHERE gm.group_id = g.id AND gm.account_id = $1 AND gm.state = 'active'))))
            )
        $$
        """,
    ])
}
