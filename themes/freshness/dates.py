"""Review-cycle date arithmetic: due dates, states and days overdue.

Dates are calendar dates in the site's time zone (``TIME_ZONE``): a page
reviewed at 00:30 on 1 March in Brussels was reviewed on 1 March, although
it was still 28 February in UTC.
"""

from __future__ import annotations

import calendar
import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

INTERVAL_CHOICES = [
    (3, _("3 months")),
    (6, _("6 months")),
    (12, _("12 months")),
    (24, _("24 months")),
]
DUE_SOON_DAYS = 30

OVERDUE = "overdue"
DUE_SOON = "due_soon"
FRESH = "fresh"
STATE_CHOICES = [
    (OVERDUE, _("Overdue")),
    (DUE_SOON, _("Due within 30 days")),
    (FRESH, _("Fresh")),
]
STATE_LABELS = dict(STATE_CHOICES)


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Return ``day`` moved ``months`` ahead, clamped to the month's last day.

    31 August + 6 months is 28 (or 29) February; 29 February + 12 months is
    28 February.
    """
    years, month_index = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month_index + 1
    last_day = calendar.monthrange(year, month)[1]
    return day.replace(year=year, month=month, day=min(day.day, last_day))


def review_day(moment: datetime.datetime) -> datetime.date:
    """Return the local calendar date of an aware ``moment``."""
    return timezone.localtime(moment).date()


def due_date(reviewed_at: datetime.datetime, interval_months: int) -> datetime.date:
    """Return the date the next review is due."""
    return add_months(review_day(reviewed_at), interval_months)


def today() -> datetime.date:
    return timezone.localdate()


def soon_limit(day: datetime.date | None = None) -> datetime.date:
    """Return the last due date that still counts as 'due soon'."""
    return (day or today()) + datetime.timedelta(days=DUE_SOON_DAYS)


def state_of(due_on: datetime.date, day: datetime.date | None = None) -> str:
    """Return overdue, due_soon or fresh for a due date."""
    day = day or today()
    if due_on < day:
        return OVERDUE
    if due_on <= soon_limit(day):
        return DUE_SOON
    return FRESH


def days_overdue(due_on: datetime.date, day: datetime.date | None = None) -> int:
    """Return how many days past ``due_on`` we are (negative: days left)."""
    return ((day or today()) - due_on).days
