"""What every endpoint of Werkplek's API shares: authentication, errors,
pagination and the check on query parameters.

The routers of the apps (``people/api.py``, ``groups/api.py``, ...) import
from here; ``cms/api.py`` puts them together on one ``NinjaAPI``.
"""

import logging
from collections.abc import Iterable
from http import HTTPStatus
from typing import Annotated, Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from ninja import Field, NinjaAPI, Schema
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import HttpBearer, SessionAuth
from pydantic import AfterValidator, ConfigDict, model_validator
from pydantic import ValidationError as PydanticValidationError
from pydantic_core import PydanticCustomError
from wagtail.api.v3.auth import BearerTokenAuth
from wagtail.api.v3.pagination import WagtailLimitOffsetPagination
from wagtail.models.api import TOKEN_PREFIX

from cms.oidc import sign_on_enabled
from cms.oidc_tokens import ProviderUnavailable, user_for_access_token

logger = logging.getLogger(__name__)

# Pagination parameters every list endpoint accepts.
PAGINATION_PARAMETERS = ("limit", "offset")

CODES = {
    400: "bad_request",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "invalid",
    429: "throttled",
    500: "server_error",
    503: "unavailable",
}


class ApiError(HttpError):
    """An error answered as ``{"status", "code", "message"}`` JSON."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(status, message)
        self.code = code or CODES.get(status, "error")


class RequestBody(Schema):
    """The base of every request body: a JSON object of the fields the
    endpoint knows. Anything else (a string, a list, a mistyped or read-only
    field) answers 422 rather than being ignored: ninja's schemas would
    otherwise read fields off any value, so that ``"oops"`` passed for a
    page's title its own ``str.title``."""

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _an_object(cls, value):
        body = getattr(value, "_obj", value)  # ninja wraps it in a DjangoGetter
        if not isinstance(body, dict):
            raise ValueError("the body must be a JSON object")
        return value


class ErrorSchema(Schema):
    """The body of every error the API answers."""

    status: int
    code: str
    message: str
    errors: list[dict[str, Any]] | None = None


# The error answers each kind of endpoint documents in the OpenAPI document
# (503: the sign-on provider could not check an access token).
READ_ERRORS = {400: ErrorSchema, 401: ErrorSchema, 422: ErrorSchema, 503: ErrorSchema}
DETAIL_ERRORS = {**READ_ERRORS, 404: ErrorSchema}
# 403: the caller's role does not allow it, or a session without the CSRF token.
WRITE_ERRORS = {**DETAIL_ERRORS, 403: ErrorSchema}


def error_response(
    status: int,
    message: str,
    code: str | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> HttpResponse:
    """Return the JSON answer for an error."""
    body: dict[str, Any] = {
        "status": status,
        "code": code or CODES.get(status, "error"),
        "message": message,
    }
    if errors:
        body["errors"] = errors
    return JsonResponse(body, status=status, json_dumps_params={"default": str})


def _encodable(value: str) -> str:
    # JSON may escape a lone surrogate ("\ud800"), which no database holds.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ValueError("contains a character that is not valid Unicode") from error
    return value


# Text in a request body: any string the database can hold; the forms that
# receive it judge the rest (length, emptiness, NUL characters).
Text = Annotated[str, AfterValidator(_encodable)]


def form_error_response(form, refused: list[dict] | None = None) -> HttpResponse:
    """Return the 422 answer for a Django form that refused the request body,
    with the form's own (translated) messages, after any ``refused`` fields
    the form does not have for this caller."""
    errors = list(refused or []) + [
        {"loc": ["body", field], "msg": error["message"], "type": error["code"]}
        for field, field_errors in form.errors.get_json_data().items()
        for error in field_errors
    ]
    first = errors[0] if errors else {"loc": ["body"], "msg": "not valid"}
    message = "{}: {}".format(first["loc"][-1], first["msg"])
    return error_response(422, message, code="invalid", errors=errors)


def api_not_found(request: HttpRequest) -> HttpResponse:
    """Answer a URL under /api/ that no endpoint serves with JSON, not with
    the website's page."""
    return error_response(404, f"No endpoint at {request.path}.")


class ProviderTokenAuth(HttpBearer):
    """Bearer authentication with an access token of the sign-on provider,
    checked with the provider (``cms/oidc_tokens.py``)."""

    openapi_description = (
        "An access token of the sign-on provider (when sign-on is configured), "
        "issued to an accepted audience: a JWT access token or an opaque token "
        "the provider introspects."
    )

    def authenticate(self, request: HttpRequest, token: str):
        # A Wagtail token that did not resolve is never shown to the provider.
        if not sign_on_enabled() or token.startswith(TOKEN_PREFIX):
            return None
        try:
            user = user_for_access_token(token)
        except ProviderUnavailable as error:
            logger.warning("api access token not checked reason=%s", error)
            raise ApiError(
                503,
                "The sign-on provider cannot be reached to check the access "
                "token; try again shortly.",
            ) from error
        request.user = user or AnonymousUser()
        return user


class SignedInSessionAuth(SessionAuth):
    """The browser session. Its CSRF token is checked only when the session
    signs somebody in, so that a caller with neither a session nor a token
    is told to sign in (401) rather than about CSRF (403)."""

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)


