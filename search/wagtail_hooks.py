"""Search's place in the Wagtail admin: the query log reports."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import reports


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path(
            "reports/search/",
            include((reports.urlpatterns, "search_reports")),
        )
    ]


@hooks.register("register_reports_menu_item")
def register_top_queries_menu_item():
    return MenuItem(
        _("Top search queries"),
        reverse("search_reports:top_queries"),
        name="top-search-queries",
        icon_name="search",
        order=1000,
    )


@hooks.register("register_reports_menu_item")
def register_zero_results_menu_item():
    return MenuItem(
        _("Searches without results"),
        reverse("search_reports:zero_results"),
        name="zero-result-searches",
        icon_name="search",
        order=1010,
    )
