extension Migration {
    /// Who follows whom. The primary key serves "whom do I follow", the index "who follows me".
    static let follows = Migration(version: 3, name: "follows", statements: [
        """
        CREATE TABLE follows (
            account_id bigint NOT NULL REFERENCES accounts (id),
            target_account_id bigint NOT NULL REFERENCES accounts (id),
            created_at timestamptz NOT NULL DEFAULT now(),
            PRIMARY KEY (account_id, target_account_id),
            CHECK (account_id <> target_account_id)
        )
        """,
        "CREATE INDEX follows_target_idx ON follows (target_account_id, account_id)",
    ])
}
