"""Single sign-on against a real OpenID Connect provider on loopback."""

import time
from urllib.parse import parse_qs, urlparse

import pytest
import requests
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from people.models import OrgUnit, Person
from tests.cms.conftest import through_provider
from tests.people.factories import OrganisationFactory, OrgUnitFactory, UserFactory

pytestmark = pytest.mark.django_db

User = get_user_model()

AN = {
    "email": "an.peeters@stad.example",
    "email_verified": True,
    "given_name": "An",
    "family_name": "Peeters",
    "preferred_username": "an.peeters@stad.example",
    "job_title": "Beleidsmedewerker",
    "department": "Dienst Mobiliteit",
    "organisation": "Stad Gent",
    "phone_number": "+32 9 266 12 34",
    "locale": "fr-BE",
    "roles": ["werkplek-editors"],
}


def says(response, message: str) -> bool:
    """Return whether the problem page shows ``message`` (in any language)."""
    with translation.override(response.wsgi_request.LANGUAGE_CODE):
        return response.context["message"] == translation.gettext(message)


def signed_in_user(client):
    return User.objects.get(pk=client.session["_auth_user_id"])


@pytest.fixture
def unit():
    organisation = OrganisationFactory(name="Stad Gent", slug="stad-gent")
    return OrgUnitFactory(name="Dienst Mobiliteit", organisation=organisation)


def test_first_sign_in_creates_user_and_profile(client, sign_on, unit, home_page):
    sign_on.accounts(an=AN)

    response = sign_on.sign_in(client, "an")

    assert response.status_code == 302
    assert response.url == "/"
    user = signed_in_user(client)
    assert (user.username, user.first_name, user.last_name) == (
        "an.peeters",
        "An",
        "Peeters",
    )
    assert user.email == "an.peeters@stad.example"
    assert not user.has_usable_password()
    person = user.person
    assert person.sign_on_subject == "an"
    assert person.job_title == "Beleidsmedewerker"
    assert person.org_unit == unit
    assert str(person.phone) == "+32 9 266 12 34"
    assert not person.is_external
    assert UserProfile.get_for_user(user).preferred_language == "fr"
    assert list(user.groups.values_list("name", flat=True)) == ["Editors"]
    assert client.get("/").status_code == 200


def test_next_sign_in_updates_account_profile_and_keeps_it(client, sign_on, unit):
    sign_on.accounts(an=AN)
    sign_on.sign_in(client, "an")
    first = signed_in_user(client)
    client.logout()
    sign_on.accounts(
        an={**AN, "family_name": "Peeters-De Smet", "job_title": "Diensthoofd"}
    )

    sign_on.sign_in(client, "an")

    user = signed_in_user(client)
    assert user.pk == first.pk
    assert User.objects.count() == 1
    assert user.last_name == "Peeters-De Smet"
    assert user.person.job_title == "Diensthoofd"
    assert user.person.sort_name == "peeters-de smet an"


def test_email_change_at_provider_keeps_the_account(client, sign_on, unit):
    sign_on.accounts(an=AN)
    sign_on.sign_in(client, "an")
    first = signed_in_user(client)
    client.logout()
    sign_on.accounts(an={**AN, "email": "an.peeters@gent.example"})

    sign_on.sign_in(client, "an")

    user = signed_in_user(client)
    assert user.pk == first.pk
    assert user.email == "an.peeters@gent.example"
    assert user.groups.filter(name="Editors").exists()


def test_first_sign_in_links_local_account_whatever_the_case(client, sign_on):
    local = UserFactory(username="apeeters", email="An.Peeters@Stad.Example")
    sign_on.accounts(an=AN)

    sign_on.sign_in(client, "an")

    user = signed_in_user(client)
    assert user.pk == local.pk
    assert User.objects.count() == 1
    assert user.username == "apeeters"
    assert user.email == "an.peeters@stad.example"
    assert user.person.sign_on_subject == "an"


def test_unverified_email_is_not_linked(client, sign_on):
    local = UserFactory(username="apeeters", email="an.peeters@stad.example")
    sign_on.accounts(an={**AN, "email_verified": False})

    sign_on.sign_in(client, "an")

    assert signed_in_user(client).pk != local.pk
    local.person.refresh_from_db()
    assert local.person.sign_on_subject is None


