"""The server binary and warblectl as an operator meets them: start-up, refusal with a reason,
graceful shutdown, doctor."""
import signal
import subprocess
import time

import requests

from conftest import clean_env, free_port, start_server, wait_ready


def run(bin_dir, *args, env, timeout=30):
    started = time.monotonic()
    result = subprocess.run([str(bin_dir / args[0]), *args[1:]], env=env, capture_output=True,
                            text=True, timeout=timeout)
    return result, time.monotonic() - started


def test_unreachable_database_fails_fast_naming_it(bin_dir):
    port = free_port()
    result, elapsed = run(bin_dir, "warble", "serve",
                          env=clean_env(WARBLE_DATABASE_URL=f"postgres://nobody@127.0.0.1:{port}/x"))
    assert result.returncode != 0
    assert f"postgres://nobody@127.0.0.1:{port}/x" in result.stderr
    assert "Connection refused" in result.stderr
    assert "Fatal error" not in result.stderr and "Stack" not in result.stderr
    assert elapsed < 10


def test_wrong_password_fails_within_ten_seconds_without_echoing_it(bin_dir, admin_url):
    user_and_rest = admin_url.split("://", 1)[1]
    host_part = user_and_rest.split("@", 1)[1]
    result, elapsed = run(bin_dir, "warble", "serve",
                          env=clean_env(WARBLE_DATABASE_URL=f"postgres://warble:not-it@{host_part}"))
    assert result.returncode != 0
    assert "password authentication failed" in result.stderr
    assert "not-it" not in result.stderr
    assert elapsed < 10


def test_malformed_config_names_the_line(bin_dir, tmp_path):
    config = tmp_path / "warble.yaml"
    config.write_text("http:\n  port: 8080\ndatabase:\n  url: [postgres://x\n")
    result, _ = run(bin_dir, "warble", "serve", "--config", str(config), env=clean_env())
    assert result.returncode == 2
    assert f"{config} line 4" in result.stderr


def test_unknown_setting_names_key_and_line(bin_dir, tmp_path, database_url):
    config = tmp_path / "warble.yaml"
    config.write_text(f"database:\n  url: {database_url}\n  pool: 3\n")
    result, _ = run(bin_dir, "warblectl", "db", "status", "--config", str(config), env=clean_env())
    assert result.returncode == 2
    assert "database.pool" in result.stderr and "line 3" in result.stderr


def test_serve_refuses_an_unmigrated_database_then_serves_after_migrate(bin_dir, database_url):
    port = free_port()
    env = clean_env(WARBLE_DATABASE_URL=database_url, WARBLE_HTTP_PORT=str(port))
    refused, _ = run(bin_dir, "warble", "serve", env=env)
    assert refused.returncode != 0
    assert "warble migrate" in refused.stderr

    migrated, _ = run(bin_dir, "warble", "migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert "Applied" in migrated.stdout
    again, _ = run(bin_dir, "warblectl", "db", "migrate", env=env)
    assert again.returncode == 0 and "nothing to do" in again.stdout

    with start_server(bin_dir, env, "serve") as server:
        ready = wait_ready(f"http://127.0.0.1:{port}/readyz", server)
        assert ready.json() == {"status": "ready"}
        metrics = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=5).text
        assert 'warble_http_requests_total{route="/readyz",method="GET",status="200"}' in metrics
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=15) == 0


def test_db_status_lists_pending_then_applied(bin_dir, database_url):
    env = clean_env(WARBLE_DATABASE_URL=database_url)
    pending, _ = run(bin_dir, "warblectl", "db", "status", env=env)
    assert pending.returncode == 1
    assert "pending" in pending.stdout and "warblectl db migrate" in pending.stdout
    run(bin_dir, "warblectl", "db", "migrate", env=env)
    applied, _ = run(bin_dir, "warblectl", "db", "status", "--json", env=env)
    assert applied.returncode == 0
    assert '"up_to_date" : true' in applied.stdout


def test_doctor_reports_a_stopped_database_in_one_line(bin_dir, ldap_env):
    port = free_port()
    result, elapsed = run(bin_dir, "warblectl", "doctor",
                          env=clean_env(WARBLE_DATABASE_URL=f"postgres://warble@127.0.0.1:{port}/warble", **ldap_env))
    assert result.returncode == 1
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAIL")]
    assert len(failed) == 1
    assert "database" in failed[0] and "Connection refused" in failed[0]
    assert elapsed < 10


def test_doctor_passes_on_a_healthy_installation(bin_dir, database_url, ldap_env):
    env = clean_env(WARBLE_DATABASE_URL=database_url, **ldap_env)
    run(bin_dir, "warblectl", "db", "migrate", env=env)
    result, _ = run(bin_dir, "warblectl", "doctor", env=env)
    assert result.returncode == 0, result.stdout
    assert all(line.startswith(("ok", "warn")) for line in result.stdout.splitlines())
    assert "federation  off" in result.stdout


def test_version_and_help(bin_dir):
    version, _ = run(bin_dir, "warblectl", "version", "--json", env=clean_env())
    assert '"version"' in version.stdout
    helptext, _ = run(bin_dir, "warblectl", "--help", env=clean_env())
    assert "doctor" in helptext.stdout and "db" in helptext.stdout
