"""Search over people and pages on real engines and the database backend."""

import pytest

from tests.people.factories import OrgUnitFactory, UserFactory, person_for
from tests.themes.factories import ThemePageFactory

from .conftest import refresh


def api(client, **params):
    response = client.get("/api/search/", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def people(committed):
    def make():
        unit = OrgUnitFactory(name="Personeelsdienst")
        annelies = person_for(
            UserFactory(first_name="Annelies", last_name="Vermeulen"),
            job_title="Jurist",
            org_unit=unit,
        )
        annelies.skills.add("omgevingsvergunning")
        person_for(
            UserFactory(first_name="Jérôme", last_name="Dubois"),
            job_title="Café-uitbater",
        )
        return annelies

    return committed(make)


def test_person_found_by_name_and_typo(engine, people, staff_client):
    assert api(staff_client, q="Vermeulen")["counts"]["people"] == 1
    if engine != "database":
        found = api(staff_client, q="Vermuelen", kind="people")
        assert [r["title"] for r in found["results"]] == ["Annelies Vermeulen"]


def test_accents_both_ways(engine, people, staff_client, settings):
    # Wagtail's database backend folds accents on SQLite only (not in
    # PostgreSQL's full-text search): there, only the exact spelling counts.
    folds = engine != "database" or "sqlite" in settings.DATABASES["default"]["ENGINE"]
    for query in ["jerome", "Jérôme", "JEROME"] if folds else ["Jérôme"]:
        titles = [r["title"] for r in api(staff_client, q=query)["results"]]
        assert "Jérôme Dubois" in titles, query


def test_name_beats_body_mention(engine, theme_index, committed, staff_client):
    committed(
        ThemePageFactory,
        parent=theme_index,
        title="Algemene info",
        body=[("paragraph", "<p>Vraag het aan Peeters van de dienst.</p>")],
    )
    committed(ThemePageFactory, parent=theme_index, title="Peeters")
    results = api(staff_client, q="peeters", kind="pages")["results"]
    assert [r["title"] for r in results][:2] == ["Peeters", "Algemene info"]


@pytest.mark.parametrize("query", ["vergunning", "vergunningen"])
def test_dutch_plural(real_engine, theme_index, committed, staff_client, query):
    committed(ThemePageFactory, parent=theme_index, title="Vergunningen aanvragen")
    committed(ThemePageFactory, parent=theme_index, title="De vergunning")
    assert api(staff_client, q=query, kind="pages")["total"] == 2


def test_phrase(real_engine, theme_index, committed, staff_client):
    committed(ThemePageFactory, parent=theme_index, title="Ziek melden thuis")
    committed(ThemePageFactory, parent=theme_index, title="Thuis ziek of melden")
    found = api(staff_client, q='"ziek melden"', kind="pages")
    assert [r["title"] for r in found["results"]] == ["Ziek melden thuis"]


def test_synonyms(real_engine, people, staff_client):
    found = api(staff_client, q="hr", kind="people")
    assert [r["title"] for r in found["results"]] == ["Annelies Vermeulen"]


def test_autocomplete(engine, people, staff_client, settings):
    response = staff_client.get("/api/search/autocomplete/", {"q": "verm"})
    titles = [s["title"] for s in response.json()["suggestions"]]
    assert titles == ["Annelies Vermeulen"]
    folds = engine != "database" or "sqlite" in settings.DATABASES["default"]["ENGINE"]
    response = staff_client.get(
        "/api/search/autocomplete/", {"q": "jero" if folds else "jér"}
    )
    assert [s["title"] for s in response.json()["suggestions"]] == ["Jérôme Dubois"]


def test_facets_and_page(engine, people, staff_client):
    found = api(staff_client, q="Vermeulen", kind="people")
    unit = found["facets"]["unit"]
    assert [(v["label"], v["count"]) for v in unit] == [("Personeelsdienst", 1)]
    html = staff_client.get("/search/", {"q": "Vermeulen"})
    assert html.status_code == 200
    assert "Annelies Vermeulen" in html.content.decode()


def test_deactivated_only_for_hr(
    engine, people, committed, staff_client, client, hr_user
):
    user = people.user
    user.is_active = False
    committed(user.save)
    assert api(staff_client, q="Vermeulen")["counts"]["people"] == 0
    client.force_login(hr_user)
    assert api(client, q="Vermeulen")["counts"]["people"] == 1
    refresh()


def test_full_rebuild_behind_an_alias(real_engine, people, staff_client):
    from io import StringIO

    from django.core.management import call_command

    from search.indexing import engine_backend

    call_command("update_index", stdout=StringIO())
    refresh()
    backend = engine_backend()
    index = backend.get_index_for_model(people.__class__)
    assert index.is_alias()
    assert api(staff_client, q="Vermeulen")["counts"]["people"] == 1


def test_documents_in_restricted_collections(engine, committed, staff_client, user):
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, CollectionViewRestriction
    from wagtail_factories import DocumentFactory

    def make():
        root = Collection.get_first_root_node()
        board = root.add_child(name="Directie")
        restriction = CollectionViewRestriction.objects.create(
            collection=board, restriction_type=CollectionViewRestriction.GROUPS
        )
        group = Group.objects.create(name="Directieraad")
        restriction.groups.set([group])
        DocumentFactory(title="Begroting open", collection=root)
        DocumentFactory(title="Begroting geheim", collection=board)
        return group

    group = committed(make)
    found = api(staff_client, q="begroting", kind="documents")
    assert [r["title"] for r in found["results"]] == ["Begroting open"]
    assert found["counts"]["documents"] == 1
    user.groups.add(group)
    staff_client.force_login(user)
    assert api(staff_client, q="begroting", kind="documents")["total"] == 2


def test_promotions_on_top_and_trimmed(db, theme_index, staff_client):
    from django.contrib.auth.models import Group
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import PageViewRestriction

    open_page = ThemePageFactory(parent=theme_index, title="Loonbrief")
    secret = ThemePageFactory(parent=theme_index, title="Lonen directie")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Directieraad")])
    query = Query.get("loon")
    SearchPromotion.objects.create(query=query, page=open_page, sort_order=0)
    SearchPromotion.objects.create(query=query, page=secret, sort_order=1)

    data = api(staff_client, q="Loon")
    assert [p["title"] for p in data["promotions"]] == ["Loonbrief"]
    html = staff_client.get("/search/", {"q": "loon"}).content.decode()
    assert "Loonbrief" in html
    assert "Lonen directie" not in html
