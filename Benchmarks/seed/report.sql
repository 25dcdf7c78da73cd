-- What the seed made: rows and size of every table, who is most followed, and how skewed the data
-- is. Run by seed.sql after the load; can be run alone: psql URL -X -f report.sql
\pset tuples_only off
\pset format aligned
\pset footer off

\echo
\echo 'Tables (rows; size with indexes and TOAST):'
SELECT 'SELECT * FROM (' || string_agg(format(
           'SELECT %L AS "table", count(*) AS rows, pg_size_pretty(pg_total_relation_size(%L)) AS size, pg_total_relation_size(%L) AS bytes FROM %s',
           c.relname, c.oid::regclass, c.oid::regclass, c.oid::regclass), ' UNION ALL ' ORDER BY c.relname)
       || ') t ORDER BY bytes DESC, "table"'
FROM pg_class c
WHERE c.relkind IN ('r', 'p') AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'posts'::regclass) \gexec
SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size;

\echo
\echo 'Most followed accounts:'
SELECT a.username, a.display_name, a.department, count(*) AS followers
FROM follows f JOIN accounts a ON a.id = f.target_account_id
GROUP BY a.id ORDER BY followers DESC, a.username LIMIT 5;

\echo
\echo 'Per account:'
WITH per AS (
    SELECT a.id,
           (SELECT count(*) FROM follows f WHERE f.target_account_id = a.id) AS followers,
           (SELECT count(*) FROM follows f WHERE f.account_id = a.id) AS following,
           (SELECT count(*) FROM posts p WHERE p.account_id = a.id) AS posts,
           (SELECT count(*) FROM home_feed h WHERE h.account_id = a.id) AS home_feed
    FROM accounts a
)
SELECT what, min(v) AS min, percentile_disc(0.5) WITHIN GROUP (ORDER BY v) AS median,
       percentile_disc(0.9) WITHIN GROUP (ORDER BY v) AS p90, percentile_disc(0.99) WITHIN GROUP (ORDER BY v) AS p99,
       max(v) AS max, round(avg(v), 1) AS mean
FROM per CROSS JOIN LATERAL (VALUES (1, 'followers', followers), (2, 'following', following), (3, 'posts', posts),
                                    (4, 'home_feed rows', home_feed)) AS x(ord, what, v)
GROUP BY ord, what ORDER BY ord;

\echo
\echo 'Posts:'
SELECT CASE WHEN reblog_of_id IS NOT NULL THEN 'reblog' WHEN in_reply_to_id IS NOT NULL THEN 'reply' ELSE 'original' END AS kind,
       visibility, count(*) AS posts, round(avg(length(text)) FILTER (WHERE reblog_of_id IS NULL)) AS avg_length,
       max(length(text)) AS max_length
FROM posts GROUP BY 1, 2 ORDER BY 1, 3 DESC;
SELECT min(created_at) AS first_post, max(created_at) AS last_post FROM posts;
