#!/usr/bin/env bash
# A private PostgreSQL for development and tests: its data, socket and log live in one folder,
# it listens on one loopback port, and nothing else on the machine is touched.
#
#   postgres.sh start DIR PORT [--fast]   initialise (first time only) and start; prints the URL
#   postgres.sh stop DIR                  stop it (fast shutdown: open sessions are ended)
#   postgres.sh status DIR                say whether it runs
#   postgres.sh url DIR                   print the superuser URL
#
# --fast turns off fsync: for throw-away test clusters only.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] || return 1
    printf '%s\n' "$dir"
}

# PostgreSQL refuses to run as root: as root, run its programs as the 'postgres' user.
as_owner() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url_of() {
    local dir=$1
    printf 'postgres://warble:%s@127.0.0.1:%s/warble\n' "$(cat "$dir/superuser.password")" "$(cat "$dir/port")"
}

cmd=${1:-}; dir=${2:-}
[ -n "$cmd" ] && [ -n "$dir" ] || usage
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
data="$dir/data"

case "$cmd" in
start)
    port=${3:-}
    [ -n "$port" ] || usage
    fast=${4:-}
    pg_bin >/dev/null || ensure_packages postgresql
    bin=$(pg_bin) || die "no PostgreSQL server binaries under /usr/lib/postgresql"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$dir"
        runuser -u postgres -- test -x "$dir" \
            || die "the 'postgres' user cannot reach $dir: choose a folder whose parents it may enter"
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        say "Initialising PostgreSQL in $data"
        [ -f "$dir/superuser.password" ] || python3 -c 'import secrets; print(secrets.token_hex(16))' > "$dir/superuser.password"
        chmod 600 "$dir/superuser.password"
        [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/superuser.password"
        as_owner "$bin/initdb" -D "$data" -U warble --pwfile="$dir/superuser.password" \
            --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
            || die "initdb failed: see $dir/initdb.log"
    fi
    printf '%s\n' "$port" > "$dir/port"
    # The socket trusts whoever can reach it: only its owner may enter the folder.
    mkdir -p "$dir/run" && chmod 700 "$dir/run"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/run" "$dir/port"
    if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        say "PostgreSQL already runs from $data"
    else
        options="-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$dir/run -c max_connections=500"
        [ "$fast" = "--fast" ] && options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        as_owner "$bin/pg_ctl" -D "$data" -l "$dir/postgres.log" -o "$options" -w -t 60 start >/dev/null \
            || die "PostgreSQL did not start: see $dir/postgres.log"
    fi
    as_owner "$bin/psql" -h "$dir/run" -p "$port" -U warble -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = 'warble'" | grep -q 1 \
        || as_owner "$bin/createdb" -h "$dir/run" -p "$port" -U warble warble
    say "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port, data in $data, log in $dir/postgres.log"
    say "URL: $(url_of "$dir")"
    ;;
stop)
    bin=$(pg_bin) || exit 0
    if [ -f "$data/PG_VERSION" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null
        say "PostgreSQL in $data stopped"
    else
        say "PostgreSQL in $data is not running"
    fi
    ;;
status)
    bin=$(pg_bin) || die "PostgreSQL is not installed"
    if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
        say "running on 127.0.0.1:$(cat "$dir/port"), data in $data"
    else
        say "not running (data in $data)"; exit 3
    fi
    ;;
url)
    [ -f "$dir/superuser.password" ] || die "no PostgreSQL initialised in $dir"
    url_of "$dir"
    ;;
*) usage ;;
esac
