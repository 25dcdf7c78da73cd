-- Checks a seeded database against the rules the server follows; fails (psql exit status 3) if any
-- is broken. Used by smoke.sh on a small dataset: the home_feed check recomputes every feed from
-- scratch, which takes long on the full one.
--
--   psql URL -X -v ON_ERROR_STOP=1 -v feed_cap=800 -f Benchmarks/seed/checks.sql
\pset footer off
CREATE TEMP TABLE seed_check (name text, bad bigint);

INSERT INTO seed_check
SELECT 'posts: ORDER BY id agrees with created_at', count(*) FROM (
    SELECT created_at < lag(created_at) OVER (ORDER BY id) AS wrong FROM posts) x WHERE wrong
UNION ALL SELECT 'ids carry their creation time (warble_id_time)',
    (SELECT count(*) FROM posts WHERE warble_id_time(id) <> created_at)
  + (SELECT count(*) FROM accounts WHERE warble_id_time(id) <> created_at)
  + (SELECT count(*) FROM notifications WHERE warble_id_time(id) <> created_at)
UNION ALL SELECT 'usernames are valid handles', count(*) FROM accounts WHERE username !~ '^[A-Za-z0-9_]{1,30}$' OR NOT is_local OR role <> 'member'
UNION ALL SELECT 'texts have at most 500 characters', count(*) FROM posts WHERE length(text) > 500
UNION ALL SELECT 'replies answer an earlier visible original in their conversation', count(*)
    FROM posts p JOIN posts q ON q.id = p.in_reply_to_id
    WHERE q.id >= p.id OR q.account_id <> p.in_reply_to_account_id OR q.reblog_of_id IS NOT NULL
       OR q.visibility NOT IN ('public', 'unlisted') OR q.conversation_id <> p.conversation_id
UNION ALL SELECT 'other posts start their own conversation', count(*) FROM posts WHERE in_reply_to_id IS NULL AND conversation_id <> id
UNION ALL SELECT 'reblogs share an earlier public or unlisted post of someone else, once', count(*)
    FROM posts p JOIN posts q ON q.id = p.reblog_of_id
    WHERE q.id >= p.id OR q.visibility NOT IN ('public', 'unlisted') OR q.account_id = p.account_id OR p.text <> ''
       OR q.reblog_of_id IS NOT NULL
UNION ALL SELECT 'post_mentions are the @mentions of the text', count(*) FROM posts p
    WHERE (SELECT count(*) FROM post_mentions m WHERE m.post_id = p.id)
       <> (SELECT count(*) FROM regexp_matches(p.text, '(^|\s)@[A-Za-z0-9_]+', 'g'))
UNION ALL SELECT 'post_tags are the #hashtags of the text', count(*) FROM posts p
    WHERE (SELECT count(*) FROM post_tags t WHERE t.post_id = p.id)
       <> (SELECT count(DISTINCT m[1]) FROM regexp_matches(p.text, '#([a-z0-9_]+)', 'g') m)
UNION ALL SELECT 'direct posts mention someone, nobody mentions themselves', count(*) FROM posts p
    WHERE (p.visibility = 'direct' AND NOT EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id))
       OR EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = p.account_id)
UNION ALL SELECT 'favourites and bookmarks: of visible posts of others, after the post', count(*) FROM (
    SELECT account_id, post_id, id FROM favourites UNION ALL SELECT account_id, post_id, id FROM bookmarks) f
    JOIN posts p ON p.id = f.post_id
    WHERE p.account_id = f.account_id OR p.reblog_of_id IS NOT NULL OR NOT warble_can_see(f.account_id, p.id)
       OR warble_id_time(f.id) <= p.created_at
UNION ALL SELECT 'home_feed: at most feed_cap rows per account', count(*) FROM (
    SELECT account_id FROM home_feed GROUP BY 1 HAVING count(*) > :feed_cap) x
UNION ALL SELECT 'notifications: one per follow, mention, favourite and reblog', abs(
    (SELECT count(*) FROM notifications)
  - (SELECT count(*) FROM follows) - (SELECT count(*) FROM post_mentions) - (SELECT count(*) FROM favourites)
  - (SELECT count(*) FROM posts WHERE reblog_of_id IS NOT NULL));

-- home_feed is exactly the newest feed_cap posts of what the server fans out to each account.
WITH expected AS (
    SELECT p.account_id, p.id AS post_id FROM posts p
    UNION SELECT f.account_id, p.id FROM follows f JOIN posts p ON p.account_id = f.target_account_id AND p.visibility <> 'direct'
    UNION SELECT m.account_id, m.post_id FROM post_mentions m JOIN posts p ON p.id = m.post_id AND p.visibility IN ('private', 'direct')
), capped AS (
    SELECT account_id, post_id FROM (
        SELECT *, row_number() OVER (PARTITION BY account_id ORDER BY post_id DESC) AS newest FROM expected) x
    WHERE newest <= :feed_cap
)
INSERT INTO seed_check
SELECT 'home_feed: the newest feed_cap posts fanned out to each account', count(*) FROM (
    (SELECT * FROM capped EXCEPT SELECT account_id, post_id FROM home_feed)
    UNION ALL (SELECT account_id, post_id FROM home_feed EXCEPT SELECT * FROM capped)) d;

SELECT to_regclass('account_stats') IS NOT NULL AS has_account_stats \gset
\if :has_account_stats
INSERT INTO seed_check
SELECT 'account_stats: the counts of follows and posts', count(*) FROM accounts a LEFT JOIN account_stats s ON s.account_id = a.id
WHERE s.account_id IS NULL
   OR s.followers_count <> (SELECT count(*) FROM follows f WHERE f.target_account_id = a.id)
   OR s.following_count <> (SELECT count(*) FROM follows f WHERE f.account_id = a.id)
   OR s.statuses_count <> (SELECT count(*) FROM posts p WHERE p.account_id = a.id)
   OR s.last_status_at IS DISTINCT FROM (SELECT max(created_at) FROM posts p WHERE p.account_id = a.id);
\endif

SELECT name AS check, bad AS failures, CASE WHEN bad = 0 THEN 'ok' ELSE 'FAILED' END AS result FROM seed_check;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM seed_check WHERE bad <> 0) THEN
        RAISE EXCEPTION 'seed checks failed';
    END IF;
END
$$;
