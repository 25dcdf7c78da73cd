extension Migration {
    /// Full-text search over posts: a stored `tsvector` of the content warning and text (English
    /// stemming, so "deploy" finds "deployed"), indexed with GIN; and trigram-free prefix search of
    /// hashtags through their unique index.
    static let search = Migration(version: 8, name: "search", statements: [
        """
        ALTER TABLE posts ADD COLUMN search tsvector
            GENERATED ALWAYS AS (to_tsvector('english'::regconfig, spoiler_text || ' ' || text)) STORED
        """,
        "CREATE INDEX posts_search_idx ON posts USING gin (search) WHERE deleted_at IS NULL AND reblog_of_id IS NULL",
        "CREATE INDEX tags_name_prefix_idx ON tags (name text_pattern_ops)",
        "CREATE INDEX post_tags_post_idx ON post_tags (post_id)",
    ])
}
