"""Single sign-on with OpenID Connect, built on mozilla-django-oidc.

People are matched by the provider's stable subject (``sub``, or a claim
such as Entra ID's ``oid``), never by e-mail alone. A first sign-on may take
over the one local account with the same e-mail address; when two local
accounts share it, nothing is merged and the person sees why. Every sign-on
brings the account, the profile and the mapped roles in step with the claims.

Sessions that came from sign-on are re-checked with the provider on an
interval (``OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS``): a GET goes through a silent
re-authentication, a state-changing request is refused until that happened.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from urllib.parse import urlencode

import jwt
import requests
from django.conf import settings
from django.contrib import auth
from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.exceptions import SuspiciousOperation
from django.db import IntegrityError, transaction
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render, resolve_url
from django.urls import path
from django.utils.deprecation import MiddlewareMixin
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from django.views.generic import View
from mozilla_django_oidc.auth import OIDCAuthenticationBackend
from mozilla_django_oidc.middleware import SessionRefresh
from mozilla_django_oidc.utils import import_from_settings
from mozilla_django_oidc.views import (
    OIDCAuthenticationCallbackView,
    OIDCAuthenticationRequestView,
    OIDCLogoutView,
)
from phonenumber_field.phonenumber import to_python as to_phone_number
from wagtail.users.models import UserProfile

from people.models import Organisation, OrgUnit, Person

logger = logging.getLogger(__name__)

# Claims that describe the token rather than the person.
PROTOCOL_CLAIMS = set(
    "iss aud exp iat nbf nonce at_hash c_hash azp auth_time sid acr amr jti".split()
)
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
USERNAME_UNSAFE = re.compile(r"[^a-z0-9._-]+")


def sign_on_enabled() -> bool:
    """Return whether single sign-on is configured (a client id is set)."""
    return bool(getattr(settings, "OIDC_RP_CLIENT_ID", ""))


def session_from_sign_on(request: HttpRequest) -> bool:
    """Return whether the request's session was started by sign-on."""
    backend = request.session.get(BACKEND_SESSION_KEY)
    if not backend:
        return False
    return issubclass(import_string(backend), OIDCAuthenticationBackend)


# Provider settings that, left empty, are read from the discovery document.
DISCOVERED = {
    "OIDC_OP_ISSUER": "issuer",
    "OIDC_OP_AUTHORIZATION_ENDPOINT": "authorization_endpoint",
    "OIDC_OP_TOKEN_ENDPOINT": "token_endpoint",
    "OIDC_OP_USER_ENDPOINT": "userinfo_endpoint",
    "OIDC_OP_JWKS_ENDPOINT": "jwks_uri",
    "OIDC_OP_LOGOUT_ENDPOINT": "end_session_endpoint",
    "OIDC_OP_INTROSPECTION_ENDPOINT": "introspection_endpoint",
}
DISCOVERY_CACHE_SECONDS = 60 * 60


def oidc_setting(name: str, *default):
    """Return an OIDC setting; an empty provider endpoint is looked up in the
    discovery document (OIDC_OP_DISCOVERY_URL) on first use."""
    value = import_from_settings(name, *default)
    if not value and name in DISCOVERED and settings.OIDC_OP_DISCOVERY_URL:
        value = discovery_document().get(DISCOVERED[name], "")
    return value


def discovery_document() -> dict:
    """Return the provider's discovery document, kept in the shared cache."""
    url = settings.OIDC_OP_DISCOVERY_URL
    key = "werkplek:oidc-discovery:" + hashlib.sha256(url.encode()).hexdigest()
    document = cache.get(key)
    if document is None:
        response = requests.get(url, timeout=settings.OIDC_TIMEOUT)
        response.raise_for_status()
        document = response.json()
        cache.set(key, document, DISCOVERY_CACHE_SECONDS)
        logger.info("sign-on discovery loaded issuer=%s", document.get("issuer"))
    return document


