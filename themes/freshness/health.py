"""The content-health queue: one list per content owner of what to fix
first, from overdue reviews, negative feedback, broken internal links and
searches that found nothing when started on the owner's pages."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Count, Q
from django.db.models.functions import Cast
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, ReferenceIndex

from search.models import SearchQueryLog

from .dates import OVERDUE, days_overdue, soon_limit, state_of
from .models import ContentReview, DeletedPageLink, PageFeedback

FEEDBACK_WINDOW_DAYS = 90
# Zero-result searches are read over the same window; an item names the
# queries readers tried most often.
ZERO_RESULT_QUERIES_SHOWN = 5

# How much each problem weighs when ordering the queue: a broken link
# misleads every reader now; overdue content gets worse by the day.
WEIGHT_BROKEN_LINK = 60
WEIGHT_NEGATIVE_FEEDBACK = 20
WEIGHT_OVERDUE = 30
WEIGHT_DUE_SOON = 5
WEIGHT_ZERO_RESULT_SEARCH = 5

KIND_LABELS = {
    "overdue": _("Review overdue"),
    "due_soon": _("Review due soon"),
    "negative_feedback": _("Readers found it not useful"),
    "broken_link": _("Links to an unpublished or deleted page"),
    "zero_results": _("Readers searched from here and found nothing"),
}


@dataclass
class HealthItem:
    """One problem with one page, and how urgent it is."""

    page: Page
    kind: str
    score: float
    detail: str = ""
    targets: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return str(KIND_LABELS[self.kind])


def broken_links(page_ids) -> dict[int, list[tuple[str, str]]]:
    """Return, per source page, its internal links to pages that are not
    live (unpublished) or no longer exist, as (target id, title) pairs.

    Read from Wagtail's reference index, so rich text, page choosers and
    stream blocks all count.
    """
    page_type = ContentType.objects.get_for_model(Page)
    live_ids = Page.objects.live().annotate(key=Cast("pk", CharField())).values("key")
    references = (
        ReferenceIndex.objects.filter(
            base_content_type=page_type,
            object_id__in=[str(pk) for pk in page_ids],
            to_content_type=page_type,
        )
        .exclude(to_object_id__in=live_ids)
        .values_list("object_id", "to_object_id")
        .distinct()
    )
    references = list(references)
    deleted = DeletedPageLink.objects.filter(source_id__in=page_ids).values_list(
        "source_id", "target_id", "target_title"
    )
    target_ids = {int(target) for _source, target in references if target.isdigit()}
    titles = dict(Page.objects.filter(pk__in=target_ids).values_list("pk", "title"))
    links: dict[int, list[tuple[str, str]]] = {}
    for source, target in references:
        title = titles.get(int(target)) if target.isdigit() else None
        links.setdefault(int(source), []).append(
            (target, title or str(_("deleted page")))
        )
    for source, target, title in deleted:
        links.setdefault(source, []).append((str(target), title))
    return links


def negative_feedback(page_ids, since: datetime.datetime) -> dict[int, int]:
    """Return the number of "not useful" answers per page since ``since``."""
    rows = (
        PageFeedback.objects.filter(
            page_id__in=page_ids, useful=False, created_at__gte=since
        )
        .values("page_id")
        .annotate(count=Count("pk", filter=Q(useful=False)))
    )
    return {row["page_id"]: row["count"] for row in rows}


def zero_result_searches(
    page_ids, since: datetime.datetime
) -> dict[int, tuple[int, list[str]]]:
    """Return, per page, how many searches started on it found nothing since
    ``since``, and the queries tried most often with their counts, e.g.
    ``"parkeerkaart (7)"``."""
    rows = (
        SearchQueryLog.objects.filter(
            from_page_id__in=page_ids, result_count=0, searched_at__gte=since
        )
        .values("from_page_id", "query")
        .annotate(count=Count("pk"))
        .order_by("from_page_id", "-count", "query")
    )
    found: dict[int, tuple[int, list[str]]] = {}
    for row in rows:
        total, queries = found.get(row["from_page_id"], (0, []))
        if len(queries) < ZERO_RESULT_QUERIES_SHOWN:
            queries.append(f"{row['query']} ({row['count']})")
        found[row["from_page_id"]] = (total + row["count"], queries)
    return found


def health_queue(person) -> list[HealthItem]:
    """Return the owner's problems, most urgent first."""
    reviews = list(ContentReview.objects.filter(owner=person).select_related("page"))
    pages = {review.page_id: review.page for review in reviews}
    items: list[HealthItem] = []

    soon = soon_limit()
    for review in reviews:
        if review.due_on > soon:
            continue
        late = days_overdue(review.due_on)
        overdue = state_of(review.due_on) == OVERDUE
        items.append(
            HealthItem(
                page=review.page,
                kind="overdue" if overdue else "due_soon",
                score=WEIGHT_OVERDUE + late / 7 if overdue else WEIGHT_DUE_SOON,
                detail=str(review.due_on),
            )
        )

    since = timezone.now() - datetime.timedelta(days=FEEDBACK_WINDOW_DAYS)
    for page_id, count in negative_feedback(pages, since).items():
        items.append(
            HealthItem(
                page=pages[page_id],
                kind="negative_feedback",
                score=WEIGHT_NEGATIVE_FEEDBACK * count,
                detail=str(count),
            )
        )

    for page_id, targets in broken_links(pages).items():
        items.append(
            HealthItem(
                page=pages[page_id],
                kind="broken_link",
                score=WEIGHT_BROKEN_LINK * len(targets),
                targets=[title for _target, title in targets],
            )
        )

    for page_id, (count, queries) in zero_result_searches(pages, since).items():
        items.append(
            HealthItem(
                page=pages[page_id],
                kind="zero_results",
                score=WEIGHT_ZERO_RESULT_SEARCH * count,
                detail=str(count),
                targets=queries,
            )
        )

    items.sort(key=lambda item: (-item.score, item.page.path))
    return items
