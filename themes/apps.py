from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ThemesConfig(AppConfig):
    """Centrally managed thematic pages and news."""

    name = "themes"
    verbose_name = _("Themes and news")

    def ready(self):
        from .freshness import signals

        signals.connect()
