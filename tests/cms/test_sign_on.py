"""Single sign-on against a real OpenID Connect provider on loopback."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from tests.people.factories import OrganisationFactory, OrgUnitFactory

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
