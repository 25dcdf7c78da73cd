extension Migration {
    /// People who use Warble: provisioned from the directory on first login, or local break-glass
    /// accounts. `username` is the handle shown after `@`; `directory_uid` is the login name as the
    /// directory holds it, whatever characters it has.
    static let accounts = Migration(version: 2, name: "accounts", statements: [
        """
        CREATE TABLE accounts (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            username text NOT NULL CHECK (username ~ '^[A-Za-z0-9_]{1,30}$'),
            directory_uid text UNIQUE,
            directory_dn text,
            display_name text NOT NULL DEFAULT '',
            email text,
            title text,
            department text,
            note text NOT NULL DEFAULT '',
            role text NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'admin', 'compliance', 'auditor')),
            is_local boolean NOT NULL DEFAULT false,
            password_hash text,
            suspended_at timestamptz,
            created_at timestamptz NOT NULL DEFAULT now(),
            updated_at timestamptz NOT NULL DEFAULT now(),
            CHECK (is_local OR directory_uid IS NOT NULL)
        )
        """,
        "CREATE UNIQUE INDEX accounts_username_key ON accounts (lower(username))",
    ])
}
