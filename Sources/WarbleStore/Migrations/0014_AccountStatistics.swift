extension Migration {
    /// Counters a profile shows (followers, following, posts, last post), kept by triggers in the
    /// transaction of each follow and post instead of counted on every read: counting a busy
    /// author's posts for each status in a timeline cost tens of milliseconds per page. A
    /// follow touches the two accounts' rows in id order, so that crossing follows cannot deadlock.
    static let accountStatistics = Migration(version: 14, name: "account statistics", statements: [
        """
        CREATE TABLE account_stats (
            account_id bigint PRIMARY KEY REFERENCES accounts (id),
            followers_count bigint NOT NULL DEFAULT 0,
            following_count bigint NOT NULL DEFAULT 0,
            statuses_count bigint NOT NULL DEFAULT 0,
            last_status_at timestamptz
        )
        """,
        """
        INSERT INTO account_stats (account_id, followers_count, following_count, statuses_count, last_status_at)
        SELECT a.id,
            (SELECT count(*) FROM follows f WHERE f.target_account_id = a.id),
            (SELECT count(*) FROM follows f WHERE f.account_id = a.id),
            (SELECT count(*) FROM posts p WHERE p.account_id = a.id AND p.deleted_at IS NULL),
            (SELECT max(p.created_at) FROM posts p WHERE p.account_id = a.id AND p.deleted_at IS NULL)
        FROM accounts a
        """,
        """
        CREATE FUNCTION warble_count_follow() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            step bigint := CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END;
            follower bigint := CASE WHEN TG_OP = 'INSERT' THEN NEW.account_id ELSE OLD.account_id END;
            followed bigint := CASE WHEN TG_OP = 'INSERT' THEN NEW.target_account_id ELSE OLD.target_account_id END;
        BEGIN
            INSERT INTO account_stats (account_id, following_count, followers_count)
            VALUES (follower, step, 0), (followed, 0, step)
            ORDER BY 1
            ON CONFLICT (account_id) DO UPDATE
            SET following_count = account_stats.following_count + excluded.following_count,
                followers_count = account_stats.followers_count + excluded.followers_count;
            RETURN NULL;
        END
        $$
        """,
        "CREATE TRIGGER follows_count AFTER INSERT OR DELETE ON follows FOR EACH ROW EXECUTE FUNCTION warble_count_follow()",
        """
        CREATE FUNCTION warble_count_post() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            was boolean := TG_OP <> 'INSERT' AND OLD.deleted_at IS NULL;
            now_visible boolean := TG_OP <> 'DELETE' AND NEW.deleted_at IS NULL;
            author bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.account_id ELSE NEW.account_id END;
        BEGIN
            IF was = now_visible THEN RETURN NULL; END IF;
            INSERT INTO account_stats (account_id, statuses_count, last_status_at)
            VALUES (author, CASE WHEN now_visible THEN 1 ELSE -1 END, CASE WHEN now_visible THEN NEW.created_at END)
            ON CONFLICT (account_id) DO UPDATE
            SET statuses_count = account_stats.statuses_count + excluded.statuses_count,
                last_status_at = greatest(account_stats.last_status_at, excluded.last_status_at);
            RETURN NULL;
        END
        $$
        """,
        "CREATE TRIGGER posts_count AFTER INSERT OR DELETE OR UPDATE OF deleted_at ON posts FOR EACH ROW EXECUTE FUNCTION warble_count_post()",
    ])
}