def session_or_token_auth() -> list:
    """Return the authentication of Werkplek's endpoints: a Wagtail API token
    or an access token of the sign-on provider as bearer credentials, or
    else the browser session (same origin; ninja checks the CSRF token on
    unsafe methods).

    A bearer token that does not resolve makes the request anonymous, even
    with a session cookie beside it: Wagtail's ``BearerTokenAuth`` sets the
    anonymous user before the provider's token is tried, and the session is
    tried last.
    """
    return [BearerTokenAuth(), ProviderTokenAuth(), SignedInSessionAuth()]


# The largest id or offset the database takes (a 32-bit integer column is
# the narrowest); larger numbers answer 422 rather than a database error.
MAX_ID = 2**31 - 1


def _within_the_maximum(limit: int) -> int:
    """Refuse a limit above ``WAGTAILAPI_LIMIT_MAX`` as any out-of-range
    value is refused (422), not with the 400 of Wagtail's paginator."""
    maximum = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
    if maximum is not None and limit > maximum:
        raise PydanticCustomError(
            "less_than_equal",
            "Input should be less than or equal to {le}",
            {"le": maximum},
        )
    return limit


class ListPagination(WagtailLimitOffsetPagination):
    """Limit/offset pagination as in Wagtail's own endpoints:
    ``{"count": N, "items": [...]}``, 20 by default, at most
    ``WAGTAILAPI_LIMIT_MAX``."""

    class Input(WagtailLimitOffsetPagination.Input):
        # The maximum is read when a request is validated: it is a setting.
        limit: Annotated[int, AfterValidator(_within_the_maximum)] = Field(
            default=20,
            ge=1,
            le=MAX_ID,
            description="how many items to answer (at most WAGTAILAPI_LIMIT_MAX)",
        )
        offset: int = Field(
            default=0, ge=0, le=MAX_ID, description="how many items to skip"
        )


def check_parameters(request: HttpRequest, allowed: Iterable[str]) -> None:
    """Answer 400 when the query string names a parameter the endpoint does
    not know, so that a mistyped filter never silently returns everything,
    and when the address or a parameter holds a NUL character."""
    values = [request.path_info, *request.GET.keys()]
    values += [value for key in request.GET for value in request.GET.getlist(key)]
    if any("\x00" in value for value in values):
        # The database cannot hold them; no name or filter contains one.
        raise ApiError(
            400,
            "The address or a query parameter contains a NUL character.",
            code="invalid_parameter",
        )
    known = {*allowed, *PAGINATION_PARAMETERS}
    unknown = sorted(set(request.GET) - known)
    if unknown:
        raise ApiError(
            400,
            "Unknown query parameter(s): {}. Known: {}.".format(
                ", ".join(unknown), ", ".join(sorted(known))
            ),
            code="unknown_parameter",
        )


def _validation_errors(exc: Exception) -> list[dict[str, Any]]:
    if isinstance(exc, NinjaValidationError):
        errors = exc.errors
    elif isinstance(exc, PydanticValidationError):
        errors = exc.errors(include_url=False)
    elif isinstance(exc, DjangoValidationError):
        if hasattr(exc, "error_dict"):
            return [
                {"loc": [field], "msg": message}
                for field, messages in exc.message_dict.items()
                for message in messages
            ]
        return [{"msg": message} for message in exc.messages]
    else:
        return []
    # Inputs may be long or odd; the location and message say enough.
    return [{k: v for k, v in e.items() if k not in ("input", "ctx")} for e in errors]


def _first_message(errors: list[dict[str, Any]]) -> str:
    if not errors:
        return "The request is not valid."
    first = errors[0]
    where = ".".join(str(part) for part in first.get("loc", ()))
    message = first.get("msg", "not valid")
    return f"{where}: {message}" if where else str(message)


def register_error_handlers(api: NinjaAPI) -> None:
    """Answer every error of ``api`` as ``{"status", "code", "message"}``."""

    def validation(request, exc):
        errors = _validation_errors(exc)
        return error_response(422, _first_message(errors), errors=errors)

    for exc_class in (NinjaValidationError, PydanticValidationError):
        api.add_exception_handler(exc_class, validation)
    api.add_exception_handler(DjangoValidationError, validation)

    def authentication(request, exc):
        return error_response(401, "Sign in or send an API token.")

    api.add_exception_handler(AuthenticationError, authentication)

    def http_error(request, exc):
        code = getattr(exc, "code", None)
        return error_response(exc.status_code, str(exc), code=code)

    api.add_exception_handler(HttpError, http_error)

    def not_found(request, exc):
        return error_response(404, "Not found.")

    api.add_exception_handler(Http404, not_found)

    def permission_denied(request, exc):
        if not request.user.is_authenticated:
            return error_response(401, "Sign in or send an API token.")
        return error_response(403, str(exc) or "Permission denied.")

    api.add_exception_handler(PermissionDenied, permission_denied)

    def unexpected(request, exc):
        logger.exception("api request failed path=%s", request.path)
        return error_response(500, HTTPStatus(500).phrase + ".")

    api.add_exception_handler(Exception, unexpected)