class SignOnRefused(Exception):
    """A sign-on that must not go through; the person is told why."""

    status = 403
    template = "registration/sign_on_problem.html"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class SignOnConflict(SignOnRefused):
    """A first sign-on whose e-mail address matches several local accounts."""

    status = 409
    template = "registration/sign_on_conflict.html"


class PasswordBackend(ModelBackend):
    """Django's password sign-in, refused when WERKPLEK_PASSWORD_LOGIN is off."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not settings.WERKPLEK_PASSWORD_LOGIN:
            return None
        return super().authenticate(request, username, password, **kwargs)


class SignOnBackend(OIDCAuthenticationBackend):
    """Authenticate with the provider's code flow; match by subject and keep
    the account, profile and roles in step with the claims."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, *args, **kwargs):
        # Django builds every backend for each authenticate() call, password
        # sign-ins included: the provider's settings are read only when a
        # sign-on callback is being handled (see authenticate).
        self.UserModel = get_user_model()

    def authenticate(self, request, **kwargs):
        if not (sign_on_enabled() and request and "code" in request.GET):
            return None
        super().__init__()
        return super().authenticate(request, **kwargs)

    def get_user(self, user_id):
        """Return the session's user unless the account was deactivated."""
        user = super().get_user(user_id)
        return user if user and self.user_can_authenticate(user) else None

    def verify_token(self, token, **kwargs):
        """Check signature and nonce (the library), then audience and issuer."""
        payload = super().verify_token(token, **kwargs)
        audience = payload.get("aud")
        audiences = audience if isinstance(audience, list) else [audience]
        if self.OIDC_RP_CLIENT_ID not in audiences:
            raise SuspiciousOperation("ID token audience is not this client.")
        issuer = oidc_setting("OIDC_OP_ISSUER")
        if issuer and payload.get("iss") != issuer:
            raise SuspiciousOperation("ID token issuer is not the provider.")
        return payload

    def get_userinfo(self, access_token, id_token, payload):
        """Merge the ID token's claims (Entra ID puts ``oid`` and roles
        there) with the userinfo endpoint's answer."""
        userinfo = super().get_userinfo(access_token, id_token, payload)
        if userinfo.get("sub") and userinfo["sub"] != payload.get("sub"):
            raise SuspiciousOperation("Userinfo subject differs from the ID token.")
        claims = {k: v for k, v in payload.items() if k not in PROTOCOL_CLAIMS}
        claims.update(userinfo)
        return claims

    def verify_claims(self, claims):
        return bool(subject_of(claims))

    def get_or_create_user(self, access_token, id_token, payload):
        claims = self.get_userinfo(access_token, id_token, payload)
        if not self.verify_claims(claims):
            logger.warning("sign-on refused reason=no-subject")
            raise SignOnRefused(_("The sign-on provider did not say who you are."))

        user = find_user(claims)
        if user is None and not settings.OIDC_CREATE_USER:
            logger.info("sign-on refused reason=no-account")
            raise SignOnRefused(_("There is no Werkplek account for you yet."))
        user = user or create_user(claims)
        if not user.is_active:
            logger.info("sign-on refused reason=inactive user_id=%s", user.pk)
            raise SignOnRefused(_("Your Werkplek account has been deactivated."))
        provision(user, claims)
        return user


def subject_of(claims: dict) -> str:
    """Return the stable subject of ``claims`` (empty when missing)."""
    value = claims.get(settings.WERKPLEK_OIDC_SUBJECT_CLAIM)
    return str(value) if value not in (None, "") else ""


def user_with_subject(subject: str):
    """Return the account linked to the provider's ``subject``, if any."""
    if not subject:
        return None
    person = Person.objects.select_related("user").filter(sign_on_subject=subject)
    person = person.first()
    return person.user if person else None


