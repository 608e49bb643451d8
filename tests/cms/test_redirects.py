"""Wagtail's redirects from old addresses are followed only to pages the
reader may see: the new address would give away a hidden page's title."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import PageViewRestriction

from tests.cms.test_languages import as_shown
from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def reorganisation(theme_index):
    """A theme page for HR only, whose old address redirects to it."""
    page = ThemePageFactory(
        parent=theme_index, title="Plannen reorganisatie", slug="plannen-reorganisatie"
    )
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="HR"))
    Redirect.add_redirect("/themas/agenda/", redirect_to=page)
    return page


def test_a_reader_who_may_see_the_page_is_redirected(client, hr_user, reorganisation):
    client.force_login(hr_user)

    response = client.get("/themas/agenda/")

    assert response.status_code == 301
    assert response["Location"] == reorganisation.url


def test_a_reader_who_may_not_see_the_page_gets_404(client, user, reorganisation):
    client.force_login(user)

    response = client.get("/themas/agenda/")
    nothing = client.get("/themas/bestaat-niet/")

    assert response.status_code == 404
    assert "plannen-reorganisatie" not in response.content.decode()
    assert as_shown(response, "/themas/agenda/") == as_shown(
        nothing, "/themas/bestaat-niet/"
    )


def test_an_old_address_of_a_page_taken_offline_answers_404(
    client, hr_user, reorganisation
):
    reorganisation.unpublish()
    client.force_login(hr_user)

    assert client.get("/themas/agenda/").status_code == 404


def test_redirects_to_open_pages_and_plain_addresses_are_followed(
    client, user, theme_index
):
    page = ThemePageFactory(parent=theme_index, title="Verlof", slug="verlof")
    Redirect.add_redirect("/themas/vakantie/", redirect_to=page, is_permanent=False)
    Redirect.add_redirect("/oud-intranet/", redirect_to="https://example.org/archief")
    client.force_login(user)

    page_redirect = client.get("/themas/vakantie/?bron=mail")
    plain = client.get("/oud-intranet/")

    assert page_redirect.status_code == 302
    assert page_redirect["Location"] == page.url
    assert plain.status_code == 301
    assert plain["Location"] == "https://example.org/archief"
