"""Admin reports of the query log: what staff search for most, and what
finds nothing (candidates for synonyms, promotions or new pages)."""

from __future__ import annotations

import datetime

from django.db.models import Avg, Count, Max
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from .models import SearchQueryLog

REPORT_DAYS = 90


class TopQueriesReportView(ReportView):
    """The most frequent queries of the last 90 days."""

    page_title = _("Top search queries")
    header_icon = "search"
    index_url_name = "search_reports:top_queries"
    index_results_url_name = "search_reports:top_queries_results"
    any_permission_required = ["view"]
    permission_policy = None
    columns = [
        Column("query", label=_("Query")),
        Column("searches", label=_("Searches")),
        Column("average_results", label=_("Average results")),
        Column("last_searched", label=_("Last searched")),
    ]
    list_export = ["query", "searches", "average_results", "last_searched"]

    def get_queryset(self):
        since = timezone.now() - datetime.timedelta(days=REPORT_DAYS)
        return (
            SearchQueryLog.objects.filter(searched_at__gte=since)
            .values("query")
            .annotate(
                searches=Count("pk"),
                average_results=Avg("result_count"),
                last_searched=Max("searched_at"),
            )
            .order_by("-searches", "query")
        )

    def decorate_paginated_queryset(self, object_list):
        return [_Row(**row) for row in object_list]

    def user_has_permission(self, permission):
        return self.request.user.has_perm("wagtailadmin.access_admin")


class ZeroResultQueriesReportView(TopQueriesReportView):
    """Queries of the last 90 days that found nothing."""

    page_title = _("Search queries without results")
    index_url_name = "search_reports:zero_results"
    index_results_url_name = "search_reports:zero_results_results"

    def get_queryset(self):
        return super().get_queryset().filter(result_count=0)


class _Row:
    def __init__(self, query, searches, average_results, last_searched):
        self.query = query
        self.searches = searches
        self.average_results = round(average_results or 0, 1)
        self.last_searched = timezone.localtime(last_searched).strftime(
            "%Y-%m-%d %H:%M"
        )

    def __str__(self):
        return self.query


urlpatterns = [
    path("top/", TopQueriesReportView.as_view(), name="top_queries"),
    path(
        "top/results/",
        TopQueriesReportView.as_view(results_only=True),
        name="top_queries_results",
    ),
    path("zero/", ZeroResultQueriesReportView.as_view(), name="zero_results"),
    path(
        "zero/results/",
        ZeroResultQueriesReportView.as_view(results_only=True),
        name="zero_results_results",
    ),
]
