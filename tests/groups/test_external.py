"""External partners see the groups they belong to and their own profile,
nothing else of the intranet."""

import pytest
from django.test import Client
from django.urls import reverse

from groups.models import GroupPost
from tests.api.conftest import token_client
from tests.groups.factories import add_member, add_wiki_page, group_index
from tests.people.factories import OrgUnitFactory, UserFactory
from tests.themes.factories import NewsPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner_client(client, external, closed_group):
    add_member(closed_group, external)
    client.force_login(external)
    return client


def test_external_reads_their_group(partner_client, closed_group, owner):
    page = add_wiki_page(closed_group, title="Samenwerkingsakkoord")
    GroupPost.objects.create(group=closed_group, author=owner, body="Welkom partner")
    assert "Welkom partner" in partner_client.get(closed_group.url).text
    assert partner_client.get(page.url).status_code == 200


def test_external_sees_nothing_else(
    partner_client, home_page, theme_index, news_index, open_group, external
):
    theme = ThemePageFactory(parent=theme_index, title="Verlofregeling")
    news = NewsPageFactory(parent=news_index, title="Nieuwe burgemeester")
    colleague = UserFactory(first_name="Karel", last_name="Zwartvoet")

    assert partner_client.get("/").url == reverse("groups:mine")
    for url in [theme.url, news.url, theme_index.url, open_group.url]:
        assert partner_client.get(url).status_code == 404, url
    assert partner_client.get(colleague.person.get_absolute_url()).status_code == 404
    assert "Zwartvoet" not in partner_client.get(reverse("people:directory")).text
    assert partner_client.get(external.person.get_absolute_url()).status_code == 200

    listing = partner_client.get(group_index(home_page).url).text
    assert "Begroting 2027" in listing and "Fietsers" not in listing


def test_external_search_finds_only_their_group(partner_client, closed_group, owner):
    GroupPost.objects.create(group=closed_group, author=owner, body="fietsroute")
    data = partner_client.get("/api/search/", {"q": "Zwartvoet Fietsers"}).json()
    assert data["counts"]["people"] == 0
    assert data["counts"]["groups"] == 0


def test_external_cannot_start_a_group(partner_client):
    assert partner_client.get(reverse("groups:create")).status_code == 403


def test_an_administrator_marks_a_person_external(client, db):
    admin = UserFactory(is_superuser=True, is_staff=True)
    person = UserFactory().person
    client.force_login(admin)
    url = reverse("wagtailsnippets_people_person:edit", args=[person.pk])
    assert 'name="is_external"' in client.get(url).text


def test_external_partner_cannot_join_a_unit(partner_client, external, owner):
    unit = OrgUnitFactory(name="Team Burgerzaken")
    edit = external.person.get_edit_url()
    assert 'name="org_unit"' not in partner_client.get(edit).text

    # Posted anyway, on the website and through the API.
    data = {"job_title": "Architect", "org_unit": unit.pk, "manager": owner.person.pk}
    assert partner_client.post(edit, data).status_code == 302
    response = token_client(external).patch(
        "/api/me/", {"org_unit": unit.pk}, content_type="application/json"
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "org_unit"]

    external.person.refresh_from_db()
    assert external.person.job_title == "Architect"
    assert (external.person.org_unit, external.person.manager) == (None, None)


def test_the_directory_a_colleague_cached_is_not_the_partners(partner_client, external):
    UserFactory(first_name="Karel", last_name="Zwartvoet")
    colleague = Client()
    colleague.force_login(UserFactory())
    url = reverse("people:directory")
    staff_page = colleague.get(url).text
    assert "Zwartvoet" in staff_page and 'name="organisation"' in staff_page

    # The same address, with the colleague's result list in the cache.
    partner_page = partner_client.get(url).text
    assert "Zwartvoet" not in partner_page
    assert external.last_name in partner_page
    assert 'name="organisation"' not in partner_page
    assert 'name="unit"' not in partner_page
