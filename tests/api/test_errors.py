"""Bad parameters get a JSON error with status, code and message, never a 500."""

import pytest

from groups.models import GroupPost, GroupWikiPage, PostComment
from tests.groups.factories import add_wiki_page
from tests.themes.factories import ThemePageFactory
from themes.freshness.models import PageFeedback

BAD_REQUESTS = [
    ("/api/people/?page=abc", 400, "unknown_parameter"),
    ("/api/people/?colour=red", 400, "unknown_parameter"),
    ("/api/people/?limit=abc", 422, "invalid"),
    ("/api/people/?limit=0", 422, "invalid"),
    ("/api/people/?offset=-1", 422, "invalid"),
    ("/api/people/?limit=100000", 422, "invalid"),
    ("/api/people/?unit=abc", 422, "invalid"),
    ("/api/people/?unit=99999999", 400, "invalid_parameter"),
    ("/api/people/?organisation=nowhere", 400, "invalid_parameter"),
    ("/api/people/?q=" + "x" * 500, 422, "invalid"),
    ("/api/units/?parent=abc", 422, "invalid"),
    ("/api/pages/?type=nonsense", 400, "invalid_parameter"),
    ("/api/pages/?type=people.Person", 400, "invalid_parameter"),
    ("/api/pages/?parent=99999999", 400, "invalid_parameter"),
    ("/api/pages/abc/", 422, "invalid"),
    ("/api/groups/?visibility=public", 422, "invalid"),
    ("/api/groups/?mine=perhaps", 422, "invalid"),
    ("/api/groups/abc/", 422, "invalid"),
    ("/api/groups/99999999/", 404, "not_found"),
    ("/api/feed/?kind=news", 400, "unknown_parameter"),
]


@pytest.mark.parametrize(("url", "status", "code"), BAD_REQUESTS)
def test_bad_parameters_answer_json(api_as, member, home_page, url, status, code):
    response = api_as(member).get(url)
    assert response.status_code == status, response.content[:300]
    body = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert body["message"]


def _list_urls(client, group) -> list[str]:
    """Every list endpoint of Werkplek's (the operations that take
    ``limit``), from the OpenAPI document, with ids the caller may see.
    Wagtail's sites list keeps its own paginator (and takes tokens only)."""
    post = GroupPost.objects.create(group=group, author=group.owner, body="Hallo")
    document = client.get("/api/openapi.json").json()
    urls = []
    for path, operations in document["paths"].items():
        parameters = operations.get("get", {}).get("parameters", [])
        if path != "/api/sites/" and "limit" in {p["name"] for p in parameters}:
            urls.append(path.format(group_id=group.pk, post_id=post.pk))
    return urls


def test_a_limit_over_the_maximum_answers_422_on_every_list(
    api_as, member, open_group, settings
):
    settings.WAGTAILAPI_LIMIT_MAX = 5
    client = api_as(member)
    urls = _list_urls(client, open_group)
    assert len(urls) >= 10, urls

    for url in urls:
        over = client.get(url, {"limit": 6})
        under = client.get(url, {"limit": 0})
        assert client.get(url, {"limit": 5}).status_code == 200, url
        assert (over.status_code, under.status_code) == (422, 422), url
        body = over.json()
        assert body["code"] == under.json()["code"] == "invalid", url
        assert body["message"] == "query.limit: Input should be less than or equal to 5"
        assert [error["loc"] for error in body["errors"]] == [["query", "limit"]]
        assert body.keys() == under.json().keys()


@pytest.mark.parametrize(
    "body",
    [
        '{"phone": "not a number"}',
        '{"skills": "one"}',
        '{"bio": 3}',
        "not json",
        "[]",
        "3",
        '"bio"',
    ],
)
def test_bad_profile_changes_answer_422(api_as, member, body):
    response = api_as(member).patch("/api/me/", body, content_type="application/json")
    assert response.status_code in (400, 422), response.content[:300]
    assert response.json()["message"]


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/pages/?offset=9223372036854775808", 422),
        ("/api/people/?limit=99999999999999999999", 422),
        ("/api/groups/99999999999999999999/", 404),
        ("/api/groups/99999999999999999999/members/", 404),
        ("/api/documents/99999999999999999999/", 404),
        ("/api/images/99999999999999999999/", 404),
    ],
)
def test_huge_numbers_are_refused_not_500(api_as, member, home_page, url, status):
    response = api_as(member).get(url)

    assert response.status_code == status, response.content[:300]
    assert response.json()["message"]


