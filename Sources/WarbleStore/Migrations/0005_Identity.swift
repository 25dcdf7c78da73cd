extension Migration {
    /// Sign-in and its records: OAuth applications, access tokens and authorisation codes (all
    /// secrets stored as SHA-256, never in clear), failed sign-ins for throttling, and the audit log
    /// (append-only; the hash chain is added by a later migration).
    static let identity = Migration(version: 5, name: "identity", statements: [
        "ALTER TABLE accounts ADD COLUMN last_login_at timestamptz",
        "ALTER TABLE accounts ADD COLUMN directory_synced_at timestamptz",
        """
        CREATE TABLE oauth_applications (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            name text NOT NULL,
            website text,
            redirect_uris text[] NOT NULL DEFAULT '{}',
            scopes text NOT NULL,
            client_id text NOT NULL UNIQUE,
            client_secret_hash bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        """
        CREATE TABLE access_tokens (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            token_hash bytea NOT NULL UNIQUE,
            kind text NOT NULL CHECK (kind IN ('oauth', 'personal')),
            application_id bigint REFERENCES oauth_applications (id),
            account_id bigint REFERENCES accounts (id),
            scopes text NOT NULL,
            description text,
            created_at timestamptz NOT NULL DEFAULT now(),
            last_used_at timestamptz,
            revoked_at timestamptz
        )
        """,
        "CREATE INDEX access_tokens_account_idx ON access_tokens (account_id) WHERE revoked_at IS NULL",
        """
        CREATE TABLE authorization_codes (
            code_hash bytea PRIMARY KEY,
            application_id bigint NOT NULL REFERENCES oauth_applications (id),
            account_id bigint NOT NULL REFERENCES accounts (id),
            scopes text NOT NULL,
            redirect_uri text NOT NULL,
            expires_at timestamptz NOT NULL,
            used_at timestamptz
        )
        """,
        """
        CREATE TABLE login_failures (
            id bigserial PRIMARY KEY,
            username text NOT NULL,
            address text NOT NULL,
            failed_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX login_failures_username_idx ON login_failures (lower(username), failed_at)",
        "CREATE INDEX login_failures_address_idx ON login_failures (address, failed_at)",
        """
        CREATE TABLE audit_log (
            sequence bigserial PRIMARY KEY,
            occurred_at timestamptz NOT NULL DEFAULT now(),
            actor_account_id bigint REFERENCES accounts (id),
            actor_role text,
            actor_address text,
            action text NOT NULL,
            target text,
            details jsonb NOT NULL DEFAULT '{}'
        )
        """,
        "CREATE INDEX audit_log_action_idx ON audit_log (action, occurred_at)",
        """
        CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP;
        END
        $$
        """,
        """
        CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()
        """,
    ])
}
