"""The microblogging API driven by Python's Mastodon.py, an independent client: posting, threads,
favourites, reblogs, bookmarks, pins, follows, timelines and their pagination, notifications,
edits and deletion, visibility, idempotency, errors and hashtags.

Every test has a warble of its own (the `server` fixture: a new database, about half a second to
start), so no test depends on what another one posted."""
import dataclasses
import uuid

import pytest
from mastodon import Mastodon, MastodonAPIError, MastodonNotFoundError

PASSWORD = "demo-password"
SCOPES = ["read", "write", "follow"]


@dataclasses.dataclass
class Person:
    """A signed-in demo user: the Mastodon.py client and their own account."""
    api: Mastodon
    account: object

    @property
    def id(self):
        return str(self.account.id)


def log_in(server, username, scopes=SCOPES):
    """An app registered and a password grant for `username`, as a Mastodon client does it."""
    client_id, client_secret = Mastodon.create_app("warble social e2e", api_base_url=server.url, scopes=scopes)
    api = Mastodon(client_id=client_id, client_secret=client_secret, api_base_url=server.url)
    # Plain HTTP on loopback: allow_http is Mastodon.py's switch for testing.
    api.log_in(username, PASSWORD, scopes=scopes, allow_http=True)
    return Person(api, api.account_verify_credentials())


def ids(items):
    return [str(item.id) for item in items]


def status_code(error):
    """The HTTP status of a Mastodon.py API error (its second argument)."""
    return error.value.args[1]


def follow_pages(fetch, first_page, most=50):
    """The pages `fetch` (Mastodon.py's fetch_next or fetch_previous, which follow the Link
    header's rel="next" or rel="prev") leads to from `first_page`, that one included, until a page
    comes back empty or without a link."""
    pages = [first_page]
    for _ in range(most):
        page = fetch(pages[-1])
        if not page:
            return pages
        pages.append(page)
    raise AssertionError(f"still more pages after {most}: the links go round in circles")


