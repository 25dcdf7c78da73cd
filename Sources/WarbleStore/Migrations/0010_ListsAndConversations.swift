extension Migration {
    /// Lists (a reader's own selections of people they follow, each with its timeline) and
    /// conversations (threads of direct posts): every post records the thread it belongs to (its
    /// own id when it starts one, which a trigger fills in), and
    /// each participant keeps how far they read a conversation and whether they hid it.
    static let listsAndConversations = Migration(version: 10, name: "lists and conversations", statements: [
        """
        CREATE TABLE lists (
            id bigint PRIMARY KEY DEFAULT warble_next_id(),
            account_id bigint NOT NULL REFERENCES accounts (id),
            title text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
            replies_policy text NOT NULL DEFAULT 'list' CHECK (replies_policy IN ('followed', 'list', 'none')),
            exclusive boolean NOT NULL DEFAULT false,
            created_at timestamptz NOT NULL DEFAULT now()
        )
        """,
        "CREATE INDEX lists_account_idx ON lists (account_id)",
        """
        CREATE TABLE list_accounts (
            list_id bigint NOT NULL REFERENCES lists (id) ON DELETE CASCADE,
            account_id bigint NOT NULL REFERENCES accounts (id),
            PRIMARY KEY (list_id, account_id)
        )
        """,
        "CREATE INDEX list_accounts_account_idx ON list_accounts (account_id)",
        "ALTER TABLE posts ADD COLUMN conversation_id bigint",
        "UPDATE posts SET conversation_id = id",
        "ALTER TABLE posts ALTER COLUMN conversation_id SET NOT NULL",
        """
        CREATE FUNCTION warble_post_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.conversation_id := coalesce(NEW.conversation_id, NEW.id);
            RETURN NEW;
        END
        $$
        """,
        "CREATE TRIGGER posts_conversation BEFORE INSERT ON posts FOR EACH ROW EXECUTE FUNCTION warble_post_conversation()",
        "CREATE INDEX posts_direct_conversation_idx ON posts (conversation_id, id DESC) WHERE visibility = 'direct' AND deleted_at IS NULL",
        """
        CREATE TABLE conversation_states (
            account_id bigint NOT NULL REFERENCES accounts (id),
            conversation_id bigint NOT NULL,
            last_read_id bigint NOT NULL DEFAULT 0,
            hidden_through_id bigint NOT NULL DEFAULT 0,
            PRIMARY KEY (account_id, conversation_id)
        )
        """,
    ])
}
