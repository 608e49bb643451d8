"""Wagtail admin: the content freshness report, the "Mark as reviewed"
action, the review panel on the admin home and the content-health queue."""

from django.urls import path, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets.button import Button
from wagtail.permissions import page_permission_policy

from . import translations
from .freshness import services, views

REPORT_PERMISSIONS = ["add", "change", "publish"]


@hooks.register("register_admin_urls")
def register_freshness_urls():
    report = views.ContentFreshnessReportView
    return [
        path(
            "reports/content-freshness/",
            report.as_view(),
            name="content_freshness",
        ),
        path(
            "reports/content-freshness/results/",
            report.as_view(results_only=True),
            name="content_freshness_results",
        ),
        path(
            "content-freshness/reviewed/<int:page_id>/",
            views.mark_reviewed_view,
            name="content_freshness_reviewed",
        ),
        path(
            "content-freshness/health/",
            views.health_queue_view,
            name="content_health",
        ),
        path(
            "reports/translations-out-of-date/",
            translations.OutOfDateTranslationsReportView.as_view(),
            name="translations_out_of_date",
        ),
        path(
            "reports/translations-out-of-date/results/",
            translations.OutOfDateTranslationsReportView.as_view(results_only=True),
            name="translations_out_of_date_results",
        ),
    ]


class ContentFreshnessMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, REPORT_PERMISSIONS
        )


@hooks.register("register_reports_menu_item")
def register_freshness_report_menu_item():
    return ContentFreshnessMenuItem(
        _("Content freshness"), reverse("content_freshness"), icon_name="time", order=50
    )


@hooks.register("register_reports_menu_item")
def register_translations_report_menu_item():
    return ContentFreshnessMenuItem(
        _("Translations out of date"),
        reverse("translations_out_of_date"),
        icon_name="wagtail-localize-language",
        order=60,
    )


@hooks.register("register_log_actions")
def register_review_log_action(actions):
    actions.register_action(
        services.REVIEWED_ACTION, _("Mark as reviewed"), _("Marked as reviewed")
    )


def _review_button(page, user, next_url, priority):
    if page.specific_class not in services.review_page_models():
        return None
    if not page.permissions_for_user(user).can_edit():
        return None
    url = reverse("content_freshness_reviewed", args=[page.pk])
    if next_url:
        url += "?" + urlencode({"next": next_url})
    return Button(_("Mark as reviewed"), url, icon_name="check", priority=priority)


@hooks.register("register_page_header_buttons")
def review_header_button(page, user, view_name, next_url=None):
    button = _review_button(page, user, next_url, priority=62)
    if button:
        yield button


@hooks.register("register_page_listing_more_buttons")
def review_listing_button(page, user, next_url=None):
    button = _review_button(page, user, next_url, priority=45)
    if button:
        yield button


class ReviewDuePanel(Component):
    """The editor's own overdue and soon-due pages, and freshness per
    section as bars."""

    name = "content_freshness"
    template_name = "themes/freshness/home_panel.html"
    order = 90

    def get_context_data(self, parent_context):
        request = parent_context["request"]
        context = super().get_context_data(parent_context)
        context.update(
            {
                "due_pages": services.due_for_user(request.user),
                "sections": services.freshness_by_section(),
                "request": request,
                "csrf_token": parent_context["csrf_token"],
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    if page_permission_policy.user_has_any_permission(request.user, REPORT_PERMISSIONS):
        panels.append(ReviewDuePanel())
