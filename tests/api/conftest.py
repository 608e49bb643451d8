"""Fixtures of the API tests: people in every role, groups of each kind and
API clients signed in by session or by Wagtail API token."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import APIToken

from tests.groups.factories import add_member, make_group
from tests.people.factories import UserFactory


@pytest.fixture
def editor(db):
    user = UserFactory(username="redacteur", first_name="Rita", last_name="Redactie")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def superuser(db):
    return UserFactory(username="beheer", is_superuser=True, is_staff=True)


@pytest.fixture
def groups(home_page, owner, member, external):
    """One group of each kind with ``member`` in all three; the external
    partner belongs to the closed group only."""
    closed = make_group(
        home_page, owner, title="Begroting 2027", visibility="closed", members=[member]
    )
    add_member(closed, external)
    return {
        "open": make_group(home_page, owner, title="Fietsers", members=[member]),
        "closed": closed,
        "secret": make_group(
            home_page,
            owner,
            title="Reorganisatie Noord",
            visibility="secret",
            members=[member],
        ),
    }


def session_client(user) -> Client:
    """Return a test client signed in as ``user`` with a session."""
    client = Client()
    client.force_login(user)
    return client


def token_client(user) -> Client:
    """Return a test client that sends a new API token of ``user``."""
    _token, plaintext = APIToken.create_token(user=user, name="tests")
    return Client(headers={"authorization": f"Bearer {plaintext}"})


@pytest.fixture
def api_as():
    """Return a client for a user: ``api_as(user)`` by session,
    ``api_as(user, token=True)`` by bearer token, ``api_as(None)`` anonymous."""

    def make(user, token=False):
        if user is None:
            return Client()
        return token_client(user) if token else session_client(user)

    return make


@pytest.fixture
def people(member, owner, outsider, editor, external, superuser):
    """The callers of the permission matrices, by role."""
    return {
        "member": member,
        "owner": owner,
        "outsider": outsider,
        "editor": editor,
        "external": external,
        "superuser": superuser,
    }


@pytest.fixture
def open_group(home_page, owner, member):
    """Only an open group with ``member`` in it, for tests of bodies."""
    return make_group(home_page, owner, title="Fietsers", members=[member])
