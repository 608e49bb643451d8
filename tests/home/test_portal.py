"""The portal shows each reader the news meant for them, and nothing hidden."""

import re
import uuid

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import HomeFeaturedTheme, HomeQuickLink
from tests.people.factories import OrganisationFactory, OrgUnitFactory, person_for
from tests.themes.factories import NewsPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def shown_news(response) -> set[str]:
    return {page.title for page in response.context["news"]}


@pytest.fixture
def reader_in_city(user):
    city = OrganisationFactory(name="Stad", slug="stad")
    person_for(user, org_unit=OrgUnitFactory(organisation=city))
    return city


def test_news_for_everyone_and_for_my_organisation_only(
    staff_client, news_index, reader_in_city
):
    police = OrganisationFactory(name="Politie", slug="politie")
    NewsPageFactory(parent=news_index, title="Voor iedereen")
    NewsPageFactory(
        parent=news_index, title="Voor de stad", target_organisations=[reader_in_city]
    )
    NewsPageFactory(
        parent=news_index, title="Voor de politie", target_organisations=[police]
    )
    NewsPageFactory(
        parent=news_index,
        title="Voor beide",
        target_organisations=[police, reader_in_city],
    )

    response = staff_client.get("/")

    assert response.status_code == 200
    assert shown_news(response) == {"Voor iedereen", "Voor de stad", "Voor beide"}


def test_reader_without_organisation_sees_news_for_everyone(staff_client, news_index):
    police = OrganisationFactory(name="Politie", slug="politie")
    NewsPageFactory(parent=news_index, title="Voor iedereen")
    NewsPageFactory(parent=news_index, title="Politie", target_organisations=[police])

    assert shown_news(staff_client.get("/")) == {"Voor iedereen"}


def test_newest_news_first_and_limited(staff_client, news_index, settings):
    settings.WERKPLEK_HOME_NEWS_COUNT = 3
    for day in range(1, 6):
        NewsPageFactory(parent=news_index, title=f"Dag {day}", date=f"2026-11-0{day}")

    titles = [page.title for page in staff_client.get("/").context["news"]]

    assert titles == ["Dag 5", "Dag 4", "Dag 3"]


def test_drafts_and_restricted_news_stay_hidden(staff_client, news_index, user):
    NewsPageFactory(parent=news_index, title="Concept", live=False)
    secret = NewsPageFactory(parent=news_index, title="Directie")
    board = Group.objects.create(name="Directieraad")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(board)

    assert shown_news(staff_client.get("/")) == set()
    content = staff_client.get("/").content
    assert b"Concept" not in content and b"Directie" not in content

    user.groups.add(board)
    assert shown_news(staff_client.get("/")) == {"Directie"}


def test_featured_themes_and_quick_links(staff_client, home_page, theme_index):
    theme = ThemePageFactory(parent=theme_index, title="Verlof")
    draft = ThemePageFactory(parent=theme_index, title="Nog niet klaar", live=False)
    HomeFeaturedTheme.objects.create(home=home_page, theme=theme, sort_order=0)
    HomeFeaturedTheme.objects.create(home=home_page, theme=draft, sort_order=1)
    HomeQuickLink.objects.create(
        home=home_page, title="Loonbrief", url="https://loon.example/"
    )

    response = staff_client.get("/")

    featured = [theme.title for theme in response.context["featured_themes"]]
    assert featured == ["Verlof"]
    assert b"https://loon.example/" in response.content
    assert b"Nog niet klaar" not in response.content


def test_portal_offers_people_search(staff_client):
    response = staff_client.get("/")

    assert b'action="/people/"' in response.content


def test_sections_form_the_main_navigation(staff_client, theme_index, news_index):
    navigation = staff_client.get("/").context["main_navigation"]

    assert [page.title for page in navigation] == ["Thema's", "Nieuws"]


def test_cached_news_follows_publishing(staff_client, news_index):
    NewsPageFactory(parent=news_index, title="Eerste")
    assert shown_titles(staff_client) == {"Eerste"}

    second = NewsPageFactory(parent=news_index, title="Tweede", live=False)
    second.save_revision().publish()
    assert shown_titles(staff_client) == {"Eerste", "Tweede"}

    second.refresh_from_db()
    second.unpublish()
    assert shown_titles(staff_client) == {"Eerste"}


def test_cached_news_is_never_served_to_a_reader_who_may_not_see_it(
    client, news_index, user
):
    board = Group.objects.create(name="Directieraad")
    secret = NewsPageFactory(parent=news_index, title="Directienota")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(board)
    member = person_for().user
    member.groups.add(board)

    client.force_login(member)
    assert "Directienota" in shown_titles(client)
    client.force_login(user)
    assert "Directienota" not in shown_titles(client)


def shown_titles(client) -> set[str]:
    """The news titles in the portal's HTML (cached or freshly rendered)."""
    html = client.get("/").content.decode()
    return set(re.findall(r'card__title"><a href="[^"]*">([^<]+)</a>', html))


@pytest.mark.parametrize("group", ["Moderators", "Editors"])
def test_those_who_work_in_the_admin_find_it_from_the_portal(staff_client, user, group):
    admin_link = 'href="/admin/"'
    assert admin_link not in staff_client.get("/").text
    user.groups.add(Group.objects.get(name=group))
    assert admin_link in staff_client.get("/").text


def test_quick_links_are_translated_with_the_home_page(client, user, home_page):
    from tests.cms.translating import translate

    HomeQuickLink.objects.create(
        home=home_page,
        title="Loonbrief",
        url="https://loon.example/",
        description="Je loonbrieven",
    )
    english = translate(
        home_page, "en", {"Loonbrief": "Pay slips", "Je loonbrieven": "Your pay slips"}
    )
    client.force_login(user)

    dutch = client.get("/").content.decode()
    translated = client.get(english.url).content.decode()

    link = english.quick_links.get()
    assert (link.title, link.url, link.locale.language_code) == (
        "Pay slips",
        "https://loon.example/",
        "en",
    )
    assert link.translation_key == home_page.quick_links.get().translation_key
    assert "Pay slips" in translated and "Your pay slips" in translated
    assert "Loonbrief" not in translated
    assert "Loonbrief" in dutch and "Pay slips" not in dutch


def test_the_migration_pairs_the_links_of_translated_home_pages(home_page):
    import importlib

    from django.apps import apps

    from tests.cms.translating import translate

    migration = importlib.import_module("home.migrations.0004_quick_links_translatable")
    HomeQuickLink.objects.create(home=home_page, title="Webmail", url="https://m.ex/")
    HomeQuickLink.objects.create(home=home_page, title="Loon", url="https://l.ex/")
    english = translate(home_page, "en", {})
    # As before the migration: each link a key of its own.
    for link in HomeQuickLink.objects.all():
        link.translation_key = uuid.uuid4()
        link.save()

    migration.fill_locales_and_keys(apps, None)

    pairs = {link.url: link.translation_key for link in home_page.quick_links.all()}
    copies = {link.url: link.translation_key for link in english.quick_links.all()}
    assert pairs == copies
    assert len(set(pairs.values())) == 2
    assert {link.locale_id for link in english.quick_links.all()} == {english.locale_id}
