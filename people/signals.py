"""Keep exactly one Person per user account."""

import logging

from django.conf import settings
from django.db.models.signals import post_save
from django.dispatch import receiver

from .models import Person

logger = logging.getLogger(__name__)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def create_person_for_new_user(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        Person.objects.get_or_create(user=instance)
        logger.info("person created user_id=%s", instance.pk)
