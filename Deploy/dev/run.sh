#!/usr/bin/env bash
# `make run`: installs what is missing, starts the local PostgreSQL and demo directory (data kept
# between runs in .local/, or /var/lib/warble-dev/ when PostgreSQL cannot enter the repository), migrates the database and serves Warble on http://127.0.0.1:8080.
# `make stop` stops the local services.
#
# Ports: WARBLE_DEV_POSTGRES_PORT (55432), WARBLE_DEV_LDAP_PORT (3389), WARBLE_HTTP_PORT (8080).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$here/common.sh"
export PATH="$PATH:/opt/swift/usr/bin:/usr/sbin"

# State lives in .local/ unless the 'postgres' user (which runs the database) cannot enter the
# repository, as under /root: then in a folder of its own under /var/lib/warble-dev.
state_dir() {
    if [ -n "${WARBLE_STATE_DIR:-}" ]; then
        printf '%s\n' "$WARBLE_STATE_DIR"
    elif [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 && ! runuser -u postgres -- test -x "$repo"; then
        printf '/var/lib/warble-dev/%s\n' "$(printf '%s' "$repo" | sha256sum | cut -c1-12)"
    else
        printf '%s\n' "$repo/.local"
    fi
}

if [ "${1:-}" = "stop" ]; then
    state=$(state_dir)
    "$here/ldap.sh" stop "$state/ldap"
    "$here/postgres.sh" stop "$state/postgres"
    exit 0
fi

"$here/prerequisites.sh"
state=$(state_dir)
mkdir -p "$state"
chmod 755 "$state"
"$here/postgres.sh" start "$state/postgres" "${WARBLE_DEV_POSTGRES_PORT:-55432}"
"$here/ldap.sh" start "$state/ldap" "${WARBLE_DEV_LDAP_PORT:-3389}"

config="$state/warble.yaml"
if [ ! -f "$config" ]; then
    # Written once: edit it freely, a later run keeps it.
    sed -e "s|^  url: postgres://.*|  url: $("$here/postgres.sh" url "$state/postgres")|" \
        -e "s|^  url: ldap://.*|  url: ldap://127.0.0.1:$(cat "$state/ldap/port")/|" \
        -e "s|^  dir: /etc/warble/policies|  dir: $repo/Policies|" \
        -e "s|^  dir: /var/lib/warble/media|  dir: $state/media|" \
        -e "s|^  dir: /var/lib/warble/exports|  dir: $state/exports|" \
        -e "s|^  signing_key: /etc/warble/export-signing.pem|  signing_key: $state/export-signing.pem|" \
        "$repo/Deploy/warble.example.yaml" > "$config"
    chmod 600 "$config"
fi
# A configuration written before uploads existed has no media folder of its own.
grep -q '^media:' "$config" || export WARBLE_MEDIA_DIR="$state/media"
# ... and one written before exports has no signing key.
if ! grep -q '^exports:' "$config"; then
    export WARBLE_EXPORTS_DIR="$state/exports" WARBLE_EXPORTS_SIGNING_KEY="$state/export-signing.pem"
fi

cd "$repo"
say "Building warble and warblectl (the first build takes several minutes)..."
swift build --product warble 2>&1 | grep -E 'error|warning: unre|Compiling|Build' | tail -n 3
swift build --product warblectl 2>&1 | grep -E 'error|Build' | tail -n 1
bin=$(swift build --show-bin-path)
[ -f "$state/export-signing.pem" ] \
    || "$bin/warblectl" export keygen --private "$state/export-signing.pem" --public "$state/export-public.pem" >/dev/null
"$bin/warble" migrate --config "$config"
port=${WARBLE_HTTP_PORT:-8080}
cat <<BANNER

Warble is starting on http://127.0.0.1:$port  (readiness: curl http://127.0.0.1:$port/readyz)
  configuration  $config
  admin CLI      $bin/warblectl doctor --config $config
  exports        signed with $state/export-signing.pem; auditors verify with $state/export-public.pem
  demo users     alice (administrator), carol (compliance officer), audrey (auditor), bob, erin and
                 20 more staff in ldap://127.0.0.1:$(cat "$state/ldap/port")/ - every password is 'demo-password'
  sign in        from any Mastodon client or library with server http://127.0.0.1:$port, e.g. Python:
                 Mastodon.create_app(...); api.log_in("alice", "demo-password", allow_http=True)
  stop           Ctrl-C stops the server; 'make stop' stops PostgreSQL and the directory

BANNER
exec "$bin/warble" serve --config "$config"
