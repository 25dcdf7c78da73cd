extension Migration {
    /// Browser sessions: the cookie holds a random token, the table its SHA-256, so that a session
    /// can be listed and revoked; each session has its own CSRF token for forms.
    static let browserSessions = Migration(version: 6, name: "browser sessions", statements: [
        """
        CREATE TABLE browser_sessions (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            token_hash bytea NOT NULL UNIQUE,
            account_id bigint NOT NULL REFERENCES accounts (id),
            csrf_token text NOT NULL,
            user_agent text,
            address text,
            created_at timestamptz NOT NULL DEFAULT now(),
            expires_at timestamptz NOT NULL,
            revoked_at timestamptz
        )
        """,
        "CREATE INDEX browser_sessions_account_idx ON browser_sessions (account_id) WHERE revoked_at IS NULL",
    ])
}
