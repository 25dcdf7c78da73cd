-- Hashtags, posts (originals, replies and reblogs), their mentions and tags.

-- Tags exist before the first post; a name already there is reused.
INSERT INTO tags (id, name, created_at)
SELECT ((:accounts_start_ms - 86400000 + i * 1000::bigint) << 16) | i, word, pg_temp.ts(:accounts_start_ms - 86400000 + i * 1000::bigint)
FROM seed_list WHERE list = 'tag' ORDER BY i
ON CONFLICT (name) DO NOTHING;
CREATE TEMP TABLE seed_tags AS
SELECT l.i AS rank, t.id, t.name FROM seed_list l JOIN tags t ON t.name = l.word WHERE l.list = 'tag';
ALTER TABLE seed_tags ADD PRIMARY KEY (rank);

-- When posts are made: over the last --days days, mostly in office hours (8:00–18:00 UTC) and
-- three quarters of weekend posts moved to a weekday of the same week.
CREATE TEMP TABLE seed_post_times AS
SELECT k, :start_ms + day::bigint * 86400000 + tod AS ms
FROM (
    SELECT k,
           CASE WHEN dow IN (0, 6) AND pg_temp.u(k, 32) < 0.75 AND day0 - dow + 1 + floor(pg_temp.u(k, 33) * 5)::int BETWEEN 0 AND :days - 1
                THEN day0 - dow + 1 + floor(pg_temp.u(k, 33) * 5)::int ELSE day0 END AS day,
           CASE WHEN pg_temp.u(k, 34) < 0.8
                THEN 8 * 3600000 + floor((pg_temp.u(k, 35) + pg_temp.u(k, 36)) * 5 * 3600000)::bigint
                ELSE floor(pg_temp.u(k, 35) * 86400000)::bigint END AS tod
    FROM (
        SELECT k, day0, ((:start_ms / 86400000) + day0 + 4) % 7 AS dow   -- 0 = Sunday (1970-01-01 was a Thursday)
        FROM (SELECT k, floor(pg_temp.u(k, 31) * :days)::int AS day0 FROM generate_series(1, :posts) AS k) a
    ) b
) c;
SELECT pg_temp.progress('posts: times');

-- n numbers posts in time order; ids follow it, so ORDER BY id = ORDER BY created_at.
-- Authors are drawn by activity, independently of time. kind and target (the post replied to or
-- reblogged, recent ones more likely) are checked below.
CREATE TEMP TABLE seed_posts AS
WITH arr AS MATERIALIZED (
    SELECT array_agg(c ORDER BY n) AS cdf FROM (
        SELECT n, coalesce(sum(activity) OVER (ORDER BY n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) / sum(activity) OVER () AS c
        FROM seed_accounts) x
)
SELECT t.n, t.ms, (t.ms << 16) | (t.n & 65535) AS id,
       width_bucket(pg_temp.u(t.n, 40), arr.cdf) AS author,
       CASE WHEN t.n = 1 THEN 'original' WHEN pg_temp.u(t.n, 41) < 0.12 THEN 'reply' WHEN pg_temp.u(t.n, 41) < 0.17 THEN 'reblog'
            ELSE 'original' END AS kind,
       CASE WHEN t.n = 1 THEN NULL ELSE t.n - floor(exp(pg_temp.u(t.n, 42) * ln(t.n::float8)))::int END AS target,
       CASE WHEN v < 0.85 THEN 'public' WHEN v < 0.91 THEN 'unlisted' WHEN v < 0.98 THEN 'private' ELSE 'direct' END AS own_vis
FROM (SELECT row_number() OVER (ORDER BY ms, k)::int AS n, ms FROM seed_post_times) t
CROSS JOIN arr
CROSS JOIN LATERAL (SELECT pg_temp.u(t.n, 43) AS v) r;
DROP TABLE seed_post_times;
ALTER TABLE seed_posts ADD PRIMARY KEY (n);
ALTER TABLE seed_posts ADD COLUMN vis text, ADD COLUMN conv int;
ANALYZE seed_posts;

-- A reblog shares a public or unlisted original (or reply) by someone else, once per account;
-- a reply answers a public or unlisted post that is not a reblog. Others become originals.
UPDATE seed_posts r SET kind = 'original'
FROM seed_posts t
WHERE r.kind = 'reblog' AND t.n = r.target
  AND (t.kind = 'reblog' OR t.own_vis NOT IN ('public', 'unlisted') OR t.author = r.author);
UPDATE seed_posts r SET kind = 'original'
FROM (SELECT n, row_number() OVER (PARTITION BY author, target ORDER BY n) AS copy FROM seed_posts WHERE kind = 'reblog') d
WHERE d.n = r.n AND d.copy > 1;
UPDATE seed_posts r SET kind = 'original'
FROM seed_posts t
WHERE r.kind = 'reply' AND t.n = r.target AND (t.kind = 'reblog' OR t.own_vis NOT IN ('public', 'unlisted'));
UPDATE seed_posts SET target = NULL WHERE kind = 'original';
UPDATE seed_posts SET vis = CASE WHEN kind = 'reblog' THEN 'public' ELSE own_vis END, conv = CASE WHEN kind = 'reply' THEN target ELSE n END;

-- A reply's conversation is that of the post it answers: follow the chain to its start (pointer
-- jumping, a few rounds).
DO $$
DECLARE changed bigint;
BEGIN
    LOOP
        UPDATE seed_posts c SET conv = p.conv FROM seed_posts p WHERE c.kind = 'reply' AND p.n = c.conv AND p.conv <> c.conv;
        GET DIAGNOSTICS changed = ROW_COUNT;
        EXIT WHEN changed = 0;
    END LOOP;