def test_duplicate_local_emails_get_an_explanation_and_nothing_is_merged(
    client, sign_on
):
    one = UserFactory(username="an1", email="an.peeters@stad.example")
    two = UserFactory(username="an2", email="AN.PEETERS@stad.example")
    sign_on.accounts(an=AN)

    response = sign_on.sign_in(client, "an")

    assert response.status_code == 409
    assert "registration/sign_on_conflict.html" in [t.name for t in response.templates]
    assert "an.peeters@stad.example" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert User.objects.count() == 2
    assert not Person.objects.exclude(sign_on_subject=None).exists()
    for user in (one, two):
        user.refresh_from_db()
        assert not user.groups.exists()


def test_roles_are_added_and_removed_only_for_mapped_groups(client, sign_on):
    board = Group.objects.create(name="Directiecomité")
    sign_on.accounts(an={**AN, "roles": ["werkplek-editors", "werkplek-hr", "x"]})
    sign_on.sign_in(client, "an")
    user = signed_in_user(client)
    assert set(user.groups.values_list("name", flat=True)) == {"Editors", "HR"}
    user.groups.add(board)
    client.logout()
    sign_on.accounts(an={**AN, "roles": "werkplek-moderators"})

    sign_on.sign_in(client, "an")

    groups = set(user.groups.values_list("name", flat=True))
    assert groups == {"Moderators", "Directiecomité"}


def test_external_rule_marks_and_unmarks(client, sign_on):
    sign_on.accounts(partner={**AN, "user_type": "guest"})
    sign_on.sign_in(client, "partner")
    assert signed_in_user(client).person.is_external
    client.logout()
    sign_on.accounts(partner={**AN, "user_type": "member"})

    sign_on.sign_in(client, "partner")

    assert not signed_in_user(client).person.is_external


def test_configurable_subject_claim(client, sign_on, settings):
    settings.WERKPLEK_OIDC_SUBJECT_CLAIM = "oid"
    sign_on.accounts(an={**AN, "oid": "5f1c3a2e-0000-4000-8000-000000000001"})

    sign_on.sign_in(client, "an")

    subject = signed_in_user(client).person.sign_on_subject
    assert subject == "5f1c3a2e-0000-4000-8000-000000000001"


def test_unknown_department_creates_no_unit(client, sign_on, unit):
    sign_on.accounts(an={**AN, "department": "Dienst Onbekend"})

    sign_on.sign_in(client, "an")

    assert signed_in_user(client).person.org_unit is None
    assert not OrgUnit.objects.filter(name="Dienst Onbekend").exists()


def test_user_disabled_at_the_provider_cannot_sign_in(client, sign_on):
    sign_on.accounts(an={**AN, "disabled": True})

    callback = sign_on.callback_url(client, "an")
    assert "error=access_denied" in callback
    response = client.get(callback)

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert not User.objects.exists()


def test_deactivated_local_user_is_refused(client, sign_on):
    sign_on.accounts(an=AN)
    sign_on.sign_in(client, "an")
    user = signed_in_user(client)
    client.logout()
    User.objects.filter(pk=user.pk).update(is_active=False)

    response = sign_on.sign_in(client, "an")

    assert response.status_code == 403
    assert says(response, "Your Werkplek account has been deactivated.")
    assert "_auth_user_id" not in client.session


def test_tampered_state_is_refused(client, sign_on):
    sign_on.accounts(an=AN)
    callback = sign_on.callback_url(client, "an")
    state = parse_qs(urlparse(callback).query)["state"][0]

    response = client.get(callback.replace(state, "forged" + state[6:]))

    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_tampered_nonce_is_refused(client, sign_on):
    sign_on.accounts(an=AN)
    authorize = sign_on.start(client)
    nonce = parse_qs(urlparse(authorize).query)["nonce"][0]

    callback = through_provider(authorize.replace(nonce, "forged-nonce"), "an")
    response = client.get(callback.replace("http://testserver", ""))

    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_replayed_code_is_refused(client, sign_on):
    sign_on.accounts(an=AN)
    callback = sign_on.callback_url(client, "an")
    assert client.get(callback).status_code == 302

    # The same callback again: its state was used up.
    assert client.get(callback).status_code == 400
    client.logout()
    # The old code with a fresh state: the provider refuses the code.
    fresh_state = parse_qs(urlparse(sign_on.start(client)).query)["state"][0]
    old_state = parse_qs(urlparse(callback).query)["state"][0]
    response = client.get(callback.replace(old_state, fresh_state))

    assert response.status_code == 400
    assert "_auth_user_id" not in client.session


