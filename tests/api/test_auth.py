"""Who gets in: the session, a Wagtail API token, and nobody else (401 JSON)."""

import re

import pytest
from django.test import Client
from wagtail.models import APIToken

ENDPOINTS = [
    "/api/pages/",
    "/api/pages/1/",
    "/api/people/",
    "/api/people/lid/",
    "/api/organisations/",
    "/api/units/",
    "/api/groups/",
    "/api/groups/1/",
    "/api/groups/1/members/",
    "/api/groups/1/posts/",
    "/api/feed/",
    "/api/me/",
    "/api/search/?q=verlof",
    "/api/search/autocomplete/?q=verl",
    "/api/whoami/",
    "/api/sites/",
]


@pytest.mark.parametrize("url", ENDPOINTS)
def test_anonymous_callers_get_401_json(db, url):
    response = Client().get(url)
    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "code": "not_authenticated",
        "message": "Sign in or send an API token.",
    }


def test_anonymous_patch_of_me_is_401(db):
    response = Client().patch("/api/me/", {}, content_type="application/json")
    assert response.status_code == 401


def test_session_signs_in(api_as, member):
    response = api_as(member).get("/api/me/")
    assert response.status_code == 200
    assert response.json()["username"] == "lid"


def test_token_signs_in(api_as, member):
    client = api_as(member, token=True)
    assert client.get("/api/me/").json()["username"] == "lid"
    # Wagtail's own endpoints take the token too.
    assert client.get("/api/whoami/").json()["user"]["username"] == "lid"


def test_revoked_token_is_refused(member):
    token, plaintext = APIToken.create_token(user=member, name="phone")
    token.revoke()
    client = Client(headers={"authorization": f"Bearer {plaintext}"})
    assert client.get("/api/me/").status_code == 401


def test_token_of_deactivated_account_is_refused(member):
    _token, plaintext = APIToken.create_token(user=member, name="phone")
    member.is_active = False
    member.save()
    client = Client(headers={"authorization": f"Bearer {plaintext}"})
    assert client.get("/api/me/").status_code == 401


def test_bad_token_is_not_rescued_by_the_session(api_as, member):
    client = api_as(member)
    response = client.get("/api/me/", headers={"authorization": "Bearer wagtail_x"})
    assert response.status_code == 401


def test_openapi_document_and_docs_are_served(db):
    document = Client().get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    paths = set(document["paths"])
    assert {
        "/api/pages/",
        "/api/people/{username}/",
        "/api/groups/{group_id}/members/",
        "/api/feed/",
        "/api/me/",
        "/api/search/",
        "/api/search/autocomplete/",
        "/api/whoami/",
    } <= paths
    # Wagtail's pages, images, documents and snippets routers are not
    # mounted; the images and documents paths are Werkplek's own.
    assert "/api/pages/{page_id}/revisions/" not in paths
    assert not any(
        path.startswith(("/api/snippets/", "/api/redirects/")) for path in paths
    )
    media = {
        path for path in paths if path.startswith(("/api/images/", "/api/documents/"))
    }
    assert media == {
        "/api/documents/",
        "/api/documents/{document_id}/",
        "/api/documents/{document_id}/download/",
        "/api/images/",
        "/api/images/{image_id}/",
    }
    assert Client().get("/api/docs/").status_code == 200


def test_api_docs_load_nothing_from_other_sites(db):
    page = Client().get("/api/docs/").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert not re.search(r"(src|href)=\"(https?:)?//", page)


def test_unknown_api_url_is_json_404(api_as, member):
    response = api_as(member).get("/api/nothing-here/")
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_website_still_sends_anonymous_visitors_to_login(db, home_page):
    response = Client().get("/people/")
    assert response.status_code == 302