END
$$;
CREATE INDEX ON seed_posts (author, n);
ANALYZE seed_posts;
SELECT pg_temp.progress(format('posts: %s planned, %s replies, %s reblogs',
    count(*), count(*) FILTER (WHERE kind = 'reply'), count(*) FILTER (WHERE kind = 'reblog'))) FROM seed_posts;

-- Mentions: a reply names the author it answers; a direct post names one or two people the author
-- follows, and so do 10% of the other posts (anyone, for an author who follows nobody).
CREATE TEMP TABLE seed_mentions AS
WITH arr AS MATERIALIZED (
    SELECT (SELECT array_agg(target ORDER BY e) FROM seed_follows) AS followee,
           (SELECT array_agg(coalesce(f.first, 0) ORDER BY a.n) FROM seed_accounts a
                LEFT JOIN (SELECT follower, min(e) AS first FROM seed_follows GROUP BY follower) f ON f.follower = a.n) AS first,
           (SELECT array_agg(coalesce(f.count, 0) ORDER BY a.n) FROM seed_accounts a
                LEFT JOIN (SELECT follower, count(*)::int AS count FROM seed_follows GROUP BY follower) f ON f.follower = a.n) AS count
)
SELECT n, account, min(ord) AS ord FROM (
    SELECT p.n, p.author, t.author AS account, 0 AS ord
    FROM seed_posts p JOIN seed_posts t ON t.n = p.target
    WHERE p.kind = 'reply'
    UNION ALL
    SELECT p.n, p.author,
           CASE WHEN arr.count[p.author] > 0
                THEN arr.followee[arr.first[p.author] + floor(pg_temp.u(pg_temp.k2(p.n, j), 51) * arr.count[p.author])::int]
                ELSE 1 + floor(pg_temp.u(pg_temp.k2(p.n, j), 51) * :accounts)::int END,
           j
    FROM seed_posts p
    CROSS JOIN arr
    CROSS JOIN LATERAL generate_series(1, CASE WHEN p.vis = 'direct' THEN 1 + (pg_temp.u(p.n, 50) < 0.3)::int
                                               WHEN pg_temp.u(p.n, 50) < 0.08 THEN 1
                                               WHEN pg_temp.u(p.n, 50) < 0.10 THEN 2 ELSE 0 END) AS j
    WHERE p.kind <> 'reblog'
) m
WHERE account <> author
GROUP BY n, account;
ALTER TABLE seed_mentions ADD PRIMARY KEY (n, account);
CREATE INDEX ON seed_mentions (account);
ANALYZE seed_mentions;

