"""Sign-in requirement for the whole intranet, and each reader's language."""

import functools
from http import HTTPStatus

from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.http import HttpResponseRedirect
from django.middleware.http import ConditionalGetMiddleware
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.urls import (
    LocalePrefixPattern,
    Resolver404,
    get_resolver,
    resolve,
    reverse,
    translate_url,
)
from django.utils import translation
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cms import languages

API_PREFIX = "/api/"


class SignInRequiredMiddleware(LoginRequiredMiddleware):
    """Send anonymous visitors to the sign-in page, except in the Wagtail admin.

    The API (under ``/api/``) checks its own credentials -- a session or a
    bearer token -- and answers 401 JSON, which an app can act on, instead of
    a redirect to an HTML form.

    The admin guards every view itself (it requires admin access and sends
    visitors to its own login, which the sign-on settings steer); its login
    page also loads an icon sprite and translations anonymously, which Django's
    middleware would otherwise answer with a redirect to the front-end login.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if request.path.startswith(API_PREFIX):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)


# The query parameter of a link to a page in the default language that is
# to be read as it is ("Read the Dutch original"), not in the reader's.
ORIGINAL = "original"
# The request attribute holding the language a page at its default-language
# address is answered in, when its reader reads another.
INTERFACE_LANGUAGE = "_werkplek_interface_language"


class PreferredLanguageMiddleware:
    """Answer signed-in staff in the language of their profile.

    A URL with a language prefix (``/en/...``) is read in that language, as
    Django's LocaleMiddleware decides. A URL without one is the default
    language's; when the reader prefers another language, a page is sent to
    its translation into that language if one is live and visible to them
    (for a group's home: if they may know of the group, as its translation
    shows those outside a closed group its landing; see
    cms.visibility.can_open_page), unless the address asks for the original
    (``?original``), and any other view (people, groups, search) to its
    address in that language.

    A page with no such translation is served as it is, its text in the
    default language, in the reader's interface: navigation, header,
    search and template strings stay in their language (``_read_in``), and
    a notice says, in it, that the page is not translated yet
    (``request.untranslated_for`` holds the language; base.html shows the
    notice, and page templates mark the page's own text with its language,
    the ``lang_attr`` filter). A page at a prefixed address whose text is
    in another language (one that only stands in for its translation,
    cms.languages.standing_in) gets the notice too.
    The notice is given only on a page the reader may see: the 404 of one
    they may not must look like any other.

    The preference is the profile's (Wagtail's ``preferred_language``, set
    from the sign-on ``locale`` claim and by the language switcher); the
    session keeps a copy (cms.languages.SESSION_KEY) so that requests need
    no query for it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self._redirect(request)
        return response or self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Only now: Django resolves the address in the language active
        # before this point, and the Dutch one has no prefix.
        code = getattr(request, INTERFACE_LANGUAGE, None)
        if code:
            translation.activate(code)
            request.LANGUAGE_CODE = code

    def _redirect(self, request):
        """Return the redirect to the reader's language, if any; otherwise
        note on ``request`` how its page is to be read."""
        if request.method not in ("GET", "HEAD"):
            return None
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return None
        is_page = match.url_name == "wagtail_serve"
        prefixed = translation.get_language_from_path(request.path_info)
        if prefixed:
            if is_page:
                _note_untranslated(request, match.args[0], prefixed)
            return None
        preferred = preferred_language(request)
        if preferred == languages.default_language():
            return None
        if not is_page:
            if ORIGINAL in request.GET:
                return None
            target = translate_url(request.path, preferred)
            return None if target == request.path else _redirect_to(request, target)
        # A link to the original asks for the Dutch page itself.
        if ORIGINAL not in request.GET:
            target = self._translated_page_url(request, preferred)
            if target:
                return _redirect_to(request, target)
        _read_in(request, preferred)
        return None

    def _translated_page_url(self, request, code: str) -> str | None:
        from cms.visibility import can_open_page, openable_versions

        route = _dutch_route(request)
        if route is None:
            return None
        page, args, kwargs = route
        if args or kwargs:
            # A sub-route of a routable page: no translation to point to.
            return None
        translations = (
            page.get_translations()
            .filter(locale__language_code=code, live=True)
            .exclude(languages.standing_in())
        )
        # A group's home counts for everyone who may know of the group: its
        # translation shows them its landing, as the Dutch address does.
        translated = openable_versions(request.user, page, translations).first()
        if translated is None:
            # Only on a page the reader may open: on the 404 page a notice
            # would tell that something is there.
            if can_open_page(request.user, page):
                request.untranslated_for = code
            return None
        return translated.get_url(request=request)


def _redirect_to(request, target: str) -> HttpResponseRedirect:
    query = request.META.get("QUERY_STRING", "")
    return HttpResponseRedirect(f"{target}?{query}" if query else target)


def _dutch_route(request):
    """Route the request's address (one without a prefix) in the default
    language's tree. Wagtail remembers the route on the request, so the
    page is served from it whatever language is active by then."""
    with translation.override(languages.default_language()):
        return Page.route_for_request(request, request.path_info)


def _read_in(request, code: str) -> None:
    """Answer ``request``, for a page at its default-language address, in
    the interface of ``code``, the language its reader reads: the page (or
    the 404 when there is none to show) is routed in the default language's
    tree now, and ``code`` becomes the request's language before the view
    runs (``process_view``)."""
    _dutch_route(request)
    setattr(request, INTERFACE_LANGUAGE, code)


