"""Fixtures of the group tests: one group of each kind and its people."""

import pytest

from tests.groups.factories import add_member, make_group
from tests.people.factories import UserFactory


@pytest.fixture
def owner(db):
    return UserFactory(username="eigenaar", first_name="Els", last_name="Eigenaar")


@pytest.fixture
def member(db):
    return UserFactory(username="lid", first_name="Lien", last_name="Lid")


@pytest.fixture
def outsider(db):
    return UserFactory(username="buiten", first_name="Bart", last_name="Buiten")


@pytest.fixture
def open_group(home_page, owner, member):
    return make_group(home_page, owner, title="Fietsers", members=[member])


@pytest.fixture
def closed_group(home_page, owner, member):
    return make_group(
        home_page, owner, title="Begroting 2027", visibility="closed", members=[member]
    )


@pytest.fixture
def secret_group(home_page, owner, member):
    return make_group(
        home_page,
        owner,
        title="Reorganisatie Noord",
        visibility="secret",
        members=[member],
    )


@pytest.fixture
def external(db):
    user = UserFactory(username="partner", first_name="Pieter", last_name="Partner")
    user.person.is_external = True
    user.person.save()
    return user


__all__ = ["add_member"]
