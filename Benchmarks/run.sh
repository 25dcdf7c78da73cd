#!/usr/bin/env bash
# Warble's HTTP benchmark: for the home timeline, the organisation timeline, posting (with
# fan-out to followers) and following, it measures requests/s and p50/p99 latency with wrk, and
# compares each with pgbench running the very SQL that endpoint runs, on the same database, in
# the same run. The ratio (endpoint req/s ÷ pgbench tps, prepared) says how close the server
# comes to what PostgreSQL alone can do for that work.
#
#   Benchmarks/run.sh [options]
#
#   --accounts N      accounts to seed (passed to seed/seed.sh; its default otherwise)
#   --posts N         posts to seed (passed to seed/seed.sh; its default otherwise)
#   --duration S      seconds of each wrk and pgbench run (default 20)
#   --warmup S        seconds of unmeasured load before each endpoint (default 3)
#   --connections N   wrk connections and pgbench clients (default 16)
#   --threads N       wrk threads and pgbench jobs (default 2)
#   --pool N          the server's database pool size, WARBLE_DATABASE_POOL_SIZE (default 8)
#   --log-level L     the server's log level, WARBLE_LOG_LEVEL (default: the server's own, info)
#   --only LIST       endpoints to run, comma-separated: home,public,post,follow (default all)
#   --keep            keep the database folder afterwards (its path is printed), for --reuse
#   --reuse DIR       use the PostgreSQL folder DIR: seeds it only if it has not been seeded
#                     yet, and keeps it afterwards (what the write benchmarks added is removed)
#   --output FILE     where the Markdown report goes (default Benchmarks/results/latest.md)
#   -h, --help        this text
#
# The release binaries are built into their own scratch folder, $WARBLE_BENCH_BUILD (default:
# bench-build beside this checkout), so a benchmark does not lock or disturb anyone's .build.
# $WARBLE_BENCH_SEED names another dataset generator (same arguments as seed/seed.sh).
# Needs: swift, PostgreSQL 15+ server and client (pgbench), python3, curl, wrk (installed with
# apt-get when missing and run as root).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
. "$root/Deploy/dev/common.sh"

usage() { sed -n '2,29p' "$0" | sed 's/^# \{0,1\}//'; exit "${1:-0}"; }

duration=20
warmup=3
connections=16
threads=2
pool=8
only="home,public,post,follow"
log_level=""
keep=0
reuse=""
output="$here/results/latest.md"
seed_args=()
accounts_arg=""
posts_arg=""

while [ $# -gt 0 ]; do
    case "$1" in
        --accounts) accounts_arg=${2:?--accounts needs a number}; seed_args+=(--accounts "$2"); shift 2 ;;
        --posts) posts_arg=${2:?--posts needs a number}; seed_args+=(--posts "$2"); shift 2 ;;
        --duration) duration=${2:?--duration needs seconds}; shift 2 ;;
        --warmup) warmup=${2:?--warmup needs seconds}; shift 2 ;;
        --connections) connections=${2:?--connections needs a number}; shift 2 ;;
        --threads) threads=${2:?--threads needs a number}; shift 2 ;;
        --pool) pool=${2:?--pool needs a number}; shift 2 ;;
        --log-level) log_level=${2:?--log-level needs a level}; shift 2 ;;
        --only) only=${2:?--only needs a list}; shift 2 ;;
        --keep) keep=1; shift ;;
        --reuse) reuse=${2:?--reuse needs a folder}; shift 2 ;;
        --output) output=${2:?--output needs a file}; shift 2 ;;
        -h|--help) usage 0 ;;
        *) printf 'unknown option: %s\n\n' "$1" >&2; usage 2 ;;
    esac
done
for number in "$duration" "$warmup" "$connections" "$threads" "$pool"; do
    [[ "$number" =~ ^[0-9]+$ ]] || die "'$number' is not a whole number"
done
[ "$connections" -ge "$threads" ] || die "--connections must be at least --threads"
wants() { [[ ",$only," == *",$1,"* ]]; }

