"""Writing in groups through the API: joining, leaving, accepting an
invitation, posting, commenting and deleting a post do what the website's
buttons and forms do, for the same people, with the same answers."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from groups import services
from groups.models import GroupPost, Membership, PostComment
from tests.api.conftest import session_client, token_client
from tests.groups.factories import add_member
from tests.people.factories import UserFactory

ROLES = ("member", "owner", "outsider", "editor", "external")
KINDS = ("open", "closed", "secret")


def _post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def _status_of(user, group) -> str | None:
    membership = Membership.objects.filter(user=user, group=group).first()
    return membership.status if membership else None


# Membership ------------------------------------------------------------------

# (role, kind) -> (answer, membership status after)
JOIN = {
    ("member", "open"): (200, "active"),
    ("member", "closed"): (200, "active"),
    ("member", "secret"): (200, "active"),
    ("owner", "open"): (200, "active"),
    ("owner", "closed"): (200, "active"),
    ("owner", "secret"): (200, "active"),
    ("outsider", "open"): (200, "active"),
    ("outsider", "closed"): (200, "requested"),
    ("outsider", "secret"): (404, None),
    ("editor", "open"): (200, "active"),
    ("editor", "closed"): (200, "requested"),
    ("editor", "secret"): (404, None),
    ("external", "open"): (404, None),
    # As on the website, partners join by accepting an invitation only.
    ("external", "closed"): (403, "active"),
    ("external", "secret"): (404, None),
}


@pytest.mark.parametrize(("role", "kind"), list(JOIN))
def test_join(api_as, people, groups, role, kind):
    expected, status = JOIN[role, kind]
    group, user = groups[kind], people[role]

    response = _post(api_as(user, token=True), f"/api/groups/{group.pk}/join/")

    assert response.status_code == expected, response.content
    assert _status_of(user, group) == status
    if expected == 200:
        assert response.json()["status"] == status
        assert response.json()["group"] == group.pk
    elif expected == 403:
        assert response.json()["code"] == "permission_denied"
        assert response.json()["message"]
    else:
        # A secret group, or one outside an external partner's groups, is
        # not named in the answer.
        assert response.json()["code"] == "not_found"
        assert group.title not in response.content.decode()


def test_asking_to_join_tells_the_moderators(
    api_as, outsider, owner, groups, django_capture_on_commit_callbacks
):
    closed = groups["closed"]
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(api_as(outsider), f"/api/groups/{closed.pk}/join/")

    assert response.json() == {
        "group": closed.pk,
        "status": "requested",
        "role": "member",
    }
    assert [message.to for message in mail.outbox] == [[owner.email]]
    # Until a moderator lets them in, the content stays closed.
    client = api_as(outsider)
    assert client.get(f"/api/groups/{closed.pk}/posts/").status_code == 404
    assert client.get(closed.url).status_code == 200  # the landing page
    assert client.get(reverse("groups:members", args=[closed.pk])).status_code == 404


def test_joining_an_open_group_shows_on_the_website_and_in_the_api(
    api_as, outsider, groups
):
    group = groups["open"]
    client = api_as(outsider)

    assert _post(client, f"/api/groups/{group.pk}/join/").status_code == 200

    mine = client.get("/api/groups/?mine=true").json()["items"]
    assert [item["id"] for item in mine] == [group.pk]
    assert mine[0]["my_status"] == "active"
    assert group.title in client.get(reverse("groups:mine")).content.decode()


@pytest.mark.parametrize(
    ("role", "kind", "expected"),
    [
        ("member", "open", 204),
        ("member", "closed", 204),
        ("member", "secret", 204),
        ("owner", "open", 409),
        ("owner", "secret", 409),
        ("outsider", "open", 204),
        ("outsider", "closed", 204),
        ("outsider", "secret", 404),
        ("external", "open", 404),
        ("external", "closed", 204),
        ("external", "secret", 404),
    ],
)
def test_leave(api_as, people, groups, role, kind, expected):
    group, user = groups[kind], people[role]
    before = _status_of(user, group)

    response = _post(api_as(user), f"/api/groups/{group.pk}/leave/")

    assert response.status_code == expected, response.content
    if expected == 204:
        assert response.content == b""
        assert _status_of(user, group) is None
    else:
        assert _status_of(user, group) == before
    if expected == 409:
        # The service's message: the last owner cannot leave.
        assert response.json()["code"] == "conflict"
        assert response.json()["message"]


def test_an_owner_may_leave_when_another_owner_stays(api_as, owner, groups):
    group = groups["open"]
    add_member(group, UserFactory(username="tweede"), role=Membership.Role.OWNER)
    assert _post(api_as(owner), f"/api/groups/{group.pk}/leave/").status_code == 204


def test_leaving_a_closed_group_closes_its_content(api_as, member, groups):
    closed = groups["closed"]
    client = api_as(member)
    assert client.get(f"/api/groups/{closed.pk}/posts/").status_code == 200

    assert _post(client, f"/api/groups/{closed.pk}/leave/").status_code == 204

    assert client.get(f"/api/groups/{closed.pk}/posts/").status_code == 404
    assert client.get(reverse("groups:members", args=[closed.pk])).status_code == 404


def test_accepting_an_invitation_to_a_secret_group(api_as, owner, outsider, groups):
    secret = groups["secret"]
    client = api_as(outsider, token=True)
    url = f"/api/groups/{secret.pk}/invitation/accept/"
    # Not invited: the group does not exist for them.
    assert _post(client, url).status_code == 404

    services.invite(owner, secret, [outsider])
    assert client.get(f"/api/groups/{secret.pk}/").json()["my_status"] == "invited"
    response = _post(client, url)

    assert response.status_code == 200
    assert response.json()["status"] == "active"
    assert client.get(f"/api/groups/{secret.pk}/posts/").status_code == 200
    assert session_client(outsider).get(secret.url).status_code == 200


def test_accepting_without_an_invitation_is_a_conflict(api_as, outsider, groups):
    response = _post(
        api_as(outsider), f"/api/groups/{groups['open'].pk}/invitation/accept/"
    )
    assert response.status_code == 409
    assert response.json()["message"]
    assert _status_of(outsider, groups["open"]) is None


def test_an_invited_partner_accepts_but_cannot_join(api_as, owner, external, groups):
    group = groups["open"]
    services.invite(owner, group, [external])
    client = api_as(external)

    # As on the website: external partners join by accepting only.
    response = _post(client, f"/api/groups/{group.pk}/join/")
    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"
    assert _status_of(external, group) == "invited"

    accept = _post(client, f"/api/groups/{group.pk}/invitation/accept/")
    assert accept.status_code == 200
    assert _status_of(external, group) == "active"


# Posts and comments ------------------------------------------------------------

# (role, kind) -> answer to writing a post or a comment
WRITE = {
    ("member", "open"): 201,
    ("member", "closed"): 201,
    ("member", "secret"): 201,
    ("owner", "open"): 201,
    ("owner", "secret"): 201,
    ("outsider", "open"): 403,
    ("outsider", "closed"): 404,
    ("outsider", "secret"): 404,
    ("editor", "open"): 403,
    ("editor", "closed"): 404,
    ("editor", "secret"): 404,
    ("external", "open"): 404,
    ("external", "closed"): 201,
    ("external", "secret"): 404,
}


@pytest.mark.parametrize(("role", "kind"), list(WRITE))
def test_write_a_post(api_as, people, groups, role, kind):
    expected = WRITE[role, kind]
    group, user = groups[kind], people[role]
    client = api_as(user, token=kind == "closed")

    response = _post(client, f"/api/groups/{group.pk}/posts/", {"body": " Hallo! "})

    assert response.status_code == expected, response.content
    if expected == 201:
        post = GroupPost.objects.get()
        assert (post.group, post.author, post.body) == (group, user, "Hallo!")
        data = response.json()
        assert data["id"] == post.pk
        assert data["author"]["username"] == user.username
        # Then it is where the website and the read API show posts.
        listed = client.get(f"/api/groups/{group.pk}/posts/").json()["items"]
        assert [item["id"] for item in listed] == [post.pk]
        website = session_client(user)
        assert website.get(data["url"]).status_code == 200
        assert "Hallo!" in website.get(group.url).content.decode()
    else:
        assert not GroupPost.objects.exists()
        code = "permission_denied" if expected == 403 else "not_found"
        assert response.json()["code"] == code
        assert group.title not in response.content.decode()


@pytest.mark.parametrize(("role", "kind"), list(WRITE))
def test_read_and_write_comments(api_as, people, groups, owner, role, kind):
    expected = WRITE[role, kind]
    group, user = groups[kind], people[role]
    post = GroupPost.objects.create(group=group, author=owner, body="Vergadering")
    PostComment.objects.create(post=post, author=owner, body="Om tien uur.")
    client = api_as(user, token=True)
    url = f"/api/groups/{group.pk}/posts/{post.pk}/comments/"

    readable = expected != 404
    listed = client.get(url)
    assert listed.status_code == (200 if readable else 404)
    detail = client.get(f"/api/groups/{group.pk}/posts/{post.pk}/")
    assert detail.status_code == (200 if readable else 404)
    response = _post(client, url, {"body": "Ik kom."})

    assert response.status_code == expected, response.content
    bodies = list(post.comments.values_list("body", flat=True))
    if expected == 201:
        assert bodies == ["Om tien uur.", "Ik kom."]
        assert response.json()["author"]["username"] == user.username
        items = client.get(url).json()["items"]
        assert [item["body"] for item in items] == bodies
        website = session_client(user)
        page = website.get(reverse("groups:post", args=[group.pk, post.pk]))
        assert "Ik kom." in page.content.decode()
    else:
        assert bodies == ["Om tien uur."]


def test_post_detail_of_another_group_is_not_found(api_as, member, owner, groups):
    post = GroupPost.objects.create(group=groups["secret"], author=owner, body="x")
    client = api_as(member)
    # The post exists, but not in the group named in the address.
    assert (
        client.get(f"/api/groups/{groups['open'].pk}/posts/{post.pk}/").status_code
        == 404
    )
    url = f"/api/groups/{groups['open'].pk}/posts/{post.pk}/comments/"
    assert _post(client, url, {"body": "Hier?"}).status_code == 404


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("author", 204),
        ("member", 403),
        ("moderator", 204),
        ("owner", 204),
        ("outsider", 403),
        ("editor", 403),
        ("external", 404),
    ],
)
def test_delete_a_post(api_as, people, groups, role, expected):
    group = groups["open"]
    author = UserFactory(username="schrijver")
    moderator = UserFactory(username="moderator")
    add_member(group, author)
    add_member(group, moderator, role=Membership.Role.MODERATOR)
    users = {**people, "author": author, "moderator": moderator}
    post = GroupPost.objects.create(group=group, author=author, body="Weg ermee")
    PostComment.objects.create(post=post, author=author, body="Echt?")

    response = api_as(users[role]).delete(f"/api/groups/{group.pk}/posts/{post.pk}/")

    assert response.status_code == expected, response.content
    assert GroupPost.objects.filter(pk=post.pk).exists() is (expected != 204)
    assert PostComment.objects.exists() is (expected != 204)


def test_an_author_who_left_may_still_delete_their_post(api_as, member, groups):
    group = groups["open"]
    post = GroupPost.objects.create(group=group, author=member, body="Tot ziens")
    services.leave(member, group)
    response = api_as(member).delete(f"/api/groups/{group.pk}/posts/{post.pk}/")
    assert response.status_code == 204


BAD_BODIES = [
    ("", 422),
    ("[]", 422),
    ('"Hallo"', 422),
    ("{}", 422),
    ('{"body": 3}', 422),
    ('{"body": null}', 422),
    ('{"body": ""}', 422),
    ('{"body": "   "}', 422),
    ('{"body": "a\\u0000b"}', 422),
    ('{"body": "\\ud800"}', 422),
    ("{not json", 400),
]


@pytest.mark.parametrize(("body", "expected"), BAD_BODIES)
@pytest.mark.parametrize("what", ["post", "comment"])
def test_bad_bodies_are_refused(
    api_as, member, owner, open_group, body, expected, what
):
    group = open_group
    post = GroupPost.objects.create(group=group, author=owner, body="Vergadering")
    url = f"/api/groups/{group.pk}/posts/"
    if what == "comment":
        url += f"{post.pk}/comments/"

    response = api_as(member).post(url, body, content_type="application/json")

    assert response.status_code == expected, response.content
    data = response.json()
    assert data["status"] == expected
    assert data["message"]
    assert GroupPost.objects.count() == 1
    assert not PostComment.objects.exists()


@pytest.mark.parametrize(("what", "limit"), [("post", 5000), ("comment", 2000)])
def test_text_as_long_as_the_website_takes(
    api_as, member, owner, open_group, what, limit
):
    group = open_group
    post = GroupPost.objects.create(group=group, author=owner, body="Vergadering")
    url = f"/api/groups/{group.pk}/posts/"
    if what == "comment":
        url += f"{post.pk}/comments/"
    client = api_as(member, token=True)

    too_long = _post(client, url, {"body": "x" * (limit + 1)})
    assert too_long.status_code == 422
    assert too_long.json()["errors"][0]["type"] == "max_length"
    assert str(limit) in too_long.json()["message"]
    assert _post(client, url, {"body": "x" * limit}).status_code == 201


def test_empty_text_has_the_forms_message(api_as, member, open_group):
    url = f"/api/groups/{open_group.pk}/posts/"
    response = api_as(member).post(
        url,
        {"body": "   "},
        content_type="application/json",
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422
    assert response.json()["message"] == "body: This field is required."


def test_text_is_kept_as_the_website_keeps_it(client, api_as, member, open_group):
    """The same text posted on the website and through the API is stored
    alike (plain text, escaped when shown)."""
    group = open_group
    text = '  <script>alert("x")</script> <b>Vet</b> & meer  '
    client.force_login(member)
    client.post(reverse("groups:new_post", args=[group.pk]), {"body": text})
    _post(api_as(member), f"/api/groups/{group.pk}/posts/", {"body": text})

    website, api = GroupPost.objects.order_by("pk")
    assert api.body == website.body == text.strip()
    page = client.get(group.url).content.decode()
    assert "<script>alert" not in page
    assert "&lt;b&gt;Vet&lt;/b&gt;" in page


def test_anonymous_callers_get_401(db, open_group):
    group = open_group
    post = GroupPost.objects.create(group=group, author=None, body="x")
    client = Client()
    for url in (
        f"/api/groups/{group.pk}/join/",
        f"/api/groups/{group.pk}/leave/",
        f"/api/groups/{group.pk}/invitation/accept/",
        f"/api/groups/{group.pk}/posts/",
        f"/api/groups/{group.pk}/posts/{post.pk}/comments/",
    ):
        response = _post(client, url, {"body": "Hallo"})
        assert response.status_code == 401, url
        assert response.json()["code"] == "not_authenticated"
    assert client.delete(f"/api/groups/{group.pk}/posts/{post.pk}/").status_code == 401
    assert (
        client.get(f"/api/groups/{group.pk}/posts/{post.pk}/comments/").status_code
        == 401
    )
    assert GroupPost.objects.count() == 1
    assert not PostComment.objects.exists()


def test_a_session_needs_the_csrf_token(member, open_group):
    group = open_group
    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    url = f"/api/groups/{group.pk}/posts/"

    refused = _post(client, url, {"body": "Zonder token"})
    assert refused.status_code == 403
    assert refused.json()["code"] == "permission_denied"
    assert _post(client, f"/api/groups/{group.pk}/leave/").status_code == 403
    assert _status_of(member, group) == "active"

    token = "a" * 32
    client.cookies["csrftoken"] = token
    accepted = client.post(
        url,
        {"body": "Met token"},
        content_type="application/json",
        headers={"x-csrftoken": token},
    )
    assert accepted.status_code == 201
    assert [post.body for post in GroupPost.objects.all()] == ["Met token"]


def test_a_token_needs_no_csrf_token(member, open_group):
    client = token_client(member)
    client.handler.enforce_csrf_checks = True
    response = _post(client, f"/api/groups/{open_group.pk}/posts/", {"body": "Hoi"})
    assert response.status_code == 201


def test_unknown_query_parameters_are_refused(api_as, member, open_group):
    url = f"/api/groups/{open_group.pk}/posts/?notify=all"
    response = _post(api_as(member), url, {"body": "Hallo"})
    assert response.status_code == 400
    assert not GroupPost.objects.exists()


# A phone that lost its token: sign in, not a CSRF complaint.
def test_anonymous_callers_without_cookies_get_401(db, open_group):
    client = Client(enforce_csrf_checks=True)
    response = _post(client, f"/api/groups/{open_group.pk}/join/")
    assert response.status_code == 401
    patch = client.patch("/api/me/", {}, content_type="application/json")
    assert patch.status_code == 401
