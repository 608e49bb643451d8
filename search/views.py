"""The search page, its JSON endpoints and autocomplete."""

from __future__ import annotations

import logging

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from cms import languages
from cms.visibility import can_view_page

from . import service
from .models import SearchQueryLog
from .query import parse
from .registry import KINDS, get_kind

logger = logging.getLogger(__name__)

MIN_AUTOCOMPLETE_LENGTH = 2


def _page_number(value: str | None) -> int:
    return int(value) if value and value.isdigit() and len(value) < 6 else 1


def _promotions(request, parsed) -> list:
    """Return the editors' promoted pages for this query that the user may see."""
    promotions = SearchPromotion.objects.filter(
        query__query_string=parsed.text.lower()
    ).select_related("page", "query")
    return [
        promotion
        for promotion in promotions
        if promotion.page is None or can_view_page(request.user, promotion.page)
    ]


def _promotion_url(promotion) -> str:
    return promotion.page.url if promotion.page else promotion.external_link_url


def _run(request):
    parsed = parse(request.GET.get("q"))
    if parsed.is_empty:
        return parsed, None
    outcome = service.search(
        request.user,
        parsed,
        request.GET.get("kind"),
        request.GET,
        _page_number(request.GET.get("page")),
    )
    SearchQueryLog.objects.create(
        query=parsed.text.lower()[:200],
        kind=outcome.kind.key,
        result_count=sum(outcome.kind_counts.values()),
        from_page_id=_from_page_id(request.GET.get("from")),
    )
    return parsed, outcome


def _from_page_id(value: str | None) -> int | None:
    """Return the id of the page the search was started on, if it exists."""
    if not (value and value.isdigit() and len(value) < 10):
        return None
    return Page.objects.filter(pk=int(value)).values_list("pk", flat=True).first()


def search(request):
    """Search people, pages, news and documents."""
    try:
        parsed, outcome = _run(request)
    except service.SearchUnavailable:
        return render(request, "search/unavailable.html", status=503)
    context = {
        "search_query": parsed.text,
        "outcome": outcome,
        "kinds": KINDS,
        "active_kind": outcome.kind if outcome else get_kind(request.GET.get("kind")),
        "promotions": _promotions(request, parsed) if outcome else [],
        "all_languages": bool(outcome) and outcome.language is None,
        "search_language_name": languages.language_in_text(
            languages.current_language()
        ),
    }
    if outcome and outcome.page > outcome.num_pages and outcome.total:
        context["message"] = _("There are no more results; see the first page.")
    if outcome and not parsed.is_empty:
        Query.get(parsed.text).add_hit()
    return render(request, "search/search.html", context)


def search_api(request):
    """Return results, counts and facets as JSON."""
    try:
        parsed, outcome = _run(request)
    except service.SearchUnavailable:
        return _unavailable_json()
    if outcome is None:
        return JsonResponse(
            {"query": parsed.text, "message": _("Type a word or a name to search.")}
        )
    data = outcome.as_json()
    data["query"] = parsed.text
    data["promotions"] = [
        {"title": str(promotion.title), "url": _promotion_url(promotion)}
        for promotion in _promotions(request, parsed)
    ]
    return JsonResponse(data)


def autocomplete_api(request):
    """Return up to ten people and pages for what was typed so far."""
    parsed = parse(request.GET.get("q"))
    text = " ".join([*parsed.words, *parsed.phrases])
    if len(text) < MIN_AUTOCOMPLETE_LENGTH:
        return JsonResponse({"query": parsed.text, "suggestions": []})
    try:
        language, _understood = service.clean_language(request.GET.get("locale"))
        suggestions = service.autocomplete(request.user, text, language)
    except service.SearchUnavailable:
        return _unavailable_json()
    return JsonResponse({"query": parsed.text, "suggestions": suggestions})


def _unavailable_json() -> JsonResponse:
    """Answer 503 in the API's error shape; ``error`` repeats the message
    for clients written before the shape was shared."""
    message = _("Search is temporarily unavailable.")
    body = {"status": 503, "code": "unavailable", "message": message}
    return JsonResponse({**body, "error": message}, status=503)
