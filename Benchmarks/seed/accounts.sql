-- Accounts and the follow graph.
--
-- Account n is @userNNNNN, created in the 60..30 days before the posting period, in order of n.
-- Ids are time ordered as warble_next_id() makes them: (epoch ms << 16) | sequence.

CREATE TEMP TABLE seed_accounts AS
SELECT g.n,
       (g.ms << 16) | (g.n & 65535) AS id,
       g.ms,
       'user' || lpad(g.n::text, :name_width, '0') AS username,
       1 + floor(pg_temp.u(g.n, 10) ^ 1.4 * :n_depts)::int AS dept,          -- some departments are bigger
       1 + floor(pg_temp.u(g.n, 11) * :n_titles)::int AS title,
       1 + floor(pg_temp.u(g.n, 12) * :n_first)::int AS first_name,
       1 + floor(pg_temp.u(g.n, 13) * :n_last)::int AS last_name,
       -- How many accounts it follows: log-normal, median ~90 (fewer in small datasets).
       least(:accounts - 1, greatest(1, round(least(90, (:accounts - 1) / 4.0) * exp(0.7 * pg_temp.normal(g.n, 14))))::int) AS follow_k,
       -- How much it posts: log-normal weights, and a fifth of the accounts mostly read.
       exp(1.1 * pg_temp.normal(g.n, 16)) * CASE WHEN pg_temp.u(g.n, 18) < 0.2 THEN 0.05 ELSE 1 END AS activity,
       row_number() OVER (ORDER BY pg_temp.u(g.n, 19), g.n)::int AS pop_rank   -- 1 = most followed
FROM (
    SELECT n, :accounts_start_ms + (n - 1) * (30::bigint * 86400000 / :accounts) AS ms
    FROM generate_series(1, :accounts) AS n
) g;
ALTER TABLE seed_accounts ADD PRIMARY KEY (n);
ANALYZE seed_accounts;

INSERT INTO accounts (id, username, display_name, email, title, department, note, role, is_local, created_at, updated_at)
SELECT a.id, a.username, f.word || ' ' || l.word, a.username || '@example.com', t.word, d.word, '', 'member', true,
       pg_temp.ts(a.ms), pg_temp.ts(a.ms)
FROM seed_accounts a
JOIN seed_list f ON f.list = 'first' AND f.i = a.first_name
JOIN seed_list l ON l.list = 'last' AND l.i = a.last_name
JOIN seed_list t ON t.list = 'title' AND t.i = a.title
JOIN seed_list d ON d.list = 'department' AND d.i = a.dept
ORDER BY a.n;
SELECT pg_temp.progress(format('accounts: %s', :ROW_COUNT));

-- Each account draws 1.6 × follow_k + 8 candidates: 35% from its own department, 40% by
-- popularity (Zipf over pop_rank, so the top accounts are followed by most people) and 25% from
-- anyone; it follows the first follow_k distinct ones that are not itself.
CREATE TEMP TABLE seed_follow_draws AS
WITH arr AS MATERIALIZED (
    SELECT (SELECT array_agg(n ORDER BY pop_rank) FROM seed_accounts) AS by_rank,
           (SELECT array_agg(n ORDER BY dept, n) FROM seed_accounts) AS by_dept,
           (SELECT array_agg(coalesce(c.first, 1) ORDER BY d) FROM generate_series(1, :n_depts) d
                LEFT JOIN (SELECT dept, 1 + (sum(count(*)) OVER (ORDER BY dept) - count(*))::int AS first FROM seed_accounts GROUP BY dept) c
                ON c.dept = d) AS dept_first,
           (SELECT array_agg(coalesce(c.size, 0) ORDER BY d) FROM generate_series(1, :n_depts) d
                LEFT JOIN (SELECT dept, count(*)::int AS size FROM seed_accounts GROUP BY dept) c ON c.dept = d) AS dept_size
)
SELECT a.n AS follower, j,
       CASE WHEN r.kind < 0.35 THEN arr.by_dept[arr.dept_first[a.dept] + floor(r.pick * arr.dept_size[a.dept])::int]
            WHEN r.kind < 0.75 THEN arr.by_rank[pg_temp.zipf(r.pick, :accounts)]
            ELSE 1 + floor(r.pick * :accounts)::int
       END AS target
FROM seed_accounts a
CROSS JOIN arr
CROSS JOIN LATERAL generate_series(1, ceil(a.follow_k * 1.6)::int + 8) AS j
CROSS JOIN LATERAL (SELECT pg_temp.u(pg_temp.k2(a.n, j), 20) AS kind, pg_temp.u(pg_temp.k2(a.n, j), 21) AS pick) r;

-- e numbers the follows in (follower, target) order: the order of the follows primary key.
CREATE TEMP TABLE seed_follows AS
SELECT row_number() OVER (ORDER BY x.follower, x.target)::int AS e, x.follower, x.target,
       :start_ms - 30::bigint * 86400000 + floor(pg_temp.u(pg_temp.k2(x.follower, x.target), 22) * 30 * 86400000)::bigint AS ms
FROM (
    SELECT d.follower, d.target, row_number() OVER (PARTITION BY d.follower ORDER BY d.first_j) AS pick
    FROM (SELECT follower, target, min(j) AS first_j FROM seed_follow_draws WHERE follower <> target GROUP BY follower, target) d
) x
JOIN seed_accounts a ON a.n = x.follower
WHERE x.pick <= a.follow_k;
DROP TABLE seed_follow_draws;
ALTER TABLE seed_follows ADD PRIMARY KEY (e);
CREATE INDEX ON seed_follows (follower, target);
CREATE INDEX ON seed_follows (target);
ANALYZE seed_follows;

INSERT INTO follows (account_id, target_account_id, created_at)
SELECT fa.id, ta.id, pg_temp.ts(f.ms)
FROM seed_follows f JOIN seed_accounts fa ON fa.n = f.follower JOIN seed_accounts ta ON ta.n = f.target
ORDER BY f.e;
SELECT pg_temp.progress(format('follows: %s', :ROW_COUNT));
