#!/usr/bin/env bash
# Loads Warble's benchmark dataset into an empty, migrated database: accounts with a skewed follow
# graph, posts over a period with replies, reblogs, mentions and hashtags, favourites, bookmarks,
# notifications, and home timelines capped at their newest entries. The same arguments give the
# same data. Everything runs in SQL, in one transaction; see Benchmarks/README.md.
#
#   Benchmarks/seed/seed.sh DATABASE_URL [options]
#
#   --accounts N     accounts, @user00001 … (default 10000)
#   --posts N        rows of posts, reblogs included (default 1000000)
#   --days N         the posting period: the N days before --end (default 365)
#   --end TIME       end of the period, a timestamp not in the future (default: today, 00:00 UTC).
#                    Pass it to reproduce a dataset on another day: ids and times derive from it
#   --seed N         another dataset of the same shape (default 1)
#   --feed-cap N     home_feed entries kept per account (default 800)
#   --base-url URL   the server's public URL, for the links in rendered content (default
#                    http://127.0.0.1:8080, as in Deploy/warble.example.yaml)
#   -h, --help       this text
#
# DATABASE_URL: postgres://user:password@host:port/database, migrated with `warble migrate` (at
# least migration 7) and without accounts or posts. Needs psql (PostgreSQL 15+ client).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit "${1:-0}"; }
die() { printf 'seed.sh: %s\n' "$*" >&2; exit 1; }
bad() { printf 'seed.sh: %s\n\n' "$*" >&2; usage 2; }

url=""
accounts=10000
posts=1000000
days=365
end=""
seed=1
feed_cap=800
base_url="http://127.0.0.1:8080"

while [ $# -gt 0 ]; do
    case "$1" in
        -h|--help) usage 0 ;;
        --accounts|--posts|--days|--end|--seed|--feed-cap|--base-url)
            [ $# -ge 2 ] || bad "$1 needs a value"
            case "$1" in
                --accounts) accounts=$2 ;;
                --posts) posts=$2 ;;
                --days) days=$2 ;;
                --end) end=$2 ;;
                --seed) seed=$2 ;;
                --feed-cap) feed_cap=$2 ;;
                --base-url) base_url=$2 ;;
            esac
            shift 2 ;;
        -*) bad "unknown option: $1" ;;
        *) [ -z "$url" ] || bad "one DATABASE_URL only (got '$url' and '$1')"; url=$1; shift ;;
    esac
done

[ -n "$url" ] || bad "DATABASE_URL is missing"
number() { # NAME VALUE MIN MAX
    [[ "$2" =~ ^[0-9]+$ ]] && [ ${#2} -le 10 ] && [ "$2" -ge "$3" ] && [ "$2" -le "$4" ] \
        || bad "$1 must be a whole number from $3 to $4 (got '$2')"
}
number --accounts "$accounts" 10 5000000
number --posts "$posts" 10 200000000
number --days "$days" 1 3650
number --seed "$seed" 0 2147483647
number --feed-cap "$feed_cap" 1 100000
[[ "$base_url" =~ ^https?://[^[:space:]]+$ ]] || bad "--base-url must be an http(s) URL (got '$base_url')"
base_url=${base_url%/}
[ -n "$end" ] || end=$(date -u +%Y-%m-%dT00:00:00Z)

command -v psql >/dev/null || die "psql is not on PATH (Debian: apt-get install postgresql-client)"
query() { psql "$url" -X -q -t -A -v ON_ERROR_STOP=1 "$@"; }

# Checked here for a clear message; seed.sql checks again under its locks.
query -c "SELECT 1" >/dev/null 2>&1 || { query -c "SELECT 1" >&2 || true; die "cannot connect to the database"; }
future=$(query -v end="$end" <<<"SELECT :'end'::timestamptz > now()" 2>/dev/null) \
    || die "--end: '$end' is not a timestamp PostgreSQL understands (e.g. 2026-01-31T00:00:00Z)"
[ "$future" = f ] || die "--end $end is in the future: posts the server makes later would sort before the seeded ones"
[ "$(query -c "SELECT to_regclass('schema_migrations') IS NOT NULL")" = t ] \
    || die "the database is not migrated (no schema_migrations table): run 'WARBLE_DATABASE_URL=… warble migrate' first"
version=$(query -c "SELECT coalesce(max(version), 0) FROM schema_migrations")
[ "$version" -ge 7 ] || die "the schema is at migration $version; the seed needs at least 7 (microblogging): run 'warble migrate'"
existing=$(query -c "SELECT (SELECT count(*) FROM (SELECT 1 FROM accounts LIMIT 1) a) + (SELECT count(*) FROM (SELECT 1 FROM posts LIMIT 1) p)")
[ "$existing" = 0 ] || die "the database already has accounts or posts: seed only a freshly migrated, empty database"

printf 'Seeding %s accounts and %s posts over %s days up to %s (seed %s, home_feed capped at %s), schema at migration %s\n' \
    "$accounts" "$posts" "$days" "$end" "$seed" "$feed_cap" "$version"
started=$(date +%s.%N)
elapsed() { awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }
query -f "$here/seed.sql" \
    -v accounts="$accounts" -v posts="$posts" -v days="$days" -v end="$end" -v seed="$seed" \
    -v feed_cap="$feed_cap" -v base_url="$base_url"
printf '\nSeeded in %s s.\n' "$(elapsed)"
