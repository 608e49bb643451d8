from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GroupsConfig(AppConfig):
    """Groups that staff create and run: group pages, membership, posts,
    documents and contacts."""

    name = "groups"
    verbose_name = _("Groups")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401 -- connects the receivers
