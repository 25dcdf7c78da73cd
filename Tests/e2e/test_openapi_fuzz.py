"""schemathesis, a property-based API fuzzer, against /api/openapi.json with a real token: no
request it generates may make the server fail (5xx) or answer outside the document."""
import os
import pathlib
import subprocess
import sys

import requests
from mastodon import Mastodon

from conftest import free_port, start_server, wait_ready


def test_no_generated_request_breaks_the_server_or_the_document(bin_dir, server):
    # A second instance on the same database whose rate limits do not stop the fuzzer.
    port = free_port()
    env = dict(server.env, WARBLE_HTTP_PORT=str(port), WARBLE_HTTP_RATE_LIMIT="0", WARBLE_HTTP_RATE_LIMIT_PER_ADDRESS="0")
    with start_server(bin_dir, env, "serve") as process:
        url = f"http://127.0.0.1:{port}"
        wait_ready(f"{url}/readyz", process)
        fuzz(url)


def fuzz(url):
    document = requests.get(f"{url}/api/openapi.json", timeout=10)
    assert document.status_code == 200
    assert document.json()["openapi"].startswith("3.1")

    client_id, client_secret = Mastodon.create_app("schemathesis", api_base_url=url, scopes=["read", "write", "follow"])
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=url)
    token = api.log_in("bob", "demo-password", scopes=["read", "write", "follow"], allow_http=True)
    # Something to read, so that generated ids sometimes hit real records.
    posted = api.status_post("Fuzzing target #fuzz")
    api.status_reply(posted, "a reply")

    output = pathlib.Path(os.environ.get("WARBLE_TEST_OUTPUT", "/tmp")) / "schemathesis"
    output.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            # The CLI's entry point, run with this interpreter: pip may put the script off PATH.
            sys.executable, "-c", "import sys; from schemathesis.cli import schemathesis; sys.exit(schemathesis())",
            "run", f"{url}/api/openapi.json",
            "--header", f"Authorization: Bearer {token}",
            "--checks", "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance",
            "--max-examples", os.environ.get("WARBLE_FUZZ_EXAMPLES", "15"),
            "--generation-deterministic",
            # Streams never end, revoking would end the session under test, and the sign-in page
            # throttles by design.
            "--exclude-path-regex", "^/api/v1/streaming|^/oauth/revoke|^/oauth/authorize",
            "--request-timeout", "10",
            "--workers", "2",
            "--report", "junit", "--report-dir", str(output),
        ],
        capture_output=True, text=True, timeout=900,
    )
    (output / "schemathesis.log").write_text(result.stdout + result.stderr)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
