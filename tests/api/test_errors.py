"""Bad parameters get a JSON error with status, code and message, never a 500."""

import pytest

BAD_REQUESTS = [
    ("/api/people/?page=abc", 400, "unknown_parameter"),
    ("/api/people/?colour=red", 400, "unknown_parameter"),
    ("/api/people/?limit=abc", 422, "invalid"),
    ("/api/people/?limit=0", 422, "invalid"),
    ("/api/people/?offset=-1", 422, "invalid"),
    ("/api/people/?limit=100000", 400, "bad_request"),
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
