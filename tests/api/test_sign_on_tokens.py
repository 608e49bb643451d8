"""Access tokens of the sign-on provider as API credentials, checked against
the real provider on loopback (tests/oidc/provider.mjs): its JWT access
tokens by signature, issuer, lifetime and audience, its opaque ones by
introspection."""

import base64
import hashlib
import hmac
import json
import secrets
import socket
import time
from datetime import timedelta
from urllib.parse import parse_qs, urlencode, urlparse

import jwt
import pytest
import requests
import time_machine
from cryptography.hazmat.primitives.asymmetric import rsa
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client
from django.utils import timezone
from wagtail.models import APIToken

from cms.oidc_tokens import CACHE_PREFIX
from tests.cms.conftest import CLIENT_ID, CLIENT_SECRET, free_port, through_provider

pytestmark = pytest.mark.django_db

OTHER_CLIENT = ("other-app", "other-app-secret")
REDIRECT_URI = "http://testserver/oidc/callback/"
WERKPLEK_API = "urn:werkplek:api"  # audience "werkplek-api", JWT access tokens
OTHER_API = "urn:other:api"  # audience "other-api"


class Tokens:
    """Get tokens from the test provider by walking its code flow as
    ``login``, for Werkplek's client or another one."""

    def __init__(self, provider):
        self.discovery = provider.discovery

    def get(self, login, resource=None, client=(CLIENT_ID, CLIENT_SECRET)) -> dict:
        query = {
            "client_id": client[0],
            "response_type": "code",
            "scope": "openid profile api" if resource else "openid profile",
            "redirect_uri": REDIRECT_URI,
            "state": secrets.token_urlsafe(),
            "nonce": secrets.token_urlsafe(),
        }
        if resource:
            query["resource"] = resource
        authorize = self.discovery["authorization_endpoint"] + "?" + urlencode(query)
        callback = through_provider(authorize, login)
        assert isinstance(callback, str), callback.text
        code = parse_qs(urlparse(callback).query)["code"][0]
        form = {"grant_type": "authorization_code", "code": code}
        form["redirect_uri"] = REDIRECT_URI
        if resource:
            form["resource"] = resource
        response = requests.post(
            self.discovery["token_endpoint"], data=form, auth=client, timeout=10
        )
        assert response.status_code == 200, response.text
        return response.json()

    def access(self, login, resource=None, client=(CLIENT_ID, CLIENT_SECRET)) -> str:
        return self.get(login, resource, client)["access_token"]

    def revoke(self, token: str) -> None:
        response = requests.post(
            self.discovery["revocation_endpoint"],
            data={"token": token},
            auth=(CLIENT_ID, CLIENT_SECRET),
            timeout=10,
        )
        assert response.status_code == 200, response.text

    def introspect(self, token: str) -> dict:
        response = requests.post(
            self.discovery["introspection_endpoint"],
            data={"token": token},
            auth=(CLIENT_ID, CLIENT_SECRET),
            timeout=10,
        )
        return response.json()


def bearer(token: str) -> Client:
    return Client(headers={"authorization": f"Bearer {token}"})


def is_jwt(token: str) -> bool:
    return token.count(".") == 2


@pytest.fixture
def linked(member, outsider):
    """``member`` and ``outsider`` signed on before (subjects lid, buiten)."""
    for user, subject in ((member, "lid"), (outsider, "buiten")):
        user.person.sign_on_subject = subject
        user.person.save(update_fields=["sign_on_subject"])
    return member


@pytest.fixture
def tokens(sign_on, settings, oidc_provider, linked):
    """Sign-on configured with introspection, accepting tokens issued to
    Werkplek's client and JWTs for the ``werkplek-api`` resource."""
    settings.OIDC_OP_INTROSPECTION_ENDPOINT = oidc_provider.discovery[
        "introspection_endpoint"
    ]
    settings.WERKPLEK_OIDC_API_AUDIENCES = [CLIENT_ID, "werkplek-api"]
    sign_on.accounts(
        lid={"name": "Lien Lid"},
        buiten={"name": "Bart Buiten"},
        nobody={"name": "Nog Niemand"},
    )
    return Tokens(oidc_provider)


