"""URLs are routed through the cache, and routing follows every change to
the tree at once (`cms.routing`)."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.routing import _route_key
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def deep_page(theme_index):
    section = ThemePageFactory(parent=theme_index, title="HR", slug="hr")
    topic = ThemePageFactory(parent=section, title="Verlof", slug="verlof")
    return ThemePageFactory(parent=topic, title="Ouderschap", slug="ouderschap")


def queries(client, url: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response.status_code, len(captured)


def test_a_remembered_route_costs_fewer_queries(staff_client, deep_page, home_page):
    staff_client.get(deep_page.url)
    status, remembered = queries(staff_client, deep_page.url)
    assert status == 200
    # Forget the route only; the page's cached fragments stay.
    cache.delete(_route_key(home_page, ["themas", "hr", "verlof", "ouderschap"]))
    status, walked = queries(staff_client, deep_page.url)
    assert status == 200
    # Four segments below the site root: two queries each, against one.
    assert walked - remembered == 7


def test_a_renamed_slug_moves_the_page_at_once(staff_client, deep_page):
    old_url = deep_page.url
    assert staff_client.get(old_url).status_code == 200

    deep_page.slug = "ouderschapsverlof"
    deep_page.save_revision().publish()
    deep_page.refresh_from_db()

    assert staff_client.get(old_url).status_code == 404
    assert staff_client.get(deep_page.url).status_code == 200


def test_an_unpublished_page_is_gone_at_once(staff_client, deep_page):
    url = deep_page.url
    assert staff_client.get(url).status_code == 200

    deep_page.unpublish()

    assert staff_client.get(url).status_code == 404


def test_a_deleted_page_is_gone_at_once(staff_client, deep_page):
    url = deep_page.url
    assert staff_client.get(url).status_code == 200

    deep_page.delete()

    assert staff_client.get(url).status_code == 404


def test_a_moved_section_answers_at_its_new_place(staff_client, deep_page, theme_index):
    topic = deep_page.get_parent()
    old_url = deep_page.url
    assert staff_client.get(old_url).status_code == 200
    elsewhere = ThemePageFactory(parent=theme_index, title="Welzijn", slug="welzijn")

    topic.move(elsewhere, pos="last-child")
    deep_page.refresh_from_db()

    assert deep_page.url.startswith(elsewhere.url)
    # Wagtail's redirects app sends the old address on to the new one.
    assert staff_client.get(old_url).url == deep_page.url
    assert staff_client.get(deep_page.url).status_code == 200


def test_unknown_paths_stay_404(staff_client, deep_page):
    for _ in range(2):
        assert staff_client.get(deep_page.url + "bestaat-niet/").status_code == 404