@pytest.mark.parametrize("tail", ["members/", "documents/", "settings/", "posts/1/"])
def test_huge_group_ids_on_the_site_are_404(staff_client, home_page, tail):
    response = staff_client.get(f"/groups/99999999999999999999/{tail}")

    assert response.status_code == 404


@pytest.mark.parametrize(
    "url",
    [
        "/api/units/?organisation=stad%00",
        "/api/people/?q=an%00",
        "/api/people/an%00na/",
        "/api/groups/?q=%00",
        "/api/documents/?q=%00",
    ],
)
def test_nul_characters_answer_400(api_as, member, home_page, url):
    # Found by the contract test: PostgreSQL cannot hold them.
    response = api_as(member).get(url)

    assert response.status_code == 400, response.content[:300]
    assert response.json()["code"] == "invalid_parameter"


def _writes(groups, theme_index) -> list[tuple[str, str]]:
    """Every write endpoint with a JSON body, on things the member may change."""
    group = groups["open"]
    post = GroupPost.objects.create(group=group, author=group.owner, body="Hallo")
    page = add_wiki_page(group, title="Afspraken", body="<p>Blijft.</p>")
    theme = ThemePageFactory(parent=theme_index, title="Verlof")
    return [
        ("patch", "/api/me/"),
        ("post", f"/api/groups/{group.pk}/posts/"),
        ("post", f"/api/groups/{group.pk}/posts/{post.pk}/comments/"),
        ("post", f"/api/groups/{group.pk}/pages/"),
        ("put", f"/api/groups/{group.pk}/pages/{page.pk}/"),
        ("post", f"/api/pages/{theme.pk}/feedback/"),
    ]


@pytest.mark.parametrize("body", ['"oops"', '"str"', "[]", "3", "true", "null"])
def test_write_bodies_must_be_objects(api_as, member, groups, theme_index, body):
    # A string once passed for a page: "oops".title is str.title.
    client = api_as(member)
    for method, url in _writes(groups, theme_index):
        before = _state(member)
        response = getattr(client, method)(url, body, content_type="application/json")
        assert response.status_code == 422, (url, response.content[:300])
        assert response.json()["code"] == "invalid"
        assert _state(member) == before, url


def test_unknown_body_fields_are_refused(api_as, member, groups, theme_index):
    client = api_as(member)
    changes = {
        "patch": {"jobtitle": "typo", "username": "admin"},
        "post": {"title": "Goed", "body": "<p>Tekst</p>", "useful": True, "x": 1},
        "put": {"title": "Goed", "body": "<p>Tekst</p>", "author": "admin"},
    }
    for method, url in _writes(groups, theme_index):
        before = _state(member)
        response = getattr(client, method)(
            url, changes[method], content_type="application/json"
        )
        assert response.status_code == 422, (url, response.content[:300])
        locations = [error["loc"][-1] for error in response.json()["errors"]]
        assert set(locations) & {"jobtitle", "username", "x", "author"}, url
        assert _state(member) == before, url


def _state(member) -> tuple:
    member.person.refresh_from_db()
    return (
        member.person.job_title,
        GroupPost.objects.count(),
        PostComment.objects.count(),
        list(GroupWikiPage.objects.values_list("title", "body").order_by("pk")),
        PageFeedback.objects.count(),
    )


@pytest.mark.parametrize(
    ("method", "url", "allowed"),
    [
        ("delete", "/api/pages/{page}/", "GET, HEAD"),
        ("get", "/api/groups/{group}/join/", "POST"),
        ("options", "/api/me/", "GET, HEAD, PATCH"),
        ("put", "/api/feed/", "GET, HEAD"),
    ],
)
def test_methods_an_endpoint_does_not_take_answer_json_405(
    api_as, member, groups, home_page, method, url, allowed
):
    url = url.format(page=home_page.pk, group=groups["open"].pk)
    response = getattr(api_as(member), method)(url)
    assert response.status_code == 405
    assert sorted(response["Allow"].split(", ")) == allowed.split(", ")
    body = response.json()
    assert (body["status"], body["code"]) == (405, "method_not_allowed")
    assert method.upper() in body["message"]
    # The message names the same methods as the header.
    assert body["message"].endswith(f"allowed: {response['Allow']}.")


def test_the_api_root_and_closed_docs_answer_json_404(api_as, member, settings):
    client = api_as(member)
    root = client.get("/api/")
    assert root.status_code == 404
    assert "/api/openapi.json" in root.json()["message"]
    settings.WAGTAILAPI_DOCS_ENABLED = False
    for url in ("/api/docs/", "/api/openapi.json"):
        response = client.get(url)
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
