"""The index follows publish, unpublish, move, delete, profile edits and
deactivation within two seconds."""

import time

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.people.factories import UserFactory, person_for
from tests.themes.factories import ThemePageFactory


def found(client, query, kind="pages"):
    response = client.get("/api/search/", {"q": query, "kind": kind})
    return [result["title"] for result in response.json()["results"]]


@pytest.fixture
def timed(committed):
    """Run an action with its on-commit work and check it shows in 2 s."""

    def run(function, *args):
        start = time.monotonic()
        committed(function, *args)
        return time.monotonic() - start

    return run


def test_publish_and_unpublish(engine, theme_index, committed, timed, staff_client):
    page = committed(
        ThemePageFactory, parent=theme_index, title="Fietsvergoeding", live=False
    )
    assert found(staff_client, "fietsvergoeding") == []

    revision = page.save_revision()
    assert timed(revision.publish) < 2
    assert found(staff_client, "fietsvergoeding") == ["Fietsvergoeding"]

    page.title = "Fietsvergoeding 2027"
    assert timed(page.save_revision().publish) < 2
    assert found(staff_client, "fietsvergoeding") == ["Fietsvergoeding 2027"]

    page.refresh_from_db()
    assert timed(page.unpublish) < 2
    assert found(staff_client, "fietsvergoeding") == []


def test_move_under_restriction_and_delete(
    engine, theme_index, committed, timed, staff_client
):
    board = committed(ThemePageFactory, parent=theme_index, title="Directie")
    restriction = PageViewRestriction.objects.create(
        page=board, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Directieraad")])
    page = committed(ThemePageFactory, parent=theme_index, title="Begroting")
    child = committed(ThemePageFactory, parent=page, title="Begroting bijlage")
    assert sorted(found(staff_client, "begroting")) == [
        "Begroting",
        "Begroting bijlage",
    ]

    assert timed(page.move, board, "last-child") < 2
    assert found(staff_client, "begroting") == []

    assert timed(child.delete) < 2
    admin = UserFactory(username="beheerder", is_superuser=True)
    staff_client.force_login(admin)
    assert found(staff_client, "begroting") == ["Begroting"]


def test_profile_edit_and_deactivation(engine, committed, timed, staff_client):
    person = committed(
        person_for,
        UserFactory(first_name="Mieke", last_name="Claes"),
        job_title="Boekhouder",
    )
    assert found(staff_client, "boekhouder", "people") == ["Mieke Claes"]

    person.job_title = "Archivaris"
    assert timed(person.save) < 2
    assert timed(person.skills.add, "erfgoed") < 2
    assert found(staff_client, "boekhouder", "people") == []
    assert found(staff_client, "archivaris erfgoed", "people") == ["Mieke Claes"]

    person.user.last_name = "Claeys"
    assert timed(person.user.save) < 2
    assert found(staff_client, "claeys", "people") == ["Mieke Claeys"]

    person.user.is_active = False
    assert timed(person.user.save) < 2
    assert found(staff_client, "claeys", "people") == []
