"""Group pages through the API: written and changed as with the website's
page editor, as Wagtail revisions, within the caller's page permissions."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import GroupPagePermission, PageLogEntry

from groups.models import GroupWikiPage
from tests.api.conftest import session_client
from tests.groups.factories import add_wiki_page

# (role, kind) -> answer to writing a page
WRITE = {
    ("member", "open"): 201,
    ("member", "closed"): 201,
    ("member", "secret"): 201,
    ("owner", "secret"): 201,
    ("outsider", "open"): 403,
    ("outsider", "closed"): 404,
    ("outsider", "secret"): 404,
    ("editor", "open"): 403,
    ("editor", "closed"): 404,
    ("editor", "secret"): 404,
    ("superuser", "closed"): 403,
    ("external", "open"): 404,
    ("external", "closed"): 201,
    ("external", "secret"): 404,
}


def _send(client, method, url, data):
    return getattr(client, method)(url, data, content_type="application/json")


@pytest.mark.parametrize(("role", "kind"), list(WRITE))
def test_write_a_page(api_as, people, groups, role, kind):
    expected = WRITE[role, kind]
    group, user = groups[kind], people[role]
    client = api_as(user, token=True)

    response = _send(
        client,
        "post",
        f"/api/groups/{group.pk}/pages/",
        {"title": "Afspraken", "body": "<p>Wie doet wat.</p>"},
    )

    assert response.status_code == expected, response.content
    pages = GroupWikiPage.objects.descendant_of(group)
    if expected != 201:
        assert not pages.exists()
        assert group.title not in response.content.decode()
        return
    page = pages.get()
    assert (page.title, page.body, page.owner, page.live) == (
        "Afspraken",
        "<p>Wie doet wat.</p>",
        user,
        True,
    )
    assert response.json()["id"] == page.pk
    assert response.json()["parent"] == group.pk
    # One revision by the caller, published and logged as on the website.
    revision = page.revisions.get()
    assert revision.user == user
    assert response.json()["revision"] == revision.pk
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.publish", user=user
    ).exists()
    # And it is where the read API and the website show pages.
    detail = client.get(f"/api/pages/{page.pk}/")
    assert detail.json()["fields"]["body"] == "<p>Wie doet wat.</p>"
    assert "Wie doet wat." in session_client(user).get(page.url).content.decode()


def test_a_page_under_a_page(api_as, member, open_group, groups):
    parent = add_wiki_page(open_group, title="Routes")
    other = add_wiki_page(groups["closed"], title="Elders")
    client = api_as(member)
    url = f"/api/groups/{open_group.pk}/pages/"

    response = _send(client, "post", url, {"title": "Noord", "parent": parent.pk})
    assert response.status_code == 201
    assert response.json()["parent"] == parent.pk
    assert GroupWikiPage.objects.child_of(parent).get().title == "Noord"
    # Another group's page is no parent here; nor is a number out of range.
    assert (
        _send(client, "post", url, {"title": "X", "parent": other.pk}).status_code
        == 404
    )
    assert (
        _send(client, "post", url, {"title": "X", "parent": 2**31}).status_code == 422
    )
    assert not GroupWikiPage.objects.filter(title="X").exists()


def test_the_group_own_id_names_its_top(api_as, member, open_group):
    url = f"/api/groups/{open_group.pk}/pages/"
    response = _send(api_as(member), "post", url, {"title": "Boven", "parent": None})
    top = response.json()["parent"]
    assert top == open_group.pk

    again = _send(api_as(member), "post", url, {"title": "Ook boven", "parent": top})
    assert again.status_code == 201
    assert GroupWikiPage.objects.child_of(open_group).count() == 2


def test_a_change_needs_the_whole_page(api_as, member, open_group):
    page = add_wiki_page(open_group, title="Afspraken", body="<p>Blijft.</p>")
    url = f"/api/groups/{open_group.pk}/pages/{page.pk}/"

    response = _send(api_as(member), "put", url, {"title": "Zonder tekst"})
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"][-1] == "body"
    page.refresh_from_db()
    assert (page.title, page.body) == ("Afspraken", "<p>Blijft.</p>")


def test_change_a_page(api_as, member, outsider, open_group, groups):
    page = add_wiki_page(open_group, title="Afspraken")
    url = f"/api/groups/{open_group.pk}/pages/{page.pk}/"
    data = {"title": "Nieuwe afspraken", "body": "<p>Anders.</p>"}

    assert _send(api_as(outsider), "put", url, data).status_code == 403
    response = _send(api_as(member, token=True), "put", url, data)

    assert response.status_code == 200, response.content
    page.refresh_from_db()
    assert (page.title, page.body) == ("Nieuwe afspraken", "<p>Anders.</p>")
    assert page.revisions.count() == 2
    assert page.get_latest_revision().user == member
    assert response.json()["revision"] == page.latest_revision_id
    assert "Anders." in session_client(member).get(page.url).content.decode()
    # A page of another group is not found under this one.
    elsewhere = add_wiki_page(groups["secret"], title="Geheim")
    other_url = f"/api/groups/{open_group.pk}/pages/{elsewhere.pk}/"
    assert _send(api_as(member), "put", other_url, data).status_code == 404
    assert (
        _send(
            api_as(outsider),
            "put",
            f"/api/groups/{groups['secret'].pk}/pages/{elsewhere.pk}/",
            data,
        ).status_code
        == 404
    )


def test_wagtail_page_permissions_still_decide(api_as, member, open_group):
    """A member whose role lost Wagtail's publish permission on the group is
    refused by Wagtail's own check, and nothing is left behind."""
    GroupPagePermission.objects.filter(
        group=open_group.member_role, permission__codename="publish_page"
    ).delete()
    page = add_wiki_page(open_group, title="Afspraken")
    client = api_as(member)

    new = _send(client, "post", f"/api/groups/{open_group.pk}/pages/", {"title": "Nee"})
    assert new.status_code == 403
    assert new.json()["code"] == "permission_denied"
    assert not GroupWikiPage.objects.filter(title="Nee").exists()
    url = f"/api/groups/{open_group.pk}/pages/{page.pk}/"
    changed = _send(client, "put", url, {"title": "Nee", "body": "<p>Nee.</p>"})
    assert changed.status_code == 403
    page.refresh_from_db()
    assert page.title == "Afspraken"
    assert page.revisions.count() == 1


