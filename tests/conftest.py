"""Shared fixtures: the portal page, users with roles and signed-in clients."""

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from wagtail.models import Site

from tests.people.factories import UserFactory
from tests.themes.factories import NewsIndexPageFactory, ThemeIndexPageFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Keep uploaded files of each test in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache: cached fragments of one test's
    database must not be served in the next."""
    cache.clear()


@pytest.fixture
def home_page(db):
    """The portal HomePage, created at the site root by a migration."""
    return Site.objects.get(is_default_site=True).root_page.specific


@pytest.fixture
def theme_index(home_page):
    return ThemeIndexPageFactory(parent=home_page)


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


@pytest.fixture
def user(db):
    return UserFactory(username="an.peeters", first_name="An", last_name="Peeters")


@pytest.fixture
def hr_user(db):
    hr = UserFactory(username="hr.medewerker")
    hr.groups.add(Group.objects.get(name="HR"))
    return hr


@pytest.fixture
def staff_client(client, user):
    """A test client signed in as an ordinary staff member."""
    client.force_login(user)
    return client
