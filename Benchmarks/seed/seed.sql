-- The benchmark dataset, loaded in one transaction by one session: run by seed.sh, which passes
-- accounts, posts, days, seed, end, feed_cap and base_url as psql variables.
\set ON_ERROR_STOP 1
\set QUIET 1
\set bulk_tables '{follows,posts,post_mentions,post_tags,favourites,bookmarks,home_feed,notifications}'

-- Room for the staging tables and sorts of this session. temp_buffers must be set before the
-- first temporary table is touched.
SET temp_buffers = '1GB';
SET work_mem = '256MB';
SET maintenance_work_mem = '1GB';
SET client_min_messages = warning;
SET jit = off;                    -- compiling these big one-off queries costs more than it saves
SELECT set_config('seed.started', clock_timestamp()::text, false) AS _started,
       set_config('seed.lap', clock_timestamp()::text, false) AS _lap \gset

-- Derived figures. The posting period is the :days days that end at :end; accounts, tags and
-- follows are older than it.
SELECT (extract(epoch FROM :'end'::timestamptz) * 1000)::bigint AS end_ms \gset
SELECT :end_ms - :days::bigint * 86400000 AS start_ms,
       :end_ms - (:days + 60)::bigint * 86400000 AS accounts_start_ms,
       greatest(5, length(:accounts::text)) AS name_width,
       least(2 * :posts::bigint, 2000000) AS favourites,
       greatest(1, :posts / 50) AS bookmarks,
       ceil(1.3 * :feed_cap + 50)::int AS feed_budget,
       least(2000, greatest(50, ceil(:accounts / 10.0)::int)) AS feed_batch,
       EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = 'posts'::regclass AND attname = 'conversation_id' AND NOT attisdropped)
           AS has_conversation,
       to_regclass('account_stats') IS NOT NULL AS has_account_stats \gset
-- posts.conversation_id came with migration 10; before it there is nothing to fill in.
\if :has_conversation
\set conv_col ', conversation_id'
\set conv_val ', arr.post_id[p.conv]'
\else
\set conv_col ''
\set conv_val ''
\endif

BEGIN;

-- Nobody else may write while we load; and the database must be migrated and empty.
SET LOCAL lock_timeout = '10s';
SELECT set_config('seed.end', :'end', false) AS _end \gset
LOCK TABLE accounts, follows, tags, posts, post_mentions, post_tags, favourites, bookmarks, home_feed, notifications
    IN ACCESS EXCLUSIVE MODE;
SET LOCAL lock_timeout = 0;
DO $$
BEGIN
    IF (SELECT coalesce(max(version), 0) FROM schema_migrations) < 7 THEN
        RAISE EXCEPTION 'the schema is older than migration 7 (microblogging): run warble migrate first';
    END IF;
    IF EXISTS (SELECT 1 FROM accounts) OR EXISTS (SELECT 1 FROM posts) THEN
        RAISE EXCEPTION 'the database already has accounts or posts: the seed loads only into an empty one';
    END IF;
    IF current_setting('seed.end')::timestamptz > now() THEN
        RAISE EXCEPTION '--end is in the future: posts the server makes later would sort before the seeded ones';
    END IF;
END
$$;

\ir lib.sql
SELECT pg_temp.progress(format('start: %s accounts, %s posts over %s days up to %s, seed %s',
    :accounts, :posts, :days, to_char(:'end'::timestamptz AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), :seed));

-- Secondary indexes and foreign keys of the big tables are dropped for the load and made again at
-- the end (same names, same definitions, read from the catalog): building an index once is far
-- cheaper than maintaining it row by row, and one join checks a foreign key faster than a
-- trigger per row. Primary keys and unique constraints stay; rows arrive in key order.
CREATE TEMP TABLE seed_ddl AS
SELECT 2 AS step, c.conrelid::regclass::text AS tbl, c.conname::text AS name,
       format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname) AS drop_sql,
       format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid)) AS create_sql
