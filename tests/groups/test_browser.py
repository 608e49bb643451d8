"""A staff member starts a secret group, invites a colleague, writes a page
with the editor and uploads a document, in a real headless Chromium; an
outsider finds no trace of it."""

import pytest

from groups.models import GroupPage, GroupWikiPage
from tests.groups.factories import group_index
from tests.people.factories import UserFactory

pytestmark = [
    pytest.mark.browser,
    # Not serialized_rollback: a second live-server test that reloads the
    # database fails; home_page rebuilds the portal after a flush instead.
    pytest.mark.django_db(transaction=True),
]


def sign_in(browser, live_server, username):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "secret-pass-123")
    page.click("form[method=post] button[type=submit]")
    page.wait_for_url(live_server.url + "/")
    return context, page


def test_a_secret_group_from_start_to_first_document(
    browser, live_server, home_page, tmp_path
):
    # One test on purpose: each live-server test reloads the whole database.
    index = group_index(home_page)
    UserFactory(username="stichter", first_name="Sofie", last_name="Stichter")
    UserFactory(username="collega", first_name="Cor", last_name="Collega")
    UserFactory(username="buitenstaander", first_name="Bea", last_name="Buiten")

    context, page = sign_in(browser, live_server, "stichter")
    page.goto(live_server.url + index.url)
    page.click("a[href='/groups/new/']")
    page.fill("input[name=title]", "Verhuis naar de Zuidtoren")
    page.fill("textarea[name=description]", "Wie verhuist wanneer.")
    page.check("input[name=visibility][value=secret]")
    page.click("form.form button[type=submit]")
    group = GroupPage.objects.get(title="Verhuis naar de Zuidtoren")
    page.wait_for_url(live_server.url + group.url)

    page.goto(live_server.url + f"/groups/{group.pk}/members/")
    page.fill("input[name=people]", "collega")
    page.click(f"form[action='/groups/{group.pk}/invite/'] button[type=submit]")
    page.wait_for_load_state()
    assert group.memberships.get(user__username="collega").status == "invited"

    page.goto(live_server.url + f"/groups/{group.pk}/pages/new/")
    page.fill("input[name=title]", "Planning")
    editor = page.locator("[contenteditable]")
    editor.click()
    page.keyboard.type("Eerst de vijfde verdieping")
    page.keyboard.press("Control+A")
    page.click("button[data-command=bold]")
    page.click("form.form button[type=submit]")
    page.wait_for_url("**/planning/")
    wiki_page = GroupWikiPage.objects.get(title="Planning")
    assert "<b>Eerst de vijfde verdieping</b>" in wiki_page.body
    assert page.locator(".prose b").inner_text() == "Eerst de vijfde verdieping"

    document = tmp_path / "verhuisplan.txt"
    document.write_text("Dinsdag: verdieping 5")
    page.goto(live_server.url + f"/groups/{group.pk}/documents/")
    page.set_input_files("input[name=file]", str(document))
    page.click("form.form button[type=submit]")
    page.wait_for_load_state()
    assert group.documents.get().versions.count() == 1
    context.close()

    context, page = sign_in(browser, live_server, "collega")
    page.goto(live_server.url + "/groups/mine/")
    page.click(f"form[action='/groups/{group.pk}/accept/'] button")
    page.wait_for_url(live_server.url + group.url)
    page.goto(live_server.url + wiki_page.url)
    assert "Eerst de vijfde verdieping" in page.content()
    context.close()

    context, page = sign_in(browser, live_server, "buitenstaander")
    for url in [group.url, wiki_page.url, f"/groups/{group.pk}/documents/"]:
        response = page.goto(live_server.url + url)
        assert response.status == 404
        assert "Zuidtoren" not in page.content()
    response = page.goto(live_server.url + "/api/search/?q=Zuidtoren+verhuis")
    found = response.json()
    assert found["total"] == 0 and not any(found["counts"].values())
    page.goto(live_server.url + index.url)
    assert "Zuidtoren" not in page.content()
    context.close()
