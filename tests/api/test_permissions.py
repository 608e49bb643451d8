"""The permission matrix: every endpoint shows each kind of caller what the
website shows them, and answers 404 (not 403) for what they may not see."""

from datetime import UTC, datetime

import pytest
from wagtail.models import Page, PageViewRestriction

from groups.models import GroupPost
from tests.cms.translating import translate
from tests.groups.factories import add_member, add_wiki_page
from tests.people.factories import UserFactory
from tests.themes.factories import ThemePageFactory

# (role, group kind) -> (listed and detail 200, content: members and posts 200)
GROUP_MATRIX = {
    ("member", "open"): (True, True),
    ("member", "closed"): (True, True),
    ("member", "secret"): (True, True),
    ("outsider", "open"): (True, True),
    ("outsider", "closed"): (True, False),
    ("outsider", "secret"): (False, False),
    ("editor", "open"): (True, True),
    ("editor", "closed"): (True, False),
    ("editor", "secret"): (False, False),
    ("external", "open"): (False, False),
    ("external", "closed"): (True, True),
    ("external", "secret"): (False, False),
    ("superuser", "open"): (True, True),
    ("superuser", "closed"): (True, True),
    ("superuser", "secret"): (True, True),
}


def _ids(client, url, key="id") -> set:
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return {item[key] for item in response.json()["items"]}


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
@pytest.mark.parametrize(("role", "kind"), list(GROUP_MATRIX))
def test_group_endpoints(api_as, people, groups, owner, role, kind, token):
    known, readable = GROUP_MATRIX[role, kind]
    group = groups[kind]
    GroupPost.objects.create(group=group, author=owner, body="Vergadering maandag.")
    client = api_as(people[role], token=token)

    listed = _ids(client, "/api/groups/")
    assert (group.pk in listed) is known
    detail = client.get(f"/api/groups/{group.pk}/")
    assert detail.status_code == (200 if known else 404)
    if known:
        assert detail.json()["can_read_content"] is readable

    for part in ("members", "posts"):
        response = client.get(f"/api/groups/{group.pk}/{part}/")
        assert response.status_code == (200 if readable else 404), part
    if readable:
        members = client.get(f"/api/groups/{group.pk}/members/").json()
        assert "eigenaar" in {item["username"] for item in members["items"]}
        posts = client.get(f"/api/groups/{group.pk}/posts/").json()
        assert posts["count"] == 1


@pytest.mark.parametrize(("role", "kind"), list(GROUP_MATRIX))
def test_group_pages(api_as, people, groups, role, kind):
    _known, readable = GROUP_MATRIX[role, kind]
    wiki = add_wiki_page(groups[kind], title=f"Afspraken {kind}")
    client = api_as(people[role])

    listed = _ids(client, "/api/pages/?limit=100")
    assert (wiki.pk in listed) is readable
    assert (groups[kind].pk in listed) is readable
    children = client.get(f"/api/pages/?parent={groups[kind].pk}")
    assert children.status_code == (200 if readable else 400)
    response = client.get(f"/api/pages/{wiki.pk}/")
    assert response.status_code == (200 if readable else 404)
    if readable:
        assert response.json()["fields"]["body"] == "<p>Wie doet wat.</p>"


def test_drafts_and_restricted_pages_stay_hidden(api_as, people, theme_index, groups):
    draft = ThemePageFactory(parent=theme_index, title="Nog niet klaar", live=False)
    hidden = ThemePageFactory(parent=theme_index, title="Alleen HR")
    restriction = PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([groups["secret"].member_role])
    for role in ("outsider", "editor", "external"):
        client = api_as(people[role], token=True)
        listed = _ids(client, "/api/pages/?limit=100")
        assert not {draft.pk, hidden.pk} & listed, role
        for page in (draft, hidden):
            assert client.get(f"/api/pages/{page.pk}/").status_code == 404, role
    # Members of the group the restriction names pass it; drafts stay drafts.
    client = api_as(people["member"])
    assert client.get(f"/api/pages/{hidden.pk}/").status_code == 200
    assert client.get(f"/api/pages/{draft.pk}/").status_code == 404


@pytest.mark.parametrize("role", ["member", "superuser"])
def test_the_tree_root_is_no_page_of_the_api(
    api_as, people, home_page, theme_index, role
):
    # Wagtail's root, a bare Page above the portal, once came with a schema
    # of its own, and a bare Page of any other place is the same.
    root = home_page.get_parent()
    bare = theme_index.add_child(instance=Page(title="Zonder type", slug="kaal"))
    client = api_as(people[role], token=True)

    items = client.get("/api/pages/?limit=100").json()["items"]
    detail = client.get(f"/api/pages/{root.pk}/")
    below_root = client.get(f"/api/pages/?parent={root.pk}")

    assert {item["type"] for item in items} >= {"home.HomePage"}
    assert "wagtailcore.Page" not in {item["type"] for item in items}
    assert not {root.pk, bare.pk} & {item["id"] for item in items}
    assert [i["parent"] for i in items if i["id"] == home_page.pk] == [None]
    assert detail.status_code == 404
    assert client.get(f"/api/pages/{bare.pk}/").status_code == 404
    # As for a page that does not exist.
    assert (below_root.status_code, below_root.json()["code"]) == (
        400,
        "invalid_parameter",
    )