-- Hashtags on a quarter of the posts, one to three, popular ones far more often.
CREATE TEMP TABLE seed_post_tags AS
SELECT p.n, pg_temp.zipf(pg_temp.u(pg_temp.k2(p.n, j), 61), :n_tags) AS rank, min(j) AS ord
FROM seed_posts p
CROSS JOIN LATERAL generate_series(1, CASE WHEN pg_temp.u(p.n, 60) < 0.15 THEN 1 WHEN pg_temp.u(p.n, 60) < 0.22 THEN 2
                                           WHEN pg_temp.u(p.n, 60) < 0.25 THEN 3 ELSE 0 END) AS j
WHERE p.kind <> 'reblog'
GROUP BY 1, 2;
ALTER TABLE seed_post_tags ADD PRIMARY KEY (n, rank);
SELECT pg_temp.progress('posts: mentions and tags planned');

-- The text: mentions first, then one to six sentences (as many as fit in 500 characters), now and
-- then a project's code name, then the hashtags; content is the HTML the server would render.
INSERT INTO posts (id, account_id, in_reply_to_id, in_reply_to_account_id, reblog_of_id, text, content, spoiler_text,
                   sensitive, visibility, language, created_at :conv_col)
WITH arr AS MATERIALIZED (
    SELECT (SELECT array_agg(id ORDER BY n) FROM seed_accounts) AS account_id,
           (SELECT array_agg(id ORDER BY n) FROM seed_posts) AS post_id,
           (SELECT array_agg(author ORDER BY n) FROM seed_posts) AS post_author,
           (SELECT array_agg(word ORDER BY i) FROM seed_list WHERE list = 'syllable') AS syllable
), mention AS (
    SELECT m.n, string_agg('@' || a.username, ' ' ORDER BY m.ord, m.account) || ' ' AS txt,
           string_agg(format('<span class="h-card"><a href="%s/@%s" class="u-url mention">@<span>%s</span></a></span>',
                             pg_temp.html(:'base_url'), a.username, a.username), ' ' ORDER BY m.ord, m.account) || ' ' AS html
    FROM seed_mentions m JOIN seed_accounts a ON a.n = m.account GROUP BY m.n
), tag AS (
    SELECT pt.n, ' ' || string_agg('#' || t.name, ' ' ORDER BY pt.ord, pt.rank) AS txt,
           ' ' || string_agg(format('<a href="%s/tags/%s" class="mention hashtag" rel="tag">#<span>%s</span></a>',
                                    pg_temp.html(:'base_url'), t.name, t.name), ' ' ORDER BY pt.ord, pt.rank) AS html
    FROM seed_post_tags pt JOIN seed_tags t ON t.rank = pt.rank GROUP BY pt.n
), piece AS (
    SELECT p.n,
           coalesce(m.txt, '') AS m_txt, coalesce(m.html, '') AS m_html, coalesce(t.txt, '') AS t_txt, coalesce(t.html, '') AS t_html,
           CASE WHEN pg_temp.u(p.n, 70) < 0.35 THEN
               format(cn.word, initcap(arr.syllable[1 + c % 20] || arr.syllable[1 + (c / 20) % 20] || arr.syllable[1 + (c / 400) % 20]))
           END AS codename,
           CASE WHEN s < 0.35 THEN 1 WHEN s < 0.65 THEN 2 WHEN s < 0.82 THEN 3 WHEN s < 0.92 THEN 4 WHEN s < 0.97 THEN 5 ELSE 6 END AS sentences
    FROM seed_posts p
    CROSS JOIN arr
    CROSS JOIN LATERAL (SELECT pg_temp.u(p.n, 71) AS s, pg_temp.zipf(pg_temp.u(p.n, 72), 8000) - 1 AS c) r
    LEFT JOIN seed_list cn ON cn.list = 'codename' AND cn.i = 1 + floor(pg_temp.u(p.n, 73) * :n_codename_templates)::int
    LEFT JOIN mention m ON m.n = p.n
    LEFT JOIN tag t ON t.n = p.n
    WHERE p.kind <> 'reblog'
    OFFSET 0   -- evaluate each column once: below, they are used many times
), body AS (
    SELECT c.*, s1.txt AS t1, s1.html AS h1, s2.txt AS t2, s2.html AS h2, s3.txt AS t3, s3.html AS h3,
           s4.txt AS t4, s4.html AS h4, s5.txt AS t5, s5.html AS h5, s6.txt AS t6, s6.html AS h6,
           -- how many sentences fit: the first always does
           1 + (s1.len + 1 + s2.len <= c.room AND c.sentences >= 2)::int
             + (s1.len + s2.len + s3.len + 2 <= c.room AND c.sentences >= 3)::int
             + (s1.len + s2.len + s3.len + s4.len + 3 <= c.room AND c.sentences >= 4)::int
             + (s1.len + s2.len + s3.len + s4.len + s5.len + 4 <= c.room AND c.sentences >= 5)::int
             + (s1.len + s2.len + s3.len + s4.len + s5.len + s6.len + 5 <= c.room AND c.sentences >= 6)::int AS fit
    FROM (SELECT piece.*, 500 - length(m_txt) - length(t_txt) - coalesce(length(codename) + 1, 0) AS room FROM piece) c
    JOIN seed_sentences s1 ON s1.id = floor(pg_temp.u(pg_temp.k2(c.n, 1), 74) * 4096)::int
    JOIN seed_sentences s2 ON s2.id = floor(pg_temp.u(pg_temp.k2(c.n, 2), 74) * 4096)::int
    JOIN seed_sentences s3 ON s3.id = floor(pg_temp.u(pg_temp.k2(c.n, 3), 74) * 4096)::int
    JOIN seed_sentences s4 ON s4.id = floor(pg_temp.u(pg_temp.k2(c.n, 4), 74) * 4096)::int
    JOIN seed_sentences s5 ON s5.id = floor(pg_temp.u(pg_temp.k2(c.n, 5), 74) * 4096)::int
    JOIN seed_sentences s6 ON s6.id = floor(pg_temp.u(pg_temp.k2(c.n, 6), 74) * 4096)::int
    OFFSET 0
), rendered AS (
    SELECT n,
           m_txt || concat_ws(' ', t1, CASE WHEN fit >= 2 THEN t2 END, CASE WHEN fit >= 3 THEN t3 END, CASE WHEN fit >= 4 THEN t4 END,
                              CASE WHEN fit >= 5 THEN t5 END, CASE WHEN fit >= 6 THEN t6 END, codename) || t_txt AS text,
           '<p>' || m_html || concat_ws(' ', h1, CASE WHEN fit >= 2 THEN h2 END, CASE WHEN fit >= 3 THEN h3 END, CASE WHEN fit >= 4 THEN h4 END,
                              CASE WHEN fit >= 5 THEN h5 END, CASE WHEN fit >= 6 THEN h6 END, codename) || t_html || '</p>' AS content
    FROM body
)
SELECT p.id, arr.account_id[p.author],
       CASE WHEN p.kind = 'reply' THEN arr.post_id[p.target] END,
       CASE WHEN p.kind = 'reply' THEN arr.account_id[arr.post_author[p.target]] END,
       CASE WHEN p.kind = 'reblog' THEN arr.post_id[p.target] END,
       coalesce(r.text, ''), coalesce(r.content, ''),
       coalesce(sp.word, ''), sp.word IS NOT NULL, p.vis,
       CASE WHEN p.kind <> 'reblog' THEN 'en' END,
       pg_temp.ts(p.ms) :conv_val
FROM seed_posts p
CROSS JOIN arr
LEFT JOIN rendered r ON r.n = p.n
LEFT JOIN seed_list sp ON p.kind <> 'reblog' AND pg_temp.u(p.n, 75) < 0.01
                          AND sp.list = 'spoiler' AND sp.i = 1 + floor(pg_temp.u(p.n, 76) * :n_spoilers)::int
ORDER BY p.n;
SELECT pg_temp.progress(format('posts: %s', :ROW_COUNT));

INSERT INTO post_mentions (post_id, account_id)
SELECT p.id, a.id FROM seed_mentions m JOIN seed_posts p ON p.n = m.n JOIN seed_accounts a ON a.n = m.account
ORDER BY m.n, m.account;
SELECT pg_temp.progress(format('post_mentions: %s', :ROW_COUNT));

INSERT INTO post_tags (post_id, tag_id)
SELECT p.id, t.id FROM seed_post_tags pt JOIN seed_posts p ON p.n = pt.n JOIN seed_tags t ON t.rank = pt.rank
ORDER BY p.id, t.id;
SELECT pg_temp.progress(format('post_tags: %s', :ROW_COUNT));
