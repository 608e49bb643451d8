"""Keep exactly one Person per user account, and translated names fresh."""

import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from .models import (
    Organisation,
    OrgUnit,
    Person,
    forget_translated_names,
    sort_name_for,
)

logger = logging.getLogger(__name__)


@receiver(post_save, sender=settings.AUTH_USER_MODEL)
def keep_person_in_step_with_user(sender, instance, created, raw=False, **kwargs):
    """Create the profile of a new account; follow name changes of an old one."""
    if raw:
        return
    sort_name = sort_name_for(instance)
    if created:
        Person.objects.get_or_create(user=instance, defaults={"sort_name": sort_name})
        logger.info("person created user_id=%s", instance.pk)
    else:
        Person.objects.filter(user=instance).exclude(sort_name=sort_name).update(
            sort_name=sort_name
        )


@receiver(post_save, sender=Organisation)
@receiver(post_save, sender=OrgUnit)
@receiver(post_delete, sender=Organisation)
@receiver(post_delete, sender=OrgUnit)
def forget_names_of_this_process(sender, **kwargs):
    """This process reads a changed name at once; the others within
    NAMES_RECHECK_SECONDS (the content version moves on)."""
    forget_translated_names()
