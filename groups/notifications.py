"""E-mail about memberships: invitations, requests to join, approvals.

A message goes only to people entitled to know the group: the person
invited or let in, or the group's owners and moderators. It is sent in the
reader's language, after the change is committed, as a django-task.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from cms.visibility import can_view_group

from .models import Membership

logger = logging.getLogger(__name__)

# The message of each event; its first line is the subject.
EVENTS = {
    "invited": "groups/email/invited.txt",
    "join_requested": "groups/email/join_requested.txt",
    "approved": "groups/email/approved.txt",
}


def recipients(event: str, membership: Membership) -> list:
    """Return the users who are told about ``event``."""
    if event == "join_requested":
        managers = membership.group.memberships.active().filter(
            role__in=[Membership.Role.OWNER, Membership.Role.MODERATOR]
        )
        users = [m.user for m in managers.select_related("user")]
    else:
        users = [membership.user]
    # Whoever receives the message must be allowed to know the group (an
    # invitation lets the invited person know it).
    return [
        user
        for user in users
        if user.is_active and user.email and can_view_group(user, membership.group)
    ]


def absolute(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send_membership_message(event: str, membership_id: int) -> int:
    """Send the e-mail for ``event``; return how many were sent."""
    from themes.freshness.reminders import language_of

    membership = (
        Membership.objects.select_related("group", "user", "invited_by")
        .filter(pk=membership_id)
        .first()
    )
    if membership is None or event not in EVENTS:
        return 0
    sent = 0
    for user in recipients(event, membership):
        with translation.override(language_of(user)):
            context = {
                "recipient": user,
                "membership": membership,
                "group": membership.group,
                "group_url": absolute(membership.group.url or "/"),
                "members_url": absolute(membership.group.get_members_url()),
                "mine_url": absolute(reverse("groups:mine")),
            }
            body = render_to_string(EVENTS[event], context)
            subject, _blank, text = body.partition("\n")
            send_mail(subject.strip(), text.strip() + "\n", None, [user.email])
        sent += 1
    logger.info(
        "group mail sent event=%s group_id=%s recipients=%s",
        event,
        membership.group_id,
        sent,
    )
    return sent


@task()
def send_membership_mail(event: str, membership_id: int) -> int:
    """Send a membership e-mail in the background."""
    return send_membership_message(event, membership_id)
