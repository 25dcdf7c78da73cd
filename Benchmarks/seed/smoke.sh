#!/usr/bin/env bash
# A quick test of seed.sh on a small dataset (200 accounts, 5000 posts; seconds): it seeds two
# fresh databases with the same arguments, checks one against the server's rules (checks.sql),
# requires both to be identical, and requires the seed to refuse a seeded and an unmigrated
# database.
#
#   Benchmarks/seed/smoke.sh [ADMIN_URL]
#
# ADMIN_URL: a PostgreSQL superuser URL (postgres://user:password@host:port/db); the test makes
# and drops its own databases there. Without it, a private PostgreSQL is started in a temporary
# folder with Deploy/dev/postgres.sh and removed afterwards.
# The schema is made with `warble migrate`: $WARBLE_BIN, else .build/debug/warble or
# .build/release/warble of this checkout (this script does not build it).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

say() { printf '%s\n' "$*"; }
die() { printf 'smoke.sh: %s\n' "$*" >&2; exit 1; }
case "${1:-}" in -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;; esac
[ $# -le 1 ] || die "usage: smoke.sh [ADMIN_URL]"

warble=${WARBLE_BIN:-}
if [ -z "$warble" ]; then
    for candidate in "$root/.build/debug/warble" "$root/.build/release/warble"; do
        [ -x "$candidate" ] && { warble=$candidate; break; }
    done
fi
[ -n "$warble" ] && [ -x "$warble" ] || die "no warble binary: build it (swift build --product warble) or set WARBLE_BIN"
command -v psql >/dev/null || die "psql is not on PATH"

work=$(mktemp -d /tmp/warble-seed-smoke-work.XXXXXX)
pg_dir=""
admin_url=${1:-}
databases=()
cleanup() {
    local status=$?
    set +e
    for db in "${databases[@]}"; do psql "$admin_url" -X -q -c "DROP DATABASE IF EXISTS $db" >/dev/null 2>&1; done
    if [ -n "$pg_dir" ]; then
        "$root/Deploy/dev/postgres.sh" stop "$pg_dir" >/dev/null 2>&1
        rm -rf "$pg_dir"
    fi
    rm -rf "$work"
    [ "$status" -eq 0 ] || say "smoke test FAILED" >&2
    exit "$status"
}
trap cleanup EXIT
if [ -z "$admin_url" ]; then
    pg_dir=$(mktemp -d /tmp/warble-seed-smoke.XXXXXX)
    chmod 755 "$pg_dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    "$root/Deploy/dev/postgres.sh" start "$pg_dir" "$port" --fast >"$pg_dir/start.log" 2>&1 \
        || { cat "$pg_dir/start.log" >&2; die "PostgreSQL did not start"; }
    admin_url=$("$root/Deploy/dev/postgres.sh" url "$pg_dir")
fi

started=$SECONDS
args=(--accounts 200 --posts 5000 --days 30 --end 2026-01-01T00:00:00Z)
new_database() { # NAME [migrate]: a fresh database, migrated unless told otherwise; prints its URL
    local name="warble_seed_smoke_$1" url
    PGOPTIONS='--client-min-messages=warning' psql "$admin_url" -X -q -c "DROP DATABASE IF EXISTS $name" -c "CREATE DATABASE $name" >/dev/null
    url="${admin_url%/*}/$name"
    if [ "${2:-migrate}" = migrate ]; then
        WARBLE_DATABASE_URL=$url "$warble" migrate >/dev/null 2>&1 || die "warble migrate failed on $name"
    fi
    printf '%s\n' "$url"
}

a=$(new_database a); databases+=(warble_seed_smoke_a)
b=$(new_database b); databases+=(warble_seed_smoke_b)
say "== seed.sh ${args[*]} (twice)"
"$here/seed.sh" "$a" "${args[@]}" >"$work/a.log" 2>&1 || { cat "$work/a.log" >&2; die "seed.sh failed"; }
grep -E '^\[|Seeded in' "$work/a.log" | tail -n 3
"$here/seed.sh" "$b" "${args[@]}" >"$work/b.log" 2>&1 || { cat "$work/b.log" >&2; die "seed.sh failed (second run)"; }

say "== checks.sql"
psql "$a" -X -q -v ON_ERROR_STOP=1 -v feed_cap=800 -f "$here/checks.sql"

say "== the same arguments give the same data"
digest() {
    psql "$1" -X -q -t -A -v ON_ERROR_STOP=1 <<'SQL'
SELECT string_agg(format('SELECT %L || '' '' || md5(coalesce(string_agg(t::text, E''\n'' ORDER BY t::text), '''')) FROM %s t',
                         c.relname, c.oid::regclass), ' UNION ALL ' ORDER BY c.relname)
FROM pg_class c
WHERE c.relkind = 'r' AND c.relnamespace = (SELECT relnamespace FROM pg_class WHERE oid = 'posts'::regclass)
  AND c.relname <> 'schema_migrations' \gexec
SQL
}
digest "$a" >"$work/a.digest"
digest "$b" >"$work/b.digest"
diff "$work/a.digest" "$work/b.digest" >&2 || die "two runs with the same arguments differ"
say "   identical: $(wc -l <"$work/a.digest") tables"

say "== refusals"
if "$here/seed.sh" "$a" "${args[@]}" >"$work/again.log" 2>&1; then die "seed.sh seeded a database that has data"; fi
grep -q 'already has accounts or posts' "$work/again.log" || { cat "$work/again.log" >&2; die "unexpected error"; }
c=$(new_database c none); databases+=(warble_seed_smoke_c)
if "$here/seed.sh" "$c" "${args[@]}" >"$work/bare.log" 2>&1; then die "seed.sh seeded an unmigrated database"; fi
grep -q 'not migrated' "$work/bare.log" || { cat "$work/bare.log" >&2; die "unexpected error"; }
if "$here/seed.sh" "$c" --posts many >/dev/null 2>&1; then die "seed.sh accepted --posts many"; fi
say "   refused a seeded database, an unmigrated one and a bad argument"

say "smoke test passed in $((SECONDS - started)) s"
