"""Organisations and org units translated with wagtail-localize: readers of
another language see the translated names; everything else keeps to the
Dutch originals."""

import pytest
from django.core.cache import cache
from wagtail.models import Locale

from people.models import Organisation, OrgUnit
from tests.cms.translating import translate
from tests.people.factories import OrganisationFactory, OrgUnitFactory, person_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated(user):
    city = OrganisationFactory(name="Stad Gent", short_name="Stad", slug="stad")
    department = OrgUnitFactory(name="Departement Mobiliteit", organisation=city)
    service = OrgUnitFactory(name="Dienst Parkeren", parent=department)
    person_for(user, org_unit=service, job_title="Parkeerwachter")
    english_city = translate(city, "en", {"Stad Gent": "City of Ghent", "Stad": "City"})
    # Translating the service first makes its department's translation too.
    english_service = translate(service, "en", {"Dienst Parkeren": "Parking Service"})
    cache.clear()
    return {
        "city": city,
        "department": department,
        "service": service,
        "english_city": english_city,
        "english_service": english_service,
        "user": user,
    }


def test_translations_are_rows_of_another_locale(translated):
    english = Locale.objects.get(language_code="en")
    city, service = translated["city"], translated["service"]
    english_service = translated["english_service"]

    assert translated["english_city"].locale == english
    assert translated["english_city"].slug == city.slug
    assert english_service.translation_key == service.translation_key
    # A unit's translation sits under its parent's translation.
    english_department = english_service.get_parent()
    assert english_department.locale == english
    assert (
        english_department.translation_key == translated["department"].translation_key
    )
    assert english_service.organisation == city


def test_everything_refers_to_the_originals(translated, client):
    originals = Organisation.objects.originals()
    assert translated["city"] in originals
    assert translated["english_city"] not in originals
    units = OrgUnit.objects.originals()
    assert {translated["department"], translated["service"]} <= set(units)
    assert translated["english_service"] not in units
    client.force_login(translated["user"])
    directory = client.get("/people/").content.decode()
    assert directory.count("City of Ghent") == 0
    assert directory.count('value="stad"') == 1


def test_english_readers_see_the_translated_names(translated, client):
    client.force_login(translated["user"])
    username = translated["user"].username

    english = client.get(f"/en/people/{username}/").content.decode()
    dutch = client.get(f"/people/{username}/").content.decode()

    assert "Parking Service" in english
    assert "City of Ghent" in english
    assert "Dienst Parkeren" in dutch
    assert "City of Ghent" not in dutch


def test_api_names_follow_the_callers_language(translated, client):
    client.force_login(translated["user"])

    english = city_in(client, "en")
    dutch = city_in(client, "nl")

    assert (english["name"], english["short_name"]) == ("City of Ghent", "City")
    assert (dutch["name"], dutch["short_name"]) == ("Stad Gent", "Stad")


def city_in(client, language) -> dict:
    response = client.get("/api/organisations/", headers={"accept-language": language})
    items = response.json()["items"]
    assert len([item for item in items if item["slug"] == "stad"]) == 1
    return next(item for item in items if item["slug"] == "stad")


def test_a_renamed_translation_shows_at_once(translated, client):
    english_city = translated["english_city"]
    english_city.name = "Ghent City Council"
    english_city.save()
    client.force_login(translated["user"])

    assert city_in(client, "en")["name"] == "Ghent City Council"


def test_admins_search_people_in_the_snippets(admin_client, translated):
    response = admin_client.get("/admin/snippets/people/person/", {"q": "Parkeer"})

    assert response.status_code == 200


def test_the_profile_form_names_units_in_the_readers_language(translated, client):
    client.force_login(translated["user"])
    username = translated["user"].username

    english = client.get(f"/en/people/{username}/edit/").content.decode()

    assert "Parking Service" in english
    assert "Dienst Parkeren" not in english
