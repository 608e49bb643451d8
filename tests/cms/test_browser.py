"""End-to-end checks in a real headless Chromium (Debian's package)."""

import pytest

from tests.people.factories import OrgUnitFactory, UserFactory, person_for
from tests.themes.factories import NewsIndexPageFactory, NewsPageFactory

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
