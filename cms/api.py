"""Werkplek's API: one django-ninja ``NinjaAPI`` mounted at ``/api/``.

It carries Werkplek's own routers (pages, documents and images, people,
groups, feed, search, page feedback) and
those of Wagtail's API v3 that follow Werkplek's visibility rules ("who am
I", sites, content-type schemas). Wagtail's routers for pages,
images, documents, snippets and redirects are left out: they decide
visibility their own way (see ``cms/pages_api.py`` and the README's "API").
The OpenAPI document is at ``/api/openapi.json``, the docs at ``/api/docs/``.
"""

from functools import wraps

from django.conf import settings
from django.http import Http404
from ninja import NinjaAPI
from wagtail.api.v3.routers.schema import router as wagtail_schema_router
from wagtail.api.v3.routers.sites import router as wagtail_sites_router
from wagtail.api.v3.routers.whoami import router as wagtail_whoami_router

from cms.api_support import register_error_handlers, session_or_token_auth
from cms.media_api import router as media_router
from cms.pages_api import router as pages_router
from groups.api import router as groups_router
from home.api import router as feed_router
from people.api import router as people_router
from search.api import router as search_router
from themes.api import router as feedback_router


def _gate_docs(view):
    """Answer 404 for the document and the docs when
    ``WAGTAILAPI_DOCS_ENABLED`` is off, as Wagtail's own API does."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not getattr(settings, "WAGTAILAPI_DOCS_ENABLED", True):
            raise Http404
        return view(request, *args, **kwargs)

    return wrapper


api = NinjaAPI(
    title="Werkplek API",
    version="1.0.0",
    description=(
        "Pages, people, groups, the personal feed and search of Werkplek, "
        "with the permissions of the website. Authenticate with the browser "
        "session (same origin), a Wagtail API token "
        "(`Authorization: Bearer wagtail_…`) or, when sign-on is configured, "
        "an access token of the sign-on provider issued to an accepted "
        "audience (`Authorization: Bearer <access token>`; a JWT access token "
        "is verified with the provider's keys, another token is introspected "
        "by the provider; 503 when the provider cannot be reached). Errors "
        'answer `{"status", "code", "message"}`.'
    ),
    # Wagtail's routers reverse their URL names in this namespace.
    urls_namespace="wagtailapi_v3",
    auth=session_or_token_auth(),
    docs_decorator=_gate_docs,
    openapi_url="/openapi.json",
    docs_url="/docs/",
)
register_error_handlers(api)

api.add_router("/", pages_router)
api.add_router("/", media_router)
api.add_router("/", people_router)
api.add_router("/", groups_router)
api.add_router("/", feed_router)
api.add_router("/", search_router)
api.add_router("/", feedback_router)
# Wagtail's own, bearer token only (they ignore the session by design).
api.add_router("/", wagtail_whoami_router)
api.add_router("/schema/", wagtail_schema_router)
api.add_router("/sites/", wagtail_sites_router)
