"""End-to-end checks in a real headless Chromium (Debian's package)."""

import pytest

from tests.cms.translating import translate
from tests.people.factories import OrgUnitFactory, UserFactory, person_for
from tests.themes.factories import (
    NewsIndexPageFactory,
    NewsPageFactory,
    ThemePageFactory,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_sign_in_find_a_colleague_and_read_on_a_phone(browser, live_server, home_page):
    # One test on purpose: each live-server test flushes and reloads the
    # whole database, which costs more than the browser work itself.
    user = UserFactory(username="lies.wouters", first_name="Lies", last_name="Wouters")
    person_for(user, job_title="Communicatiemedewerker", org_unit=OrgUnitFactory())
    news = NewsIndexPageFactory(parent=home_page)
    NewsPageFactory(parent=news, title="Nieuwe fietsenstalling")
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    page.goto(live_server.url + "/")
    page.fill("input[name=username]", "lies.wouters")
    page.fill("input[name=password]", "secret-pass-123")
    page.click("form[method=post] button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    assert "Nieuwe fietsenstalling" in page.content()

    search_box = "form[action='/people/'] input[name=q]"
    page.fill(search_box, "wouters")
    page.press(search_box, "Enter")
    page.wait_for_url("**/people/?q=wouters*")
    page.click("text=Lies Wouters")
    page.wait_for_url("**/people/lies.wouters/")
    assert "Communicatiemedewerker" in page.content()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    context.close()


def test_suggestions_keep_to_the_language_of_the_page(
    browser, live_server, home_page, theme_index, user
):
    # A reader on the English pages with a Dutch browser: the suggestions
    # under the header's search box follow the page, not the browser.
    translate(home_page, "en", {})
    translate(theme_index, "en", {})
    parking = ThemePageFactory(parent=theme_index, title="Parkeerbeleid")
    translate(parking, "en", {"Parkeerbeleid": "Parking policies"})
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/?next=/en/")
    page.fill("input[name=username]", user.username)
    page.fill("input[name=password]", "secret-pass-123")
    page.click("form[method=post] button[type=submit]")
    page.wait_for_url(live_server.url + "/en/")

    page.fill("#site-search-q", "park")
    suggestion = page.wait_for_selector("#site-search-suggestions li a")

    assert suggestion.text_content() == "Parking policies"
    shown = page.locator("#site-search-suggestions li").all_text_contents()
    assert not any("Parkeerbeleid" in text for text in shown)
    context.close()
