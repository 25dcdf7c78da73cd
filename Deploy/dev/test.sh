#!/usr/bin/env bash
# `make test`: starts a private PostgreSQL and slapd on free loopback ports, runs the Swift tests
# and the end-to-end tests against them, and stops both however the tests end. Logs and test
# artefacts go to test-output/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
. "$here/common.sh"
export PATH="$PATH:/opt/swift/usr/bin:/usr/sbin"

"$here/prerequisites.sh" --test
output="$repo/test-output"
rm -rf "$output" && mkdir -p "$output"
state=$(mktemp -d /tmp/warble-test.XXXXXX)
chmod 755 "$state"

stop_services() {
    "$here/ldap.sh" stop "$state/ldap" >/dev/null 2>&1 || true
    "$here/postgres.sh" stop "$state/postgres" >/dev/null 2>&1 || true
    cp "$state/postgres/postgres.log" "$output/" 2>/dev/null || true
    rm -rf "$state"
}
trap stop_services EXIT

"$here/postgres.sh" start "$state/postgres" "$(free_port)" --fast
ldap_port=$(free_port)
ldaps_port=$(free_port)
while [ "$ldaps_port" = "$ldap_port" ]; do ldaps_port=$(free_port); done
"$here/ldap.sh" start "$state/ldap" "$ldap_port" "$ldaps_port"
export WARBLE_TEST_DATABASE_URL=$("$here/postgres.sh" url "$state/postgres")
export WARBLE_TEST_LDAP_URL="ldap://127.0.0.1:$(cat "$state/ldap/port")/"
export WARBLE_TEST_LDAPS_URL="ldaps://127.0.0.1:$(cat "$state/ldap/tls_port")/"
export WARBLE_TEST_LDAP_CA_FILE="$state/ldap/tls/ca.pem"
# The directory's administrator, so that tests can add, change and remove people of their own.
export WARBLE_TEST_LDAP_ADMIN_PASSWORD=$(cat "$state/ldap/admin.password")
# The directory's folder, so that the end-to-end tests can stop and restart slapd (they run after
# the Swift tests, one at a time).
export WARBLE_TEST_LDAP_DIR="$state/ldap"
export WARBLE_TEST_OUTPUT="$output"

cd "$repo"
say "Building..."
swift build --build-tests 2>&1 | tail -n 3
status=0
say "Running the Swift tests..."
timeout 1800 swift test --skip-build --parallel 2>&1 | tee "$output/swift-test.log" | grep -Ev '^(\[[0-9]+/[0-9]+\]|Test Case .* (started|passed))' || status=1
say "Running the end-to-end tests..."
python3 -m pytest -q -p no:cacheprovider Tests/e2e --junitxml="$output/e2e.xml" || status=1
exit $status
