"""The compliance commands of warblectl against a running warble whose posts were made through the
API: the audit chain (verified, then broken by a superuser's edit), a signed export checked with
warblectl, sha256sum and openssl, a legal hold that retention respects until it is released, and an
export requested through the API that the server makes in the background."""
import datetime
import json
import pathlib
import subprocess
import tarfile
import tempfile
import time

import requests

from test_admin_cli import ctl

PASSWORD = "demo-password"


def token_for(server, username, scope="read write"):
    app = requests.post(f"{server.url}/api/v1/apps", data={"client_name": "compliance e2e", "scopes": scope}, timeout=10).json()
    token = requests.post(f"{server.url}/oauth/token", data={
        "grant_type": "password", "client_id": app["client_id"], "client_secret": app["client_secret"],
        "username": username, "password": PASSWORD, "scope": scope}, timeout=10)
    assert token.status_code == 200, token.text
    return {"Authorization": f"Bearer {token.json()['access_token']}"}


def post(server, headers, text, **extra):
    response = requests.post(f"{server.url}/api/v1/statuses", data={"status": text, **extra}, headers=headers, timeout=10)
    assert response.status_code == 200, response.text
    return response.json()["id"]


def test_audit_chain_verifies_and_names_a_changed_row(bin_dir, server):
    bob = token_for(server, "bob")
    post(server, bob, "first words")
    verified = ctl(bin_dir, server, "audit", "verify", "--json")
    assert verified.returncode == 0, verified.stderr
    report = json.loads(verified.stdout)
    assert report["intact"] and report["checked"] >= 2
    rows = [json.loads(line) for line in ctl(bin_dir, server, "audit", "search", "--action", "post.*", "--json").stdout.splitlines()]
    assert [row["action"] for row in rows] == ["post.created"]
    sequence = rows[0]["sequence"]

    url = server.env["WARBLE_DATABASE_URL"]
    subprocess.run(["psql", "-q", url, "-c", "SET session_replication_role = replica",
                    "-c", f"UPDATE audit_log SET target = 'post:0' WHERE sequence = {sequence}"], check=True)
    broken = ctl(bin_dir, server, "audit", "verify")
    assert broken.returncode == 1
    assert f"BROKEN at row {sequence}" in broken.stdout


def test_signed_export_checks_out_with_standard_tools_and_a_changed_byte_is_named(bin_dir, server):
    bob = token_for(server, "bob")
    kept = post(server, bob, "the quarterly numbers")
    edited = post(server, bob, "draft one")
    assert requests.put(f"{server.url}/api/v1/statuses/{edited}", data={"status": "draft two"}, headers=bob, timeout=10).status_code == 200
    gone = post(server, bob, "regretted")
    assert requests.delete(f"{server.url}/api/v1/statuses/{gone}", headers=bob, timeout=10).status_code == 200
    post(server, token_for(server, "erin"), "not bob's")

    with tempfile.TemporaryDirectory() as folder:
        folder = pathlib.Path(folder)
        keys = ctl(bin_dir, server, "export", "keygen", "--private", str(folder / "key.pem"), "--public", str(folder / "public.pem"))
        assert keys.returncode == 0, keys.stderr
        archive = folder / "case.tar.gz"
        created = ctl(bin_dir, server, "export", "create", "--custodian", "bob", "--include-deleted",
                      "--out", str(archive), "--key", str(folder / "key.pem"), "--json")
        assert created.returncode == 0, created.stderr
        assert json.loads(created.stdout)["counts"]["posts"] == 3
        verified = ctl(bin_dir, server, "export", "verify", str(archive), "--public-key", str(folder / "public.pem"))
        assert verified.returncode == 0 and "Result: VALID" in verified.stdout, verified.stdout

        unpacked = folder / "unpacked"
        with tarfile.open(archive) as tar:
            tar.extractall(unpacked, filter="data")
        assert subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=unpacked).returncode == 0
        signature = subprocess.run(["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(folder / "public.pem"), "-rawin",
                                    "-in", "manifest.json", "-sigfile", "manifest.sig"], cwd=unpacked, capture_output=True, text=True)
        assert "Signature Verified Successfully" in signature.stdout
        posts = [json.loads(line) for line in (unpacked / "posts.jsonl").read_text().splitlines()]
        assert {p["id"] for p in posts} == {kept, edited, gone}
        assert [v["text"] for v in next(p for p in posts if p["id"] == edited)["edits"]] == ["draft one"]
        assert next(p for p in posts if p["id"] == gone)["state"] == "deleted"
        assert f"Message-ID: <post.{kept}@" in (unpacked / "messages" / f"{kept}.eml").read_text()

        posts_file = unpacked / "posts.jsonl"
        posts_file.write_bytes(posts_file.read_bytes().replace(b"quarterly", b"Quarterly"))
        tampered = folder / "tampered.tar.gz"
        with tarfile.open(tampered, "w:gz") as tar:
            for member in sorted(unpacked.rglob("*")):
                if member.is_file():
                    tar.add(member, arcname=str(member.relative_to(unpacked)))
        refused = ctl(bin_dir, server, "export", "verify", str(tampered), "--public-key", str(folder / "public.pem"))
        assert refused.returncode == 1 and "posts.jsonl" in refused.stdout


