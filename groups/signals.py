"""Tidy up after a group is deleted (in the admin)."""

import logging

from django.db.models.signals import post_delete
from django.dispatch import receiver

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
