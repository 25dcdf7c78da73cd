"""Behind a trusted reverse proxy (http.trusted_proxies) the audit log and sign-in throttling see
the address in X-Forwarded-For; from anyone else the header is ignored."""
import json
import subprocess

import requests

from conftest import clean_env, free_port, start_server, wait_ready


def failed_sign_in(url, forwarded_for):
    app = requests.post(f"{url}/api/v1/apps", data={"client_name": "proxy test", "scopes": "read"}, timeout=10).json()
    return requests.post(f"{url}/oauth/token", headers={"X-Forwarded-For": forwarded_for}, data={
        "grant_type": "password", "client_id": app["client_id"], "client_secret": app["client_secret"],
        "username": "bob", "password": "wrong", "scope": "read"}, timeout=10)


def addresses(bin_dir, env):
    rows = subprocess.run([str(bin_dir / "warblectl"), "audit", "search", "--action", "auth.*", "--json"], env=env,
                          capture_output=True, text=True, check=True).stdout.splitlines()
    return [json.loads(row)["actor_address"] for row in rows]


def run(bin_dir, database_url, ldap_env, trusted):
    port = free_port()
    env = clean_env(WARBLE_DATABASE_URL=database_url, WARBLE_HTTP_PORT=str(port), WARBLE_HTTP_TRUSTED_PROXIES=trusted, **ldap_env)
    with start_server(bin_dir, env, "serve", "--migrate") as process:
        url = f"http://127.0.0.1:{port}"
        wait_ready(f"{url}/readyz", process)
        assert failed_sign_in(url, "198.51.100.23, 203.0.113.9").status_code in (400, 401)
        return addresses(bin_dir, env)


def test_a_trusted_proxy_names_the_client(bin_dir, database_url, ldap_env):
    assert run(bin_dir, database_url, ldap_env, "127.0.0.1, ::1") == ["203.0.113.9"]


def test_an_untrusted_peer_cannot_choose_its_address(bin_dir, database_url, ldap_env):
    assert run(bin_dir, database_url, ldap_env, "10.0.0.0/8") == ["127.0.0.1"]


def test_a_bad_proxy_entry_stops_start_up_with_the_key_named(bin_dir, database_url):
    env = clean_env(WARBLE_DATABASE_URL=database_url, WARBLE_HTTP_TRUSTED_PROXIES="127.0.0.1, proxy.example")
    result = subprocess.run([str(bin_dir / "warble"), "serve"], env=env, capture_output=True, text=True, timeout=30)
    assert result.returncode != 0
    assert "trusted_proxies" in result.stderr + result.stdout and "proxy.example" in result.stderr + result.stdout
