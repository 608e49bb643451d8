"""Shared fixtures: the portal page, users with roles and signed-in clients."""

import os
import shutil

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Site

from tests.cms.conftest import SignOn, configure, start_provider
from tests.people.factories import UserFactory
from tests.themes.factories import NewsIndexPageFactory, ThemeIndexPageFactory


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Keep uploaded files of each test in its own temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _interface_in_dutch():
    """Start each test with the interface in Dutch, the default: a request
    answered in another language leaves that language active in the thread,
    and the addresses a next test reverses would carry its prefix."""
    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def _empty_cache():
    """Start every test with an empty cache: cached fragments of one test's
    database must not be served in the next."""
    from people.models import forget_translated_names

    cache.clear()
    forget_translated_names()


@pytest.fixture
def home_page(db):
    """The portal HomePage, created at the site root by a migration (and
    made again when a transactional test before has flushed the database)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = _rebuild_portal()
    return site.root_page.specific


def _rebuild_portal() -> Site:
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    from home.models import HomePage

    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    locale = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePage(title="Werkplek", slug="home", locale=locale)
    root.add_child(instance=home)
    return Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True
    )


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
def owner(db):
    """The owner of the groups tests make."""
    return UserFactory(username="eigenaar", first_name="Els", last_name="Eigenaar")


@pytest.fixture
def member(db):
    return UserFactory(username="lid", first_name="Lien", last_name="Lid")


@pytest.fixture
def outsider(db):
    """A member of staff in no group."""
    return UserFactory(username="buiten", first_name="Bart", last_name="Buiten")


@pytest.fixture
def external(db):
    """An external partner (``Person.is_external``)."""
    user = UserFactory(username="partner", first_name="Pieter", last_name="Partner")
    user.person.is_external = True
    user.person.save()
    return user


@pytest.fixture
def staff_client(client, user):
    """A test client signed in as an ordinary staff member."""
    client.force_login(user)
    return client


@pytest.fixture(scope="session")
def oidc_provider(tmp_path_factory):
    """The provider for Django's test client (redirects to http://testserver)."""
    provider = start_provider(
        tmp_path_factory.mktemp("oidc"),
        ["http://testserver/oidc/callback/"],
        ["http://testserver/accounts/login/"],
    )
    yield provider
    provider.stop()


@pytest.fixture
def sign_on(settings, oidc_provider, db):
    """Sign-on configured against the running test provider."""
    configure(settings, oidc_provider)
    oidc_provider.set_accounts({})
    return SignOn(oidc_provider)


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


@pytest.fixture(scope="module")
def browser():
    """A real headless Chromium (Debian's package), driven by Playwright."""
    # Playwright's sync API runs an event loop in this thread; the ORM calls
    # made by fixtures around it are still synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )  # fmt: skip
        yield browser
        browser.close()
