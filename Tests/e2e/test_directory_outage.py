"""slapd stopped while warble runs: sign-in says the directory is unavailable, existing tokens keep
working, and sign-in works again once slapd is back, without restarting warble."""
import os
import pathlib
import subprocess

import pytest
import requests

from test_admin_cli import me, sign_in

LDAP_SCRIPT = pathlib.Path(__file__).resolve().parents[2] / "Deploy" / "dev" / "ldap.sh"


@pytest.fixture
def ldap_dir():
    path = os.environ.get("WARBLE_TEST_LDAP_DIR")
    if not path:
        pytest.fail("WARBLE_TEST_LDAP_DIR is not set: run the tests with 'make test'")
    return path


def test_sign_in_during_and_after_a_directory_outage(server, ldap_dir):
    token = sign_in(server, "grace")
    ports = [(pathlib.Path(ldap_dir) / name).read_text().strip() for name in ("port", "tls_port") if (pathlib.Path(ldap_dir) / name).exists()]
    subprocess.run([str(LDAP_SCRIPT), "stop", ldap_dir], check=True, capture_output=True)
    try:
        app = requests.post(f"{server.url}/api/v1/apps", data={"client_name": "outage", "scopes": "read"}, timeout=10).json()
        refused = requests.post(f"{server.url}/oauth/token", data={
            "grant_type": "password", "client_id": app["client_id"], "client_secret": app["client_secret"],
            "username": "grace", "password": "demo-password", "scope": "read"}, timeout=30)
        assert refused.status_code == 503
        assert refused.json()["error"] == "directory_unavailable"
        assert "unavailable" in refused.json()["error_description"]
        assert me(server, token).status_code == 200
    finally:
        subprocess.run([str(LDAP_SCRIPT), "start", ldap_dir, *ports], check=True, capture_output=True)
    assert me(server, sign_in(server, "grace")).json()["username"] == "grace"
