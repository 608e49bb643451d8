"""SQL query counts of the main pages do not grow with people, news or units.

Each test measures a page, adds more of what it lists, and measures again:
an N+1 shows up as a difference. Pages keep rendered fragments in the cache
(`cms.fragments`); the count is taken with that cache empty, so that it is
the work of drawing the page, and a last test checks that a cached page
does less.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from home.models import HomeFeaturedTheme
from tests.people.factories import (
    ImageFactory,
    OrganisationFactory,
    OrgUnitFactory,
    UserFactory,
    person_for,
)
from tests.themes.factories import NewsPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def query_count(client, url: str, cached: bool = False, **params) -> int:
    # The first view of a new image creates its renditions (a one-time
    # write); count the queries of the view after that.
    client.get(url, params)
    if not cached:
        cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def organisation():
    return OrganisationFactory(name="Stad", slug="stad")


def add_people(count: int, unit, manager=None):
    for _ in range(count):
        person_for(
            UserFactory(), org_unit=unit, photo=ImageFactory(), manager=manager,
            job_title="Medewerker",
        )  # fmt: skip
        unit.people.first().skills.add("Excel", "GDPR")


def add_news(news_index, count: int, organisation):
    for number in range(count):
        NewsPageFactory(
            parent=news_index,
            image=ImageFactory(),
            target_organisations=[organisation] if number % 2 else [],
        )


def test_home(staff_client, user, home_page, news_index, theme_index, organisation):
    unit = OrgUnitFactory(organisation=organisation)
    person_for(user, org_unit=unit)
    add_news(news_index, 2, organisation)
    HomeFeaturedTheme.objects.create(
        home=home_page, theme=ThemePageFactory(parent=theme_index)
    )
    before = query_count(staff_client, "/")

    add_news(news_index, 8, organisation)
    add_people(5, unit)
    for _ in range(3):
        HomeFeaturedTheme.objects.create(
            home=home_page, theme=ThemePageFactory(parent=theme_index)
        )

    assert query_count(staff_client, "/") == before


def test_theme_page(staff_client, theme_index):
    contact = person_for(UserFactory(), photo=ImageFactory())
    body = [("contact_person", {"person": contact, "role": ""})]
    page = ThemePageFactory(parent=theme_index, body=body)
    ThemePageFactory(parent=page)
    before = query_count(staff_client, page.url)

    for _ in range(6):
        ThemePageFactory(parent=page)

    assert query_count(staff_client, page.url) == before


def test_news_index(staff_client, news_index, organisation):
    add_news(news_index, 2, organisation)
    before = query_count(staff_client, news_index.url)

    add_news(news_index, 9, organisation)

    assert query_count(staff_client, news_index.url) == before


def test_profile(staff_client, organisation):
    department = OrgUnitFactory(organisation=organisation)
    team = OrgUnitFactory(parent=department)
    boss = person_for(UserFactory(), org_unit=team, photo=ImageFactory())
    boss.skills.add("Leiderschap")
    add_people(1, team, manager=boss)
    before = query_count(staff_client, boss.get_absolute_url())

    add_people(6, team, manager=boss)
    boss.skills.add("Excel", "Budget", "GDPR")
    deeper = OrgUnitFactory(parent=team)
    boss.org_unit = deeper
    boss.save()

    assert query_count(staff_client, boss.get_absolute_url()) == before


def test_directory(staff_client, organisation, settings):
    settings.WERKPLEK_PEOPLE_PER_PAGE = 50
    unit = OrgUnitFactory(organisation=organisation)
    add_people(2, unit)
    url = reverse("people:directory")
    before = query_count(staff_client, url)
    before_filtered = query_count(staff_client, url, organisation="stad", q="e")

    for _ in range(4):
        unit = OrgUnitFactory(parent=unit)
        add_people(3, unit)
    OrganisationFactory.create_batch(2)

    assert query_count(staff_client, url) == before
    assert query_count(staff_client, url, organisation="stad", q="e") == before_filtered


def test_cached_pages_run_fewer_queries(
    staff_client, home_page, news_index, theme_index, organisation
):
    unit = OrgUnitFactory(organisation=organisation)
    boss = person_for(UserFactory(), org_unit=unit, photo=ImageFactory())
    add_people(3, unit, manager=boss)
    add_news(news_index, 3, organisation)
    contact = [("contact_person", {"person": boss, "role": ""})]
    theme = ThemePageFactory(parent=theme_index, body=contact)
    ThemePageFactory(parent=theme)

    news = news_index.get_children().first()
    urls = [
        "/",
        theme.url,
        news.url,
        boss.get_absolute_url(),
        reverse("people:directory"),
    ]
    for url in urls:
        drawn = query_count(staff_client, url)
        served = query_count(staff_client, url, cached=True)
        assert served < drawn, url
