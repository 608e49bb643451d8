"""Access tokens of the sign-on provider as credentials for the API.

When sign-on is configured, a bearer token that is not a Wagtail API token
is checked with the provider. A JWT access token (RFC 9068, as Entra ID and
Keycloak issue them) is verified against the provider's keys (JWKS), its
issuer, its lifetime and the accepted audiences; any other token is sent to
the provider's introspection endpoint (RFC 7662) with Werkplek's client
credentials and must be active and issued to an accepted audience or client.
A token issued to another client of the same provider is refused: that is
what the userinfo endpoint alone could not tell.

The person is the account linked to the token's subject by an earlier
sign-on (``WERKPLEK_OIDC_SUBJECT_CLAIM``); a bearer token never creates or
links an account. A successful check is remembered in the shared cache under
a digest of the token for at most ``WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS``
and never past the token's expiry, so a token revoked at the provider is
refused within that time; a refusal is remembered as long. The account
itself is looked up on every request.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import time

import jwt
import requests
from django.conf import settings
from django.core.cache import cache

from cms.oidc import oidc_setting, subject_of, user_with_subject

logger = logging.getLogger(__name__)

CACHE_PREFIX = "werkplek:oidc-api-token:"
# Entra ID tokens that list many groups run to a few kilobytes; anything
# much longer is not a token and is not sent to the provider.
MAX_TOKEN_LENGTH = 16 * 1024
# Only public-key signatures: a symmetric or "none" algorithm would let
# whoever knows the (public) key material or nothing at all sign tokens.
SIGNING_ALGORITHMS = {
    "RS256",
    "RS384",
    "RS512",
    "PS256",
    "PS384",
    "PS512",
    "ES256",
    "ES384",
    "ES512",
    "EdDSA",
}
# Introspection's token_type or Keycloak's typ naming something other than
# an access token (RFC 7662 leaves token_type optional).
NOT_ACCESS_TOKENS = {"refresh", "refresh_token", "offline", "id", "id_token"}


class TokenRefused(Exception):
    """The token does not stand for anybody; the message is the log reason."""


class ProviderUnavailable(Exception):
    """The provider could not be asked about a token."""


def accepted_audiences() -> list[str]:
    """Return the audiences the API accepts (by default this client's id)."""
    return settings.WERKPLEK_OIDC_API_AUDIENCES or [settings.OIDC_RP_CLIENT_ID]


def user_for_access_token(token: str):
    """Return the active account the provider's access ``token`` stands for,
    or ``None``; raise ``ProviderUnavailable`` when the provider cannot be
    asked."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        logger.info("api access token refused reason=length")
        return None

    key = CACHE_PREFIX + hashlib.sha256(token.encode()).hexdigest()
    checked = cache.get(key)
    if checked is not None and "refused" in checked:
        logger.info("api access token refused reason=%s cached", checked["refused"])
        return None
    if checked is None or checked["exp"] <= time.time():
        try:
            checked = check_token(token)
        except TokenRefused as refused:
            logger.info("api access token refused reason=%s", refused)
            remember_refusal(key, str(refused))
            return None
        remember(key, checked)

    user = user_with_subject(checked["subject"])
    if user is None or not user.is_active:
        logger.info(
            "api access token refused reason=%s subject=%s",
            "inactive" if user else "no-account",
            checked["subject"],
        )
        return None
    logger.debug("api access token accepted user_id=%s", user.pk)
    return user


def check_token(token: str) -> dict:
    """Validate ``token`` with the provider; return its subject and expiry."""
    try:
        if looks_like_jwt(token):
            claims = jwt_claims(token)
        else:
            claims = introspected_claims(token)
    except requests.RequestException as error:
        # Reading the discovery document failed.
        raise ProviderUnavailable(str(error)) from error

    subject = subject_of(claims)
    if not subject:
        raise TokenRefused("no-subject")
    lifetime = settings.WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS
    expiry = claims.get("exp")
    if not isinstance(expiry, int | float):
        expiry = time.time() + lifetime
    return {"subject": subject, "exp": expiry}


def remember(key: str, checked: dict) -> None:
    """Cache a successful check briefly, never past the token's expiry."""
    lifetime = settings.WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS
    timeout = int(min(lifetime, checked["exp"] - time.time()))
    if timeout > 0:
        cache.set(key, checked, timeout)


def remember_refusal(key: str, reason: str) -> None:
    """Cache a refusal as long as a success, so that a client repeating a
    foreign or revoked token does not send the provider a request each time.
    """
    lifetime = settings.WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS
    if lifetime > 0:
        cache.set(key, {"refused": reason}, lifetime)


def looks_like_jwt(token: str) -> bool:
    """Return whether ``token`` is a signed JWT (three parts, a JSON header)."""
    if token.count(".") != 2:
        return False
    try:
        jwt.get_unverified_header(token)
    except jwt.InvalidTokenError:
        return False
    return True


@functools.lru_cache(maxsize=8)
def jwks_client(uri: str, timeout: int) -> jwt.PyJWKClient:
    """Return the key client of a JWKS address; it keeps the provider's
    public keys a few minutes and fetches them again for an unknown key."""
    return jwt.PyJWKClient(uri, lifespan=300, timeout=timeout)


def jwt_claims(token: str) -> dict:
    """Verify a JWT access token's signature, issuer, lifetime and audience;
    return its claims."""
    header = jwt.get_unverified_header(token)
    algorithm = header.get("alg")
    if not isinstance(algorithm, str) or algorithm not in SIGNING_ALGORITHMS:
        raise TokenRefused("algorithm")
    issuer = oidc_setting("OIDC_OP_ISSUER")
    if not issuer:
        # Entra ID signs the tokens of every tenant with the same keys: a
        # signature alone does not say the token is from our provider.
        logger.warning("api access token refused reason=no-issuer-configured")
        raise TokenRefused("no-issuer-configured")

    jwks_uri = oidc_setting("OIDC_OP_JWKS_ENDPOINT")
    if not jwks_uri:
        raise TokenRefused("no-jwks-endpoint")
    try:
        key = jwks_client(jwks_uri, settings.OIDC_TIMEOUT).get_signing_key_from_jwt(
            token
        )
    except jwt.PyJWKClientConnectionError as error:
        raise ProviderUnavailable(str(error)) from error
    except jwt.PyJWTError as error:
        raise TokenRefused("signing-key") from error

    try:
        claims = jwt.decode(
            token,
            key,
            algorithms=[algorithm],
            audience=accepted_audiences(),
            issuer=issuer,
            options={"require": ["exp", "iss", "aud"]},
        )
    except jwt.InvalidTokenError as error:
        raise TokenRefused(type(error).__name__) from error
    if is_id_token(header, claims):
        raise TokenRefused("id-token")
    return claims


def is_id_token(header: dict, claims: dict) -> bool:
    """Return whether a verified JWT is an ID token rather than an access
    token: ID tokens carry this client's id as audience too, and travel
    through the browser (the logout's ``id_token_hint``)."""
    if str(header.get("typ", "")).lower() in ("at+jwt", "application/at+jwt"):
        return False
    return (
        "nonce" in claims
        or "at_hash" in claims
        or str(claims.get("typ", "")).lower() in NOT_ACCESS_TOKENS
    )


def introspected_claims(token: str) -> dict:
    """Ask the provider's introspection endpoint about ``token``; return the
    answer when the token is an active access token for an accepted
    audience or client."""
    endpoint = oidc_setting("OIDC_OP_INTROSPECTION_ENDPOINT")
    if not endpoint:
        raise TokenRefused("no-introspection-endpoint")
    answer = introspect(endpoint, token)

    if answer.get("active") is not True:
        raise TokenRefused("inactive")
    kind = str(answer.get("token_type") or answer.get("typ") or "").lower()
    if kind in NOT_ACCESS_TOKENS:
        raise TokenRefused("token-type")
    if "cnf" in answer:
        # Bound to a key (DPoP, mTLS) whose proof this API does not check.
        raise TokenRefused("sender-constrained")
    issuer = oidc_setting("OIDC_OP_ISSUER")
    if issuer and answer.get("iss", issuer) != issuer:
        raise TokenRefused("issuer")
    now = time.time()
    if isinstance(answer.get("exp"), int | float) and answer["exp"] <= now:
        raise TokenRefused("expired")
    if isinstance(answer.get("nbf"), int | float) and answer["nbf"] > now:
        raise TokenRefused("not-yet-valid")
    audience = answer.get("aud") or []
    issued_to = {*(audience if isinstance(audience, list) else [audience])}
    issued_to.add(answer.get("client_id"))
    if not issued_to & set(accepted_audiences()):
        raise TokenRefused("audience")
    return answer


def introspect(endpoint: str, token: str) -> dict:
    """Post ``token`` to the introspection endpoint with this client's
    credentials; return the provider's answer."""
    client_id = settings.OIDC_RP_CLIENT_ID
    secret = settings.OIDC_RP_CLIENT_SECRET
    data = {"token": token, "token_type_hint": "access_token"}
    auth = None
    if settings.OIDC_TOKEN_USE_BASIC_AUTH:
        auth = (client_id, secret)
    else:
        data.update(client_id=client_id, client_secret=secret)
    try:
        response = requests.post(
            endpoint,
            data=data,
            auth=auth,
            headers={"Accept": "application/json"},
            timeout=settings.OIDC_TIMEOUT,
        )
    except requests.RequestException as error:
        raise ProviderUnavailable(str(error)) from error

    if response.status_code >= 500:
        raise ProviderUnavailable(f"introspection status {response.status_code}")
    if response.status_code != 200:
        # Most likely this client's credentials or rights at the provider.
        logger.warning(
            "api access token introspection refused status=%s", response.status_code
        )
        raise TokenRefused("introspection-refused")
    try:
        answer = response.json()
    except ValueError as error:
        raise ProviderUnavailable("introspection answer is not JSON") from error
    if not isinstance(answer, dict):
        raise ProviderUnavailable("introspection answer is not an object")
    return answer
