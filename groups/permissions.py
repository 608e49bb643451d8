"""What each role in a group may do.

Reading is a matter of visibility (cms.visibility); this module decides the
actions of members:

============  =====  =========  =====
action        owner  moderator  member
============  =====  =========  =====
write         yes    yes        yes     pages, posts, comments, documents,
                                        contacts and notes
moderate      yes    yes        no      invite, approve or deny requests,
                                        remove members (not owners), remove
                                        others' posts and comments
manage        yes    no         no      name, description, visibility,
                                        roles, handing the group over
============  =====  =========  =====
"""

from __future__ import annotations

from typing import NoReturn

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from .models import GroupPage, GroupPost, Membership

WRITE, MODERATE, MANAGE = "write", "moderate", "manage"

ROLES_FOR = {
    WRITE: {Membership.Role.OWNER, Membership.Role.MODERATOR, Membership.Role.MEMBER},
    MODERATE: {Membership.Role.OWNER, Membership.Role.MODERATOR},
    MANAGE: {Membership.Role.OWNER},
}


def membership_for(user, group: GroupPage) -> Membership | None:
    """Return ``user``'s membership of ``group`` (any status), read once per
    request; for display and permission checks, not inside a change."""
    if not (user and user.is_authenticated):
        return None
    cache = user.__dict__.setdefault("_werkplek_memberships", {})
    if group.pk not in cache:
        cache[group.pk] = group.memberships.filter(user_id=user.pk).first()
    return cache[group.pk]


def role_of(user, group: GroupPage) -> str | None:
    """Return ``user``'s role in ``group`` as an active member, or None."""
    if not (user and user.is_authenticated and user.is_active):
        return None
    membership = membership_for(user, group)
    return membership.role if membership and membership.is_active else None


def may(user, group: GroupPage, action: str) -> bool:
    """Return whether ``user`` may do ``action`` in ``group``."""
    return role_of(user, group) in ROLES_FOR[action]


def deny() -> NoReturn:
    """Refuse an action with the message the website and the API show (403)."""
    raise PermissionDenied(_("Your role in this group does not allow this."))


def require(user, group: GroupPage, action: str) -> None:
    """Refuse (``deny``) unless ``user`` may do ``action`` in ``group``."""
    if not may(user, group, action):
        deny()


def may_delete_post(user, post: GroupPost) -> bool:
    """Authors delete their own posts; moderators and owners anyone's."""
    if user.is_authenticated and post.author_id == user.pk:
        return True
    return may(user, post.group, MODERATE)


def may_remove(user, membership: Membership) -> bool:
    """Moderators remove members and moderators; only owners remove owners."""
    if membership.role == Membership.Role.OWNER:
        return may(user, membership.group, MANAGE)
    return may(user, membership.group, MODERATE)
