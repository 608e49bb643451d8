"""Background work of content freshness, as django-tasks."""

from __future__ import annotations

from dataclasses import asdict

from django_tasks import task

from . import reminders


@task()
def send_review_reminders() -> dict:
    """Send today's review digests and escalations."""
    return asdict(reminders.send_review_reminders())


@task()
def send_feedback_notice(feedback_id: int) -> bool:
    """Pass a reader's feedback on to the page's owner."""
    return reminders.send_feedback_notice(feedback_id)
