"""Seed the review cycles of the theme pages: owners and intervals per
section, and review dates spread so the freshness report shows overdue,
soon-due and fresh pages.

Choices come from the seed; the review dates count back from the day of
the run, so the demo shows all three states whenever it is seeded.
"""

from __future__ import annotations

import datetime
import random

from django.utils import timezone
from wagtail.models import Page

from people.models import Person
from themes.freshness.dates import add_months
from themes.freshness.models import ContentReview
from themes.freshness.services import sync_reviews
from themes.models import ThemeIndexPage, ThemePage

INTERVALS = [3, 6, 12, 24]
# The editor's own sections: the role account "redacteur" sees them on the
# admin home and in the report.
EDITOR_SECTIONS = ["HR en verloning", "Verlof en afwezigheid"]
EDITOR_USERNAME = "redacteur"
# Shares of overdue and soon-due pages; the rest is fresh.
OVERDUE_SHARE = 0.3
DUE_SOON_SHARE = 0.2


def seed_review_cycles(index: ThemeIndexPage, seed: int) -> tuple[int, int]:
    """Give every section an owner and interval and, on the first run,
    spread its pages' review dates; return sections (created, existing)."""
    people = list(
        Person.objects.filter(user__is_active=True)
        .exclude(user__is_superuser=True)
        .order_by("sort_name")
        .values_list("pk", flat=True)
    )
    editor = Person.objects.filter(user__username=EDITOR_USERNAME).first()
    created = existing = 0
    for section in ThemePage.objects.child_of(index).order_by("path"):
        if section.content_owner_id:
            existing += 1
            continue
        rng = random.Random(f"{seed}-review-{section.slug}")  # noqa: S311 -- demo data
        owner_id = (
            editor.pk
            if editor and section.title in EDITOR_SECTIONS
            else rng.choice(people)
        )
        _publish_cycle(section, owner_id, rng.choice(INTERVALS))
        _spread_review_dates(section, seed)
        created += 1
    return created, existing


def _publish_cycle(page: ThemePage, owner_id: int, interval: int) -> None:
    page.content_owner_id = owner_id
    page.review_interval_months = interval
    # A revision, so that the editor's form shows the owner and the next
    # publication keeps it.
    page.save_revision(log_action=False).publish(log_action=False)


def _spread_review_dates(section: Page, seed: int) -> None:
    sync_reviews(section, descendants=True)
    today = timezone.localdate()
    reviews = ContentReview.objects.filter(
        page__path__startswith=section.path
    ).select_related("page")
    changed = []
    for review in reviews:
        rng = random.Random(f"{seed}-reviewed-{review.page.slug}")  # noqa: S311 -- demo data
        draw = rng.random()
        if draw < OVERDUE_SHARE:
            due = today - datetime.timedelta(days=rng.randint(1, 240))
        elif draw < OVERDUE_SHARE + DUE_SOON_SHARE:
            due = today + datetime.timedelta(days=rng.randint(0, 30))
        else:
            due = today + datetime.timedelta(days=rng.randint(31, 300))
            # Never reviewed in the future: at most one interval ahead.
            due = min(due, add_months(today, review.interval_months))
        reviewed_on = add_months(due, -review.interval_months)
        review.last_reviewed_at = timezone.make_aware(
            datetime.datetime.combine(reviewed_on, datetime.time(10))
        )
        review.due_on = add_months(reviewed_on, review.interval_months)
        changed.append(review)
    ContentReview.objects.bulk_update(changed, ["last_reviewed_at", "due_on"])