def find_user(claims: dict):
    """Return the account for ``claims``: by subject, else by linking the one
    local account with the same e-mail address that has no subject yet."""
    subject = subject_of(claims)
    if user := user_with_subject(subject):
        return user

    email = (claims.get("email") or "").strip()
    if not (email and settings.WERKPLEK_OIDC_LINK_BY_EMAIL):
        return None
    if claims.get("email_verified") is False:
        logger.info("sign-on not linking reason=email-unverified")
        return None
    matches = list(get_user_model().objects.filter(email__iexact=email)[:2])
    if len(matches) > 1:
        logger.warning("sign-on conflict reason=duplicate-email subject=%s", subject)
        raise SignOnConflict(
            _("More than one Werkplek account uses the e-mail address %(email)s.")
            % {"email": email}
        )
    if not matches:
        return None
    user = matches[0]
    updated = Person.objects.filter(user=user, sign_on_subject__isnull=True).update(
        sign_on_subject=subject
    )
    if not updated:
        # That account belongs to someone else's subject (an address given
        # to a new colleague): this person gets an account of their own.
        logger.info("sign-on not linking reason=other-subject user_id=%s", user.pk)
        return None
    logger.info("sign-on linked user_id=%s subject=%s", user.pk, subject)
    return user


def create_user(claims: dict):
    """Create the account and profile of a first sign-on."""
    subject = subject_of(claims)
    User = get_user_model()
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                unique_username(claims), email=claims.get("email") or ""
            )
            user.set_unusable_password()
            user.save(update_fields=["password"])
            user.person.sign_on_subject = subject
            user.person.save(update_fields=["sign_on_subject"])
    except IntegrityError:
        # A parallel first sign-on of the same person won the race.
        return Person.objects.get(sign_on_subject=subject).user
    logger.info("sign-on user created user_id=%s subject=%s", user.pk, subject)
    return user


def unique_username(claims: dict) -> str:
    """Return a free, URL-friendly username from the claims."""
    User = get_user_model()
    source = claims.get(settings.WERKPLEK_OIDC_USERNAME_CLAIM) or claims.get("email")
    base = USERNAME_UNSAFE.sub("-", str(source or "").split("@")[0].lower())
    base = base.strip("-.")[:120] or "medewerker"
    username, counter = base, 1
    while User.objects.filter(username__iexact=username).exists():
        counter += 1
        username = f"{base}-{counter}"
    return username


def provision(user, claims: dict) -> None:
    """Bring account, profile, language and roles in step with ``claims``."""
    update_account(user, claims)
    update_person(user.person, claims)
    update_language(user, claims)
    update_roles(user, claims)


def update_account(user, claims: dict) -> None:
    """Copy names and e-mail address from the claims."""
    fields = {
        "first_name": claims.get("given_name"),
        "last_name": claims.get("family_name"),
        "email": claims.get("email"),
    }
    changed = [n for n, v in fields.items() if v and getattr(user, n) != v]
    for name in changed:
        setattr(user, name, str(fields[name])[:150])
    if changed:
        user.save(update_fields=changed)
        logger.info("sign-on account updated user_id=%s fields=%s", user.pk, changed)


def update_person(person: Person, claims: dict) -> None:
    """Copy job title, unit, phone and the external mark from the claims."""
    names = settings.WERKPLEK_OIDC_CLAIMS
    if job_title := claims.get(names["job_title"]):
        person.job_title = str(job_title)[:120]
    unit = find_org_unit(
        claims.get(names["department"]), claims.get(names["organisation"])
    )
    if unit is not None:
        person.org_unit = unit
    if phone := claims.get(names["phone"]):
        number = to_phone_number(str(phone))
        if number and number.is_valid():
            person.phone = number
        else:
            logger.warning("sign-on phone ignored user_id=%s", person.user_id)
    person.is_external = is_external(claims)
    person.save()


def find_org_unit(department, organisation) -> OrgUnit | None:
    """Return the unit named ``department`` (within ``organisation`` when
    given); units are never created by sign-on."""
    if not department:
        return None
    units = OrgUnit.objects.originals().filter(name__iexact=str(department))
    if organisation:
        orgs = Organisation.objects.originals().filter(
            name__iexact=str(organisation)
        ) | (
            Organisation.objects.originals().filter(
                short_name__iexact=str(organisation)
            )
        )
        units = units.filter(organisation__in=orgs)
    found = list(units[:2])
    if len(found) != 1:
        logger.warning(
            "sign-on org unit not matched department=%s organisation=%s found=%s",
            department,
            organisation,
            len(found),
        )
        return None
    return found[0]