# --- tools --------------------------------------------------------------------------------------
command -v swift >/dev/null || die "swift is not on PATH"
command -v pgbench >/dev/null && command -v psql >/dev/null || ensure_packages postgresql-client
command -v curl >/dev/null || ensure_packages curl
command -v wrk >/dev/null || ensure_packages wrk
command -v python3 >/dev/null || die "python3 is needed"

build=${WARBLE_BENCH_BUILD:-$(dirname "$root")/bench-build}
seed=${WARBLE_BENCH_SEED:-$here/seed/seed.sh}
results=$(dirname "$output")
work="$results/latest"          # scripts, captures and raw outputs of this run
mkdir -p "$results"
rm -rf "$work" && mkdir -p "$work"

say "== Building release binaries into $build"
for product in warble warblectl; do
    for attempt in 1 2 3; do
        if (cd "$root" && swift build -c release --scratch-path "$build" --product "$product") >"$work/build-$product.log" 2>&1; then
            break
        fi
        # Someone saving a file while the compiler reads it is worth another try; anything else is not.
        grep -q 'was modified during the build' "$work/build-$product.log" && [ "$attempt" -lt 3 ] \
            || { tail -n 30 "$work/build-$product.log" >&2; die "swift build of $product failed: see $work/build-$product.log"; }
        say "   a source file changed during the build; building again"
    done
done
bin=$(cd "$root" && swift build -c release --scratch-path "$build" --show-bin-path)
warble="$bin/warble"
warblectl="$bin/warblectl"

# The server and warblectl read WARBLE_* variables: start from none but ours.
for variable in $(compgen -e | grep '^WARBLE_' || true); do unset "$variable"; done

# --- database -----------------------------------------------------------------------------------
if [ -n "$reuse" ]; then
    mkdir -p "$reuse"
    dir=$(cd "$reuse" && pwd)
    keep=1
else
    dir=$(mktemp -d /tmp/warble-bench.XXXXXX)
    chmod 755 "$dir"
