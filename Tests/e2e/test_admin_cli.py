"""warblectl's account and directory commands against a running warble."""
import subprocess

import requests


def ctl(bin_dir, server, *args, stdin=None):
    return subprocess.run([str(bin_dir / "warblectl"), *args], env=server.env, input=stdin,
                          capture_output=True, text=True, timeout=60)


def sign_in(server, username):
    app = requests.post(f"{server.url}/api/v1/apps", data={"client_name": "cli test", "scopes": "read"}, timeout=10).json()
    token = requests.post(f"{server.url}/oauth/token", data={
        "grant_type": "password", "client_id": app["client_id"], "client_secret": app["client_secret"],
        "username": username, "password": "demo-password", "scope": "read"}, timeout=10)
    assert token.status_code == 200, token.text
    return token.json()["access_token"]


def me(server, token):
    return requests.get(f"{server.url}/api/v1/accounts/verify_credentials",
                        headers={"Authorization": f"Bearer {token}"}, timeout=10)


def test_users_list_show_suspend_and_unsuspend(bin_dir, server):
    token = sign_in(server, "erin")
    listed = ctl(bin_dir, server, "users", "list")
    assert listed.returncode == 0 and "erin" in listed.stdout and "1 account(s)" in listed.stdout
    shown = ctl(bin_dir, server, "users", "show", "erin", "--json")
    assert '"display_name" : "Erin Walsh"' in shown.stdout

    suspended = ctl(bin_dir, server, "users", "suspend", "erin")
    assert suspended.returncode == 0 and "revoked 1 token" in suspended.stdout
    assert me(server, token).status_code == 401
    app = requests.post(f"{server.url}/api/v1/apps", data={"client_name": "x", "scopes": "read"}, timeout=10).json()
    refused = requests.post(f"{server.url}/oauth/token", data={
        "grant_type": "password", "client_id": app["client_id"], "client_secret": app["client_secret"],
        "username": "erin", "password": "demo-password", "scope": "read"}, timeout=10)
    assert refused.status_code == 403 and refused.json()["error"] == "account_suspended"

    assert ctl(bin_dir, server, "users", "unsuspend", "erin").returncode == 0
    assert me(server, sign_in(server, "erin")).status_code == 200

    missing = ctl(bin_dir, server, "users", "show", "nobody")
    assert missing.returncode != 0 and "no account 'nobody'" in missing.stderr


def test_personal_token_and_revoke_sessions(bin_dir, server):
    sign_in(server, "frank")
    created = ctl(bin_dir, server, "tokens", "create", "frank", "--scopes", "read")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert me(server, token).json()["username"] == "frank"
    bad = ctl(bin_dir, server, "tokens", "create", "frank", "--scopes", "root")
    assert bad.returncode != 0 and "--scopes" in bad.stderr
    revoked = ctl(bin_dir, server, "users", "revoke-sessions", "frank")
    assert revoked.returncode == 0 and "Revoked 2 token(s)" in revoked.stdout
    assert me(server, token).status_code == 401


def test_directory_sync_and_test_login(bin_dir, server):
    sign_in(server, "alice")
    dry = ctl(bin_dir, server, "directory", "sync", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Dry run: checked 1 account(s)" in dry.stdout
    done = ctl(bin_dir, server, "directory", "sync", "--json")
    assert done.returncode == 0 and '"checked" : 1' in done.stdout

    ok = ctl(bin_dir, server, "directory", "test-login", "d'arcy", stdin="demo-password\n")
    assert ok.returncode == 0, ok.stderr
    assert "3. found DN       uid=d'arcy,ou=people,dc=warble,dc=example" in ok.stdout
    assert "handle would be @darcy" in ok.stdout
    wrong = ctl(bin_dir, server, "directory", "test-login", "alice", stdin="nope\n")
    assert wrong.returncode != 0 and "wrong_password" in wrong.stderr
    unknown = ctl(bin_dir, server, "directory", "test-login", "*", stdin="x\n")
    assert unknown.returncode != 0 and "no entry matches" in unknown.stderr


def test_create_local_account(bin_dir, server):
    short = ctl(bin_dir, server, "users", "create-local", "breakglass", stdin="short\n")
    assert short.returncode != 0 and "at least 12 characters" in short.stderr
    bad = ctl(bin_dir, server, "users", "create-local", "break glass", stdin="long enough password\n")
    assert bad.returncode != 0 and "not a handle" in bad.stderr
    created = ctl(bin_dir, server, "users", "create-local", "breakglass", "--role", "admin", stdin="long enough password\n")
    assert created.returncode == 0, created.stderr
    assert "login.local_accounts is false" in created.stdout
    again = ctl(bin_dir, server, "users", "create-local", "breakglass", stdin="long enough password\n")
    assert again.returncode != 0 and "taken" in again.stderr
    shown = ctl(bin_dir, server, "users", "show", "breakglass", "--json")
    assert '"local" : true' in shown.stdout and '"role" : "admin"' in shown.stdout
