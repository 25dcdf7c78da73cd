"""Policies and DLP as an operator meets them: a start refused with every problem, SIGHUP and
`warblectl policy apply` reloading (and keeping the last good policy), and the DLP review queue
through `warblectl dlp`."""
import json
import os
import pathlib
import shutil
import signal
import subprocess
import tempfile
import time

import requests

from conftest import REPO, clean_env, free_port, start_server, wait_ready

IBAN = "DE89 3704 0044 0532 0130 00"
BROKEN_DLP = """version: 1
rules:
  - name: one
    pattern: 'secret'
    scope: all
    action: shout
  - name: two
    pattern: 'other'
    scope: all
    action: block
"""
CLIENT_CODES = """
  - name: client-codes
    pattern: '\\bCLT-\\d{6}\\b'
    scope: all
    action: block
    message: "Client codes stay inside the CRM."
"""


def policy_folder():
    folder = pathlib.Path(tempfile.mkdtemp(prefix="warble-policies-"))
    for name in ("retention.yaml", "dlp.yaml"):
        shutil.copy(REPO / "Policies" / name, folder / name)
    return folder


def ctl(bin_dir, env, *args):
    return subprocess.run([str(bin_dir / "warblectl"), *args], env=env, capture_output=True, text=True, timeout=60)


def token_for(url, username):
    app = requests.post(f"{url}/api/v1/apps", data={"client_name": "dlp e2e", "scopes": "read write"}, timeout=10).json()
    token = requests.post(f"{url}/oauth/token", data={
        "grant_type": "password", "client_id": app["client_id"], "client_secret": app["client_secret"],
        "username": username, "password": "demo-password", "scope": "read write"}, timeout=10)
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def post(url, headers, text):
    return requests.post(f"{url}/api/v1/statuses", data={"status": text}, headers=headers, timeout=10)


def applied(bin_dir, env):
    result = ctl(bin_dir, env, "audit", "search", "--action", "policy.applied", "--json")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def wait_for(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_refuses_to_start_listing_every_policy_problem(bin_dir, database_url):
    # setup
    folder = policy_folder()
    (folder / "dlp.yaml").write_text(BROKEN_DLP)
    env = clean_env(WARBLE_DATABASE_URL=database_url, WARBLE_HTTP_PORT=str(free_port()), WARBLE_POLICIES_DIR=str(folder))
    # act
    result = subprocess.run([str(bin_dir / "warble"), "serve", "--migrate"], env=env, capture_output=True, text=True, timeout=60)
    # validate
    assert result.returncode == 2
    assert "cannot start: policy has 2 errors" in result.stderr
    assert "dlp.yaml:6: rules[0].action" in result.stderr and "dlp.yaml:7: rules[1].message" in result.stderr


def test_reload_by_signal_and_apply_keeps_the_last_good_policy(bin_dir, database_url, ldap_env):
    # setup
    folder = policy_folder()
    port = free_port()
    env = clean_env(WARBLE_DATABASE_URL=database_url, WARBLE_HTTP_PORT=str(port), WARBLE_POLICIES_DIR=str(folder), **ldap_env)
    url = f"http://127.0.0.1:{port}"
    with start_server(bin_dir, env, "serve", "--migrate") as process:
        wait_ready(f"{url}/readyz", process)
        erin = token_for(url, "erin")
        assert post(url, erin, "CLT-123456 is ours").status_code == 200
        assert [row["details"]["trigger"] for row in applied(bin_dir, env)] == ["start"]
        original = (folder / "dlp.yaml").read_text()

        # act: a broken file, by signal and by apply
        (folder / "dlp.yaml").write_text(BROKEN_DLP)
        process.send_signal(signal.SIGHUP)
        refused = ctl(bin_dir, env, "policy", "apply")
        time.sleep(1)
        # validate
        assert refused.returncode == 1 and "nothing was applied" in refused.stderr
        assert process.poll() is None
        assert requests.get(f"{url}/readyz", timeout=5).status_code == 200
        assert len(applied(bin_dir, env)) == 1
        assert post(url, erin, "card 4111 1111 1111 1111").status_code == 422, "the last good policy stays in force"

        # act: a good change, applied
        (folder / "dlp.yaml").write_text(original + CLIENT_CODES)
        result = ctl(bin_dir, env, "policy", "apply")
        # validate
        assert result.returncode == 0, result.stderr
        assert "Asked every running server to reload" in result.stdout
        assert wait_for(lambda: post(url, erin, "CLT-654321 again").status_code == 422)
        digest = result.stdout.split("digest ", 1)[1].split()[0]
        rows = applied(bin_dir, env)
        assert (rows[-1]["details"]["trigger"], rows[-1]["details"]["digest"], rows[-1]["details"]["dlp_rules"]) == ("apply", digest, "5")

        # act: back again, by signal
        (folder / "dlp.yaml").write_text(original)
        process.send_signal(signal.SIGHUP)
        # validate
        assert wait_for(lambda: post(url, erin, "CLT-111111 fine").status_code == 200)
        assert [row["details"]["trigger"] for row in applied(bin_dir, env)] == ["start", "apply", "sighup"]


def test_dlp_queue_clear_and_remove_from_the_command_line(bin_dir, server):
    # setup
    erin = token_for(server.url, "erin")
    kept = post(server.url, erin, f"refund to {IBAN}").json()["id"]
    removed = post(server.url, erin, f"wire to {IBAN}").json()["id"]
    # act
    queue = ctl(bin_dir, server.env, "dlp", "queue", "--json")
    flags = {flag["post_id"]: flag for flag in json.loads(queue.stdout)}
    cleared = ctl(bin_dir, server.env, "dlp", "clear", flags[kept]["id"], "--reason", "our own account")
    gone = ctl(bin_dir, server.env, "dlp", "remove", flags[removed]["id"], "--reason", "customer data")
    again = ctl(bin_dir, server.env, "dlp", "remove", flags[kept]["id"], "--reason", "second thoughts")
    no_reason = ctl(bin_dir, server.env, "dlp", "clear", flags[kept]["id"])
    bad_state = ctl(bin_dir, server.env, "dlp", "queue", "--state", "open")
    # validate
    assert queue.returncode == 0 and set(flags) == {kept, removed}
    assert all(IBAN not in json.dumps(flag) for flag in flags.values())
    assert cleared.returncode == 0 and "stays" in cleared.stdout
    assert gone.returncode == 0
    assert again.returncode == 1 and "cleared already" in again.stderr
    assert no_reason.returncode != 0 and "--reason" in no_reason.stderr
    assert bad_state.returncode != 0 and "--state" in bad_state.stderr
    assert requests.get(f"{server.url}/api/v1/statuses/{kept}", headers=erin, timeout=10).status_code == 200
    assert requests.get(f"{server.url}/api/v1/statuses/{removed}", headers=erin, timeout=10).status_code == 404
    listed = ctl(bin_dir, server.env, "dlp", "queue", "--state", "all")
    assert "removed" in listed.stdout and "warblectl: customer data" in listed.stdout and "2 flag(s)" in listed.stdout
    audit = ctl(bin_dir, server.env, "audit", "search", "--action", "dlp.*", "--json")
    actions = [json.loads(line)["action"] for line in audit.stdout.splitlines() if line.strip()]
    assert sorted(actions) == ["dlp.cleared", "dlp.flagged", "dlp.flagged", "dlp.removed"]
    assert IBAN not in audit.stdout and "3704 0044" not in audit.stdout
