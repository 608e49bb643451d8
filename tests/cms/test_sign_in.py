"""Every page of the intranet needs a signed-in user."""

import pytest
from django.urls import reverse

from tests.themes.factories import ThemePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    ["/", "/themas/", "/themas/verlof/", "/people/", "/people/an.peeters/",
     "/people/an.peeters/edit/", "/search/?q=verlof", "/documents/1/x.pdf",
     "/does-not-exist/"],
)  # fmt: skip
def test_anonymous_visitor_is_sent_to_login(client, theme_index, user, url):
    ThemePageFactory(parent=theme_index, title="Verlof", slug="verlof")

    response = client.get(url)

    assert response.status_code == 302
    assert response.url.startswith(reverse("login") + "?next=")


def test_login_page_is_open_and_signs_in(client, user):
    assert client.get(reverse("login")).status_code == 200

    response = client.post(
        reverse("login"), {"username": "an.peeters", "password": "secret-pass-123"}
    )

    assert response.status_code == 302
    assert response.url == "/"
    assert client.get("/").status_code == 200


def test_wrong_password_gets_a_clear_message(client, user):
    response = client.post(
        reverse("login"), {"username": "an.peeters", "password": "wrong"}
    )

    assert response.status_code == 200
    assert response.context["form"].errors["__all__"]
    assert "_auth_user_id" not in client.session


def test_login_does_not_redirect_off_site(client, user):
    response = client.post(
        reverse("login") + "?next=https://evil.example/",
        {"username": "an.peeters", "password": "secret-pass-123"},
    )

    assert response.status_code == 302
    assert response.url == "/"


def test_logout_ends_the_session(staff_client):
    response = staff_client.post(reverse("logout"))

    assert response.status_code == 302
    assert staff_client.get("/").status_code == 302


def test_the_admin_login_page_works_for_anonymous_visitors(client, user):
    # The admin login page loads its icon sprite and translations anonymously.
    login = client.get("/admin/login/")
    sprite = client.get(reverse("wagtailadmin_sprite"))

    assert login.status_code == 200
    assert sprite.status_code == 200
    assert sprite["Content-Type"].startswith("image/svg") or b"<svg" in sprite.content


def test_admin_pages_still_need_sign_in(client):
    response = client.get("/admin/pages/")

    assert response.status_code == 302
    assert "login" in response.url
