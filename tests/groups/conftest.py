"""Fixtures of the group tests: one group of each kind, made by ``owner``
with ``member`` in it (people fixtures in tests/conftest.py)."""

import pytest

from tests.groups.factories import make_group


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