fi
server_pid=""
restore=""   # set once the write benchmarks may have changed the dataset
cleanup() {
    local status=$?
    set +e
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -TERM "$server_pid"; wait "$server_pid" 2>/dev/null
    fi
    if [ -n "${server_log:-}" ] && [ -f "$server_log" ]; then
        { head -n 50 "$server_log"; printf '…\n'; tail -n 200 "$server_log"; } >"$work/server.log"
    fi
    if [ "$keep" -eq 1 ] && [ -n "$restore" ]; then
        $restore
    fi
    "$root/Deploy/dev/postgres.sh" stop "$dir" >/dev/null 2>&1
    if [ "$keep" -eq 1 ]; then
        say "Database folder kept: $dir (rerun with --reuse $dir)"
    else
        rm -rf "$dir"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

pg_port=$(free_port)
say "== PostgreSQL in $dir on port $pg_port"
"$root/Deploy/dev/postgres.sh" start "$dir" "$pg_port" >"$work/postgres-start.log" 2>&1 \
    || { cat "$work/postgres-start.log" >&2; die "PostgreSQL did not start"; }
pg_log="$dir/postgres.log"
admin_url=$("$root/Deploy/dev/postgres.sh" url "$dir")
url="${admin_url%/*}/warble_bench"
sql() { psql "$url" -X -q -v ON_ERROR_STOP=1 -tA "$@"; }
psql "$admin_url" -X -tAc "SELECT 1 FROM pg_database WHERE datname = 'warble_bench'" | grep -q 1 \
    || psql "$admin_url" -X -qc "CREATE DATABASE warble_bench" >/dev/null
# Every log line names the session's process and application, so that the statements a request
# makes can be told from ours (psql, pgbench).
psql "$admin_url" -X -q -c "ALTER SYSTEM SET log_line_prefix = '%m [%p] app=%a '" -c "ALTER SYSTEM RESET log_min_duration_statement" \
    -c "SELECT pg_reload_conf()" >/dev/null

export WARBLE_DATABASE_URL="$url"
say "== Migrating"
"$warble" migrate >"$work/migrate.log" 2>&1 || { cat "$work/migrate.log" >&2; die "warble migrate failed"; }

if [ -f "$dir/bench-seeded" ]; then
    say "== Reusing the dataset seeded earlier: $(cat "$dir/bench-seeded")"
    [ -z "$accounts_arg$posts_arg" ] || say "   (--accounts/--posts are ignored with a seeded --reuse folder)"
else
    [ -x "$seed" ] || die "$seed is missing"
    say "== Seeding with $seed ${seed_args[*]:-}"
    seed_start=$SECONDS
    "$seed" "$url" "${seed_args[@]}" >"$work/seed.log" 2>&1 \
        || { tail -n 30 "$work/seed.log" >&2; die "seeding failed: see $work/seed.log"; }
    say "   seeded in $((SECONDS - seed_start)) s; VACUUM ANALYZE"
    sql -c "VACUUM (ANALYZE)" >/dev/null
    printf 'seeded %s with: %s\n' "$(date -u +%FT%TZ)" "${seed_args[*]:-defaults}" >"$dir/bench-seeded"
fi
sql -c "ANALYZE" >/dev/null

# --- who does what ------------------------------------------------------------------------------
# The accounts whose number of followees (home timeline, follow) or followers (posting) is the
# median: a typical user, not the busiest one.
median_account() { # $1: follows column counted (account_id: followees; target_account_id: followers), $2: ids to avoid, [$3: how many]
    sql -F ' ' -c "
        WITH counts AS (
            SELECT a.id, a.username, count(f.$1) AS n FROM accounts a LEFT JOIN follows f ON f.$1 = a.id
            WHERE a.suspended_at IS NULL AND a.id <> ALL ('{$2}'::bigint[]) GROUP BY a.id),
        middle AS (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n) AS n FROM counts)
        SELECT c.id, c.username, c.n FROM counts c, middle m ORDER BY abs(c.n - m.n), c.id LIMIT ${3:-1}"
}
read -r home_id home_user home_following <<<"$(median_account account_id "")"
# Posting: every post adds to what the author's later posts cost (the answer counts the author's
# posts), so each measured run posts as its own author, all with about the median of followers:
# the warm-up, wrk (and the captured request), and pgbench prepared, extended and simple.
mapfile -t authors < <(median_account target_account_id "$home_id" 5)
[ "${#authors[@]}" -eq 5 ] || die "the database has too few accounts to benchmark with"
read -r warm_author_id warm_author_user _ <<<"${authors[0]}"
read -r author_id author_user author_followers <<<"${authors[1]}"
declare -A pgbench_author
for index in 2 3 4; do
    read -r id user followers <<<"${authors[$index]}"
    pgbench_author[$([ $index = 2 ] && echo prepared || { [ $index = 3 ] && echo extended || echo simple; })]="$id $user $followers"
done
author_ids=$(for line in "${authors[@]}"; do echo "${line%% *}"; done | paste -sd,)
read -r follower_id follower_user follower_following <<<"$(median_account account_id "$home_id,$author_ids")"
[ -n "$home_id" ] && [ -n "$author_id" ] && [ -n "$follower_id" ] || die "the database has no accounts to benchmark with"
home_feed_rows=$(sql -c "SELECT count(*) FROM home_feed WHERE account_id = $home_id")
read -r dataset_accounts dataset_posts dataset_follows dataset_feed <<<"$(sql -F ' ' -c "
    SELECT (SELECT count(*) FROM accounts), (SELECT count(*) FROM posts), (SELECT count(*) FROM follows), (SELECT count(*) FROM home_feed)")"
database_size=$(sql -c "SELECT pg_size_pretty(pg_database_size(current_database()))")
say "   dataset: $dataset_accounts accounts, $dataset_posts posts, $dataset_follows follows, $dataset_feed home_feed rows ($database_size)"
say "   home timeline reader: @$home_user (follows $home_following accounts, $home_feed_rows home_feed rows)"
say "   poster: @$author_user ($author_followers followers); follower: @$follower_user (follows $follower_following)"
pgbench_authors_note=$(for mode in prepared extended simple; do read -r _ user followers <<<"${pgbench_author[$mode]}"; printf '@%s (%s, %s followers) ' "$user" "$mode" "$followers"; done)

