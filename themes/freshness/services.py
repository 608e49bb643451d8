"""The review-cycle service: keep each page's effective owner, interval and
due date stored, record reviews, and answer what is due for whom.

A page's owner and interval come from the page itself or, when it leaves
them empty, from the nearest ancestor theme that sets them; the top-level
theme (a child of the theme index) is the page's *section*. These effective
values are stored in `ContentReview` whenever a page is saved, moved or
reviewed, so that the report over any number of pages is one indexed query.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import Page

from .dates import (
    DUE_SOON,
    FRESH,
    OVERDUE,
    days_overdue,
    due_date,
    soon_limit,
    state_of,
    today,
)
from .models import ContentReview, PageFeedback
from .tasks import send_feedback_notice

logger = logging.getLogger(__name__)

REVIEWED_ACTION = "werkplek.reviewed"
STEP = Page.steplen
_PAGE_FIELDS = (
    "pk",
    "path",
    "content_owner_id",
    "review_interval_months",
    "last_published_at",
    "first_published_at",
    "latest_revision_created_at",
)
_WRITE_BATCH = 2000


class NotInReviewCycleError(Exception):
    """The page is of a type, or a news item, without a review cycle."""


def review_page_models() -> list[type[Page]]:
    """Return the page models that can have a review cycle."""
    from themes.models import NewsPage, ThemePage

    return [ThemePage, NewsPage]


def takes_feedback(page: Page) -> bool:
    """Return whether readers may tell whether ``page`` was useful: pages
    that can have a review cycle (themes and news)."""
    return page.specific_class in review_page_models()


def record_feedback(page: Page, user, *, useful: bool, comment: str) -> PageFeedback:
    """Save a reader's feedback on ``page`` and pass it on to its owner."""
    feedback = PageFeedback.objects.create(
        page=page, user=user, useful=useful, comment=comment
    )
    logger.info("page feedback received page_id=%s useful=%s", page.pk, useful)
    send_feedback_notice.enqueue(feedback.pk)
    return feedback


def default_interval() -> int:
    return settings.WERKPLEK_REVIEW_DEFAULT_INTERVAL_MONTHS


@dataclass
class _Effective:
    owner_id: int | None
    owner_is_inherited: bool
    interval_months: int
    section_id: int | None


def sync_reviews(page: Page, descendants: bool | None = None) -> int:
    """Store the effective review values of ``page`` and, when they changed
    or ``descendants`` is true, of every page below it; return rows written."""
    if descendants is None:
        before = _stored_effective(page.pk)
        written = _sync(page, with_descendants=False)
        after = _stored_effective(page.pk)
        if before == after or page.numchild == 0:
            return written
    elif not descendants:
        return _sync(page, with_descendants=False)
    return _sync(page, with_descendants=True)


def sync_all_reviews() -> int:
    """Rebuild the stored review values of the whole tree; return rows written."""
    written = 0
    for root in Page.get_root_nodes():
        written += _sync(root, with_descendants=True)
    return written


def _stored_effective(page_id: int) -> tuple | None:
    return (
        ContentReview.objects.filter(page_id=page_id)
        .values_list("owner_id", "interval_months", "section_id")
        .first()
    )


def _sync(page: Page, with_descendants: bool) -> int:
    theme_model, news_model = review_page_models()
    ancestor_paths = [page.path[:end] for end in range(STEP, len(page.path), STEP)]
    chain = theme_model.objects.filter(path__in=ancestor_paths).values(*_PAGE_FIELDS)
    lookup = {"path__startswith": page.path} if with_descendants else {"pk": page.pk}
    themes = list(theme_model.objects.filter(**lookup).values(*_PAGE_FIELDS))
    news = list(news_model.objects.filter(**lookup).values(*_PAGE_FIELDS))

    effective: dict[str, _Effective] = {}
    for row in sorted(chain, key=lambda row: row["path"]):
        effective[row["path"]] = _inherit(row, effective)
    rows = {}
    for row in sorted(themes, key=lambda row: row["path"]):
        effective[row["path"]] = _inherit(row, effective)
        rows[row["pk"]] = (row, effective[row["path"]])
    opted_in = [row for row in news if row["review_interval_months"]]
    rows.update(_news_effective(opted_in))

    left_out = [row["pk"] for row in news if not row["review_interval_months"]]
    if left_out:
        ContentReview.objects.filter(page_id__in=left_out).delete()
    return _write(rows)


def _inherit(row: dict, effective: dict[str, _Effective]) -> _Effective:
    parent = effective.get(row["path"][:-STEP])
    own_owner = row["content_owner_id"]
    if parent is None:
        # A theme directly under the index is a section of its own.
        return _Effective(
            owner_id=own_owner,
            owner_is_inherited=False,
            interval_months=row["review_interval_months"] or default_interval(),
            section_id=row["pk"],
        )
    return _Effective(
        owner_id=own_owner or parent.owner_id,
        owner_is_inherited=own_owner is None and parent.owner_id is not None,
        interval_months=row["review_interval_months"] or parent.interval_months,
        section_id=parent.section_id,
    )


def _news_effective(rows: list[dict]) -> dict[int, tuple[dict, _Effective]]:
    # News does not inherit; its section is the news index above it.
    parent_paths = {row["path"][:-STEP] for row in rows}
    parents = dict(Page.objects.filter(path__in=parent_paths).values_list("path", "pk"))
    return {
        row["pk"]: (
            row,
            _Effective(
                owner_id=row["content_owner_id"],
                owner_is_inherited=False,
                interval_months=row["review_interval_months"],
                section_id=parents.get(row["path"][:-STEP]),
            ),
        )
        for row in rows
    }


