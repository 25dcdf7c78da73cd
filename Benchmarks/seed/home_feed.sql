-- Home timelines, as the server fans out (PostRepository.insert, InteractionRepository.reblog):
-- every post is on its author's feed, a post that is not direct on every follower's feed (reblogs
-- included), a private or direct post on the feeds of the people it mentions. Each feed then keeps
-- only its newest :feed_cap entries: the capped design the benchmark measures.
--
-- Rather than fanning out everything and trimming, each reader takes candidates only from the
-- newest posts: authors are drawn independently of time, so about rate × (P - cut) / P of its
-- `rate` candidates lie after position `cut`; cut is chosen so that this is 1.3 × cap + 50 (about
-- six standard deviations above the cap). A feed that still comes out short is redone whole.

CREATE TEMP TABLE seed_feed_plan AS
WITH own AS (
    SELECT author, count(*) AS posts, count(*) FILTER (WHERE vis <> 'direct') AS visible FROM seed_posts GROUP BY author
), followed AS (
    SELECT f.follower, sum(o.visible) AS posts FROM seed_follows f JOIN own o ON o.author = f.target GROUP BY f.follower
), mentioned AS (
    SELECT m.account, count(*) AS posts FROM seed_mentions m JOIN seed_posts p ON p.n = m.n
    WHERE p.vis IN ('private', 'direct') GROUP BY m.account
)
SELECT reader, rate,
       CASE WHEN rate <= :feed_budget THEN 0 ELSE :posts - ceil(:posts::float8 * :feed_budget / rate)::int END AS cut
FROM (
    SELECT a.n AS reader, coalesce(o.posts, 0) + coalesce(f.posts, 0) + coalesce(m.posts, 0) AS rate
    FROM seed_accounts a
    LEFT JOIN own o ON o.author = a.n
    LEFT JOIN followed f ON f.follower = a.n
    LEFT JOIN mentioned m ON m.account = a.n
) r;
ALTER TABLE seed_feed_plan ADD PRIMARY KEY (reader);
ANALYZE seed_feed_plan;
SELECT pg_temp.progress(format('home_feed: planned, %s of %s feeds reach the cap of %s',
    count(*) FILTER (WHERE rate >= :feed_cap), count(*), :feed_cap)) FROM seed_feed_plan;

-- The feeds of readers lo..hi, from posts after their cut (everything when full is true).
CREATE FUNCTION pg_temp.seed_feeds(lo int, hi int, cap int, full_feeds boolean) RETURNS bigint LANGUAGE plpgsql AS $$
DECLARE added bigint;
BEGIN
    INSERT INTO home_feed (account_id, post_id)
    SELECT a.id, p.id
    FROM (
        SELECT reader, n, row_number() OVER (PARTITION BY reader ORDER BY n DESC) AS newest
        FROM (
            SELECT f.reader, s.n
            FROM seed_feed_plan f JOIN seed_posts s ON s.author = f.reader AND (full_feeds OR s.n > f.cut)
            WHERE f.reader BETWEEN lo AND hi
            UNION
            SELECT f.reader, s.n
            FROM seed_feed_plan f JOIN seed_follows x ON x.follower = f.reader
            JOIN seed_posts s ON s.author = x.target AND (full_feeds OR s.n > f.cut) AND s.vis <> 'direct'
            WHERE f.reader BETWEEN lo AND hi
            UNION
            SELECT f.reader, s.n
            FROM seed_feed_plan f JOIN seed_mentions m ON m.account = f.reader
            JOIN seed_posts s ON s.n = m.n AND (full_feeds OR s.n > f.cut) AND s.vis IN ('private', 'direct')
            WHERE f.reader BETWEEN lo AND hi
        ) candidates
    ) r
    JOIN seed_accounts a ON a.n = r.reader
    JOIN seed_posts p ON p.n = r.n
    WHERE r.newest <= cap
    ORDER BY a.id, p.id;
    GET DIAGNOSTICS added = ROW_COUNT;
    RETURN added;
END
$$;

-- Batches of readers, each with a line of progress.
SELECT format('SELECT pg_temp.progress(format(%L, pg_temp.seed_feeds(%s, %s, %s, false)))',
              format('home_feed: readers %s–%s of %s: %%s rows', lo, hi, :accounts), lo, hi, :feed_cap)
FROM (SELECT lo, least(lo + :feed_batch - 1, :accounts) AS hi FROM generate_series(1, :accounts, :feed_batch) AS lo) b
ORDER BY lo \gexec

-- Feeds that came out short although they have enough candidates: redo them from all posts.
CREATE TEMP TABLE seed_feed_short AS
SELECT f.reader, a.id FROM seed_feed_plan f JOIN seed_accounts a ON a.n = f.reader
WHERE f.cut > 0 AND (SELECT count(*) FROM home_feed h WHERE h.account_id = a.id) < :feed_cap;
DELETE FROM home_feed h USING seed_feed_short s WHERE h.account_id = s.id;
SELECT pg_temp.progress(format('home_feed: %s short feeds redone, %s rows',
    (SELECT count(*) FROM seed_feed_short), coalesce(sum(pg_temp.seed_feeds(reader, reader, :feed_cap, true)), 0)))
FROM seed_feed_short;