# Accounts the follower does not follow and that do not block it: 64 per wrk thread for the load,
# one for capturing the SQL, one per pgbench client.
follow_target_count=$((64 * threads))
follow_targets=$(sql -c "
    SELECT string_agg(id::text, ',') FROM (
        SELECT a.id FROM accounts a
        WHERE a.suspended_at IS NULL AND a.id NOT IN ($follower_id, $home_id, $author_ids)
          AND NOT EXISTS (SELECT 1 FROM follows f WHERE f.account_id = $follower_id AND f.target_account_id = a.id)
          AND NOT EXISTS (SELECT 1 FROM blocks b WHERE (b.account_id = a.id AND b.target_account_id = $follower_id)
                                                  OR (b.account_id = $follower_id AND b.target_account_id = a.id))
        ORDER BY a.id LIMIT $((follow_target_count + 1 + connections))) t")
IFS=, read -r -a target_list <<<"$follow_targets"
[ "${#target_list[@]}" -eq $((follow_target_count + 1 + connections)) ] || die "not enough accounts to follow"
wrk_targets=$(IFS=,; echo "${target_list[*]:0:$follow_target_count}")
capture_target=${target_list[$follow_target_count]}
pgbench_targets=("${target_list[@]:$((follow_target_count + 1))}")

# Undoes the follows the follow benchmark made (what RelationshipRepository.removeFollow does).
reset_follows() {
    sql -c "
        WITH gone AS (DELETE FROM follows WHERE account_id = $follower_id AND target_account_id = ANY ('{$follow_targets}'::bigint[]) RETURNING target_account_id)
        DELETE FROM home_feed h USING posts p
        WHERE h.account_id = $follower_id AND p.id = h.post_id AND p.account_id = ANY ('{$follow_targets}'::bigint[])
          AND NOT EXISTS (SELECT 1 FROM post_mentions m WHERE m.post_id = p.id AND m.account_id = $follower_id)" >/dev/null
    sql -c "DELETE FROM notifications WHERE type = 'follow' AND from_account_id = $follower_id
            AND account_id = ANY ('{$follow_targets}'::bigint[])" >/dev/null
}

# What the write benchmarks add to a kept database goes again when the run ends, so that reruns
# start alike: the follows (above) and the posts (with their home_feed rows and notifications,
# which cascade).
restore_dataset() {
    say "== Removing what the write benchmarks added"
    reset_follows || say "   (could not remove the benchmark's follows)"
    sql -c "DELETE FROM posts WHERE id > $posts_before AND account_id IN ($author_ids)" >/dev/null \
        || say "   (could not remove the benchmark's posts)"
    sql -c "VACUUM (ANALYZE) posts, home_feed, follows, notifications" >/dev/null || true
}

token_for() {
    "$warblectl" tokens create "$1" --scopes read,write,follow --description "Benchmarks/run.sh" 2>"$work/token-$1.err" \
        || { cat "$work/token-$1.err" >&2; die "warblectl tokens create $1 failed"; }
}
home_token=$(token_for "$home_user")
author_token=$(token_for "$author_user")
warm_author_token=$(token_for "$warm_author_user")
follower_token=$(token_for "$follower_user")
posts_before=$(sql -c "SELECT coalesce(max(id), 0) FROM posts")
restore=restore_dataset

# --- server -------------------------------------------------------------------------------------
http_port=$(free_port)
server_log="$dir/server.log"   # large (a line per request): only its ends are copied to $work
mkdir -p "$dir/media"
say "== Starting warble serve on 127.0.0.1:$http_port (pool $pool)"
(
    cd "$dir"
    exec env WARBLE_HTTP_HOST=127.0.0.1 WARBLE_HTTP_PORT="$http_port" WARBLE_HTTP_RATE_LIMIT=0 WARBLE_HTTP_RATE_LIMIT_PER_ADDRESS=0 \
        WARBLE_DATABASE_POOL_SIZE="$pool" ${log_level:+WARBLE_LOG_LEVEL="$log_level"} WARBLE_MEDIA_DIR="$dir/media" WARBLE_POLICIES_DIR="$root/Policies" \
        "$warble" serve
) >"$server_log" 2>&1 &
server_pid=$!
base="http://127.0.0.1:$http_port"
ready() { kill -0 "$server_pid" 2>/dev/null || return 2; curl -fs -o /dev/null "$base/readyz"; }
deadline=$((SECONDS + 60))
until ready; do
    kill -0 "$server_pid" 2>/dev/null || { tail -n 30 "$server_log" >&2; die "warble serve exited"; }
    [ $SECONDS -lt $deadline ] || { tail -n 30 "$server_log" >&2; die "warble serve was not ready within 60 s"; }
    sleep 0.2
done

# --- measuring ----------------------------------------------------------------------------------
export WARBLE_LOAD_DIR="$here/load" WARBLE_WRK_THREADS="$threads"

logging() { # on|off: log every statement with its parameters and time, in every session
    if [ "$1" = on ]; then
        psql "$admin_url" -X -q -c "ALTER SYSTEM SET log_min_duration_statement = 0" -c "SELECT pg_reload_conf()" >/dev/null
    else
        psql "$admin_url" -X -q -c "ALTER SYSTEM RESET log_min_duration_statement" -c "SELECT pg_reload_conf()" >/dev/null
    fi
    sleep 0.5
}

# capture NAME TOKEN METHOD PATH [BODY]: sends one request with statement logging on and keeps
# its statements in $work/NAME.capture.json and its answer in $work/NAME.response.
capture() {
    local name=$1 token=$2 method=$3 path=$4 body=${5:-} start end status
    logging on
    start=$(stat -c %s "$pg_log")
    if [ -n "$body" ]; then
        status=$(curl -sS -o "$work/$name.response" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token" \
            -H 'Content-Type: application/json' --data "$body" "$base$path")
    else
        status=$(curl -sS -o "$work/$name.response" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token" "$base$path")
    fi
    sleep 0.3
    end=$(stat -c %s "$pg_log")
    logging off
    [[ "$status" == 2* ]] || { cat "$work/$name.response" >&2; die "$method $path answered $status"; }
    python3 "$here/load/pgcapture.py" extract "$pg_log" "$start" "$end" >"$work/$name.capture.json"
    python3 "$here/load/pgcapture.py" summary "$work/$name.capture.json" >"$work/$name.statements.md"
}
statement_count() { python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$1"; }
statement_ms() { python3 -c 'import json,sys; print("%.2f" % sum(s.get("ms", 0) for s in json.load(open(sys.argv[1]))))' "$1"; }

# to_ms VALUE: wrk's "1.23ms", "456.78us" or "1.02s" in milliseconds.
to_ms() { awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; else if (v ~ /m$/) n *= 60000; printf "%.2f", n }'; }

# warm NAME SCRIPT URL TOKEN: unmeasured load, so that connections are open and caches warm.
warm() {
    local name=$1 script=$2 target=$3 token=$4
    [ "$warmup" -gt 0 ] || return 0
    WARBLE_TOKEN=$token wrk -t "$threads" -c "$connections" -d "${warmup}s" -s "$here/load/$script" "$target" >"$work/$name.warmup.txt" 2>&1 \
        || { cat "$work/$name.warmup.txt" >&2; die "wrk warm-up of $name failed"; }
}

# load NAME SCRIPT URL TOKEN: the measured wrk run; sets rps, p50 and p99 (ms).
load() {
    local name=$1 script=$2 target=$3 token=$4 out="$work/$1.wrk.txt" requests non2xx sockets
    WARBLE_TOKEN=$token wrk -t "$threads" -c "$connections" -d "${duration}s" --latency -s "$here/load/$script" "$target" >"$out" 2>&1 \
        || { cat "$out" >&2; die "wrk run of $name failed"; }
    rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$out")
    p50=$(to_ms "$(awk '$1 == "50%" { print $2; exit }' "$out")")
    p99=$(to_ms "$(awk '$1 == "99%" { print $2; exit }' "$out")")
    requests=$(sed -n 's/.*WRK_SUMMARY requests=\([0-9]*\).*/\1/p' "$out")
    non2xx=$(sed -n 's/.* non2xx=\([0-9]*\).*/\1/p' "$out")
    sockets=$(sed -n 's/.* connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) timeout=\([0-9]*\).*/\1 \2 \3 \4/p' "$out" | awk '{ print $1 + $2 + $3 + $4 }')
    [ -n "$rps" ] && [ -n "$requests" ] && [ "$requests" -gt 0 ] || { cat "$out" >&2; die "could not read wrk's figures for $name"; }
    if awk -v e="$((non2xx + sockets))" -v n="$requests" 'BEGIN { exit !(e > n / 100) }'; then
        cat "$out" >&2
        printf '\nA second short run, showing the first answers that failed:\n' >&2
        WARBLE_WRK_SHOW_ERRORS=1 WARBLE_TOKEN=$token wrk -t 1 -c 1 -d 1s -s "$here/load/$script" "$target" 2>&1 | grep '^WRK_ERROR' >&2 || true
        tail -n 20 "$server_log" >&2
        die "$name: $non2xx answers not 2xx/3xx and $sockets socket errors out of $requests requests (more than 1%)"
    fi
    errors_note="$non2xx non-2xx, $sockets socket errors of $requests"
    say "   wrk: $rps req/s, p50 $p50 ms, p99 $p99 ms ($errors_note)"
}

# pgbench_run NAME SCRIPT MODE: the same SQL, as many clients as wrk has connections; sets tps.
pgbench_run() {
    local name=$1 script=$2 mode=$3 out="$work/$1.pgbench-$3.txt" failed
    pgbench -n -M "$mode" -c "$connections" -j "$threads" -T "$duration" -f "$script" "$url" >"$out" 2>&1 \
        || { tail -n 20 "$out" >&2; die "pgbench ($mode) on $script failed"; }
    tps=$(awk '/^tps = / { printf "%.0f", $3 }' "$out")
    failed=$(awk '/^number of failed transactions:/ { print $5 }' "$out")
    [ -n "$tps" ] || { cat "$out" >&2; die "could not read pgbench's tps for $name"; }
    [ "${failed:-0}" = 0 ] || { cat "$out" >&2; die "pgbench ($mode) had failed transactions for $name"; }
}

rows=()
statement_notes=()
# measure NAME LABEL CAPTURES PER_TRANSACTION: runs pgbench three ways on $work/NAME.sql and adds
# the row; PER_TRANSACTION is how many requests one pgbench transaction stands for.
measure_pgbench() {
    local name=$1 label=$2 statements=$3 db_ms=$4 per=$5 tps_prepared tps_extended tps_simple ratio mode script
    for mode in prepared extended simple; do
        script="$work/$name.sql"
        [ -f "$work/$name-$mode.sql" ] && script="$work/$name-$mode.sql"   # a script of its own for this mode
        pgbench_run "$name" "$script" "$mode"
        printf -v "tps_$mode" '%s' "$((tps * per))"
    done
    ratio=$(awk -v a="$rps" -v b="$tps_prepared" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    say "   pgbench: $tps_prepared tps prepared, $tps_extended extended, $tps_simple simple (per request) → ratio $ratio"
    rows+=("| $label | $rps | $p50 | $p99 | $tps_prepared | **$ratio** | $tps_extended | $tps_simple | $statements | $db_ms |")
}

if wants home; then
    say "== Home timeline"
    warm home timeline.lua "$base/api/v1/timelines/home?limit=40" "$home_token"
    capture home "$home_token" GET "/api/v1/timelines/home?limit=40"
    python3 "$here/load/pgcapture.py" script "$work/home.capture.json" >"$work/home.sql"
    load home timeline.lua "$base/api/v1/timelines/home?limit=40" "$home_token"
    measure_pgbench home "home timeline \`GET /api/v1/timelines/home?limit=40\`" \
        "$(statement_count "$work/home.capture.json")" "$(statement_ms "$work/home.capture.json")" 1
    statement_notes+=("home")
    # Its slowest statement, explained (the second run: the first warms the cache as the load did).
    slowest=$(python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); print(max(range(len(c)), key=lambda i: c[i].get("ms", 0)))' "$work/home.capture.json")
    python3 "$here/load/pgcapture.py" sql "$work/home.capture.json" "$slowest" >"$work/home.slowest.sql"
    for run in 1 2; do
        { printf 'EXPLAIN (ANALYZE, BUFFERS) '; cat "$work/home.slowest.sql"; } | psql "$url" -X -q -A -t >"$work/home.slowest.explain.txt" 2>&1 || true
    done
fi

if wants public; then
    say "== Organisation timeline"
    warm public timeline.lua "$base/api/v1/timelines/public?limit=40" "$home_token"
    capture public "$home_token" GET "/api/v1/timelines/public?limit=40"
    python3 "$here/load/pgcapture.py" script "$work/public.capture.json" >"$work/public.sql"
    load public timeline.lua "$base/api/v1/timelines/public?limit=40" "$home_token"
    measure_pgbench public "organisation timeline \`GET /api/v1/timelines/public?limit=40\`" \
        "$(statement_count "$work/public.capture.json")" "$(statement_ms "$work/public.capture.json")" 1
    statement_notes+=("public")
fi

if wants follow; then
    say "== Follow / unfollow"
    WARBLE_FOLLOW_TARGETS=$wrk_targets warm follow follow.lua "$base/api/v1/accounts/$capture_target/follow" "$follower_token"
    reset_follows
    capture follow "$follower_token" POST "/api/v1/accounts/$capture_target/follow"
    capture unfollow "$follower_token" POST "/api/v1/accounts/$capture_target/unfollow"
    # One pgbench transaction = a follow and the unfollow that undoes it, each client with its own account.
    {
        printf '\\set target CASE'
        for client in "${!pgbench_targets[@]}"; do printf ' WHEN :client_id = %d THEN %s' "$client" "${pgbench_targets[$client]}"; done
        printf ' ELSE %s END\n' "${pgbench_targets[0]}"
        python3 "$here/load/pgcapture.py" script "$work/follow.capture.json" "$work/unfollow.capture.json" --var "target=$capture_target" \
            --drop idempotency_keys
    } >"$work/follow.sql"
    WARBLE_FOLLOW_TARGETS=$wrk_targets load follow follow.lua "$base/api/v1/accounts/$capture_target/follow" "$follower_token"
    follow_count=$(statement_count "$work/follow.capture.json")
    unfollow_count=$(statement_count "$work/unfollow.capture.json")
    measure_pgbench follow "follow/unfollow, alternating \`POST /api/v1/accounts/:id/follow\` / \`unfollow\`" \
        "$follow_count / $unfollow_count" "$(statement_ms "$work/follow.capture.json") / $(statement_ms "$work/unfollow.capture.json")" 2
    reset_follows
    statement_notes+=("follow" "unfollow")
fi

if wants post; then
    say "== Posting"
    warm post status.lua "$base/api/v1/statuses" "$warm_author_token"
    capture post "$author_token" POST "/api/v1/statuses" '{"status":"Benchmark capture post from the Warble load test","visibility":"public"}'
    new_id=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["id"])' "$work/post.response")
    for mode in prepared extended simple; do
        read -r id _ <<<"${pgbench_author[$mode]}"
        { printf '\\set author %s\n' "$id"
          python3 "$here/load/pgcapture.py" script "$work/post.capture.json" --returned-id "$new_id" --var "author=$author_id" \
              --drop idempotency_keys 2>"$work/post.dropped.txt"
        } >"$work/post-$mode.sql"
    done
    load post status.lua "$base/api/v1/statuses" "$author_token"
    measure_pgbench post "post creation \`POST /api/v1/statuses\` (fan-out to $author_followers followers)" \
        "$(statement_count "$work/post.capture.json")" "$(statement_ms "$work/post.capture.json")" 1
    statement_notes+=("post")
fi

# --- report -------------------------------------------------------------------------------------
{
    printf '# Warble benchmark — %s\n\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'Machine: %s cores (`nproc`), %s, PostgreSQL %s (settings of Deploy/dev/postgres.sh: shared_buffers %s, fsync %s), commit %s%s.\n\n' \
        "$(nproc)" "$(awk '/MemTotal/ { printf "%.0f GB RAM", $2 / 1048576 }' /proc/meminfo)" \
        "$(sql -c 'SHOW server_version' | awk '{ print $1 }')" "$(sql -c 'SHOW shared_buffers')" "$(sql -c 'SHOW fsync')" "$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')" \
        "$(git -C "$root" diff --quiet HEAD -- Sources Admin Package.swift 2>/dev/null || echo ' (with uncommitted changes to Sources/Admin)')"
    printf 'Dataset: %s accounts, %s posts, %s follows, %s home_feed rows, database %s.\n\n' \
        "$dataset_accounts" "$dataset_posts" "$dataset_follows" "$dataset_feed" "$database_size"
    printf 'Load: wrk, %s threads, %s connections, %s s per endpoint after a %s s warm-up; `warble serve` (release) with a pool of %s connections, rate limits off, log level %s; server, PostgreSQL and wrk share the machine. ' \
        "$threads" "$connections" "$duration" "$warmup" "$pool" "${log_level:-info (default)}"
    printf 'pgbench runs the statements one request of the endpoint made (captured from the PostgreSQL log), with `-c %s -j %s -T %s`, on the same database.\n\n' \
        "$connections" "$threads" "$duration"
    printf 'Readers and writers: home and organisation timelines read as @%s (follows %s accounts — the median — with %s home_feed rows); posts by @%s (%s followers, the median) and, in pgbench, by %s— a fresh author for each run, because the answer to a post counts the posts of its author, so each post makes the next one dearer; follows by @%s.\n\n' \
        "$home_user" "$home_following" "$home_feed_rows" "$author_user" "$author_followers" "$pgbench_authors_note" "$follower_user"
    printf '| endpoint | req/s | p50 ms | p99 ms | pgbench tps (same SQL, prepared) | ratio | pgbench tps (extended) | pgbench tps (simple) | statements per request | ms in PostgreSQL per request |\n'
    printf '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n'
    printf '%s\n' "${rows[@]}"
    printf '\nratio = endpoint req/s ÷ pgbench tps (prepared). For follow/unfollow one pgbench transaction is a follow and its unfollow, so its tps is doubled to count requests; statements and time are given for follow / unfollow. "ms in PostgreSQL" sums parse, bind and execute times PostgreSQL logged for the captured request (single request, idle server).\n'
    printf '\nHow to read it: wrk, the server and PostgreSQL share the machine, so figures move by ±30%% between runs; compare ratios, not absolute numbers, across machines. The server holds at most %s database connections, pgbench %s. The server sends each statement with typed parameters as an unnamed statement (extended protocol: parsed and planned every time), so pgbench "extended" is closest to what the server asks of PostgreSQL, and "prepared" is what it could ask with prepared statements. pgbench replays one captured request: the same user, token and page each time.\n' \
        "$pool" "$connections"
    if [ -s "$work/post.dropped.txt" ]; then
        printf '\nLeft out of the posting script because they cannot repeat: %s\n' "$(tr '\n' ' ' <"$work/post.dropped.txt")"
    fi
    printf '\n## Statements per request\n'
    for name in "${statement_notes[@]}"; do
        printf '\n### %s\n\n' "$name"
        cat "$work/$name.statements.md"
    done
    if [ -f "$work/home.slowest.explain.txt" ]; then
        printf '\n## Slowest statement of the home timeline\n\n```sql\n%s\n```\n\n```\n%s\n```\n' "$(cat "$work/home.slowest.sql")" "$(cat "$work/home.slowest.explain.txt")"
    fi
    printf '\nRaw outputs (wrk, pgbench, captured statements, pgbench scripts): %s/\n' "${work#"$root"/}"
} >"$output"
say ""
cat "$output"
