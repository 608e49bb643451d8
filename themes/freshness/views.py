"""Admin views of content freshness (the report, marking a page reviewed,
an owner's content-health queue) and the readers' feedback view."""

from __future__ import annotations

import datetime

import django_filters
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import Http404, HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _t
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.filters import ContentTypeFilter, WagtailFilterSet
from wagtail.admin.views.reports import PageReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from cms.visibility import can_view_page
from people.models import Organisation, Person

from .dates import STATE_CHOICES, STATE_LABELS, days_overdue, state_of
from .forms import PageFeedbackForm
from .health import health_queue
from .models import ContentReview, PageFeedback
from .services import (
    NotInReviewCycleError,
    filter_state,
    mark_reviewed,
    record_feedback,
    review_page_models,
    takes_feedback,
)


def _owners(request):
    owners = ContentReview.objects.filter(owner__isnull=False).values("owner_id")
    return Person.objects.filter(pk__in=owners).select_related("user")


def _sections(request):
    sections = ContentReview.objects.filter(section__isnull=False)
    return Page.objects.filter(pk__in=sections.values("section_id")).order_by("title")


def _page_types(request):
    return ContentType.objects.get_for_models(*review_page_models()).values()


def _content_types(request):
    ids = [content_type.pk for content_type in _page_types(request)]
    return ContentType.objects.filter(pk__in=ids)


class ContentFreshnessFilterSet(WagtailFilterSet):
    """Filters of the content freshness report; a locale filter is added by
    Wagtail when i18n is on."""

    state = django_filters.ChoiceFilter(
        label=_("State"),
        choices=STATE_CHOICES,
        method="filter_by_state",
        empty_label=_("Any state"),
    )
    owner = django_filters.ModelChoiceFilter(
        label=_("Content owner"),
        field_name="content_review__owner",
        queryset=_owners,
        empty_label=_("Anyone"),
    )
    section = django_filters.ModelChoiceFilter(
        label=_("Section"),
        field_name="content_review__section",
        queryset=_sections,
        empty_label=_("All sections"),
    )
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"),
        field_name="content_review__owner__org_unit__organisation",
        queryset=lambda request: Organisation.objects.originals(),
        empty_label=_("All organisations"),
    )
    content_type = ContentTypeFilter(label=_("Page type"), queryset=_content_types)

    class Meta:
        model = Page
        fields = []

    def filter_by_state(self, queryset, name, value):
        return filter_state(queryset, value, prefix="content_review__")


class ContentFreshnessReportView(PageReportView):
    """Pages in a review cycle, most overdue first, with their owner, state
    and readers' score; exportable as CSV and XLSX."""

    results_template_name = "themes/freshness/report_results.html"
    page_title = _("Content freshness")
    header_icon = "time"
    filterset_class = ContentFreshnessFilterSet
    index_url_name = "content_freshness"
    index_results_url_name = "content_freshness_results"
    any_permission_required = ["add", "change", "publish"]
    default_ordering = "-days_overdue"
    orderings = {
        "-days_overdue": ("content_review__due_on", "path"),
        "days_overdue": ("-content_review__due_on", "path"),
        "title": ("title", "path"),
    }
    list_export = [
        "title",
        "page_url",
        "section_title",
        "owner_name",
        "organisation_name",
        "interval_months",
        "last_reviewed_on",
        "last_reviewed_by_name",
        "due_on",
        "days_overdue",
        "state_label",
        "feedback_score",
        "content_type_label",
    ]
    export_headings = {
        "title": _("Title"),
        "page_url": _("URL"),
        "section_title": _("Section"),
        "owner_name": _("Content owner"),
        "organisation_name": _("Organisation"),
        "interval_months": _("Review interval (months)"),
        "last_reviewed_on": _("Last reviewed on"),
        "last_reviewed_by_name": _("Last reviewed by"),
        "due_on": _("Review due"),
        "days_overdue": _("Days overdue"),
        "state_label": _("State"),
        "feedback_score": _("Useful (%)"),
        "content_type_label": _("Page type"),
    }

    def get_filename(self):
        return f"content-freshness-{datetime.date.today():%Y-%m-%d}"

    def get_valid_orderings(self):
        return list(self.orderings)

    def order_queryset(self, queryset):
        return queryset.order_by(*self.orderings[self.ordering])

    def get_queryset(self):
        policy = self.permission_policy
        self.queryset = (
            policy.instances_user_has_permission_for(self.request.user, "change")
            .filter(content_review__isnull=False)
            .select_related(
                "content_type",
                "locale",
                "content_review__owner__user",
                "content_review__owner__org_unit__organisation",
                "content_review__section",
                "content_review__last_reviewed_by",
            )
        )
        return super().get_queryset()

    def decorate_paginated_queryset(self, queryset):
        pages = list(queryset)
        scores = feedback_scores([page.pk for page in pages])
        for page in pages:
            _decorate(page, scores.get(page.pk))
        return pages

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["next_url"] = self.request.get_full_path()
        return context


