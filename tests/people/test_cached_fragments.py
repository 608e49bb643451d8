"""Profiles and the directory are cached fragments: they follow every change
and are never served to a reader who may not see all of them."""

import pytest
from django.urls import reverse

from tests.people.factories import OrgUnitFactory, UserFactory, person_for

pytestmark = pytest.mark.django_db


def html(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def test_profile_follows_edits_to_person_skills_and_unit(staff_client):
    colleague = person_for(job_title="Wijkagent", org_unit=OrgUnitFactory(name="Oost"))
    url = colleague.get_absolute_url()
    assert "Wijkagent" in html(staff_client, url)

    colleague.job_title = "Hoofdinspecteur"
    colleague.save()
    colleague.skills.add("Bemiddeling")
    colleague.org_unit.name = "Wijk Oost"
    colleague.org_unit.save()

    page = html(staff_client, url)
    assert "Hoofdinspecteur" in page
    assert "Bemiddeling" in page
    assert "Wijk Oost" in page


def test_team_list_follows_deactivation(staff_client):
    boss = person_for()
    leaver = person_for(UserFactory(first_name="Vertrekker"), manager=boss)
    assert "Vertrekker" in html(staff_client, boss.get_absolute_url())

    leaver.user.is_active = False
    leaver.user.save()

    assert "Vertrekker" not in html(staff_client, boss.get_absolute_url())


def test_hr_view_of_a_team_is_not_served_to_staff(client, user, hr_user):
    boss = person_for()
    person_for(UserFactory(first_name="Gedeactiveerd", is_active=False), manager=boss)
    client.force_login(hr_user)
    assert "Gedeactiveerd" in html(client, boss.get_absolute_url())

    client.force_login(user)
    assert "Gedeactiveerd" not in html(client, boss.get_absolute_url())


def test_edit_button_is_not_cached_for_the_next_reader(client, user, hr_user):
    own = user.person.get_absolute_url()
    edit = user.person.get_edit_url()
    client.force_login(user)
    assert edit in html(client, own)

    client.force_login(person_for().user)
    assert edit not in html(client, own)

    client.force_login(hr_user)
    assert edit in html(client, own)


def test_directory_follows_new_colleagues_and_renames(staff_client):
    url = reverse("people:directory")
    person_for(UserFactory(first_name="Ann", last_name="Peeters"))
    assert "Peeters" in html(staff_client, url)

    newcomer = person_for(UserFactory(first_name="Bert", last_name="Nieuwkomer"))
    assert "Nieuwkomer" in html(staff_client, url)

    newcomer.user.last_name = "Hernoemd"
    newcomer.user.save()
    page = html(staff_client, url)
    assert "Hernoemd" in page
    assert "Nieuwkomer" not in page


def test_directory_for_hr_is_not_served_to_staff(client, user, hr_user):
    person_for(UserFactory(last_name="Uitdienst", is_active=False))
    client.force_login(hr_user)
    url = reverse("people:directory")
    assert "Uitdienst" in html(client, url)

    client.force_login(user)
    assert "Uitdienst" not in html(client, url)


def test_directory_results_follow_the_filters(staff_client):
    person_for(UserFactory(last_name="Aerts"))
    person_for(UserFactory(last_name="Wouters"))
    url = reverse("people:directory")

    assert "Wouters" in html(staff_client, url)
    only_a = html(staff_client, url, letter="A")
    assert "Aerts" in only_a
    assert "Wouters" not in only_a


def test_unit_options_follow_new_units(staff_client):
    url = reverse("people:directory")
    assert "Archief" not in html(staff_client, url)

    OrgUnitFactory(name="Archief")

    assert "Archief" in html(staff_client, url)
