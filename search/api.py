"""The search endpoints of the API: the JSON views of ``search.views``
described in the API's OpenAPI document.

They answer exactly what the views answer (same code, same JSON) and keep
the views' lenience: an odd query or an unknown filter gives an empty result
or an ``ignored_filters`` entry, never an error.
"""

from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema

from cms.api_support import READ_ERRORS, ErrorSchema

from . import views

router = Router(tags=["search"])


class SearchUnavailableSchema(ErrorSchema):
    """The answer while the search engine is away (503)."""

    error: str = Field(..., description="the message again, as before")


class SearchParameters(Schema):
    """What the search endpoint reads; the facets of each kind (``unit``,
    ``organisation``, ``skill``, ``language``, ...) are read too."""

    q: str | None = Field(None, description="the words to find")
    kind: str | None = Field(None, description="people, pages, news or documents")
    page: str | None = Field(None, description="the page of results, from 1")
    locale: str | None = Field(
        None,
        description="the language of the pages to find (nl, en, fr; default: "
        "the caller's language) or 'all'; a page without a translation into "
        "the language is found in Dutch",
    )


class AutocompleteParameters(Schema):
    """What autocomplete reads."""

    q: str | None = Field(None, description="what was typed so far")
    locale: str | None = Field(
        None, description="the language of the pages to suggest, or 'all'"
    )


@router.get(
    "/search/",
    response={200: dict[str, Any], **READ_ERRORS, 503: SearchUnavailableSchema},
    summary="Search",
    operation_id="search",
)
def search(request: HttpRequest, parameters: Query[SearchParameters]):
    """Search people, pages, news and documents: results, counts and facets."""
    return views.search_api(request)


@router.get(
    "/search/autocomplete/",
    response={200: dict[str, Any], **READ_ERRORS, 503: SearchUnavailableSchema},
    summary="Autocomplete",
    operation_id="search_autocomplete",
)
def autocomplete(request: HttpRequest, parameters: Query[AutocompleteParameters]):
    """Suggest up to ten people and pages for what was typed so far."""
    return views.autocomplete_api(request)
