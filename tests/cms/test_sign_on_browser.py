"""Single sign-on in a real headless Chromium against the test provider."""

import os
import shutil

import pytest

from tests.cms.conftest import configure, start_provider
from tests.people.factories import OrganisationFactory, OrgUnitFactory

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.browser,
    # Not serialized_rollback: a second live-server test that reloads the
    # serialized database collides with the content types the first one
    # left. This test needs no migrated data beyond the schema.
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def browser_provider(live_server, tmp_path, settings):
    """A provider of its own that sends the browser back to live_server."""
    provider = start_provider(
        tmp_path,
        [f"{live_server.url}/oidc/callback/"],
        [f"{live_server.url}/accounts/login/"],
    )
    configure(settings, provider)
    yield provider
    provider.stop()


@pytest.fixture
def page(live_server):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        # The provider's development pages import a web font; stay offline.
        context.route(
            lambda url: not url.startswith(("http://127.0.0.1", "http://localhost")),
            lambda route: route.abort(),
        )
        yield context.new_page()
        browser.close()


def test_sign_in_with_the_provider_reaches_the_portal_and_signs_out(
    page, live_server, browser_provider, home_page
):
    unit = OrgUnitFactory(
        name="Dienst Mobiliteit",
        organisation=OrganisationFactory(name="Stad Gent", slug="stad-gent"),
    )
    browser_provider.set_accounts({
        "lies": {"email": "lies.wouters@stad.example", "given_name": "Lies",
                 "family_name": "Wouters", "preferred_username": "lies.wouters",
                 "job_title": "Communicatiemedewerker",
                 "department": "Dienst Mobiliteit", "organisation": "Stad Gent"},
    })  # fmt: skip

    page.goto(live_server.url + "/people/")
    page.click("text=Sign in with Stad Gent")
    page.fill("input[name=login]", "lies")
    page.fill("input[name=password]", "any-password")
    page.click("button[type=submit]")
    page.click("button[type=submit]")  # consent
    page.wait_for_url(live_server.url + "/people/", wait_until="domcontentloaded")

    assert "Lies Wouters" in page.content()
    page.goto(live_server.url + "/people/lies.wouters/")
    assert "Communicatiemedewerker" in page.content()
    assert unit.name in page.content()

    page.click("form[action='/accounts/logout/'] button")
    page.click("button[name=logout]")  # the provider asks to confirm
    page.wait_for_url(live_server.url + "/accounts/login/**")
    page.goto(live_server.url + "/")
    assert "/accounts/login/" in page.url
