-- Favourites and bookmarks: a follower picks one of the followee's originals or replies that it can
-- see (not direct ones), so popular authors collect most of them; it acts some hours after the
-- post (exponential delay). A repeated pick is dropped.

CREATE TEMP TABLE seed_seen_posts AS   -- what followers may favourite, by author
SELECT row_number() OVER (ORDER BY author, n)::int AS i, author, n FROM seed_posts WHERE kind <> 'reblog' AND vis <> 'direct';

CREATE TEMP TABLE seed_interactions AS
WITH arr AS MATERIALIZED (
    SELECT (SELECT array_agg(follower ORDER BY e) FROM seed_follows) AS follower,
           (SELECT array_agg(target ORDER BY e) FROM seed_follows) AS target,
           (SELECT count(*)::int FROM seed_follows) AS edges,
           (SELECT array_agg(n ORDER BY i) FROM seed_seen_posts) AS post,
           (SELECT array_agg(coalesce(s.first, 0) ORDER BY a.n) FROM seed_accounts a
                LEFT JOIN (SELECT author, min(i) AS first FROM seed_seen_posts GROUP BY author) s ON s.author = a.n) AS first,
           (SELECT array_agg(coalesce(s.count, 0) ORDER BY a.n) FROM seed_accounts a
                LEFT JOIN (SELECT author, count(*)::int AS count FROM seed_seen_posts GROUP BY author) s ON s.author = a.n) AS count,
           (SELECT array_agg(ms ORDER BY n) FROM seed_posts) AS post_ms
)
SELECT k.kind, i, arr.follower[x.e] AS account, y.author, z.post,
       least(:end_ms, arr.post_ms[z.post] + 1000 + floor(-ln(1 - pg_temp.u(i, k.stream + 2)) * k.mean_delay_ms)::bigint) AS ms
FROM (VALUES ('favourite', :favourites, 4 * 3600000, 80), ('bookmark', :bookmarks, 24 * 3600000, 90))
     AS k(kind, wanted, mean_delay_ms, stream)
CROSS JOIN arr
CROSS JOIN LATERAL generate_series(1, ceil(k.wanted * 1.3)::int) AS i
CROSS JOIN LATERAL (SELECT 1 + floor(pg_temp.u(i, k.stream) * arr.edges)::int AS e) x
CROSS JOIN LATERAL (SELECT arr.target[x.e] AS author) y
CROSS JOIN LATERAL (SELECT arr.post[arr.first[y.author] + floor(pg_temp.u(i, k.stream + 1) * arr.count[y.author])::int] AS post) z
WHERE arr.edges > 0 AND arr.count[y.author] > 0;
SELECT pg_temp.progress('favourites and bookmarks: planned');

-- The first wanted distinct (account, post) pairs of each kind, with time-ordered ids.
CREATE TEMP TABLE seed_favourites AS
SELECT account, author, post, ms FROM (
    SELECT account, author, post, ms, i, row_number() OVER (PARTITION BY account, post ORDER BY i) AS copy
    FROM seed_interactions WHERE kind = 'favourite'
) x WHERE copy = 1 ORDER BY i LIMIT :favourites;
CREATE TEMP TABLE seed_bookmarks AS
SELECT account, author, post, ms FROM (
    SELECT account, author, post, ms, i, row_number() OVER (PARTITION BY account, post ORDER BY i) AS copy
    FROM seed_interactions WHERE kind = 'bookmark'
) x WHERE copy = 1 ORDER BY i LIMIT :bookmarks;
DROP TABLE seed_interactions;

INSERT INTO favourites (id, account_id, post_id)
SELECT (f.ms << 16) | (row_number() OVER (ORDER BY f.ms, f.account, f.post) & 65535), a.id, p.id
FROM seed_favourites f JOIN seed_accounts a ON a.n = f.account JOIN seed_posts p ON p.n = f.post
ORDER BY 1;
SELECT pg_temp.progress(format('favourites: %s', :ROW_COUNT));

INSERT INTO bookmarks (id, account_id, post_id)
SELECT (b.ms << 16) | (row_number() OVER (ORDER BY b.ms, b.account, b.post) & 65535), a.id, p.id
FROM seed_bookmarks b JOIN seed_accounts a ON a.n = b.account JOIN seed_posts p ON p.n = b.post
ORDER BY 1;
SELECT pg_temp.progress(format('bookmarks: %s', :ROW_COUNT));
