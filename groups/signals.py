"""Tidy up after a group is deleted (in the admin)."""

import logging

from django.db.models.signals import post_delete
from django.dispatch import receiver

from cms.languages import is_original

from .models import GroupPage

logger = logging.getLogger(__name__)


@receiver(post_delete, sender=GroupPage)
def delete_member_role(sender, instance, **kwargs):
    """The group's member role has no use without the group. Its documents'
    collection stays (with its restriction, which then admits nobody) for
    an administrator to clear out."""
    if instance.member_role_id:
        from django.contrib.auth.models import Group as Role

        Role.objects.filter(pk=instance.member_role_id).delete()
        logger.info("group deleted group_id=%s", instance.pk)


# Translations follow the Dutch group pages (groups.translation) ------------


def sync_group_page_translations(sender, instance, **kwargs):
    """A Dutch group page was published (front end, API or admin): bring its
    translations in step."""
    if is_original(instance):
        from .translation import sync_translations

        sync_translations(instance, getattr(kwargs.get("revision"), "user", None))


def delete_group_page_translations(sender, instance, **kwargs):
    """A Dutch group page was deleted: so are its translations (they would
    be pages of nobody's group)."""
    if not is_original(instance):
        return
    from wagtail.models import Page

    for translation in Page.objects.filter(
        translation_key=instance.translation_key
    ).exclude(pk=instance.pk):
        translation.delete()
        logger.info("translation deleted with its original page_id=%s", translation.pk)


def _connect():
    from wagtail.signals import page_published

    from .models import GroupWikiPage

    for model in (GroupPage, GroupWikiPage):
        label = model._meta.label_lower
        page_published.connect(
            sync_group_page_translations, sender=model, dispatch_uid=f"sync-{label}"
        )
        post_delete.connect(
            delete_group_page_translations, sender=model, dispatch_uid=f"delete-{label}"
        )


_connect()
