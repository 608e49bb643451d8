"""Cached page fragments and the content version that expires them.

The portal's news and featured themes, theme pages, profiles and the people
directory's result lists are rendered once per kind of reader and kept in
the shared cache. A fragment's key holds what its output depends on -- for
listings the pages the reader may see (`cms.visibility.page_visibility_key`)
-- the language, and a content version that any change to pages, their view
restrictions, organisations, org units, people, their skills or accounts
moves on. The receivers are connected by the home app.
"""

from __future__ import annotations

from uuid import uuid4

from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from people.models import Organisation, OrgUnit, Person, PersonSkill

CONTENT_VERSION_KEY = "werkplek:content-version"
# Seconds a fragment lives at most, whatever happens.
FRAGMENT_TIMEOUT = 600


def content_version() -> int:
    """Return the current content version (0 until something changes)."""
    return cache.get(CONTENT_VERSION_KEY, 0)


def fragment_context(request) -> dict:
    """Return the timeout and version a page template caches fragments with.

    A preview shows an editor's unsaved draft: it gets a version of its own
    and a timeout of zero, so it neither reads a cached fragment nor leaves
    its draft in the cache for readers.
    """
    if getattr(request, "is_preview", False):
        return {"fragment_timeout": 0, "content_version": f"preview-{uuid4()}"}
    return {"fragment_timeout": FRAGMENT_TIMEOUT, "content_version": content_version()}


def bump_content_version() -> None:
    """Move the content version on, so that cached fragments are redrawn."""
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, 1, timeout=None)


CONTENT_MODELS = (
    Page,
    PageViewRestriction,
    Organisation,
    OrgUnit,
    Person,
    PersonSkill,
)


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, CONTENT_MODELS):
        bump_content_version()
    elif isinstance(instance, get_user_model()) and update_fields != {"last_login"}:
        # A deactivated colleague drops out of contact cards.
        bump_content_version()


@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    bump_content_version()
