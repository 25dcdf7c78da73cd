extension Migration {
    /// Posts (Mastodon's statuses). A user's delete sets `deleted_at` and hides the post at once;
    /// the row stays until retention purges it, which is why nothing here cascades.
    static let posts = Migration(version: 4, name: "posts", statements: [
        """
        CREATE TABLE posts (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            account_id bigint NOT NULL REFERENCES accounts (id),
            in_reply_to_id bigint REFERENCES posts (id),
            in_reply_to_account_id bigint REFERENCES accounts (id),
            reblog_of_id bigint REFERENCES posts (id),
            text text NOT NULL DEFAULT '',
            spoiler_text text NOT NULL DEFAULT '',
            visibility text NOT NULL CHECK (visibility IN ('public', 'unlisted', 'private', 'direct')),
            language text,
            created_at timestamptz NOT NULL DEFAULT now(),
            edited_at timestamptz,
            deleted_at timestamptz
        )
        """,
        "CREATE INDEX posts_account_idx ON posts (account_id, id DESC)",
        "CREATE INDEX posts_in_reply_to_idx ON posts (in_reply_to_id) WHERE in_reply_to_id IS NOT NULL",
        "CREATE INDEX posts_reblog_of_idx ON posts (reblog_of_id) WHERE reblog_of_id IS NOT NULL",
    ])
}