def test_html_is_cleaned_as_on_the_website(client, api_as, member, open_group):
    html = (
        '<p onclick="steal()">Hallo <script>alert(1)</script>'
        '<a href="javascript:alert(2)">klik</a> <b>vet</b></p>'
        '<img src="x" onerror="alert(3)"><iframe src="https://evil"></iframe>'
    )
    client.force_login(member)
    client.post(
        reverse("groups:new_page", args=[open_group.pk]),
        {"title": "Via website", "body": html},
    )
    _send(
        api_as(member),
        "post",
        f"/api/groups/{open_group.pk}/pages/",
        {"title": "Via API", "body": html},
    )

    website = GroupWikiPage.objects.get(title="Via website")
    api = GroupWikiPage.objects.get(title="Via API")
    assert api.body == website.body
    for bad in ("onclick", "<script", "javascript:", "onerror", "<iframe"):
        assert bad not in api.body
    assert "<b>vet</b>" in api.body


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"body": "<p>Zonder titel</p>"}, "title"),
        ({"title": ""}, "title"),
        ({"title": "!!!"}, "title"),
        ({"title": "x" * 256}, "title"),
        ({"title": "a\x00b"}, "title"),
        ({"title": "Goed", "body": "x" * 200_001}, "body"),
        ({"title": 3}, "title"),
        ({"title": "Goed", "body": None}, "body"),
        ({"title": "Goed", "parent": "boven"}, "parent"),
    ],
)
def test_bad_pages_are_refused(api_as, member, open_group, data, field):
    response = _send(
        api_as(member), "post", f"/api/groups/{open_group.pk}/pages/", data
    )
    assert response.status_code == 422, response.content
    assert response.json()["errors"][0]["loc"][-1] == field
    assert not GroupWikiPage.objects.exists()


def test_a_title_needs_letters_as_on_the_website(api_as, member, open_group):
    response = api_as(member).post(
        f"/api/groups/{open_group.pk}/pages/",
        {"title": "???"},
        content_type="application/json",
        headers={"accept-language": "en"},
    )
    assert response.json()["message"] == (
        "title: Give the page a title with letters in it."
    )


def test_anonymous_and_csrf(member, open_group):
    page = add_wiki_page(open_group, title="Afspraken")
    url = f"/api/groups/{open_group.pk}/pages/"
    assert _send(Client(), "post", url, {"title": "X"}).status_code == 401
    assert _send(Client(), "put", f"{url}{page.pk}/", {"title": "X"}).status_code == 401
    strict = Client(enforce_csrf_checks=True)
    strict.force_login(member)
    assert _send(strict, "post", url, {"title": "X"}).status_code == 403
    assert _send(strict, "put", f"{url}{page.pk}/", {"title": "X"}).status_code == 403
    assert not GroupWikiPage.objects.filter(title="X").exists()
