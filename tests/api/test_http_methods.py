"""HEAD and answers without a body: every GET endpoint answers HEAD as it
answers GET, without the body; a 204 carries neither a body nor a
Content-Type."""

import pytest
from django.core.files.base import ContentFile
from django.core.handlers.base import BaseHandler
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import RequestFactory
from wagtail.documents import get_document_model
from wagtail.models import APIToken, Collection

from groups.models import GroupPost

pytestmark = pytest.mark.django_db


@pytest.fixture
def reglement(db):
    return get_document_model().objects.create(
        title="Reglement",
        file=ContentFile(b"inhoud", name="Reglement.txt"),
        collection=Collection.get_first_root_node(),
    )


def _get_urls(home_page, open_group, reglement) -> list[str]:
    group = open_group.pk
    return [
        "/api/pages/",
        f"/api/pages/{home_page.pk}/",
        "/api/people/",
        "/api/people/lid/",
        "/api/groups/",
        f"/api/groups/{group}/members/",
        "/api/feed/",
        f"/api/documents/{reglement.pk}/",
        f"/api/documents/{reglement.pk}/download/",
        "/api/whoami/",
        "/api/openapi.json",
    ]


def test_get_endpoints_answer_head_as_get(
    api_as, member, home_page, open_group, reglement
):
    client = api_as(member, token=True)
    for url in _get_urls(home_page, open_group, reglement):
        got = client.get(url)
        head = client.head(url)

        assert got.status_code == 200, (url, got.content[:200])
        assert head.status_code == 200, (url, head.content[:200])
        for header in ("Content-Type", "Content-Length", "ETag"):
            assert head.get(header) == got.get(header), (url, header)


def _application_answer(method: str, url: str, token: str):
    """Return what the application answers, before the test client (or a
    web server) leaves out the body of an answer to HEAD."""
    handler = BaseHandler()
    handler.load_middleware()
    request = getattr(RequestFactory(), method)(
        url, headers={"authorization": f"Bearer {token}"}
    )
    response = handler.get_response(request)
    if response.streaming:
        body = b"".join(response.streaming_content)
    else:
        body = response.content
    # As the test client: closing must not close the test's connection.
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return response, body


@pytest.mark.parametrize("kind", ["json", "file"])
def test_head_leaves_out_the_body(member, reglement, kind):
    _token, token = APIToken.create_token(user=member, name="tests")
    url = {
        "json": "/api/people/",
        "file": f"/api/documents/{reglement.pk}/download/",
    }[kind]

    got, got_body = _application_answer("get", url, token)
    head, head_body = _application_answer("head", url, token)

    assert head.status_code == got.status_code == 200
    assert got_body
    assert head_body == b""
    assert head["Content-Length"] == got["Content-Length"] == str(len(got_body))
    assert head["ETag"] == got["ETag"]


def test_head_revalidates_and_keeps_the_checks(
    api_as, member, outsider, home_page, open_group
):
    post = GroupPost.objects.create(group=open_group, author=member, body="Hallo")
    url = f"/api/groups/{open_group.pk}/posts/{post.pk}/"
    client = api_as(member)
    etag = client.get(url)["ETag"]

    assert client.head(url, headers={"if-none-match": etag}).status_code == 304
    assert api_as(None).head(url).status_code == 401
    assert client.head("/api/groups/99999/").status_code == 404


def test_head_is_allowed_beside_get_only(api_as, member, open_group):
    client = api_as(member)

    not_taken = client.delete("/api/feed/")
    post_only = client.head(f"/api/groups/{open_group.pk}/join/")

    assert not_taken.status_code == 405
    assert not_taken["Allow"] == "GET, HEAD"
    assert post_only.status_code == 405
    assert post_only["Allow"] == "POST"


def test_204_answers_have_no_body_and_no_content_type(api_as, member, open_group):
    post = GroupPost.objects.create(group=open_group, author=member, body="Weg")
    client = api_as(member)

    deleted = client.delete(f"/api/groups/{open_group.pk}/posts/{post.pk}/")
    left = client.post(f"/api/groups/{open_group.pk}/leave/")

    for response in (deleted, left):
        assert response.status_code == 204
        assert response.content == b""
        assert "Content-Type" not in response
        assert "Content-Length" not in response
