"""Fixtures of the group tests: one group of each kind, made by ``owner``
with ``member`` in it (people fixtures in tests/conftest.py)."""

import pytest
from django.conf import settings
from django.utils import translation

from tests.groups.factories import make_group


@pytest.fixture(autouse=True)
def _interface_in_dutch():
    """Start each test with the interface in Dutch, the default: a request
    answered in another language leaves that language active in the thread,
    and the addresses a next test reverses would carry its prefix."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


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
