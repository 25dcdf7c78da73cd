-- Helpers and word lists for seed.sql. Everything lives in pg_temp and goes with the session.

-- u(key, stream): a number in [0, 1) that depends only on key, stream and --seed. Every random
-- choice of the seed is one of these, so plans, batch sizes and row order cannot change the data.
SELECT format($f$
    CREATE FUNCTION pg_temp.u(key bigint, stream int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT ((hashint8extended(key, stream::bigint * 1000003 + %s) >> 11) & 9007199254740991)::float8 / 9007199254740992.0 $$
$f$, :seed) \gexec

-- Two keys in one (b < 2^24).
CREATE FUNCTION pg_temp.k2(a bigint, b bigint) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (a << 24) | b $$;

-- A standard normal deviate (Box–Muller).
CREATE FUNCTION pg_temp.normal(key bigint, stream int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT sqrt(-2 * ln(1 - pg_temp.u(key, stream))) * cos(2 * pi() * pg_temp.u(key, stream + 1)) $$;

-- A rank in 1..n with P(rank = r) ≈ 1 / (r ln n): Zipf with exponent 1, from a uniform x.
CREATE FUNCTION pg_temp.zipf(x float8, n int) RETURNS int LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT least(n, greatest(1, floor(exp(x * ln((n + 1)::float8)))::int)) $$;

-- Milliseconds since the epoch as a timestamp: the same conversion as warble_id_time().
CREATE FUNCTION pg_temp.ts(ms bigint) RETURNS timestamptz LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT to_timestamp(ms / 1000.0) $$;

-- HTML escaping as WarbleCore's HTMLText.escape does it.
CREATE FUNCTION pg_temp.html(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT replace(replace(replace(replace(replace(t, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;') $$;

-- One line of progress: total seconds, what was done, and the seconds it took.
CREATE FUNCTION pg_temp.progress(what text) RETURNS text LANGUAGE plpgsql VOLATILE AS $$
DECLARE
    now_ts timestamptz := clock_timestamp();
    lap numeric := extract(epoch FROM now_ts - current_setting('seed.lap')::timestamptz);
    total numeric := extract(epoch FROM now_ts - current_setting('seed.started')::timestamptz);
BEGIN
    PERFORM set_config('seed.lap', now_ts::text, false);
    RETURN format('[%6s s] %-62s %6s s', to_char(total, 'FM99990.0'), what, to_char(lap, 'FM99990.0'));
END
$$;

CREATE TEMP TABLE seed_list (list text, i int, word text, PRIMARY KEY (list, i));

INSERT INTO seed_list
SELECT 'first', i, w FROM unnest(ARRAY[
    'Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kate', 'Liam', 'Maya', 'Nadia',
    'Omar', 'Priya', 'Quentin', 'Rosa', 'Sven', 'Tara', 'Umar', 'Vera', 'Wen', 'Ximena', 'Yusuf', 'Zoe', 'Aiko', 'Bruno',
    'Carmen', 'Dmitri', 'Esther', 'Felix', 'Greta', 'Hassan', 'Ingrid', 'Jonas', 'Kemal', 'Lucia', 'Mateo', 'Nora',
    'Oskar', 'Paula', 'Rahul', 'Sofia', 'Tomas', 'Ursula', 'Viktor', 'Wanda', 'Yara', 'Zaid'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'last', i, w FROM unnest(ARRAY[
    'Adams', 'Bakker', 'Chen', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ivanova', 'Jensen', 'Kowalski',
    'Larsen', 'Moreau', 'Nakamura', 'Okafor', 'Patel', 'Quinn', 'Rossi', 'Schmidt', 'Tanaka', 'Ueda', 'Varga', 'Weber',
    'Xu', 'Yilmaz', 'Zimmermann', 'Andersson', 'Becker', 'Costa', 'Dias', 'Evans', 'Fernandez', 'Gupta', 'Hansen',
    'Ito', 'Jovanovic', 'Kim', 'Lopez', 'Muller', 'Novak', 'Olsen', 'Petrov', 'Ramos', 'Silva', 'Torres', 'Ulrich',
    'Vogel', 'Wagner', 'Young', 'Zhang'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'title', i, w FROM unnest(ARRAY[
    'Engineer', 'Senior Engineer', 'Staff Engineer', 'Engineering Manager', 'Product Manager', 'Designer', 'Analyst',
    'Data Scientist', 'Accountant', 'Recruiter', 'Support Specialist', 'Account Executive', 'Counsel', 'Director',
    'Technical Writer', 'Operations Lead'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'department', i, w FROM unnest(ARRAY[
    'Engineering', 'Sales', 'Customer Support', 'Operations', 'Marketing', 'Finance', 'Product', 'Human Resources',
    'Legal', 'IT', 'Research', 'Security', 'Facilities', 'Design', 'Data', 'Compliance'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
-- Hashtags, most used first (their use follows Zipf's law over this order).
SELECT 'tag', i, w FROM unnest(ARRAY[
    'announcement', 'release', 'kudos', 'oncall', 'incident', 'til', 'question', 'welcome', 'deploy', 'security',
    'thanks', 'launch', 'roadmap', 'hiring', 'allhands', 'feedback', 'demo', 'bug', 'coffee', 'lunch',
    'design', 'docs', 'performance', 'outage', 'postmortem', 'q1', 'q2', 'q3', 'q4', 'okr',
    'onboarding', 'offsite', 'townhall', 'remote', 'hybrid', 'wfh', 'fridayfeeling', 'mondaymotivation', 'tips', 'howto',
    'help', 'farewell', 'birthday', 'anniversary', 'milestone', 'beta', 'bugfix', 'hotfix', 'maintenance', 'migration',
    'upgrade', 'refactor', 'techdebt', 'architecture', 'rfc', 'review', 'codereview', 'pairing', 'hackathon', 'showandtell',
    'brownbag', 'workshop', 'training', 'certification', 'conference', 'meetup', 'talk', 'podcast', 'newsletter', 'blog',
    'video', 'strategy', 'leadership', 'management', 'culture', 'values', 'ethics', 'risk', 'governance', 'compliance',
    'audit', 'privacy', 'retention', 'dlp', 'legalhold', 'ediscovery', 'gdpr', 'soc2', 'iso27001', 'vendors',
    'contracts', 'invoices', 'expenses', 'travelpolicy', 'payroll', 'benefits', 'wellbeing', 'learning', 'mentoring', 'diversity',
    'sustainability', 'volunteering', 'charity', 'sports', 'running', 'cycling', 'football', 'chess', 'books', 'music',
    'photography', 'cake', 'pets', 'dogs', 'cats', 'travel', 'london', 'berlin', 'paris', 'newyork',
    'singapore', 'tokyo', 'sydney', 'commute', 'weekend', 'finance', 'budget', 'research', 'accessibility', 'ux',
    'frontend', 'backend', 'mobile', 'ios', 'android', 'api', 'database', 'postgres', 'swift', 'kubernetes',
    'cloud', 'networking', 'storage', 'backup', 'monitoring', 'observability', 'latency', 'testing', 'qa', 'ci',
    'devops', 'sre', 'platform', 'infra', 'data', 'analytics', 'ml', 'ai', 'search', 'writing',
    'support', 'customers', 'sales', 'marketing', 'partners', 'legal', 'procurement', 'facilities', 'hr', 'equipment',
    'laptops', 'printers', 'wifi', 'vpn', 'sso', 'ldap', 'passwords', 'phishing', 'mfa', 'helpdesk',
    'servicedesk', 'warble', 'opensource', 'linux', 'rust', 'python', 'javascript', 'golang', 'kotlin', 'typescript',
    'sql', 'graphql', 'grpc', 'kafka', 'redis', 'nginx', 'terraform', 'ansible', 'grafana', 'prometheus'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'spoiler', i, w FROM unnest(ARRAY[
    'Long read', 'Incident details', 'Spoilers: last night''s match', 'Food', 'Rant', 'Reorg news'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'subject', i, w FROM unnest(ARRAY[
    'The release train', 'Our team', 'The new dashboard', 'Facilities', 'The quarterly review', 'The build farm',
    'Marketing', 'The cafeteria', 'Support', 'The staging cluster', 'Legal', 'The onboarding guide', 'Finance',
    'The design system', 'Everyone in ops', 'The data pipeline', 'The Lisbon office', 'Procurement', 'The mobile app',
    'Our biggest customer', 'The intern cohort', 'The security team', 'The search service', 'Payroll',
    'The hiring panel', 'The platform group', 'The help desk', 'The analytics team', 'Our vendor', 'The board'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'verb', i, w FROM unnest(ARRAY[
    'shipped', 'needs feedback on', 'is blocked by', 'finally fixed', 'will demo', 'rolled back', 'is hiring for',
    'published', 'is reviewing', 'cleaned up', 'wants your input on', 'migrated', 'is load testing', 'documented',
    'postponed', 'celebrated', 'paused work on', 'simplified', 'audited', 'reorganised', 'benchmarked', 'deprecated',
    'redesigned', 'is piloting', 'signed off on', 'discovered a problem with', 'sped up', 'archived', 'translated',
    'presented'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'object', i, w FROM unnest(ARRAY[
    'the login flow', 'the expense policy', 'the search index', 'the coffee machine', 'version 4.2', 'the holiday calendar',
    'the travel portal', 'the API gateway', 'the customer survey', 'the badge readers', 'the quarterly numbers',
    'the incident runbook', 'the intranet', 'the Q3 plan', 'the laptop refresh', 'the VPN', 'the release notes',
    'the retention schedule', 'the style guide', 'the on-call rota', 'the parking rules', 'the data warehouse',
    'the pricing page', 'the meeting rooms', 'the CI pipeline', 'the backup jobs', 'the accessibility audit',
    'the vendor contract', 'the training budget', 'the "quick wins" list'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'tail', i, w FROM unnest(ARRAY[
    'today.', 'this week.', 'before Friday.', 'after the incident review.', 'thanks to everyone who helped!',
    'and the details are in the wiki.', '— ask me anything.', 'and more is coming soon.', '— great work, all.', 'if the tests stay green.',
    'and it''s faster than ever.', 'ahead of schedule.', 'a week late, but it''s done.', 'with zero downtime.',
    'so please update your bookmarks.', 'for the third time this month.', 'and nobody noticed.',
    'and we need volunteers.', 'at last!', '& the numbers look good.', 'again?!', 'as promised in the all-hands.',
    'and I have questions.', 'while you were at lunch.', 'without asking anyone.', 'in record time.',
    'under budget <for once>.', '— notes at https://wiki.example.com/notes/2024.', 'see https://intranet.example.com/news for more.',
    'and the slides are up.'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'codename', i, w FROM unnest(ARRAY[
    'Update on %s: on track.', '%s is in review.', 'Who owns %s these days?', 'Kicking off %s next sprint.',
    '%s needs a tester.', 'Status of %s: amber.', 'Retro for %s at 3pm.', '%s went live.'
]) WITH ORDINALITY AS x(w, i)
UNION ALL
SELECT 'syllable', i, w FROM unnest(ARRAY[
    'ka', 'lo', 'ri', 'ven', 'tor', 'mi', 'sa', 'del', 'quin', 'bar', 'zu', 'fel', 'no', 'ra', 'tis', 'ope', 'lun',
    'ar', 'gen', 'vo'
]) WITH ORDINALITY AS x(w, i);

-- A pool of sentences that post texts are made of, each with its HTML; links are marked up as the
-- server does (a trailing full stop is not part of the link).
CREATE TEMP TABLE seed_sentences AS
WITH n AS (
    SELECT list, count(*)::int AS n FROM seed_list GROUP BY list
), parts AS (
    SELECT s.id,
           (SELECT word FROM seed_list WHERE list = 'subject' AND i = 1 + floor(pg_temp.u(s.id, 1) * (SELECT n FROM n WHERE list = 'subject'))::int) AS subject,
           (SELECT word FROM seed_list WHERE list = 'verb' AND i = 1 + floor(pg_temp.u(s.id, 2) * (SELECT n FROM n WHERE list = 'verb'))::int) AS verb,
           (SELECT word FROM seed_list WHERE list = 'object' AND i = 1 + floor(pg_temp.u(s.id, 3) * (SELECT n FROM n WHERE list = 'object'))::int) AS object,
           (SELECT word FROM seed_list WHERE list = 'tail' AND i = 1 + floor(pg_temp.u(s.id, 4) * (SELECT n FROM n WHERE list = 'tail'))::int) AS tail
    FROM generate_series(0, 4095) AS s(id)
), t AS (
    SELECT id, subject || ' ' || verb || ' ' || object || ' ' || tail AS txt FROM parts
)
SELECT id, txt, length(txt) AS len,
       regexp_replace(pg_temp.html(txt), '(https://[^ ]*[^ .])',
                      '<a href="\1" rel="nofollow noopener noreferrer" target="_blank">\1</a>', 'g') AS html
FROM t;
ALTER TABLE seed_sentences ADD PRIMARY KEY (id);

SELECT count(*) FILTER (WHERE list = 'first') AS n_first, count(*) FILTER (WHERE list = 'last') AS n_last,
       count(*) FILTER (WHERE list = 'title') AS n_titles, count(*) FILTER (WHERE list = 'department') AS n_depts,
       count(*) FILTER (WHERE list = 'tag') AS n_tags, count(*) FILTER (WHERE list = 'spoiler') AS n_spoilers,
       count(*) FILTER (WHERE list = 'codename') AS n_codename_templates
FROM seed_list \gset