def _decorate(page: Page, score: int | None) -> None:
    review = page.content_review
    owner = review.owner
    reviewer = review.last_reviewed_by
    page.review = review
    page.section_title = review.section.title if review.section else ""
    page.owner_name = owner.full_name if owner else ""
    unit = owner.org_unit if owner else None
    page.organisation_name = unit.organisation.name if unit else ""
    page.interval_months = review.interval_months
    page.last_reviewed_on = review.last_reviewed_at.date()
    if reviewer is not None:
        page.last_reviewed_by_name = reviewer.get_full_name() or reviewer.username
    elif review.last_reviewed_by_id:
        page.last_reviewed_by_name = _t("Deleted account %(id)s") % {
            "id": review.last_reviewed_by_id
        }
    else:
        page.last_reviewed_by_name = ""
    page.due_on = review.due_on
    page.days_overdue = days_overdue(review.due_on)
    page.state = state_of(review.due_on)
    page.state_label = str(STATE_LABELS[page.state])
    page.feedback_score = "" if score is None else score
    page.content_type_label = str(page.content_type.name)
    page.page_url = page.get_full_url() or ""


def feedback_scores(page_ids: list[int]) -> dict[int, int]:
    """Return the share of "useful" answers (0-100) per page, in one query."""
    rows = (
        PageFeedback.objects.filter(page_id__in=page_ids)
        .values("page_id")
        .annotate(total=Count("pk"), useful=Count("pk", filter=Q(useful=True)))
    )
    return {row["page_id"]: round(100 * row["useful"] / row["total"]) for row in rows}


def _safe_next(request, fallback: str) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    allowed = url_has_allowed_host_and_scheme(
        target, {request.get_host()}, require_https=request.is_secure()
    )
    return target if allowed else fallback


def mark_reviewed_view(request, page_id: int):
    """Ask to confirm (GET), then record a review of the page (POST)."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    fallback = reverse("wagtailadmin_explore", args=[page.get_parent().pk])
    next_url = _safe_next(request, fallback)
    if request.method != "POST":
        return TemplateResponse(
            request,
            "themes/freshness/confirm_reviewed.html",
            {"page": page, "next_url": next_url},
        )
    try:
        review = mark_reviewed(page, request.user)
    except NotInReviewCycleError:
        messages.error(request, _t("This page has no review cycle."))
        return redirect(next_url)
    messages.success(
        request,
        _t("'%(title)s' marked as reviewed; next review due %(date)s.")
        % {"title": page.get_admin_display_title(), "date": review.due_on},
    )
    return redirect(next_url)


def health_queue_view(request):
    """Show an owner what to fix first: their own queue, or for users who
    may see the report, any owner's (``?owner=<id>``)."""
    person = Person.objects.filter(user=request.user).first()
    owner_id = request.GET.get("owner")
    may_see_report = page_permission_policy.user_has_any_permission(
        request.user, ["add", "change", "publish"]
    )
    if owner_id and may_see_report:
        person = get_object_or_404(Person, pk=owner_id)
    items = health_queue(person) if person else []
    return TemplateResponse(
        request,
        "themes/freshness/health_queue.html",
        {"person": person, "items": items},
    )


@require_POST
def page_feedback_view(request, page_id: int):
    """Record a reader's feedback on a page and pass it on to its owner."""
    page = get_object_or_404(Page, pk=page_id)
    if not can_view_page(request.user, page):
        # As for any page the reader may not see: it does not exist.
        raise Http404
    if not takes_feedback(page):
        return HttpResponseBadRequest(_t("This page takes no feedback."))
    form = PageFeedbackForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest(_t("Please answer yes or no."))
    record_feedback(page, request.user, **form.cleaned_data)
    return HttpResponseRedirect(page.url + "?feedback=thanks#feedback")