def test_expired_sign_on_refuses_post_and_rechecks_get(client, sign_on):
    sign_on.accounts(an=AN)
    sign_on.sign_in(client, "an")
    user = signed_in_user(client)
    session = client.session
    session["oidc_id_token_expiration"] = time.time() - 1
    session.save()
    edit_url = reverse("people:profile_edit", args=[user.username])

    response = client.post(edit_url, {"job_title": "Hacker"})

    assert response.status_code == 403
    assert says(
        response,
        "Your sign-on needs to be checked again. Nothing was saved: "
        "reload the page, then try once more.",
    )
    user.person.refresh_from_db()
    assert user.person.job_title == "Beleidsmedewerker"
    response = client.get("/")
    assert response.status_code == 302
    assert response.url.startswith(sign_on.provider.issuer)
    assert "prompt=none" in response.url


def test_password_sessions_are_not_rechecked(staff_client, sign_on, user):
    session = staff_client.session
    session["oidc_id_token_expiration"] = time.time() - 1
    session.save()

    assert staff_client.get("/people/").status_code == 200
    edit = staff_client.post(reverse("people:profile_edit", args=[user.username]))
    assert edit.status_code != 403


@pytest.mark.parametrize(
    "next_url",
    ["https://evil.example/", "//evil.example/", "http://testserver@evil.example/",
     "/\\evil.example", "javascript:alert(1)"],
)  # fmt: skip
def test_next_cannot_leave_the_site(client, sign_on, next_url):
    sign_on.accounts(an=AN)

    response = sign_on.sign_in(client, "an", next_url=next_url)

    assert response.status_code == 302
    assert response.url == "/"


def test_next_within_the_site_is_kept(client, sign_on):
    sign_on.accounts(an=AN)

    response = sign_on.sign_in(client, "an", next_url="/people/?q=peeters")

    assert response.url == "/people/?q=peeters"


def test_logout_ends_django_and_provider_sessions(client, sign_on):
    sign_on.accounts(an=AN)
    http = requests.Session()
    callback = through_provider(sign_on.start(client), "an", http)
    client.get(callback.replace("http://testserver", ""))
    id_token = client.session["oidc_id_token"]

    response = client.post(reverse("logout"))

    assert response.status_code == 302
    end_session = urlparse(response.url)
    assert response.url.startswith(sign_on.provider.discovery["end_session_endpoint"])
    query = parse_qs(end_session.query)
    assert query["id_token_hint"] == [id_token]
    assert query["post_logout_redirect_uri"] == ["http://testserver/accounts/login/"]
    assert "_auth_user_id" not in client.session
    # The provider accepts the request and asks to confirm the sign-out.
    confirm = http.get(response.url, timeout=10)
    assert confirm.status_code == 200
    assert "logout" in confirm.text.lower()


def test_password_logout_stays_on_site(staff_client, sign_on):
    response = staff_client.post(reverse("logout"))

    assert response.url == reverse("login")


def test_login_page_offers_sign_on_and_keeps_next(client, sign_on):
    response = client.get(reverse("login") + "?next=/people/")

    content = response.content.decode()
    assert "Sign in with Stad Gent" in content
    assert reverse("oidc_authentication_init") + "?next=/people/" in content
    assert 'name="password"' in content


def test_password_login_can_be_switched_off(client, sign_on, settings, user):
    settings.WERKPLEK_PASSWORD_LOGIN = False

    page = client.get(reverse("login")).content.decode()
    response = client.post(
        reverse("login"), {"username": "an.peeters", "password": "secret-pass-123"}
    )

    assert 'name="password"' not in page
    assert "Sign in with Stad Gent" in page
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session
    assert client.post(
        "/admin/login/", {"username": "an.peeters", "password": "secret-pass-123"}
    ).status_code in (200, 403)
    assert "_auth_user_id" not in client.session