def test_page_detail_gives_streamfield_as_json(api_as, member, theme_index):
    page = ThemePageFactory(parent=theme_index, title="Verlof")
    data = api_as(member).get(f"/api/pages/{page.pk}/").json()
    assert data["type"] == "themes.ThemePage"
    assert data["parent"] == theme_index.pk
    body = data["fields"]["body"]
    assert body[0]["type"] == "paragraph"
    assert body[0]["value"] == "<p>Lees hier hoe het werkt.</p>"
    assert {"id", "type", "value"} <= set(body[0])


def test_page_filters(api_as, member, theme_index, news_index):
    ThemePageFactory(parent=theme_index, title="Verlof")
    client = api_as(member)
    themes = client.get("/api/pages/?type=themes.ThemePage").json()
    assert [item["title"] for item in themes["items"]] == ["Verlof"]
    children = client.get(f"/api/pages/?parent={theme_index.pk}").json()
    assert [item["title"] for item in children["items"]] == ["Verlof"]


def test_page_order(api_as, member, theme_index):
    for number, title in enumerate(["Budget", "Verlof", "Atelier"]):
        page = ThemePageFactory(parent=theme_index, title=title)
        page.first_published_at = datetime(2020 + number, 5, 1, tzinfo=UTC)
        page.save(update_fields=["first_published_at"])
    hidden = ThemePageFactory(parent=theme_index, title="Achter slot")
    PageViewRestriction.objects.create(
        page=hidden, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    client = api_as(member)

    def titles(order: str = "") -> list[str]:
        url = f"/api/pages/?parent={theme_index.pk}" + (order and f"&order={order}")
        return [item["title"] for item in client.get(url).json()["items"]]

    assert titles() == ["Budget", "Verlof", "Atelier"]  # the tree
    assert titles("title") == ["Atelier", "Budget", "Verlof"]
    assert titles("-title") == ["Verlof", "Budget", "Atelier"]
    assert titles("-first_published_at") == ["Atelier", "Verlof", "Budget"]
    assert client.get("/api/pages/?order=owner").status_code == 422


def test_pages_of_one_language(api_as, member, home_page, theme_index):
    theme = ThemePageFactory(parent=theme_index, title="Verlof")
    for page in (home_page, theme_index, theme):
        translate(page, "en", {"Verlof": "Leave"})
    client = api_as(member)

    items = client.get("/api/pages/?type=themes.ThemePage&locale=en").json()["items"]
    assert [(item["locale"], item["id"] != theme.pk) for item in items] == [
        ("en", True)
    ]
    dutch = client.get("/api/pages/?type=themes.ThemePage&locale=nl").json()
    assert [item["id"] for item in dutch["items"]] == [theme.pk]
    unknown = client.get("/api/pages/?locale=xx")
    assert (unknown.status_code, unknown.json()["code"]) == (400, "invalid_parameter")


def test_people_visibility(api_as, member, outsider, external, hr_user):
    gone = UserFactory(username="vertrokken", is_active=False)

    staff = api_as(outsider)
    usernames = _ids(staff, "/api/people/?limit=100", "username")
    assert {"lid", "partner"} <= usernames
    assert "vertrokken" not in usernames
    assert staff.get("/api/people/lid/").status_code == 200
    assert staff.get(f"/api/people/{gone.username}/").status_code == 404
    assert staff.get("/api/people/nobody/").status_code == 404

    hr = api_as(hr_user)
    assert hr.get(f"/api/people/{gone.username}/").status_code == 200

    partner = api_as(external, token=True)
    items = partner.get("/api/people/").json()["items"]
    assert [item["username"] for item in items] == ["partner"]
    assert partner.get("/api/people/lid/").status_code == 404
    assert partner.get("/api/me/").status_code == 200
    assert partner.get("/api/organisations/").json()["count"] == 0
    assert partner.get("/api/units/").json()["count"] == 0


def test_external_sees_only_their_groups_pages(api_as, external, groups, theme_index):
    ThemePageFactory(parent=theme_index, title="Verlof")
    items = api_as(external).get("/api/pages/?limit=100").json()["items"]
    assert {item["id"] for item in items} == {groups["closed"].pk}


def test_manager_hidden_when_deactivated(api_as, member, outsider):
    boss = UserFactory(username="baas", is_active=False)
    member.person.manager = boss.person
    member.person.save()
    assert api_as(outsider).get("/api/people/lid/").json()["manager"] is None


def test_page_count_follows_changes_and_callers(
    api_as, member, outsider, groups, theme_index
):
    """The list's count is cached (cms.pages_api.PageListPagination): it
    moves with every change to the pages and to what a caller may see, and a
    caller never gets the count of someone who may see other pages."""
    member_client, outsider_client = api_as(member), api_as(outsider)
    members_count = member_client.get("/api/pages/").json()["count"]
    outsiders_count = outsider_client.get("/api/pages/").json()["count"]
    # The member reads the closed and the secret group's pages too.
    assert members_count > outsiders_count

    page = ThemePageFactory(parent=theme_index, title="Nieuw")
    assert member_client.get("/api/pages/").json()["count"] == members_count + 1
    page.unpublish()
    assert member_client.get("/api/pages/").json()["count"] == members_count

    add_member(groups["closed"], outsider)
    joined = outsider_client.get("/api/pages/").json()["count"]
    assert outsiders_count < joined < members_count
