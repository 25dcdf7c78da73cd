"""Streaming as clients use it: Mastodon.py's stream_user across two warble instances on one
database, the server-sent-event framing byte for byte, and the multiplexed WebSocket."""
import json
import queue
import threading
import time

import requests
import websocket
from mastodon import Mastodon, StreamListener

from conftest import free_port, start_server, wait_ready


def log_in(url, username):
    client_id, client_secret = Mastodon.create_app("warble streaming e2e", api_base_url=url, scopes=["read", "write", "follow"])
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=url)
    api.log_in(username, "demo-password", scopes=["read", "write", "follow"], allow_http=True)
    return api


def second_instance(bin_dir, server, **extra):
    """Another warble on the same database, as a load balancer would run it."""
    port = free_port()
    env = dict(server.env, WARBLE_HTTP_PORT=str(port), **extra)
    return port, start_server(bin_dir, env, "serve")


class Collector(StreamListener):
    def __init__(self):
        super().__init__()
        self.events = queue.Queue()

    def on_update(self, status):
        self.events.put(("update", status))

    def on_notification(self, notification):
        self.events.put(("notification", notification))

    def on_delete(self, status_id):
        self.events.put(("delete", status_id))

    def next(self, kind, seconds=15):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                event, payload = self.events.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                break
            if event == kind:
                return payload
        raise AssertionError(f"no {kind} event within {seconds} s")


def test_stream_user_receives_a_post_made_through_another_instance(bin_dir, server):
    port, second = second_instance(bin_dir, server)
    with second as process:
        other = f"http://127.0.0.1:{port}"
        wait_ready(f"{other}/readyz", process)
        alice = log_in(other, "alice")
        bob = log_in(server.url, "bob")
        alice.account_follow(bob.account_verify_credentials().id)
        listener = Collector()
        handle = alice.stream_user(listener, run_async=True, reconnect_async=False)
        try:
            time.sleep(1)
            posted = bob.status_post("Across instances, @alice #streaming")
            update = listener.next("update")
            assert update.id == posted.id
            assert update.account.username == "bob"
            notification = listener.next("notification")
            assert notification.type == "mention"
            assert notification.status.id == posted.id
            bob.status_delete(posted.id)
            assert str(listener.next("delete")) == str(posted.id)
        finally:
            handle.close()


def test_event_stream_framing_and_visibility(server):
    alice = log_in(server.url, "alice")
    bob = log_in(server.url, "bob")
    carol = log_in(server.url, "carol")
    lines = queue.Queue()

    def read():
        with requests.get(f"{server.url}/api/v1/streaming/public", headers={"Authorization": f"Bearer {alice.access_token}"},
                          stream=True, timeout=30) as response:
            assert response.status_code == 200
            assert response.headers["Content-Type"].startswith("text/event-stream")
            buffer = b""
            for chunk in response.iter_content(chunk_size=None):
                buffer += chunk
                lines.put(buffer)

    threading.Thread(target=read, daemon=True).start()
    time.sleep(1)
    bob.status_post("@carol only for carol", visibility="direct")
    public = bob.status_post("hello everyone")
    deadline = time.monotonic() + 15
    raw = b""
    while time.monotonic() < deadline and b"event: update" not in raw:
        try:
            raw = lines.get(timeout=1)
        except queue.Empty:
            pass
    text = raw.decode()
    assert text.startswith(":)\n\n")
    assert "\r" not in text
    frames = [frame for frame in text.split("\n\n") if frame.startswith("event: ")]
    assert len(frames) == 1, "the direct post to carol never reaches alice"
    event, data = frames[0].split("\n", 1)
    assert event == "event: update"
    assert data.startswith("data: ")
    assert json.loads(data[len("data: "):])["id"] == str(public.id)
    assert carol.status(public.id).id == public.id


def test_event_stream_heartbeat_and_refusals(bin_dir, server):
    port, second = second_instance(bin_dir, server, WARBLE_HTTP_STREAMING_HEARTBEAT="0.3")
    with second as process:
        url = f"http://127.0.0.1:{port}"
        wait_ready(f"{url}/readyz", process)
        alice = log_in(url, "alice")
        with requests.get(f"{url}/api/v1/streaming/user", params={"access_token": alice.access_token}, stream=True, timeout=10) as response:
            assert response.status_code == 200
            received = b""
            for chunk in response.iter_content(chunk_size=None):
                received += chunk
                if received.count(b":thump\n\n") >= 2:
                    break
        assert received.startswith(b":)\n\n")
        assert requests.get(f"{url}/api/v1/streaming/user").status_code == 401
        assert requests.get(f"{url}/api/v1/streaming/user", params={"access_token": "wrong"}).status_code == 401
        refused = requests.get(f"{url}/api/v1/streaming/hashtag", params={"access_token": alice.access_token, "tag": "1"})
        assert refused.status_code == 400
        assert refused.json()["error"]
        assert requests.get(f"{url}/api/v1/streaming/health").text == "OK"


def test_websocket_subscribe_hashtag_and_refusals(server):
    alice = log_in(server.url, "alice")
    bob = log_in(server.url, "bob")
    socket = websocket.create_connection(
        server.url.replace("http://", "ws://") + f"/api/v1/streaming?access_token={alice.access_token}", timeout=15)
    try:
        socket.send(json.dumps({"type": "subscribe", "stream": "hashtag", "tag": "Launch"}))
        socket.send(json.dumps({"type": "subscribe", "stream": "no-such-stream"}))
        assert json.loads(socket.recv())["status"] == 400
        socket.send("not json")
        assert json.loads(socket.recv())["status"] == 400
        time.sleep(0.5)
        bob.status_post("quiet")
        posted = bob.status_post("ready for #launch")
        message = json.loads(socket.recv())
        assert message["stream"] == ["hashtag", "launch"]
        assert message["event"] == "update"
        assert json.loads(message["payload"])["id"] == str(posted.id)
    finally:
        socket.close()
    try:
        websocket.create_connection(server.url.replace("http://", "ws://") + "/api/v1/streaming?access_token=wrong", timeout=5)
        raise AssertionError("a wrong token must not open a stream")
    except websocket.WebSocketBadStatusException as refused:
        assert refused.status_code >= 400