def test_without_configuration_there_is_no_sign_on(client, db):
    assert client.get(reverse("oidc_authentication_init")).status_code == 404
    assert "oidc" not in client.get(reverse("login")).content.decode()


def test_session_cookie_is_lax(settings):
    assert settings.SESSION_COOKIE_SAMESITE == "Lax"


def expire(client) -> None:
    session = client.session
    session["oidc_id_token_expiration"] = time.time() - 1
    session.save()


def test_expired_sign_on_is_renewed_silently_at_the_provider(client, sign_on):
    sign_on.accounts(an=AN)
    http = requests.Session()
    client.get(through_provider(sign_on.start(client), "an", http)[17:])
    expire(client)

    recheck = client.get("/people/")
    callback = through_provider(recheck.url, "an", http)
    response = client.get(callback[17:])

    assert response.status_code == 302
    assert response.url == "/people/"
    assert client.session["oidc_id_token_expiration"] > time.time()
    # An reads French (her ``locale`` claim), so the French address answers.
    assert client.get("/fr/people/").status_code == 200


def test_user_disabled_later_loses_the_session_at_the_next_check(client, sign_on):
    sign_on.accounts(an=AN)
    http = requests.Session()
    client.get(through_provider(sign_on.start(client), "an", http)[17:])
    sign_on.accounts(an={**AN, "disabled": True})
    expire(client)

    recheck = client.get("/people/")
    callback = through_provider(recheck.url, "an", http)
    assert "error=interaction_required" in callback
    response = client.get(callback[17:])

    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


def test_logout_works_when_the_sign_on_has_expired(client, sign_on):
    sign_on.accounts(an=AN)
    sign_on.sign_in(client, "an")
    expire(client)

    response = client.post(reverse("logout"))

    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_accounts_can_be_left_to_the_administrators(client, sign_on, settings):
    settings.OIDC_CREATE_USER = False
    sign_on.accounts(an=AN)

    response = sign_on.sign_in(client, "an")

    assert response.status_code == 403
    assert not User.objects.exists()


def test_endpoints_can_come_from_the_discovery_document(client, sign_on, settings):
    settings.OIDC_OP_DISCOVERY_URL = (
        sign_on.provider.issuer + "/.well-known/openid-configuration"
    )
    for name in ("OIDC_OP_ISSUER", "OIDC_OP_AUTHORIZATION_ENDPOINT",
                 "OIDC_OP_TOKEN_ENDPOINT", "OIDC_OP_USER_ENDPOINT",
                 "OIDC_OP_JWKS_ENDPOINT", "OIDC_OP_LOGOUT_ENDPOINT"):  # fmt: skip
        setattr(settings, name, "")
    sign_on.accounts(an=AN)

    assert sign_on.sign_in(client, "an").status_code == 302
    assert signed_in_user(client).username == "an.peeters"
    logout = client.post(reverse("logout"))
    assert logout.url.startswith(sign_on.provider.issuer + "/session/end?")


def test_unreachable_provider_is_a_clear_page(client, sign_on, settings, user):
    settings.OIDC_OP_DISCOVERY_URL = (
        "http://127.0.0.1:9/.well-known/openid-configuration"
    )
    settings.OIDC_OP_AUTHORIZATION_ENDPOINT = ""
    settings.OIDC_OP_TOKEN_ENDPOINT = ""

    assert client.get(reverse("oidc_authentication_init")).status_code == 502
    password = client.post(
        reverse("login"), {"username": "an.peeters", "password": "secret-pass-123"}
    )
    assert password.status_code == 302
    assert client.get("/oidc/callback/?code=x&state=y").status_code in (400, 403)


def test_deactivating_a_signed_on_user_ends_the_session(client, sign_on):
    sign_on.accounts(an=AN)
    sign_on.sign_in(client, "an")
    User.objects.update(is_active=False)

    response = client.get("/people/")

    assert response.status_code == 302
    assert response.url.startswith(reverse("login"))