def test_retention_spares_held_posts_until_the_hold_is_released(bin_dir, server):
    bob = token_for(server, "bob")
    held = post(server, bob, "kept for the case")
    other = post(server, token_for(server, "erin"), "nobody holds this")
    later = (datetime.date.today() + datetime.timedelta(days=3 * 366)).isoformat()
    policies = pathlib.Path(tempfile.mkdtemp(prefix="warble-policies-"))
    (policies / "retention.yaml").write_text(
        "version: 1\nrules:\n  - name: two-years\n    scope: all_posts\n    keep: P2Y\n    action: purge\n")
    (policies / "dlp.yaml").write_text("version: 1\nrules: []\n")
    env = dict(server.env, WARBLE_POLICIES_DIR=str(policies))

    def run(*args):
        return subprocess.run([str(bin_dir / "warblectl"), *args], env=env, capture_output=True, text=True, timeout=60)

    placed = run("hold", "create", "--case", "2026-017", "--reason", "Smith v. Example", "--custodian", "bob", "--json")
    assert placed.returncode == 0, placed.stderr
    hold = json.loads(placed.stdout)
    assert hold["coverage"]["posts"] == 1

    dry = run("retention", "run", "--dry-run", "--as-of", later, "--json")
    assert dry.returncode == 0, dry.stderr
    rule = next(r for r in json.loads(dry.stdout)["rules"] if r["rule"] == "two-years")
    assert (rule["purged"], rule["held"]) == (1, 1)

    applied = run("retention", "run", "--as-of", later)
    assert applied.returncode == 0 and "two-years: 0 hidden, 1 purged, 1 kept by holds" in applied.stdout, applied.stdout
    assert requests.get(f"{server.url}/api/v1/statuses/{held}", headers=bob, timeout=10).status_code == 200
    assert requests.get(f"{server.url}/api/v1/statuses/{other}", headers=bob, timeout=10).status_code == 404

    assert run("hold", "release", hold["id"], "--reason", " ").returncode != 0
    assert run("hold", "release", hold["id"], "--reason", "case closed").returncode == 0
    again = run("retention", "run", "--as-of", later)
    assert "two-years: 0 hidden, 1 purged, 0 kept by holds" in again.stdout, again.stdout
    assert requests.get(f"{server.url}/api/v1/statuses/{held}", headers=bob, timeout=10).status_code == 404
    audit = [json.loads(line)["action"] for line in run("audit", "search", "--action", "hold.*", "--json").stdout.splitlines()]
    assert audit == ["hold.placed", "hold.released"]
    assert run("audit", "verify").returncode == 0


def test_export_requested_through_the_api_is_made_in_the_background_and_verifies(bin_dir, server):
    bob = token_for(server, "bob")
    post(server, bob, "for the auditors")
    carol = token_for(server, "carol", scope="read admin:read admin:write")
    requested = requests.post(f"{server.url}/api/v1/warble/exports", data={"custodians[]": "bob"}, headers=carol, timeout=10)
    assert requested.status_code == 202, requested.text
    job = requested.json()
    deadline = time.monotonic() + 60
    while job["state"] in ("queued", "running") and time.monotonic() < deadline:
        time.sleep(0.5)
        job = requests.get(f"{server.url}/api/v1/warble/exports/{job['id']}", headers=carol, timeout=10).json()
    assert job["state"] == "done", job
    assert job["posts_done"] == 1
    download = requests.get(f"{server.url}/api/v1/warble/exports/{job['id']}/download", headers=carol, timeout=30)
    assert download.status_code == 200 and download.headers["Content-Type"] == "application/gzip"
    with tempfile.TemporaryDirectory() as folder:
        archive = pathlib.Path(folder) / "download.tar.gz"
        archive.write_bytes(download.content)
        public = pathlib.Path(server.env["WARBLE_EXPORTS_SIGNING_KEY"]).with_name("public.pem")
        verified = ctl(bin_dir, server, "export", "verify", str(archive), "--public-key", str(public))
        assert verified.returncode == 0, verified.stdout
    assert requests.post(f"{server.url}/api/v1/warble/exports", data={"custodians[]": "bob"}, headers=bob, timeout=10).status_code == 403
