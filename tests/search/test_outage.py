"""When the engine is down, saving stays quick, search says it is away, and
the recorded updates are applied when it is back: nothing is lost."""

import socket
import time

import pytest
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext

from cms.settings.search import search_backends
from search.models import PendingIndexUpdate
from tests.themes.factories import ThemePageFactory

from .conftest import SYNONYMS, refresh


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_outage_then_catch_up(real_engine, settings, theme_index, committed, client):
    from tests.people.factories import UserFactory

    client.force_login(UserFactory())
    working = settings.WAGTAILSEARCH_BACKENDS
    prefix = working["default"]["INDEX_PREFIX"]
    page = committed(ThemePageFactory, parent=theme_index, title="Thuiswerk")

    # The engine goes away.
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        f"http://127.0.0.1:{closed_port()}", real_engine, prefix, 1, SYNONYMS
    )
    start = time.monotonic()
    page.title = "Telewerk"
    committed(page.save_revision().publish)
    committed(ThemePageFactory, parent=theme_index, title="Telewerk aanvragen")
    committed(page.get_children().first)  # nothing else to do
    assert time.monotonic() - start < 2, "saving must not wait for the engine"
    assert PendingIndexUpdate.objects.count() >= 2

    response = client.get("/api/search/", {"q": "telewerk"})
    assert response.status_code == 503
    # The message is in the reader's language (Dutch by default).
    with translation.override("nl"):
        expected = gettext("Search is temporarily unavailable.")
    body = response.json()
    assert body["error"] == body["message"] == expected
    assert (body["status"], body["code"]) == (503, "unavailable")
    suggestions = client.get("/api/search/autocomplete/", {"q": "telewerk"})
    assert suggestions.status_code == 503
    assert suggestions.json()["code"] == "unavailable"
    html = client.get("/search/", {"q": "telewerk"})
    assert html.status_code == 503

    # It comes back; the catch-up applies every kept update.
    settings.WAGTAILSEARCH_BACKENDS = working
    call_command("search_catch_up", stdout=None)
    refresh()
    assert PendingIndexUpdate.objects.count() == 0
    results = client.get("/api/search/", {"q": "telewerk", "kind": "pages"}).json()
    assert sorted(r["title"] for r in results["results"]) == [
        "Telewerk",
        "Telewerk aanvragen",
    ]
    assert client.get("/api/search/", {"q": "thuiswerk"}).json()["total"] == 0


@pytest.mark.parametrize("url", ["http://127.0.0.1:9"])
def test_autocomplete_down(real_engine, settings, staff_client, url):
    prefix = settings.WAGTAILSEARCH_BACKENDS["default"]["INDEX_PREFIX"]
    settings.WAGTAILSEARCH_BACKENDS = search_backends(
        url, real_engine, prefix, 1, SYNONYMS
    )
    response = staff_client.get("/api/search/autocomplete/", {"q": "ab"})
    assert response.status_code == 503
