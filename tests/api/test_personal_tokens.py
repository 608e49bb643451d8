"""Personal API tokens: made and revoked by their owner on the front end,
shown once, working as bearer credentials until revoked."""

import re

import pytest
from django.test import Client
from wagtail.models import APIToken

from people.tokens import MAX_ACTIVE_TOKENS

pytestmark = pytest.mark.django_db

URL = "/people/me/api-tokens/"


def make_token(client, name="Telefoon") -> str:
    response = client.post(URL, {"name": name})
    assert response.status_code == 200
    found = re.search(r"data-token>(wagtail_\w+)<", response.content.decode())
    assert found, "the new token is shown"
    return found.group(1)


def bearer(token):
    return Client(headers={"authorization": f"Bearer {token}"})


def test_a_token_made_on_the_site_reads_the_api_as_its_owner(client, member):
    client.force_login(member)
    token = make_token(client)

    response = bearer(token).get("/api/me/")

    assert response.status_code == 200
    assert response.json()["username"] == member.username
    stored = APIToken.objects.get(user=member)
    assert stored.name == "Telefoon"
    assert token not in str(vars(stored).values())


def test_the_token_is_shown_only_once(client, member):
    client.force_login(member)
    token = make_token(client)

    assert token not in client.get(URL).content.decode()
    assert token[:12] in client.get(URL).content.decode()


def test_a_revoked_token_no_longer_works(client, member):
    client.force_login(member)
    token = make_token(client)
    stored = APIToken.objects.get(user=member)

    response = client.post(URL, {"action": "revoke", "token": stored.pk})

    assert response.status_code == 302
    assert bearer(token).get("/api/me/").status_code == 401


def test_nobody_revokes_another_persons_token(client, member, outsider):
    token, plaintext = APIToken.create_token(user=outsider, name="Laptop")
    client.force_login(member)

    response = client.post(URL, {"action": "revoke", "token": token.pk})

    assert response.status_code == 404
    assert bearer(plaintext).get("/api/me/").status_code == 200
    assert "Laptop" not in client.get(URL).content.decode()


@pytest.mark.parametrize(
    ("name", "message"),
    [("", "Give the token a name"), ("x" * 101, "at most 100 characters")],
)
def test_a_bad_name_is_refused_with_a_message(client, member, name, message):
    client.force_login(member)
    with_english = {"headers": {"accept-language": "en"}}

    response = client.post("/en" + URL, {"name": name}, **with_english)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not APIToken.objects.filter(user=member).exists()


def test_active_tokens_are_limited(client, member):
    for number in range(MAX_ACTIVE_TOKENS):
        APIToken.create_token(user=member, name=f"Toestel {number}")
    client.force_login(member)

    response = client.post("/en" + URL, {"name": "Nog een"})

    assert response.status_code == 400
    assert "revoke one first" in response.content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)

    assert response.status_code == 302
    assert response.url.startswith("/accounts/login/")


@pytest.mark.parametrize(
    ("prefix", "placeholder"),
    [("", "&lt;sleutel&gt;"), ("/en", "&lt;token&gt;"), ("/fr", "&lt;jeton&gt;")],
)
def test_the_header_example_is_shown_in_every_language(
    client, member, prefix, placeholder
):
    client.force_login(member)
    page = client.get(prefix + URL).content.decode()
    assert f"Bearer {placeholder}" in page
