from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """The portal: the start page of every workday."""

    name = "home"
    verbose_name = _("Portal")

    def ready(self):
        from cms import fragments, languages  # noqa: F401 -- connect the receivers

        languages.connect_translation_signals()