def _note_untranslated(request, path: str, code: str) -> None:
    """Tell the reader of ``code`` that the page at a prefixed address is
    not translated yet when its text is in another language: a page that
    only stands in for its translation (cms.languages.standing_in), or a
    default-language page where the language has no home page yet. Only on
    a page they may see. Routed as Wagtail's serve view does, which then
    reuses the route."""
    from cms.visibility import can_open_page

    route = Page.route_for_request(request, path)
    if route is None:
        return
    page, args, kwargs = route
    if args or kwargs:
        return
    if languages.text_language(page) != code and can_open_page(request.user, page):
        request.untranslated_for = code


def preferred_language(request) -> str:
    """The content language ``request.user`` reads in, from the session's
    copy or else their profile."""
    code = request.session.get(languages.SESSION_KEY)
    if code is None:
        profile = UserProfile.get_for_user(request.user)
        code = languages.normalise(profile.preferred_language)
        code = code or languages.default_language()
        request.session[languages.SESSION_KEY] = code
    return code


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware, which reads the language from the URL
    prefix, but for the views outside ``i18n_patterns`` (sign-in, sign-on,
    the API, the admin) the browser's language as usual.

    With ``prefix_default_language=False`` Django answers every URL without
    a prefix in the default language; the sign-in page, though, is shown
    before Werkplek knows who reads it.
    """

    def process_request(self, request):
        super().process_request(request)
        if not translation.get_language_from_path(
            request.path_info
        ) and not _is_translated_route(request.path_info):
            language = translation.get_language_from_request(request)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()


@functools.lru_cache(maxsize=2048)
def _is_translated_route(path: str) -> bool:
    """Whether ``path`` (without a language prefix) resolves to a view of
    ``i18n_patterns``: the first top-level pattern that matches decides."""
    for pattern in get_resolver().url_patterns:
        try:
            match = pattern.resolve(path.lstrip("/"))
        except Resolver404:
            continue
        if match is None:  # a URLPattern answers None where a resolver raises
            continue
        return isinstance(getattr(pattern, "pattern", None), LocalePrefixPattern)
    return False


class APINoBodyMiddleware:
    """Answer HEAD under /api/ as GET without the body, and send 204s
    without a body or a Content-Type.

    django-ninja finds an endpoint's operation by the request's method, and
    a GET endpoint is registered for GET only, so HEAD answered 405 (Django's
    class-based views take HEAD wherever they take GET). Here the request is
    handled as a GET -- authentication, ETag and 304 included -- and the
    body is left out; the headers stay those of the GET, Content-Length
    included. A 405 lists HEAD beside GET in ``Allow``.

    It sits before CommonMiddleware, which would give a 204 a Content-Length.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(API_PREFIX):
            return self.get_response(request)
        head = request.method == "HEAD"
        if head:
            request.method = "GET"
        try:
            response = self.get_response(request)
        finally:
            if head:
                request.method = "HEAD"
        if head:
            self._leave_out_body(response)
        if response.status_code == 204:
            self._leave_out_body(response)
            for header in ("Content-Type", "Content-Length"):
                if header in response:
                    del response[header]
        if response.status_code == 405:
            response["Allow"] = allowed_methods(response)
        return response

    @staticmethod
    def _leave_out_body(response) -> None:
        # A streamed file is still closed with the response.
        if response.streaming:
            response.streaming_content = []
        else:
            response.content = b""


def allowed_methods(response) -> str:
    """The methods a 405 names (its ``Allow``), with ``HEAD`` wherever
    ``GET`` is: the API answers ``HEAD`` as ``GET`` (APINoBodyMiddleware)."""
    allowed = [m.strip() for m in response.get("Allow", "").split(",") if m.strip()]
    if "GET" in allowed and "HEAD" not in allowed:
        allowed = sorted([*allowed, "HEAD"])
    return ", ".join(allowed)


class APIConditionalGetMiddleware(ConditionalGetMiddleware):
    """ETags on the API's answers, and 304 Not Modified for a client that
    sends back the ETag (If-None-Match): Django's ConditionalGetMiddleware,
    for /api/ only. No Last-Modified is given: an answer changes in ways no
    date records (a page moved, a member joined).

    The ETag is a digest of the answer, which is the caller's own view of
    the data, so a client revalidates exactly what it was shown.
    """

    def process_response(self, request, response):
        if not request.path.startswith(API_PREFIX):
            return response
        return super().process_response(request, response)


class APIErrorBodyMiddleware:
    """Give every error under /api/ the API's JSON body.

    The API's own errors are JSON already; what comes from around it is not:
    django-ninja answers a method an endpoint does not take with a plain-text
    405, and its root view (``/api/``) and the docs' gate raise Django's
    HTML 404. Headers that matter to the client (``Allow``) are kept.
    """

    KEPT_HEADERS = ("Allow", "Retry-After", "WWW-Authenticate")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not request.path.startswith(API_PREFIX)
            or response.status_code < 400
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        from cms.api_support import error_response

        replacement = error_response(
            response.status_code, self.message(request, response)
        )
        for header in self.KEPT_HEADERS:
            if header in response:
                replacement[header] = response[header]
        return replacement

    def message(self, request, response) -> str:
        if response.status_code == 405:
            allowed = allowed_methods(response)
            return f"{request.method} is not allowed here; allowed: {allowed}."
        if response.status_code == 404:
            return (
                f"No endpoint at {request.path}; the API's endpoints are "
                "described at /api/openapi.json."
            )
        try:
            return HTTPStatus(response.status_code).phrase + "."
        except ValueError:  # a status code HTTP does not name
            return "The request failed."
