"""Keep stored review values in step with the page tree, and count
publishing as a review."""

from __future__ import annotations

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.models import Page, ReferenceIndex
from wagtail.signals import page_published, post_page_move

from people.models import Person

from .models import ContentReview, DeletedPageLink
from .services import (
    NotInReviewCycleError,
    mark_reviewed,
    review_page_models,
    sync_reviews,
)

logger = logging.getLogger(__name__)


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    """Store the page's effective owner and interval (and its descendants'
    when they change)."""
    if raw:
        return
    if update_fields is None:
        # The reference index now holds this page's links again, including
        # any to deleted pages.
        DeletedPageLink.objects.filter(source_id=instance.pk).delete()
    # Saving a draft revision writes only bookkeeping fields; the owner and
    # interval take effect when they are published.
    if update_fields is not None and not {
        "content_owner",
        "review_interval_months",
        "path",
    } & set(update_fields):
        return
    sync_reviews(instance)


def page_moved(sender, instance, **kwargs):
    """A moved page may have a new section, owner or interval, and so may
    everything below it."""
    sync_reviews(instance, descendants=True)


def page_published_as_review(sender, instance, revision=None, **kwargs):
    """Count publishing a page as reviewing it, unless switched off."""
    if not settings.WERKPLEK_PUBLISH_COUNTS_AS_REVIEW:
        return
    user = revision.user if revision is not None else None
    try:
        # Publishing is already in the audit log; no second entry.
        mark_reviewed(instance, user, log_entry=False)
    except NotInReviewCycleError:
        pass


def page_deleting(sender, instance, **kwargs):
    """Keep the links to a page that is being deleted: Wagtail removes them
    from its reference index."""
    if not isinstance(instance, Page) or type(instance) is not Page:
        # Deleting a specific page deletes its base Page row too; handle
        # that one only.
        return
    page_type = ContentType.objects.get_for_model(Page)
    sources = ReferenceIndex.objects.filter(
        to_content_type=page_type,
        to_object_id=str(instance.pk),
        base_content_type=page_type,
    ).values_list("object_id", flat=True)
    links = [
        DeletedPageLink(
            source_id=int(source), target_id=instance.pk, target_title=instance.title
        )
        for source in set(sources)
        if source.isdigit() and int(source) != instance.pk
    ]
    DeletedPageLink.objects.bulk_create(links, ignore_conflicts=True)


def owner_deleting(sender, instance, **kwargs):
    """Remember the sections whose pages this person owned."""
    instance._werkplek_owned_sections = set(
        ContentReview.objects.filter(owner=instance).values_list(
            "section_id", flat=True
        )
    )


def owner_deleted(sender, instance, **kwargs):
    """Let pages of a deleted owner inherit an owner from above again."""
    section_ids = getattr(instance, "_werkplek_owned_sections", set())
    for section in Page.objects.filter(pk__in=section_ids):
        sync_reviews(section, descendants=True)
    if section_ids:
        logger.info(
            "reviews resynced after owner deletion person_id=%s sections=%s",
            instance.pk,
            len(section_ids),
        )


def connect() -> None:
    for model in review_page_models():
        post_save.connect(page_saved, sender=model, dispatch_uid=f"review-{model}")
        page_published.connect(
            page_published_as_review, sender=model, dispatch_uid=f"reviewed-{model}"
        )
    post_page_move.connect(page_moved, dispatch_uid="review-moved")
    pre_delete.connect(page_deleting, sender=Page, dispatch_uid="review-links")
    pre_delete.connect(owner_deleting, sender=Person, dispatch_uid="review-owner")
    post_delete.connect(owner_deleted, sender=Person, dispatch_uid="review-owner")
