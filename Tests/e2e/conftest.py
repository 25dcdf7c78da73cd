"""Fixtures for the end-to-end tests: the built binaries, and the PostgreSQL and slapd that
`make test` started (WARBLE_TEST_DATABASE_URL, WARBLE_TEST_LDAP_URL)."""
import contextlib
import os
import pathlib
import socket
import subprocess
import tempfile
import time
import uuid

import pytest
import requests

REPO = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def bin_dir():
    path = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True,
                          capture_output=True, text=True).stdout.strip()
    return pathlib.Path(path)


@pytest.fixture(scope="session")
def admin_url():
    url = os.environ.get("WARBLE_TEST_DATABASE_URL")
    if not url:
        pytest.fail("WARBLE_TEST_DATABASE_URL is not set: run the tests with 'make test'")
    return url


@pytest.fixture
def database_url(admin_url):
    """A new, empty database of this test's own."""
    name = "e2e_" + uuid.uuid4().hex
    subprocess.run(["psql", "-q", admin_url, "-c", f"CREATE DATABASE {name}"], check=True)
    return admin_url.rsplit("/", 1)[0] + "/" + name


@pytest.fixture
def ldap_env():
    url = os.environ.get("WARBLE_TEST_LDAP_URL")
    if not url:
        pytest.fail("WARBLE_TEST_LDAP_URL is not set: run the tests with 'make test'")
    return {
        "WARBLE_LDAP_URL": url,
        "WARBLE_LDAP_BIND_DN": "cn=warble,ou=services,dc=warble,dc=example",
        "WARBLE_LDAP_BIND_PASSWORD": "warble-service",
        "WARBLE_LDAP_USER_BASE": "ou=people,dc=warble,dc=example",
    }


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def clean_env(**extra):
    """The environment without any WARBLE_ setting the caller did not give."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WARBLE_")}
    env["WARBLE_POLICIES_DIR"] = str(REPO / "Policies")
    env["WARBLE_MEDIA_DIR"] = tempfile.mkdtemp(prefix="warble-media-")
    env.update(extra)
    return env


def wait_ready(url, process, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            process.log.seek(0)
            raise AssertionError(f"server exited early with {process.returncode}: {process.log.read()}")
        try:
            response = requests.get(url, timeout=1)
            if response.status_code == 200:
                return response
        except requests.ConnectionError:
            pass
        time.sleep(0.1)
    raise AssertionError(f"{url} did not answer 200 within {seconds} s")


class Server:
    """A running warble: its base URL and the environment that configures it (for warblectl)."""

    def __init__(self, url, env):
        self.url = url
        self.env = env


@pytest.fixture
def server(bin_dir, database_url, ldap_env):
    """A migrated `warble serve` on a free port with the test directory."""
    port = free_port()
    groups = "ou=groups,dc=warble,dc=example"
    exports = pathlib.Path(tempfile.mkdtemp(prefix="warble-exports-"))
    subprocess.run([str(bin_dir / "warblectl"), "export", "keygen", "--private", str(exports / "signing.pem"),
                    "--public", str(exports / "public.pem")], check=True, capture_output=True)
    env = clean_env(WARBLE_DATABASE_URL=database_url, WARBLE_HTTP_PORT=str(port),
                    WARBLE_EXPORTS_DIR=str(exports / "archives"), WARBLE_EXPORTS_SIGNING_KEY=str(exports / "signing.pem"),
                    WARBLE_LDAP_ADMIN_GROUP=f"cn=warble-admins,{groups}",
                    WARBLE_LDAP_COMPLIANCE_GROUP=f"cn=warble-compliance,{groups}",
                    WARBLE_LDAP_AUDITOR_GROUP=f"cn=warble-auditors,{groups}", **ldap_env)
    with start_server(bin_dir, env, "serve", "--migrate") as process:
        wait_ready(f"http://127.0.0.1:{port}/readyz", process)
        yield Server(f"http://127.0.0.1:{port}", env)


@contextlib.contextmanager
def start_server(bin_dir, env, *args):
    """Runs warble with its log in a file (a pipe nobody reads would fill and stall the server);
    the log is kept in the test output folder and stops the server at the end."""
    log_dir = pathlib.Path(os.environ.get("WARBLE_TEST_OUTPUT", "/tmp"))
    log_dir.mkdir(parents=True, exist_ok=True)
    log = open(log_dir / f"warble-{uuid.uuid4().hex[:8]}.log", "w+")
    process = subprocess.Popen([str(bin_dir / "warble"), *args], env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    process.log = log
    try:
        yield process
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        log.close()
