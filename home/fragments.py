"""Cached fragments of the portal page.

Every workday starts on the portal, so its news and featured themes are
rendered once per kind of reader and kept in the shared cache. A fragment's
key holds the reader's organisation, the pages they may see
(`cms.visibility.page_visibility_key`), the language, and a content version
that any change to pages, their view restrictions or organisations moves on.
"""

from __future__ import annotations

import logging

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_unpublished, post_page_move

from people.models import Organisation

logger = logging.getLogger(__name__)

CONTENT_VERSION_KEY = "werkplek:content-version"
# Seconds a fragment lives at most, whatever happens.
FRAGMENT_TIMEOUT = 600


def content_version() -> int:
    """Return the current content version (0 until something changes)."""
    return cache.get(CONTENT_VERSION_KEY, 0)


def bump_content_version() -> None:
    """Move the content version on, so that cached fragments are redrawn."""
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:
        cache.set(CONTENT_VERSION_KEY, 1, timeout=None)


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance, **kwargs):
    if isinstance(instance, Page | PageViewRestriction | Organisation):
        bump_content_version()


@receiver(page_unpublished)
@receiver(post_page_move)
def page_changed(sender, **kwargs):
    bump_content_version()
