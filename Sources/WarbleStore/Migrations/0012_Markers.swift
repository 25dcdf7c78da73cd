extension Migration {
    /// Where each reader stopped reading their home timeline and notifications, so that every
    /// client they use resumes at the same place (Mastodon's markers).
    static let markers = Migration(version: 12, name: "markers", statements: [
        """
        CREATE TABLE markers (
            account_id bigint NOT NULL REFERENCES accounts (id),
            timeline text NOT NULL CHECK (timeline IN ('home', 'notifications')),
            last_read_id bigint NOT NULL,
            version integer NOT NULL DEFAULT 1,
            updated_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, timeline)
        )
        """,
    ])
}
