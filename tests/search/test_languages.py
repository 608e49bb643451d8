"""Search by language: each page is analysed with its own language's
stemmer, results keep to the reader's language (Dutch standing in where a
translation is missing), and ``locale=all`` searches every language."""

import pytest

from tests.cms.translating import translate
from tests.search.conftest import refresh
from tests.themes.factories import ThemePageFactory


def api(client, **params):
    response = client.get("/api/search/", {"kind": "pages", **params})
    assert response.status_code == 200, response.content[:300]
    return response.json()


def titles(data) -> set[str]:
    return {result["title"] for result in data["results"]}


@pytest.fixture
def pages(committed, home_page, theme_index):
    """'Parkeerbeleid' in Dutch and English, 'Fietsvergoeding' in Dutch only,
    'Congés payés' written in French."""
    committed(translate, home_page, "en", {})
    committed(translate, home_page, "fr", {})
    committed(translate, theme_index, "en", {})
    french = committed(translate, theme_index, "fr", {})
    parking = committed(
        ThemePageFactory,
        parent=theme_index,
        title="Parkeerbeleid",
        intro="Regels voor het parkeren van dienstwagens.",
    )
    committed(
        translate,
        parking,
        "en",
        {
            "Parkeerbeleid": "Parking policies",
            "Regels voor het parkeren van dienstwagens.": "Rules for parking "
            "company cars.",
        },
    )
    committed(
        ThemePageFactory,
        parent=theme_index,
        title="Fietsvergoeding",
        intro="Wie met de fiets komt, krijgt een vergoeding per kilometer.",
    )
    committed(
        ThemePageFactory,
        parent=french,
        title="Congés payés",
        intro="Les jours de congés et les absences.",
    )
    refresh()


def test_english_pages_are_stemmed_as_english(real_engine, pages, staff_client):
    # "policy" finds "policies" only through English stemming.
    assert titles(api(staff_client, q="policy", locale="en")) == {"Parking policies"}


def test_french_pages_are_stemmed_as_french(real_engine, pages, staff_client):
    found = titles(api(staff_client, q="conge absence", locale="fr"))
    assert found == {"Congés payés"}


def test_results_keep_to_the_readers_language(engine, pages, staff_client):
    english = api(staff_client, q="parking", locale="en")
    dutch = api(staff_client, q="parkeerbeleid", locale="nl")

    assert titles(english) == {"Parking policies"}
    assert english["locale"] == "en"
    assert {result["locale"] for result in english["results"]} == {"en"}
    assert titles(dutch) == {"Parkeerbeleid"}
    # The Dutch version of a translated page is not shown to English readers.
    assert titles(api(staff_client, q="parkeerbeleid", locale="en")) == set()


def test_dutch_stands_in_for_a_missing_translation(engine, pages, staff_client):
    data = api(staff_client, q="fietsvergoeding", locale="en")

    assert titles(data) == {"Fietsvergoeding"}
    assert data["results"][0]["locale"] == "nl"


def test_all_languages(engine, pages, staff_client):
    both = api(staff_client, q="parking", locale="all")

    assert both["locale"] == "all"
    assert titles(both) == {"Parking policies"}
    assert "Parkeerbeleid" in titles(api(staff_client, q="parkeerbeleid", locale="all"))
    counts = {value["label"]: value["count"] for value in both["facets"]["language"]}
    assert counts.get("Engels") == 1  # named in the interface's language


def test_reader_language_is_the_default(engine, pages, client, user):
    client.force_login(user)
    english = client.get(
        "/en/search/", {"q": "parking", "kind": "pages", "format": "json"}
    )
    page = client.get("/en/search/", {"q": "parking", "kind": "pages"})

    assert "Parking policies" in page.content.decode()
    assert "Search all languages" in page.content.decode()
    assert english.status_code == 200


def test_autocomplete_keeps_to_the_language(engine, pages, staff_client):
    def suggested(locale):
        response = staff_client.get(
            "/api/search/autocomplete/", {"q": "park", "locale": locale}
        )
        return {item["title"] for item in response.json()["suggestions"]}

    assert suggested("en") == {"Parking policies"}
    assert suggested("nl") == {"Parkeerbeleid"}
    assert suggested("all") == {"Parking policies", "Parkeerbeleid"}


@pytest.fixture
def alias_parent(committed, pages, theme_index):
    """'Reiskosten' in Dutch, with 'Declaraties' below it translated into
    French first: Wagtail puts an alias of 'Reiskosten', with its Dutch
    text, in the French tree."""
    travel = committed(
        ThemePageFactory,
        parent=theme_index,
        title="Reiskosten",
        intro="Vergoeding van reiskosten voor dienstreizen.",
    )
    claims = committed(
        ThemePageFactory, parent=travel, title="Declaraties", intro="Hoe declareren."
    )
    french = committed(translate, claims, "fr", {"Declaraties": "Notes de frais"})
    assert french.get_parent().alias_of_id == travel.pk
    refresh()
    return travel


def test_an_alias_is_not_a_translation(engine, alias_parent, staff_client):
    french = api(staff_client, q="reiskosten", locale="fr")
    every = api(staff_client, q="reiskosten", locale="all")
    suggested = staff_client.get(
        "/api/search/autocomplete/", {"q": "reisko", "locale": "fr"}
    ).json()["suggestions"]

    # The Dutch page stands in, once, never the alias with its text.
    assert [(each["title"], each["locale"]) for each in french["results"]] == [
        ("Reiskosten", "nl")
    ]
    assert [each["locale"] for each in every["results"]] == ["nl"]
    assert [(each["title"], each["locale"]) for each in suggested] == [
        ("Reiskosten", "nl")
    ]
