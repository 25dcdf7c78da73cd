extension Migration {
    /// The DLP review queue: one row for each post (or edit of a post) in which a `flag` rule found
    /// something, written in the post's own transaction. It holds the rules' names and the matches
    /// redacted (`•••• •••• •••• 1111`), never the matched text; `rules[i]` found `excerpts[i]`. A
    /// compliance officer clears the flag or removes the post, with a reason; either ends the review.
    /// Flags go with their post when retention purges it.
    static let dlp = Migration(version: 18, name: "dlp", statements: [
        """
        CREATE TABLE dlp_flags (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            post_id bigint NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
            rules text[] NOT NULL CHECK (cardinality(rules) > 0),
            excerpts text[] NOT NULL CHECK (cardinality(excerpts) = cardinality(rules)),
            created_at timestamptz NOT NULL DEFAULT now(),
            state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'cleared', 'removed')),
            reviewer_account_id bigint REFERENCES accounts (id),
            reason text CHECK (length(reason) BETWEEN 1 AND 2000),
            reviewed_at timestamptz,
            CHECK ((state = 'pending') = (reviewed_at IS NULL)),
            CHECK ((state = 'pending') = (reason IS NULL))
        )
        """,
        "CREATE INDEX dlp_flags_state_idx ON dlp_flags (state, id DESC)",
        "CREATE INDEX dlp_flags_post_idx ON dlp_flags (post_id)",
    ])
}
