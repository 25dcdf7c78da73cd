extension Migration {
    /// Uploaded images and documents: the file lives in the media folder under `storage_key`, the
    /// row records what it is (sniffed from its bytes), its digest, and the post it was attached
    /// to. `instance_keys` holds secrets every instance shares, such as the key that signs media links.
    static let media = Migration(version: 11, name: "media", statements: [
        """
        CREATE TABLE media_attachments (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            account_id bigint NOT NULL REFERENCES accounts (id),
            post_id bigint REFERENCES posts (id),
            kind text NOT NULL CHECK (kind IN ('image', 'unknown')),
            content_type text NOT NULL,
            file_name text NOT NULL,
            size bigint NOT NULL CHECK (size > 0),
            sha256 text NOT NULL,
            storage_key text NOT NULL UNIQUE,
            description text NOT NULL DEFAULT '',
            width integer,
            height integer,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX media_attachments_post_idx ON media_attachments (post_id, id) WHERE post_id IS NOT NULL",
        "CREATE INDEX media_attachments_unattached_idx ON media_attachments (account_id, id) WHERE post_id IS NULL",
        """
        CREATE TABLE instance_keys (
            name text PRIMARY KEY,
            key bytea NOT NULL,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
    ])
}
