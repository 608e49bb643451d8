"""ETag and Last-Modified on the API's answers: a client revalidates what
it was shown and gets 304 while nothing changed."""

import pytest

from tests.groups.factories import make_group
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


def test_page_detail_revalidates_by_etag_and_date(api_as, member, theme_index):
    page = ThemePageFactory(parent=theme_index, title="Verlof")
    page.save_revision().publish()
    client = api_as(member)

    first = client.get(f"/api/pages/{page.pk}/")
    by_etag = client.get(
        f"/api/pages/{page.pk}/", headers={"if-none-match": first["ETag"]}
    )
    by_date = client.get(
        f"/api/pages/{page.pk}/", headers={"if-modified-since": first["Last-Modified"]}
    )

    assert first.status_code == 200
    assert first["ETag"]
    assert first["Last-Modified"]
    assert by_etag.status_code == 304
    assert by_date.status_code == 304


def test_a_change_answers_200_again(api_as, member, theme_index):
    page = ThemePageFactory(parent=theme_index, title="Verlof")
    client = api_as(member)
    etag = client.get(f"/api/pages/{page.pk}/")["ETag"]

    page.title = "Verlof en afwezigheid"
    page.save_revision().publish()
    response = client.get(f"/api/pages/{page.pk}/", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response.json()["title"] == "Verlof en afwezigheid"


def test_group_detail_has_last_modified(api_as, member, owner, home_page):
    group = make_group(home_page, owner, title="Fietsclub")

    response = api_as(member).get(f"/api/groups/{group.pk}/")

    assert response.status_code == 200
    assert response["Last-Modified"]
    assert response["ETag"]


def test_etags_differ_between_readers_who_see_differently(
    api_as, member, outsider, owner, home_page
):
    make_group(
        home_page, owner, title="Geheime groep", visibility="secret", members=[member]
    )

    seen_by_member = api_as(member).get("/api/groups/")
    seen_by_outsider = api_as(outsider).get("/api/groups/")

    assert seen_by_member["ETag"] != seen_by_outsider["ETag"]
    replay = api_as(outsider).get(
        "/api/groups/", headers={"if-none-match": seen_by_member["ETag"]}
    )
    assert replay.status_code == 200
    assert "Geheime groep" not in replay.content.decode()
