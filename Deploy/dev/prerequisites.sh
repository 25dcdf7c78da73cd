#!/usr/bin/env bash
# Installs what building, running and testing Warble need and is missing: Debian's libldap
# headers, PostgreSQL and OpenLDAP, and (with --test) the Python tools the end-to-end tests use.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

command -v swift >/dev/null 2>&1 || [ -x /opt/swift/usr/bin/swift ] \
    || die "no Swift toolchain: install Swift 6.1 or later (swift.org) and put it on PATH"
ensure_packages libldap-dev zlib1g-dev postgresql slapd ldap-utils python3 curl
if [ "${1:-}" = "--test" ]; then
    python3 -c 'import pytest, requests, mastodon, websocket, schemathesis, openapi_spec_validator' 2>/dev/null \
        || python3 -m pip install -q --disable-pip-version-check pytest requests Mastodon.py websocket-client schemathesis openapi-spec-validator >/dev/null \
        || die "pip could not install the Python test tools (pytest, requests, Mastodon.py, websocket-client, schemathesis, openapi-spec-validator)"
fi
