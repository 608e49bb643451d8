"""Review reminders: one digest a day per content owner, and escalation of
long-overdue pages to the section's owner, each in the reader's language."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass
from itertools import groupby

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page
from wagtail.users.models import UserProfile

from cms.visibility import can_view_page, visible_pages

from .dates import days_overdue, soon_limit, today
from .models import ContentReview, PageFeedback, ReviewDigest

logger = logging.getLogger(__name__)


@dataclass
class ReminderCounts:
    """What one reminder run did."""

    digests: int = 0
    escalations: int = 0
    already_sent: int = 0
    nothing_to_send: int = 0


def language_of(user) -> str:
    """Return the user's interface language, one of the site's languages."""
    language = UserProfile.get_for_user(user).preferred_language
    available = {code for code, _name in settings.LANGUAGES}
    return language if language in available else settings.LANGUAGE_CODE


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_review_reminders(day: datetime.date | None = None) -> ReminderCounts:
    """Send today's digests and escalations; a second run on one day sends
    nothing again. Return what was sent."""
    day = day or today()
    counts = ReminderCounts()

    due = (
        ContentReview.objects.filter(
            due_on__lte=soon_limit(day),
            owner__isnull=False,
            owner__user__is_active=True,
        )
        .select_related("page", "owner__user")
        .order_by("owner_id", "due_on", "page__path")
    )
    for _owner_id, group in groupby(due, key=lambda review: review.owner_id):
        reviews = list(group)
        _send_once(reviews[0].owner, ReviewDigest.Kind.DIGEST, day, reviews, counts)

    limit = day - datetime.timedelta(days=settings.WERKPLEK_REVIEW_ESCALATE_AFTER_DAYS)
    late = (
        ContentReview.objects.filter(
            due_on__lt=limit,
            section__content_review__owner__isnull=False,
            section__content_review__owner__user__is_active=True,
        )
        .exclude(owner=F("section__content_review__owner"))
        .select_related("page", "owner__user", "section__content_review__owner__user")
        .order_by("section__content_review__owner_id", "due_on", "page__path")
    )
    for _owner_id, group in groupby(
        late, key=lambda review: review.section.content_review.owner_id
    ):
        reviews = list(group)
        boss = reviews[0].section.content_review.owner
        _send_once(boss, ReviewDigest.Kind.ESCALATION, day, reviews, counts)

    logger.info(
        "review reminders done day=%s digests=%s escalations=%s already_sent=%s",
        day,
        counts.digests,
        counts.escalations,
        counts.already_sent,
    )
    return counts


def _send_once(person, kind, day, reviews, counts: ReminderCounts) -> None:
    user = person.user
    # Never mail a page to someone who may not see it (one query for the
    # whole digest rather than one per page).
    pages = Page.objects.filter(pk__in=[review.page_id for review in reviews])
    visible = set(visible_pages(user, pages).values_list("pk", flat=True))
    reviews = [review for review in reviews if review.page_id in visible]
    if not reviews or not user.email:
        counts.nothing_to_send += 1
        return
    with transaction.atomic():
        digest, created = ReviewDigest.objects.get_or_create(
            person=person, kind=kind, sent_on=day, defaults={"page_count": len(reviews)}
        )
        if not created:
            counts.already_sent += 1
            return
        # Mail first inside the transaction: when sending fails, the digest
        # is not recorded and the next run tries again.
        _mail_digest(person, kind, day, reviews)
    if kind == ReviewDigest.Kind.DIGEST:
        counts.digests += 1
    else:
        counts.escalations += 1
    logger.info(
        "review reminder sent kind=%s person_id=%s pages=%s",
        kind,
        person.pk,
        len(reviews),
    )


def _mail_digest(person, kind, day, reviews) -> None:
    with translation.override(language_of(person.user)):
        items = [
            {
                "title": review.page.title,
                "url": review.page.get_full_url(),
                "edit_url": admin_url(
                    reverse("wagtailadmin_pages:edit", args=[review.page_id])
                ),
                "due_on": review.due_on,
                "days_overdue": days_overdue(review.due_on, day),
                "owner": review.owner.full_name if review.owner else "",
            }
            for review in reviews
        ]
        context = {
            "person": person,
            "items": items,
            "escalation": kind == ReviewDigest.Kind.ESCALATION,
            "report_url": admin_url(reverse("content_freshness")),
            "queue_url": admin_url(reverse("content_health")),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        if kind == ReviewDigest.Kind.ESCALATION:
            subject = _("%(count)s pages in your section are long overdue") % {
                "count": len(items)
            }
        else:
            subject = _("%(count)s of your pages are due for review") % {
                "count": len(items)
            }
        body = render_to_string("themes/freshness/email/review_digest.txt", context)
    send_mail(subject, body, None, [person.user.email])


def send_feedback_notice(feedback_id: int) -> bool:
    """Mail a page's owner a reader's feedback; return whether it was sent."""
    feedback = (
        PageFeedback.objects.select_related("page").filter(pk=feedback_id).first()
    )
    if feedback is None:
        return False
    review = (
        ContentReview.objects.select_related("owner__user")
        .filter(page_id=feedback.page_id)
        .first()
    )
    owner = review.owner if review else None
    if owner is None or not owner.user.is_active or not owner.user.email:
        return False
    if not can_view_page(owner.user, feedback.page):
        return False
    with translation.override(language_of(owner.user)):
        subject = _("Feedback on '%(title)s'") % {"title": feedback.page.title}
        body = render_to_string(
            "themes/freshness/email/page_feedback.txt",
            {
                "feedback": feedback,
                "page_url": feedback.page.get_full_url(),
                "edit_url": admin_url(
                    reverse("wagtailadmin_pages:edit", args=[feedback.page_id])
                ),
            },
        )
    send_mail(subject, body, None, [owner.user.email])
    logger.info(
        "page feedback routed feedback_id=%s person_id=%s", feedback.pk, owner.pk
    )
    return True
