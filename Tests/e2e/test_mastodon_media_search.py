"""Mastodon.py's uploads and search against a running warble."""
import struct
import zlib

import pytest
import requests
from mastodon import Mastodon, MastodonAPIError


def log_in(url, username):
    client_id, client_secret = Mastodon.create_app("warble media e2e", api_base_url=url, scopes=["read", "write", "follow"])
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=url)
    api.log_in(username, "demo-password", scopes=["read", "write", "follow"], allow_http=True)
    return api


def png(width, height):
    """A real, decodable PNG of one colour."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    rows = b"".join(b"\x00" + b"\x20\x80\xc0" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def test_media_post_attach_and_fetch(server, tmp_path):
    alice = log_in(server.url, "alice")
    bob = log_in(server.url, "bob")
    image = tmp_path / "chart.png"
    image.write_bytes(png(12, 7))
    media = alice.media_post(str(image), mime_type="image/png", description="Quarterly chart")
    assert media.type == "image"
    assert media.meta.original.width == 12 and media.meta.original.height == 7
    status = alice.status_post("Numbers are in", media_ids=[media.id])
    assert [attachment.id for attachment in status.media_attachments] == [media.id]

    seen = bob.status(status.id)
    fetched = requests.get(seen.media_attachments[0].url, timeout=10)
    assert fetched.status_code == 200
    assert fetched.content == image.read_bytes()
    assert fetched.headers["Content-Type"] == "image/png"
    assert alice.media(media.id).description == "Quarterly chart"

    notes = tmp_path / "notes.html"
    notes.write_text("<html><script>alert(1)</script></html>")
    with pytest.raises(MastodonAPIError) as refused:
        alice.media_post(str(notes), mime_type="text/plain")
    assert "not supported" in str(refused.value)


def test_search_finds_people_tags_and_posts_the_reader_may_see(server):
    alice = log_in(server.url, "alice")
    bob = log_in(server.url, "bob")
    carol = log_in(server.url, "carol")
    public = alice.status_post("Migration runbook for the #datacenter move")
    alice.status_post("@bob the runbook password is in the vault", visibility="direct")

    for_carol = carol.search_v2("runbook", result_type="statuses")
    assert [status.id for status in for_carol.statuses] == [public.id]
    for_bob = bob.search_v2("runbook", result_type="statuses")
    assert len(for_bob.statuses) == 2
    assert [tag.name for tag in carol.search_v2("#datacent").hashtags] == ["datacenter"]
    assert "alice" in [account.acct for account in carol.search_v2("alic").accounts]