FROM pg_constraint c
WHERE c.contype = 'f' AND c.conrelid = ANY (:'bulk_tables'::regclass[])
UNION ALL
SELECT 1, i.indrelid::regclass::text, ic.relname::text, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid)
FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
WHERE i.indrelid = ANY (:'bulk_tables'::regclass[])
  AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'));
SELECT drop_sql FROM seed_ddl ORDER BY step DESC, tbl, name \gexec
SELECT pg_temp.progress(format('dropped %s indexes and %s foreign keys for the load',
    count(*) FILTER (WHERE step = 1), count(*) FILTER (WHERE step = 2))) FROM seed_ddl;

-- Row triggers on the big tables. The ones that keep account_stats (migration 14) are off for the
-- load, and the table is filled once at the end; posts_conversation only fills in a column we
-- set. Any other trigger stays on: correct, but it fires once per row.
CREATE TEMP TABLE seed_triggers AS
SELECT t.tgrelid::regclass::text AS tbl, t.tgname::text AS name, t.tgname IN ('follows_count', 'posts_count') AS paused
FROM pg_trigger t
WHERE NOT t.tgisinternal AND t.tgenabled <> 'D' AND t.tgrelid = ANY (:'bulk_tables'::regclass[]) AND t.tgname <> 'posts_conversation';
SELECT format('ALTER TABLE %s DISABLE TRIGGER %I', tbl, name) FROM seed_triggers WHERE paused ORDER BY tbl, name \gexec
SELECT pg_temp.progress(format('note: trigger %s on %s stays on and fires for every row', name, tbl))
FROM seed_triggers WHERE NOT paused ORDER BY tbl, name;

\ir accounts.sql
\ir posts.sql
\ir interactions.sql
\ir home_feed.sql
\ir notifications.sql

SELECT create_sql, format('SELECT pg_temp.progress(%L)', CASE step WHEN 1 THEN 'index ' ELSE 'foreign key ' END || name)
FROM seed_ddl ORDER BY step, tbl, name \gexec

SELECT format('ALTER TABLE %s ENABLE TRIGGER %I', tbl, name) FROM seed_triggers WHERE paused ORDER BY tbl, name \gexec
\if :has_account_stats
-- What the triggers would have counted, as migration 14 fills the table.
INSERT INTO account_stats (account_id, followers_count, following_count, statuses_count, last_status_at)
SELECT a.id, coalesce(r.n, 0), coalesce(g.n, 0), coalesce(p.n, 0), p.last
FROM accounts a
LEFT JOIN (SELECT target_account_id AS id, count(*) AS n FROM follows GROUP BY 1) r ON r.id = a.id
LEFT JOIN (SELECT account_id AS id, count(*) AS n FROM follows GROUP BY 1) g ON g.id = a.id
LEFT JOIN (SELECT account_id AS id, count(*) AS n, max(created_at) AS last FROM posts WHERE deleted_at IS NULL GROUP BY 1) p ON p.id = a.id
ORDER BY a.id
ON CONFLICT (account_id) DO UPDATE   -- rows a trigger we did not pause already made
SET followers_count = excluded.followers_count, following_count = excluded.following_count,
    statuses_count = excluded.statuses_count, last_status_at = excluded.last_status_at;
SELECT pg_temp.progress(format('account_stats: %s', :ROW_COUNT));
\endif

-- The staging tables go (the helper functions stay for the progress lines).
SELECT format('DROP TABLE %s', c.oid::regclass) FROM pg_class c WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind = 'r' \gexec
COMMIT;
SELECT pg_temp.progress('committed');

-- Statistics for the planner, and the visibility map that index-only scans of home_feed need.
SELECT format('VACUUM (ANALYZE) %s', c.oid::regclass) FROM pg_class c
WHERE c.relkind = 'r' AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'posts'::regclass)
ORDER BY c.relname \gexec
SELECT pg_temp.progress('VACUUM (ANALYZE)');

\ir report.sql
