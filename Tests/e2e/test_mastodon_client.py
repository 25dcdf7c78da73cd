"""Python's Mastodon.py, an independent client, against a running warble."""
import pytest
from mastodon import Mastodon, MastodonAPIError, MastodonIllegalArgumentError


def test_register_log_in_and_verify_credentials(server):
    server = server.url
    client_id, client_secret = Mastodon.create_app("warble e2e", api_base_url=server, scopes=["read", "write"])
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    # Plain HTTP on loopback: allow_http is Mastodon.py's switch for testing.
    token = api.log_in("alice", "demo-password", scopes=["read", "write"], allow_http=True)
    assert token

    me = api.account_verify_credentials()
    assert me.username == "alice"
    assert me.acct == "alice"
    assert me.display_name == "Alice Chen"
    assert me.role.name == "admin"
    assert me.created_at.year >= 2026

    api.revoke_access_token(allow_http=True)
    with pytest.raises(MastodonAPIError):
        Mastodon(access_token=token, api_base_url=server).account_verify_credentials()


def test_special_login_names_and_wrong_password(server):
    server = server.url
    client_id, client_secret = Mastodon.create_app("warble e2e", api_base_url=server, scopes=["read"])
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    api.log_in("d'arcy", "demo-password", scopes=["read"], allow_http=True)
    assert api.account_verify_credentials().username == "darcy"

    other = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server)
    for username, password in [("alice", "not-the-password"), ("*)(uid=*", "demo-password")]:
        with pytest.raises(MastodonIllegalArgumentError) as refused:
            other.log_in(username, password, scopes=["read"], allow_http=True)
        assert "invalid_grant" in str(refused.value)