def test_post_with_mention_hashtag_and_link_is_read_by_the_other_user(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    assert alice.account.acct == "alice" and bob.account.acct == "bob"

    posted = alice.api.status_post("@bob the #Runbook for the move is at https://example.com/runbook now")
    assert posted.visibility == "public"
    assert posted.account.acct == "alice"
    assert [(str(m.id), m.acct, m.username) for m in posted.mentions] == [(bob.id, "bob", "bob")]
    assert [tag.name.lower() for tag in posted.tags] == ["runbook"]
    assert 'href="https://example.com/runbook"' in posted.content
    assert "/@bob" in posted.content
    assert "/tags/runbook" in posted.content.lower()
    assert posted.in_reply_to_id is None

    seen = bob.api.status(posted.id)
    assert str(seen.id) == str(posted.id)
    assert seen.content == posted.content
    assert str(seen.account.id) == alice.id
    assert [m.acct for m in seen.mentions] == ["bob"]
    assert seen.favourited is False and seen.reblogged is False and seen.bookmarked is False
    assert str(posted.id) in ids(bob.api.timeline_public())
    assert str(posted.id) in ids(bob.api.account_statuses(alice.id))


def test_reply_and_thread_context(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    root = alice.api.status_post("Should we move the stand-up to 10:00?")
    reply = bob.api.status_reply(root, "Works for me")
    assert str(reply.in_reply_to_id) == str(root.id)
    assert str(reply.in_reply_to_account_id) == alice.id
    # status_reply mentions the author of the post it answers.
    assert [m.acct for m in reply.mentions] == ["alice"]
    answer = alice.api.status_reply(reply, "Done, see you then")
    assert str(answer.in_reply_to_id) == str(reply.id)
    assert "bob" in [m.acct for m in answer.mentions]

    for reader in (alice, bob):
        context = reader.api.status_context(root)
        assert ids(context.ancestors) == []
        assert ids(context.descendants) == [str(reply.id), str(answer.id)]
        middle = reader.api.status_context(reply)
        assert ids(middle.ancestors) == [str(root.id)]
        assert ids(middle.descendants) == [str(answer.id)]
        leaf = reader.api.status_context(answer)
        assert ids(leaf.ancestors) == [str(root.id), str(reply.id)]
        assert ids(leaf.descendants) == []
    assert bob.api.status(root).replies_count == 1
    assert alice.api.status(reply).replies_count == 1


def test_favourite_unfavourite_and_favourited_by(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    carol = log_in(server, "carol")
    post = alice.api.status_post("Release 4.2 is out")

    favourited = bob.api.status_favourite(post)
    assert str(favourited.id) == str(post.id)
    assert favourited.favourited is True
    assert favourited.favourites_count == 1
    carol.api.status_favourite(post)
    # Favouriting twice is not counted twice.
    assert bob.api.status_favourite(post).favourites_count == 2

    assert sorted(ids(alice.api.status_favourited_by(post))) == sorted([bob.id, carol.id])
    assert alice.api.status(post).favourites_count == 2
    assert alice.api.status(post).favourited is False
    assert ids(bob.api.favourites()) == [str(post.id)]

    unfavourited = bob.api.status_unfavourite(post)
    assert unfavourited.favourited is False
    assert unfavourited.favourites_count == 1
    assert ids(alice.api.status_favourited_by(post)) == [carol.id]
    assert ids(bob.api.favourites()) == []


def test_reblog_unreblog_and_reblogged_by(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    post = alice.api.status_post("The office is closed on Friday")

    reblog = bob.api.status_reblog(post)
    # The answer is the reblog itself, wrapping the shared post.
    assert str(reblog.id) != str(post.id)
    assert str(reblog.account.id) == bob.id
    assert str(reblog.reblog.id) == str(post.id)
    assert reblog.reblog.reblogged is True
    assert reblog.reblog.reblogs_count == 1
    assert ids(alice.api.status_reblogged_by(post)) == [bob.id]
    assert alice.api.status(post).reblogs_count == 1
    assert str(reblog.id) in ids(bob.api.account_statuses(bob.id))

    unreblogged = bob.api.status_unreblog(post)
    assert str(unreblogged.id) == str(post.id)
    assert unreblogged.reblogged is False
    assert unreblogged.reblogs_count == 0
    assert ids(alice.api.status_reblogged_by(post)) == []
    assert str(reblog.id) not in ids(bob.api.account_statuses(bob.id))


def test_bookmark_and_bookmarks(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    first = alice.api.status_post("Expense policy: https://example.com/expenses")
    second = alice.api.status_post("Travel policy: https://example.com/travel")

    assert bob.api.status_bookmark(second).bookmarked is True
    assert bob.api.status_bookmark(first).bookmarked is True
    # Most recently bookmarked first; bookmarks are the reader's own.
    assert ids(bob.api.bookmarks()) == [str(first.id), str(second.id)]
    assert bob.api.status(first).bookmarked is True
    assert alice.api.status(first).bookmarked is False
    assert ids(alice.api.bookmarks()) == []

    assert bob.api.status_unbookmark(first).bookmarked is False
    assert ids(bob.api.bookmarks()) == [str(second.id)]


def test_pin_own_post_and_pinned_account_statuses(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    older = alice.api.status_post("Read this first: team charter")
    alice.api.status_post("Lunch is at noon")
    alice.api.status_post("Coffee machine fixed")

    pinned = alice.api.status_pin(older)
    assert str(pinned.id) == str(older.id)
    assert pinned.pinned is True
    assert ids(bob.api.account_statuses(alice.id, pinned=True)) == [str(older.id)]
    assert len(bob.api.account_statuses(alice.id)) == 3
    assert alice.api.status(older).pinned is True

    assert alice.api.status_unpin(older).pinned is False
    assert ids(bob.api.account_statuses(alice.id, pinned=True)) == []


def test_follow_unfollow_relationships_and_home_timeline(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    before = alice.api.status_post("Posted before anyone followed me")
    assert str(before.id) not in ids(bob.api.timeline_home())
    [relationship] = bob.api.account_relationships(alice.id)
    assert relationship.following is False and relationship.followed_by is False

    followed = bob.api.account_follow(alice.id)
    assert str(followed.id) == alice.id
    assert followed.following is True
    [seen_by_alice] = alice.api.account_relationships(bob.id)
    assert str(seen_by_alice.id) == bob.id
    assert seen_by_alice.followed_by is True and seen_by_alice.following is False
    assert ids(alice.api.account_followers(alice.id)) == [bob.id]
    assert ids(bob.api.account_following(bob.id)) == [alice.id]
    assert ids(bob.api.account_followers(bob.id)) == []
    assert bob.api.account(alice.id).followers_count == 1
    assert bob.api.account(bob.id).following_count == 1

    after = alice.api.status_post("Posted for my followers")
    home = ids(bob.api.timeline_home())
    assert str(after.id) in home
    # Mastodon merges the followee's recent posts into the home timeline on follow.
    assert str(before.id) in home
    assert home.index(str(after.id)) < home.index(str(before.id))

    unfollowed = bob.api.account_unfollow(alice.id)
    assert unfollowed.following is False
    assert bob.api.account_relationships(alice.id)[0].following is False
    assert ids(alice.api.account_followers(alice.id)) == []
    assert ids(bob.api.account_following(bob.id)) == []
    later = alice.api.status_post("Posted after the unfollow")
    home = ids(bob.api.timeline_home())
    assert str(later.id) not in home
    assert str(after.id) not in home


def test_relationships_of_several_accounts_at_once(server):
    """account_relationships with a list sends `id[]=…&id[]=…` (brackets percent-encoded by
    `requests`); the answer has one relationship per account, in the order asked."""
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    carol = log_in(server, "carol")
    bob.api.account_follow(alice.id)
    carol.api.account_follow(bob.id)

    relationships = bob.api.account_relationships([alice.id, carol.id])
    assert ids(relationships) == [alice.id, carol.id]
    assert [(r.following, r.followed_by) for r in relationships] == [(True, False), (False, True)]


def test_account_lookup_and_search(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    log_in(server, "carol")

    found = alice.api.account_lookup("bob")
    assert str(found.id) == bob.id
    assert found.acct == "bob" and found.display_name == "Bob Martins"
    assert str(alice.api.account_lookup("@bob").id) == bob.id
    with pytest.raises(MastodonNotFoundError):
        alice.api.account_lookup("nobody-of-that-name")

    assert bob.id in ids(alice.api.account_search("bob"))
    assert bob.id in ids(alice.api.account_search("@bo"))
    assert bob.id in ids(alice.api.account_search("Martins"))
    assert all(account.acct != "bob" for account in alice.api.account_search("carol"))
    assert ids(alice.api.account_search("bob", following=True)) == []
    alice.api.account_follow(bob.id)
    assert ids(alice.api.account_search("bob", following=True)) == [bob.id]


def test_home_timeline_pages_follow_the_link_header(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    bob.api.account_follow(alice.id)
    posted = []
    for n in range(7):
        author = bob if n % 3 == 2 else alice
        posted.append(str(author.api.status_post(f"Update number {n}").id))
    newest_first = list(reversed(posted))

    pages = follow_pages(bob.api.fetch_next, bob.api.timeline_home(limit=2))
    assert [len(page) for page in pages] == [2, 2, 2, 1]
    seen = [status_id for page in pages for status_id in ids(page)]
    assert seen == newest_first

    # And back up from the last page by rel="prev" (min_id), each page still newest first.
    upwards = follow_pages(bob.api.fetch_previous, pages[-1])
    assert all(len(page) <= 2 for page in upwards)
    assert [status_id for page in reversed(upwards) for status_id in ids(page)] == newest_first

    # since_id: the newest posts after the bound; min_id: those immediately after it.
    bound = newest_first[4]
    assert ids(bob.api.timeline_home(since_id=bound, limit=2)) == newest_first[0:2]
    assert ids(bob.api.timeline_home(min_id=bound, limit=2)) == newest_first[2:4]
    assert ids(bob.api.timeline_home(min_id=bound)) == newest_first[0:4]
    assert ids(bob.api.timeline_home(max_id=newest_first[1], since_id=bound)) == newest_first[2:4]
    assert ids(bob.api.timeline_home(since_id=newest_first[0])) == []


def make_notifications(alice, bob):
    """Bob follows, mentions, favourites and reblogs Alice; returns his mention and her post."""
    bob.api.account_follow(alice.id)
    mention = bob.api.status_post("@alice can you review the budget?")
    post = alice.api.status_post("Budget draft is ready")
    bob.api.status_favourite(post)
    bob.api.status_reblog(post)
    return mention, post


def test_notifications_of_each_type(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    mention, post = make_notifications(alice, bob)

    notifications = alice.api.notifications()
    assert [n.type for n in notifications] == ["reblog", "favourite", "mention", "follow"]
    assert all(str(n.account.id) == bob.id for n in notifications)
    by_type = {n.type: n for n in notifications}
    assert by_type["follow"].status is None
    assert str(by_type["mention"].status.id) == str(mention.id)
    assert str(by_type["favourite"].status.id) == str(post.id)
    # A reblog notification carries the post that was shared, not the reblog.
    assert str(by_type["reblog"].status.id) == str(post.id)
    assert str(alice.api.notifications(id=by_type["mention"].id).status.id) == str(mention.id)
    assert bob.api.notifications() == []


def test_notifications_filtered_by_types_and_exclude_types(server):
    """Mastodon.py sends list parameters as `types[]=…` with the brackets percent-encoded
    (`types%5B%5D=mention`), as `requests` encodes every query key."""
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    make_notifications(alice, bob)

    assert [n.type for n in alice.api.notifications(types=["mention"])] == ["mention"]
    assert [n.type for n in alice.api.notifications(types=["favourite", "reblog"])] == ["reblog", "favourite"]
    assert [n.type for n in alice.api.notifications(exclude_types=["follow", "favourite"])] == ["reblog", "mention"]
    assert [n.type for n in alice.api.notifications(types=["mention", "follow"], exclude_types=["follow"])] == ["mention"]


def test_notifications_dismiss_and_clear(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    make_notifications(alice, bob)
    mention = [n for n in alice.api.notifications() if n.type == "mention"][0]

    alice.api.notifications_dismiss(mention.id)
    assert [n.type for n in alice.api.notifications()] == ["reblog", "favourite", "follow"]
    with pytest.raises(MastodonNotFoundError):
        alice.api.notifications(id=mention.id)
    # Someone else's notification is not Bob's to dismiss.
    other = alice.api.notifications()[0]
    with pytest.raises(MastodonNotFoundError):
        bob.api.notifications_dismiss(other.id)
    assert str(alice.api.notifications()[0].id) == str(other.id)

    alice.api.notifications_clear()
    assert alice.api.notifications() == []


def test_edit_history_and_source(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    post = alice.api.status_post("Maintenance window on #tuesday at 18:00")
    assert post.edited_at is None

    edited = alice.api.status_update(post, "Maintenance window moved to #wednesday at 18:00")
    assert str(edited.id) == str(post.id)
    assert "wednesday" in edited.content and "tuesday" not in edited.content
    assert edited.edited_at is not None
    assert [tag.name.lower() for tag in edited.tags] == ["wednesday"]
    seen = bob.api.status(post)
    assert "wednesday" in seen.content
    assert seen.edited_at is not None

    history = bob.api.status_history(post)
    assert len(history) == 2
    assert "tuesday" in history[0].content and "wednesday" in history[1].content
    assert all(str(version.account.id) == alice.id for version in history)
    assert history[0].created_at <= history[1].created_at

    source = alice.api.status_source(post)
    assert str(source.id) == str(post.id)
    assert source.text == "Maintenance window moved to #wednesday at 18:00"
    assert source.spoiler_text == ""


def test_delete_returns_the_text_and_the_post_is_gone_for_everyone(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    text = "Posted to the wrong channel, sorry @bob"
    post = alice.api.status_post(text)
    assert str(bob.api.status(post).id) == str(post.id)

    deleted = alice.api.status_delete(post)
    assert str(deleted.id) == str(post.id)
    # The source text comes back, so that a client can offer "delete and redraft".
    assert deleted.text == text
    for reader in (alice, bob):
        with pytest.raises(MastodonNotFoundError):
            reader.api.status(post)
        with pytest.raises(MastodonNotFoundError):
            reader.api.status_context(post)
        assert str(post.id) not in ids(reader.api.timeline_public())
        assert str(post.id) not in ids(reader.api.account_statuses(alice.id))
    with pytest.raises(MastodonNotFoundError):
        alice.api.status_delete(post)


def test_direct_post_is_invisible_to_someone_not_mentioned(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    dave = log_in(server, "dave")
    # Dave follows Alice, so only visibility keeps her direct post from him.
    dave.api.account_follow(alice.id)
    root = alice.api.status_post("Planning the #offsite, ideas welcome")
    reply = bob.api.status_reply(root, "What about the lake house?")
    direct = alice.api.status_reply(reply, "Between us: the budget for the #offsite is tight", visibility="direct")
    assert direct.visibility == "direct"
    assert [m.acct for m in direct.mentions] == ["bob"]

    assert bob.api.status(direct).visibility == "direct"
    assert ids(bob.api.status_context(root).descendants) == [str(reply.id), str(direct.id)]
    assert str(direct.id) in ids(bob.api.timeline_home())

    with pytest.raises(MastodonNotFoundError):
        dave.api.status(direct)
    with pytest.raises(MastodonNotFoundError):
        dave.api.status_context(direct)
    with pytest.raises(MastodonNotFoundError):
        dave.api.status_favourite(direct)
    assert ids(dave.api.status_context(root).descendants) == [str(reply.id)]
    assert ids(dave.api.status_context(reply).descendants) == []
    home = ids(dave.api.timeline_home())
    assert str(root.id) in home and str(direct.id) not in home
    public = ids(dave.api.timeline_public())
    assert str(root.id) in public and str(direct.id) not in public
    tagged = ids(dave.api.timeline_hashtag("offsite"))
    assert str(root.id) in tagged and str(direct.id) not in tagged
    assert str(direct.id) not in ids(dave.api.account_statuses(alice.id))


def test_private_post_is_for_followers_only(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    dave = log_in(server, "dave")
    bob.api.account_follow(alice.id)
    private = alice.api.status_post("Team only: the reorg is announced on Monday", visibility="private")
    assert private.visibility == "private"

    seen = bob.api.status(private)
    assert seen.visibility == "private"
    assert str(private.id) in ids(bob.api.timeline_home())
    assert str(private.id) in ids(bob.api.account_statuses(alice.id))

    with pytest.raises(MastodonNotFoundError):
        dave.api.status(private)
    assert str(private.id) not in ids(dave.api.account_statuses(alice.id))
    for reader in (bob, dave):
        assert str(private.id) not in ids(reader.api.timeline_public())

    # Following later opens it to Dave too.
    dave.api.account_follow(alice.id)
    assert str(dave.api.status(private).id) == str(private.id)


def test_idempotency_key_makes_one_post(server):
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    key = f"e2e-{uuid.uuid4()}"
    first = alice.api.status_post("Deploying 4.2.1 now", idempotency_key=key)
    again = alice.api.status_post("Deploying 4.2.1 now", idempotency_key=key)
    assert str(again.id) == str(first.id)
    assert ids(alice.api.account_statuses(alice.id)) == [str(first.id)]

    other = alice.api.status_post("Deploying 4.2.1 now", idempotency_key=f"e2e-{uuid.uuid4()}")
    assert str(other.id) != str(first.id)
    # Keys belong to their author: Bob's post with the same key is his own.
    bobs = bob.api.status_post("Deploying 4.2.1 now", idempotency_key=key)
    assert str(bobs.id) != str(first.id)
    assert str(bobs.account.id) == bob.id


def test_over_long_post_is_a_422(server):
    alice = log_in(server, "alice")
    assert alice.api.instance().configuration.statuses.max_characters == 500
    with pytest.raises(MastodonAPIError) as refused:
        alice.api.status_post("a" * 501)
    assert status_code(refused) == 422
    assert alice.api.account_statuses(alice.id) == []
    assert len(alice.api.status_post("a" * 500).content) >= 500


def test_unknown_status_is_not_found(server):
    alice = log_in(server, "alice")
    for call in (alice.api.status, alice.api.status_context, alice.api.status_favourite, alice.api.status_reblog,
                 alice.api.status_history, alice.api.status_source, alice.api.status_delete):
        with pytest.raises(MastodonNotFoundError):
            call("999999999999999")
    with pytest.raises(MastodonNotFoundError):
        alice.api.status_post("Into the void", in_reply_to_id="999999999999999")
    assert alice.api.account_statuses(alice.id) == []


def test_read_only_token_cannot_post(server):
    alice = log_in(server, "alice")
    reader = log_in(server, "bob", scopes=["read"])
    post = alice.api.status_post("Readable by a read-only token")
    assert str(reader.api.status(post).id) == str(post.id)
    assert str(post.id) in ids(reader.api.timeline_public())

    with pytest.raises(MastodonAPIError) as refused:
        reader.api.status_post("Should not be possible")
    assert status_code(refused) == 403
    with pytest.raises(MastodonAPIError) as refused:
        reader.api.status_favourite(post)
    assert status_code(refused) == 403
    assert reader.api.account_statuses(reader.id) == []
    assert alice.api.status(post).favourites_count == 0


def test_hashtag_timeline_and_followed_tags(server):
    assert hasattr(Mastodon, "tag_follow") and hasattr(Mastodon, "followed_tags")
    alice = log_in(server, "alice")
    bob = log_in(server, "bob")
    dave = log_in(server, "dave")
    public = alice.api.status_post("Status page updated #Incident42")
    alice.api.status_post("Quietly: root cause found #incident42", visibility="unlisted")
    alice.api.status_post("Followers: postmortem on Thursday #incident42", visibility="private")
    bob.api.status_post("Unrelated #incident43")

    # Only public posts are on a hashtag timeline; tags match whatever their case.
    assert ids(bob.api.timeline_hashtag("incident42")) == [str(public.id)]
    assert ids(bob.api.timeline_hashtag("INCIDENT42")) == [str(public.id)]
    assert ids(bob.api.timeline_hashtag("nosuchtag")) == []

    assert dave.api.tag("incident42").following is False
    followed = dave.api.tag_follow("incident42")
    assert followed.name.lower() == "incident42"
    assert followed.following is True
    assert [tag.name.lower() for tag in dave.api.followed_tags()] == ["incident42"]
    assert dave.api.tag("incident42").following is True
    assert bob.api.tag("incident42").following is False

    # Dave follows the tag, not Alice: new public posts with it reach his home timeline.
    update = alice.api.status_post("Resolved #incident42")
    untagged = alice.api.status_post("Back to normal")
    home = ids(dave.api.timeline_home())
    assert str(update.id) in home
    assert str(untagged.id) not in home

    unfollowed = dave.api.tag_unfollow("incident42")
    assert unfollowed.following is False
    assert dave.api.followed_tags() == []
    later = alice.api.status_post("Postmortem published #incident42")
    assert str(later.id) not in ids(dave.api.timeline_home())
    assert ids(bob.api.timeline_hashtag("incident42"))[:2] == [str(later.id), str(update.id)]