def is_external(claims: dict) -> bool:
    """Return whether the external-partner rule matches the claims."""
    claim = settings.WERKPLEK_OIDC_EXTERNAL_CLAIM
    if not claim:
        return False
    values = {str(v) for v in as_list(claims.get(claim))}
    return bool(values & set(settings.WERKPLEK_OIDC_EXTERNAL_VALUES))


def as_list(value) -> list:
    if value in (None, ""):
        return []
    return value if isinstance(value, list) else [value]


def update_language(user, claims: dict) -> None:
    """Store the provider's locale as the preferred interface language."""
    locale = claims.get(settings.WERKPLEK_OIDC_CLAIMS["language"])
    if not locale:
        return
    code = str(locale).replace("_", "-").split("-")[0].lower()
    if code not in dict(settings.LANGUAGES):
        return
    profile = UserProfile.get_for_user(user)
    if profile.preferred_language != code:
        profile.preferred_language = code
        profile.save(update_fields=["preferred_language"])


def update_roles(user, claims: dict) -> None:
    """Add and remove the mapped groups; other groups are left alone."""
    mapping = settings.WERKPLEK_OIDC_ROLE_GROUPS
    granted = {str(v) for v in as_list(claims.get(settings.WERKPLEK_OIDC_ROLES_CLAIM))}
    wanted = {group for value, group in mapping.items() if value in granted}
    groups = Group.objects.filter(name__in=set(mapping.values()))
    current = set(user.groups.filter(pk__in=groups).values_list("name", flat=True))
    add = [g for g in groups if g.name in wanted - current]
    remove = [g for g in groups if g.name in current - wanted]
    if add:
        user.groups.add(*add)
    if remove:
        user.groups.remove(*remove)
    if add or remove:
        logger.info(
            "sign-on roles updated user_id=%s added=%s removed=%s",
            user.pk,
            sorted(g.name for g in add),
            sorted(g.name for g in remove),
        )


def problem(request: HttpRequest, message: str, status: int = 400, **context):
    """Render a page that explains why sign-in did not work."""
    context = {"message": message, **context}
    return render(request, "registration/sign_on_problem.html", context, status=status)


