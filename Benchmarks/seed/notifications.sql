-- Notifications, as NotificationRepository.notify writes them: a follow tells the followee, a
-- mention the mentioned, a favourite and a reblog the author of the post; each at the time of the
-- act, with time-ordered ids. (Nobody blocks or mutes anyone in this dataset.)
INSERT INTO notifications (id, account_id, from_account_id, type, post_id, created_at)
SELECT (x.ms << 16) | (row_number() OVER (ORDER BY x.ms, x.type, x.account, x.actor, x.post) & 65535),
       a.id, f.id, x.type, p.id, pg_temp.ts(x.ms)
FROM (
    SELECT target AS account, follower AS actor, 'follow' AS type, NULL::int AS post, ms FROM seed_follows
    UNION ALL
    SELECT m.account, p.author, 'mention', m.n, p.ms FROM seed_mentions m JOIN seed_posts p ON p.n = m.n
    UNION ALL
    SELECT author, account, 'favourite', post, ms FROM seed_favourites
    UNION ALL
    SELECT t.author, r.author, 'reblog', r.target, r.ms FROM seed_posts r JOIN seed_posts t ON t.n = r.target WHERE r.kind = 'reblog'
) x
JOIN seed_accounts a ON a.n = x.account
JOIN seed_accounts f ON f.n = x.actor
LEFT JOIN seed_posts p ON p.n = x.post
ORDER BY 1;
SELECT pg_temp.progress(format('notifications: %s', :ROW_COUNT));
