from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    """Organisations, their units and the staff who work in them."""

    name = "people"
    verbose_name = _("People")

    def ready(self):
        from . import signals  # noqa: F401 -- connects the receivers