class SignOnStartView(OIDCAuthenticationRequestView):
    """Send the browser to the provider (404 when sign-on is not set up)."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, **kwargs):
        # The endpoint is read in get(), where a failing discovery is handled.
        View.__init__(self, **kwargs)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID

    def get(self, request):
        if not sign_on_enabled():
            raise Http404("Sign-on is not configured.")
        try:
            self.OIDC_OP_AUTH_ENDPOINT = oidc_setting("OIDC_OP_AUTHORIZATION_ENDPOINT")
        except requests.RequestException:
            logger.exception("sign-on provider unreachable")
            message = _("The sign-on provider cannot be reached.")
            return problem(request, message, status=502)
        return super().get(request)


class SignOnCallbackView(OIDCAuthenticationCallbackView):
    """Finish the code flow; every failure ends on a page that says why."""

    get_settings = staticmethod(oidc_setting)

    def __init__(self, **kwargs):
        # The endpoint is read in get(), where a failing discovery is handled.
        View.__init__(self, **kwargs)
        self.OIDC_RP_CLIENT_ID = settings.OIDC_RP_CLIENT_ID

    def get(self, request):
        if not sign_on_enabled():
            raise Http404("Sign-on is not configured.")
        try:
            return super().get(request)
        except SignOnRefused as refused:
            # A refused re-check ends the session it was checking.
            auth.logout(request)
            return render(
                request,
                refused.template,
                {"message": refused.message},
                status=refused.status,
            )
        except (SuspiciousOperation, jwt.InvalidTokenError) as error:
            logger.warning("sign-on callback rejected reason=%s", error)
            return problem(request, _("This sign-in link is not valid (any more)."))
        except requests.HTTPError as error:
            logger.warning("sign-on token request refused reason=%s", error)
            return problem(request, _("The sign-on provider refused this sign-in."))
        except requests.RequestException:
            logger.exception("sign-on provider unreachable")
            return problem(
                request, _("The sign-on provider cannot be reached."), status=502
            )

    def login_success(self):
        logger.info("sign-on sign-in user_id=%s", self.user.pk)
        return super().login_success()

    def login_failure(self):
        error = self.request.GET.get("error")
        logger.info("sign-on failed error=%s", error or "no-session")
        if error:
            message = _("The sign-on provider did not let you in.")
        else:
            message = _("Your sign-in took too long or was started elsewhere.")
        return problem(self.request, message, status=403)


class SignOnSessionMiddleware(SessionRefresh):
    """Re-check signed-on sessions: GET through the provider, state-changing
    requests refused while the sign-on has expired."""

    def __init__(self, get_response):
        # Settings are read per request (see __getattr__), not cached here.
        MiddlewareMixin.__init__(self, get_response)

    def __getattr__(self, name):
        if name.startswith("OIDC_"):
            defaults = {
                "OIDC_STATE_SIZE": 32,
                "OIDC_NONCE_SIZE": 32,
                "OIDC_USE_NONCE": True,
                "OIDC_EXEMPT_URLS": [],
                "OIDC_RP_SCOPES": "openid email",
                "OIDC_AUTHENTICATION_CALLBACK_URL": "oidc_authentication_callback",
            }
            return oidc_setting(name, defaults.get(name))
        raise AttributeError(name)

    get_settings = staticmethod(oidc_setting)

    def process_request(self, request):
        if not sign_on_enabled():
            return None
        if request.method in UNSAFE_METHODS:
            return self.refuse_if_expired(request)
        try:
            return super().process_request(request)
        except requests.RequestException:
            logger.exception("sign-on provider unreachable")
            message = _("The sign-on provider cannot be reached.")
            return problem(request, message, status=502)

    def refuse_if_expired(self, request: HttpRequest) -> HttpResponse | None:
        """Refuse a state-changing request whose sign-on has expired."""
        if not (request.user.is_authenticated and session_from_sign_on(request)):
            return None
        if request.path in self.exempt_urls:
            return None
        if request.session.get("oidc_id_token_expiration", 0) > time.time():
            return None
        logger.info("sign-on expired request refused user_id=%s", request.user.pk)
        message = _(
            "Your sign-on needs to be checked again. Nothing was saved: reload "
            "the page, then try once more."
        )
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            return JsonResponse({"error": message}, status=403)
        return problem(request, message, status=403)


def provider_logout_url(request: HttpRequest) -> str:
    """Return where logout ends: the provider's end-session endpoint for a
    signed-on session (OIDC_OP_LOGOUT_URL_METHOD), else the login page."""
    after = resolve_url(settings.LOGOUT_REDIRECT_URL)
    id_token = request.session.get("oidc_id_token")
    try:
        endpoint = oidc_setting("OIDC_OP_LOGOUT_ENDPOINT")
    except requests.RequestException:
        logger.warning("sign-on logout without provider reason=discovery-failed")
        endpoint = ""
    if not (id_token and endpoint and session_from_sign_on(request)):
        return after
    query = urlencode(
        {
            "id_token_hint": id_token,
            "post_logout_redirect_uri": request.build_absolute_uri(after),
            "client_id": settings.OIDC_RP_CLIENT_ID,
        }
    )
    logger.info("sign-on logout at provider user_id=%s", request.user.pk)
    return f"{endpoint}?{query}"


class SignOutView(OIDCLogoutView):
    """End the Django session and, for sign-on, the provider's session."""


urlpatterns = [
    path(
        "callback/",
        login_not_required(SignOnCallbackView.as_view()),
        name="oidc_authentication_callback",
    ),
    path(
        "authenticate/",
        login_not_required(SignOnStartView.as_view()),
        name="oidc_authentication_init",
    ),
    path("logout/", login_not_required(SignOutView.as_view()), name="oidc_logout"),
]
