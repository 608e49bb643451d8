"""The people directory: browse by organisation and unit, A-Z, search."""

import pytest
from django.urls import reverse

from tests.people.factories import (
    OrganisationFactory,
    OrgUnitFactory,
    UserFactory,
    person_for,
)

pytestmark = pytest.mark.django_db


def listed(response) -> list[str]:
    return [person.user.username for person in response.context["results"].page]


@pytest.fixture
def organisation_tree():
    city = OrganisationFactory(name="Stad", slug="stad")
    police = OrganisationFactory(name="Politie", slug="politie")
    hr = OrgUnitFactory(name="Personeel", organisation=city)
    payroll = OrgUnitFactory(name="Payroll", parent=hr)
    patrol = OrgUnitFactory(name="Interventie", organisation=police)
    people = {
        "els.maes": person_for(
            UserFactory(username="els.maes", first_name="Els", last_name="Maes"),
            org_unit=hr, job_title="Diensthoofd",
        ),
        "tom.claes": person_for(
            UserFactory(username="tom.claes", first_name="Tom", last_name="Claes"),
            org_unit=payroll, job_title="Loonadministrateur",
        ),
        "zoe.celik": person_for(
            UserFactory(username="zoe.celik", first_name="Zoë", last_name="Çelik"),
            org_unit=patrol, job_title="Inspecteur",
        ),
    }  # fmt: skip
    people["tom.claes"].skills.add("Excel")
    return {"city": city, "hr": hr, "payroll": payroll, "people": people}


def test_alphabetical_by_surname(staff_client, organisation_tree):
    response = staff_client.get(reverse("people:directory"))

    names = [n for n in listed(response) if n in organisation_tree["people"]]
    assert names == ["zoe.celik", "tom.claes", "els.maes"]


def test_filter_by_organisation(staff_client, organisation_tree):
    response = staff_client.get(reverse("people:directory"), {"organisation": "stad"})

    assert sorted(listed(response)) == ["els.maes", "tom.claes"]


def test_a_unit_includes_its_teams(staff_client, organisation_tree):
    url = reverse("people:directory")

    department = staff_client.get(url, {"unit": organisation_tree["hr"].pk})
    team = staff_client.get(url, {"unit": organisation_tree["payroll"].pk})

    assert sorted(listed(department)) == ["els.maes", "tom.claes"]
    assert listed(team) == ["tom.claes"]


def test_filter_by_first_letter_of_surname(staff_client, organisation_tree):
    response = staff_client.get(reverse("people:directory"), {"letter": "M"})

    assert listed(response) == ["els.maes"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [("tom", ["tom.claes"]), ("diensthoofd", ["els.maes"]),
     ("excel", ["tom.claes"]), ("zoë", ["zoe.celik"])],
)  # fmt: skip
def test_search_by_name_job_or_skill(staff_client, organisation_tree, query, expected):
    response = staff_client.get(reverse("people:directory"), {"q": query})

    assert listed(response) == expected


def test_invalid_filters_are_ignored_not_500(staff_client, organisation_tree):
    response = staff_client.get(
        reverse("people:directory"),
        {"unit": "not-a-number", "organisation": "nope", "letter": "!!", "page": "x"},
    )

    assert response.status_code == 200
    assert response.context["form"].errors


def test_paginated(staff_client, settings):
    settings.WERKPLEK_PEOPLE_PER_PAGE = 5
    UserFactory.create_batch(11)

    first = staff_client.get(reverse("people:directory"))
    last = staff_client.get(reverse("people:directory"), {"page": 3})

    assert len(listed(first)) == 5
    assert (
        first.context["results"].page.paginator.count == 12
    )  # 11 + the signed-in user
    assert len(listed(last)) == 2


def test_deactivated_people_are_not_listed(staff_client):
    person_for(UserFactory(username="weg", is_active=False))

    response = staff_client.get(reverse("people:directory"))

    assert "weg" not in listed(response)


def test_lower_case_letter_works_too(staff_client, organisation_tree):
    response = staff_client.get(reverse("people:directory"), {"letter": "m"})

    assert listed(response) == ["els.maes"]