def _write(rows: dict[int, tuple[dict, _Effective]]) -> int:
    existing = dict(
        ContentReview.objects.filter(page_id__in=list(rows)).values_list(
            "page_id", "last_reviewed_at"
        )
    )
    now = timezone.now()
    reviews = []
    for page_id, (row, values) in rows.items():
        # Pages made by scripts may have no publication date or log entry.
        reviewed_at = (
            existing.get(page_id)
            or row["last_published_at"]
            or row["first_published_at"]
            or row["latest_revision_created_at"]
            or now
        )
        reviews.append(
            ContentReview(
                page_id=page_id,
                owner_id=values.owner_id,
                owner_is_inherited=values.owner_is_inherited,
                interval_months=values.interval_months,
                section_id=values.section_id,
                last_reviewed_at=reviewed_at,
                due_on=due_date(reviewed_at, values.interval_months),
            )
        )
    for start in range(0, len(reviews), _WRITE_BATCH):
        ContentReview.objects.bulk_create(
            reviews[start : start + _WRITE_BATCH],
            update_conflicts=True,
            unique_fields=["page"],
            update_fields=[
                "owner",
                "owner_is_inherited",
                "interval_months",
                "section",
                "due_on",
            ],
        )
    return len(reviews)


def mark_reviewed(
    page: Page,
    user,
    at: datetime.datetime | None = None,
    log_entry: bool = True,
) -> ContentReview:
    """Record that ``user`` reviewed ``page`` now (or ``at``); the page's
    content is left as it is. Raise NotInReviewCycleError for pages without
    a cycle."""
    at = at or timezone.now()
    with transaction.atomic():
        review = ContentReview.objects.select_for_update().filter(page=page).first()
        if review is None:
            sync_reviews(page, descendants=False)
            review = ContentReview.objects.filter(page=page).first()
        if review is None:
            raise NotInReviewCycleError(page.pk)
        review.last_reviewed_at = at
        review.last_reviewed_by = user
        review.due_on = due_date(at, review.interval_months)
        review.save(update_fields=["last_reviewed_at", "last_reviewed_by", "due_on"])
        if log_entry:
            log(instance=page, action=REVIEWED_ACTION, user=user)
    logger.info(
        "page reviewed page_id=%s user_id=%s due_on=%s",
        page.pk,
        getattr(user, "pk", None),
        review.due_on,
    )
    return review


def filter_state(reviews: QuerySet, state: str, prefix: str = "") -> QuerySet:
    """Keep the reviews (or pages, with ``prefix``) in the given state."""
    day, soon = today(), soon_limit()
    conditions = {
        OVERDUE: Q(**{f"{prefix}due_on__lt": day}),
        DUE_SOON: Q(**{f"{prefix}due_on__gte": day, f"{prefix}due_on__lte": soon}),
        FRESH: Q(**{f"{prefix}due_on__gt": soon}),
    }
    return reviews.filter(conditions[state]) if state in conditions else reviews


@dataclass
class ReaderReview:
    """What a reader sees about a page's freshness."""

    reviewed_on: datetime.date
    reviewer: str
    due_on: datetime.date
    overdue: bool


def review_for_reader(page: Page) -> ReaderReview | None:
    """Return when and by whom ``page`` was last reviewed, in one query."""
    review = (
        ContentReview.objects.filter(page_id=page.pk)
        .select_related("last_reviewed_by")
        .first()
    )
    if review is None:
        return None
    reviewer = review.last_reviewed_by
    return ReaderReview(
        reviewed_on=timezone.localtime(review.last_reviewed_at).date(),
        reviewer=(reviewer.get_full_name() or reviewer.get_username())
        if reviewer
        else "",
        due_on=review.due_on,
        overdue=state_of(review.due_on) == OVERDUE,
    )


def due_for_user(user, limit: int = 20) -> list[ContentReview]:
    """Return the user's own overdue and soon-due pages, most overdue first."""
    reviews = (
        ContentReview.objects.filter(owner__user=user, due_on__lte=soon_limit())
        .select_related("page")
        .order_by("due_on", "page__path")[:limit]
    )
    reviews = list(reviews)
    for review in reviews:
        review.days_overdue = days_overdue(review.due_on)
        review.state = state_of(review.due_on)
    return reviews


def freshness_by_section() -> list[dict]:
    """Return per section the number of overdue, soon-due and fresh pages,
    with percentages for a bar chart; one query."""
    day, soon = today(), soon_limit()
    rows = (
        ContentReview.objects.filter(section__isnull=False)
        .values("section_id", "section__title")
        .annotate(
            overdue=Count("pk", filter=Q(due_on__lt=day)),
            due_soon=Count("pk", filter=Q(due_on__gte=day, due_on__lte=soon)),
            fresh=Count("pk", filter=Q(due_on__gt=soon)),
        )
        .order_by("section__title")
    )
    sections = []
    for row in rows:
        total = row["overdue"] + row["due_soon"] + row["fresh"]
        sections.append(
            {
                "id": row["section_id"],
                "title": row["section__title"],
                "total": total,
                **{state: row[state] for state in (OVERDUE, DUE_SOON, FRESH)},
                **{
                    f"{state}_percent": round(100 * row[state] / total, 1)
                    for state in (OVERDUE, DUE_SOON, FRESH)
                },
            }
        )
    return sections
