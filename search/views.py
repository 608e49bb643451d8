"""The search results page: pages and people, trimmed to what the reader may see."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.shortcuts import render
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page

from cms.visibility import visible_pages, visible_people
from people.models import Person
from people.views import filter_directory

RESULTS_PER_PAGE = 10
PEOPLE_SHOWN = 6


def search(request):
    """Search pages and people with the configured Wagtail search backend."""
    query = request.GET.get("q", "").strip()[:200]
    page_results = people = None
    if query:
        pages = visible_pages(request.user, Page.objects.all()).specific()
        page_results = Paginator(pages.search(query), RESULTS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        persons = visible_people(request.user, Person.objects.for_listing())
        people = filter_directory(persons, {"q": query})[:PEOPLE_SHOWN]
        Query.get(query).add_hit()
    return render(
        request,
        "search/search.html",
        {"search_query": query, "search_results": page_results, "people": people},
    )