class SilentServer:
    """A loopback port that takes connections and never answers; it tells
    whether anybody connected."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"

    def was_contacted(self) -> bool:
        self.sock.setblocking(False)
        try:
            connection, _address = self.sock.accept()
        except BlockingIOError:
            return False
        connection.close()
        return True


@pytest.fixture
def silent_server():
    server = SilentServer()
    yield server
    server.sock.close()


# --- accepted -------------------------------------------------------------


def test_opaque_token_of_our_client_signs_in(tokens):
    token = tokens.access("lid")
    assert not is_jwt(token)

    client = bearer(token)
    response = client.get("/api/me/")
    assert response.status_code == 200
    assert response.json()["username"] == "lid"
    # Bearer credentials need no CSRF token for changes.
    response = client.patch(
        "/api/me/", {"job_title": "Fietscoach"}, content_type="application/json"
    )
    assert response.status_code == 200
    assert response.json()["job_title"] == "Fietscoach"


def test_a_token_sees_what_the_website_shows(tokens, groups, outsider, api_as):
    secret = groups["secret"]
    url = f"/api/groups/{secret.pk}/"

    assert bearer(tokens.access("lid")).get(url).status_code == 200
    outsiders_token = bearer(tokens.access("buiten"))
    assert outsiders_token.get(url).status_code == 404
    assert api_as(outsider).get(url).status_code == 404
    listed = outsiders_token.get("/api/groups/").json()["items"]
    assert secret.pk not in {group["id"] for group in listed}


def test_jwt_access_token_with_accepted_audience_signs_in(tokens):
    token = tokens.access("lid", resource=WERKPLEK_API)
    assert jwt.get_unverified_header(token)["typ"] == "at+jwt"
    assert jwt.decode(token, options={"verify_signature": False})["aud"] == (
        "werkplek-api"
    )

    response = bearer(token).get("/api/me/")
    assert response.status_code == 200
    assert response.json()["username"] == "lid"


def test_by_default_only_tokens_of_our_client_are_accepted(tokens, settings):
    settings.WERKPLEK_OIDC_API_AUDIENCES = []
    assert bearer(tokens.access("lid")).get("/api/me/").status_code == 200
    jwt_token = tokens.access("lid", resource=WERKPLEK_API)
    assert bearer(jwt_token).get("/api/me/").status_code == 401


def test_success_is_cached_under_a_digest_until_the_cache_time(tokens):
    token = tokens.access("lid")
    assert bearer(token).get("/api/me/").status_code == 200

    digest = hashlib.sha256(token.encode()).hexdigest()
    assert cache.get(CACHE_PREFIX + digest)["subject"] == "lid"
    assert cache.get(CACHE_PREFIX + token) is None


# --- refused --------------------------------------------------------------


def refused(response) -> bool:
    return response.status_code == 401 and response.json() == {
        "status": 401,
        "code": "not_authenticated",
        "message": "Sign in or send an API token.",
    }


def test_token_of_another_client_is_refused(tokens):
    token = tokens.access("lid", client=OTHER_CLIENT)
    # The provider vouches for it; it is just not meant for Werkplek.
    answer = tokens.introspect(token)
    assert answer["active"] is True
    assert answer["sub"] == "lid"
    assert answer["client_id"] == "other-app"

    assert refused(bearer(token).get("/api/me/"))


def test_a_refusal_is_remembered_for_the_cache_time(tokens, settings):
    token = tokens.access("lid", client=OTHER_CLIENT)
    assert refused(bearer(token).get("/api/me/"))

    # Asked again with the provider gone: the remembered refusal answers.
    settings.OIDC_OP_INTROSPECTION_ENDPOINT = f"http://127.0.0.1:{free_port()}/"
    assert refused(bearer(token).get("/api/me/"))
    # Without a cache time the provider would have been asked.
    settings.WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS = 0
    other = tokens.access("lid", client=OTHER_CLIENT)
    assert unavailable(bearer(other).get("/api/me/"))


def test_jwt_for_another_audience_is_refused(tokens):
    token = tokens.access("lid", resource=OTHER_API)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert (claims["aud"], claims["client_id"]) == ("other-api", CLIENT_ID)

    assert refused(bearer(token).get("/api/me/"))


def test_id_token_is_not_an_access_token(tokens):
    id_token = tokens.get("lid")["id_token"]
    assert jwt.decode(id_token, options={"verify_signature": False})["aud"] == (
        CLIENT_ID
    )

    assert refused(bearer(id_token).get("/api/me/"))


def test_revoked_token_is_refused_once_the_cache_time_is_over(tokens):
    token = tokens.access("lid")
    assert bearer(token).get("/api/me/").status_code == 200

    tokens.revoke(token)
    assert tokens.introspect(token) == {"active": False}
    # Within the cache time the earlier check still holds (documented).
    assert bearer(token).get("/api/me/").status_code == 200
    cache.clear()
    assert refused(bearer(token).get("/api/me/"))


def test_revoked_token_is_refused_at_once_without_cache_time(tokens, settings):
    settings.WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS = 0
    token = tokens.access("lid")
    assert bearer(token).get("/api/me/").status_code == 200

    tokens.revoke(token)
    assert refused(bearer(token).get("/api/me/"))


@pytest.mark.parametrize("resource", [None, WERKPLEK_API], ids=["opaque", "jwt"])
def test_expired_token_is_refused(tokens, resource):
    token = tokens.access("lid", resource=resource)
    assert bearer(token).get("/api/me/").status_code == 200

    with time_machine.travel(timezone.now() + timedelta(hours=2)):
        assert refused(bearer(token).get("/api/me/"))


def test_unknown_subject_is_refused_and_no_account_is_made(tokens):
    users = get_user_model().objects.count()
    for resource in (None, WERKPLEK_API):
        token = tokens.access("nobody", resource=resource)
        assert refused(bearer(token).get("/api/me/"))
    assert get_user_model().objects.count() == users


def test_deactivated_account_is_refused_at_once(tokens, member):
    token = tokens.access("lid")
    assert bearer(token).get("/api/me/").status_code == 200

    member.is_active = False
    member.save(update_fields=["is_active"])
    assert refused(bearer(token).get("/api/me/"))


def b64(data) -> str:
    raw = json.dumps(data).encode() if isinstance(data, dict) else data
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def hs256(claims: dict, public_jwk: dict) -> str:
    """Sign ``claims`` with HMAC, the provider's public key as the secret
    (the algorithm confusion attack)."""
    header = {"alg": "HS256", "typ": "at+jwt", "kid": public_jwk["kid"]}
    signed = b64(header) + "." + b64(claims)
    secret = json.dumps(public_jwk).encode()
    return signed + "." + b64(hmac.digest(secret, signed.encode(), "sha256"))


def forged_tokens(provider) -> dict:
    """Tokens that look right but were not signed by the provider."""
    kid = requests.get(provider.discovery["jwks_uri"], timeout=5).json()["keys"][0]
    claims = {
        "iss": provider.issuer,
        "sub": "lid",
        "aud": "werkplek-api",
        "exp": int(time.time()) + 600,
    }
    own_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return {
        "alg-none": b64({"alg": "none", "typ": "at+jwt"}) + "." + b64(claims) + ".",
        "hs256-with-public-key": hs256(claims, kid),
        "own-key-provider-kid": jwt.encode(
            claims, own_key, algorithm="RS256", headers={"kid": kid["kid"]}
        ),
        "own-key-unknown-kid": jwt.encode(
            claims, own_key, algorithm="RS256", headers={"kid": "elsewhere"}
        ),
    }


GARBAGE = [
    "garbage",
    "a.b.c",
    "W10.e30.x",  # a header that is JSON but no object
    b64({"alg": ["RS256"], "kid": 1}) + "." + b64({}) + ".x",
    "x" * 20_000,
    "wagtail_" + "x" * 40,
    "ünïcødé.tökèn",
]


@pytest.mark.parametrize("token", GARBAGE)
def test_garbage_bearer_is_401_never_500(tokens, token):
    assert refused(bearer(token).get("/api/me/"))


def test_forged_jwts_are_refused(tokens, oidc_provider):
    for name, token in forged_tokens(oidc_provider).items():
        assert refused(bearer(token).get("/api/me/")), name


def test_bad_provider_token_is_not_rescued_by_the_session(tokens, api_as, member):
    client = api_as(member)
    assert client.get("/api/me/").status_code == 200
    token = tokens.access("lid", client=OTHER_CLIENT)
    response = client.get("/api/me/", headers={"authorization": f"Bearer {token}"})
    assert refused(response)


# --- the provider is not asked, or cannot answer ---------------------------


def test_without_sign_on_the_provider_is_never_contacted(
    db, settings, silent_server, member
):
    settings.OIDC_RP_CLIENT_ID = ""
    settings.OIDC_OP_ISSUER = silent_server.url
    settings.OIDC_OP_JWKS_ENDPOINT = silent_server.url + "jwks"
    settings.OIDC_OP_INTROSPECTION_ENDPOINT = silent_server.url + "introspect"
    jwt_like = b64({"alg": "RS256", "kid": "k"}) + "." + b64({"sub": "lid"}) + ".x"

    for token in ("opaque-token", jwt_like):
        assert refused(bearer(token).get("/api/me/"))
    assert not silent_server.was_contacted()


def test_wagtail_tokens_still_work_and_are_never_sent_to_the_provider(
    tokens, settings, silent_server, member
):
    settings.OIDC_OP_INTROSPECTION_ENDPOINT = silent_server.url
    _token, plaintext = APIToken.create_token(user=member, name="phone")
    assert bearer(plaintext).get("/api/me/").json()["username"] == "lid"
    assert bearer(plaintext).get("/api/whoami/").status_code == 200

    unknown = APIToken.generate_token()
    assert refused(bearer(unknown).get("/api/me/"))
    assert not silent_server.was_contacted()


def unavailable(response) -> bool:
    return response.status_code == 503 and response.json()["code"] == "unavailable"


def test_unreachable_introspection_answers_503(tokens, settings):
    token = tokens.access("lid")
    settings.OIDC_OP_INTROSPECTION_ENDPOINT = f"http://127.0.0.1:{free_port()}/"

    assert unavailable(bearer(token).get("/api/me/"))


def test_unreachable_jwks_answers_503(tokens, settings):
    token = tokens.access("lid", resource=WERKPLEK_API)
    settings.OIDC_OP_JWKS_ENDPOINT = f"http://127.0.0.1:{free_port()}/jwks"

    assert unavailable(bearer(token).get("/api/me/"))


def test_provider_that_does_not_answer_times_out_with_503(
    tokens, settings, silent_server
):
    token = tokens.access("lid")
    settings.OIDC_TIMEOUT = 1
    settings.OIDC_OP_INTROSPECTION_ENDPOINT = silent_server.url

    started = time.monotonic()
    assert unavailable(bearer(token).get("/api/me/"))
    assert time.monotonic() - started < 5


def test_introspection_refusing_our_credentials_is_401(tokens, settings):
    token = tokens.access("lid")
    settings.OIDC_RP_CLIENT_SECRET = "wrong-secret"  # noqa: S105 -- a wrong one

    assert refused(bearer(token).get("/api/me/"))


def test_openapi_document_names_the_provider_tokens(db):
    document = Client().get("/api/openapi.json").json()
    scheme = document["components"]["securitySchemes"]["ProviderTokenAuth"]
    assert scheme["type"] == "http"
    assert scheme["scheme"] == "bearer"
    assert "sign-on provider" in scheme["description"]
    assert "access token of the sign-on provider" in document["info"]["description"]
    me = document["paths"]["/api/me/"]["get"]
    assert {"ProviderTokenAuth": []} in me["security"]
