"""ETags on the API's answers: a client revalidates what it was shown and
gets 304 while nothing changed. No Last-Modified: a detail changes in ways no
date records (a page moved, a member joined), and a date would answer 304
for them."""

import pytest

from groups import services
from tests.groups.factories import make_group
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


def test_page_detail_revalidates_by_etag(api_as, member, theme_index):
    page = ThemePageFactory(parent=theme_index, title="Verlof")
    page.save_revision().publish()
    client = api_as(member)

    first = client.get(f"/api/pages/{page.pk}/")
    by_etag = client.get(
        f"/api/pages/{page.pk}/", headers={"if-none-match": first["ETag"]}
    )

    assert first.status_code == 200
    assert first["ETag"]
    assert "Last-Modified" not in first
    assert by_etag.status_code == 304


def test_a_change_answers_200_again(api_as, member, theme_index):
    page = ThemePageFactory(parent=theme_index, title="Verlof")
    client = api_as(member)
    etag = client.get(f"/api/pages/{page.pk}/")["ETag"]

    page.title = "Verlof en afwezigheid"
    page.save_revision().publish()
    response = client.get(f"/api/pages/{page.pk}/", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response.json()["title"] == "Verlof en afwezigheid"


def test_a_new_member_changes_the_group_etag(api_as, member, owner, home_page):
    group = make_group(home_page, owner, title="Fietsclub")
    client = api_as(member)
    etag = client.get(f"/api/groups/{group.pk}/")["ETag"]

    services.join(member, group)
    response = client.get(f"/api/groups/{group.pk}/", headers={"if-none-match": etag})

    assert response.status_code == 200
    assert response.json()["member_count"] == 2


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
