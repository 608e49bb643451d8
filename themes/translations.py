"""The "Translations out of date" report: pages changed since their
translations were last synchronised.

wagtail-localize keeps, per translated page, a translation source: a copy
of the page's text as it was when translations were last brought up to
date ("Sync translated pages"). A page published after that moment has
changes its translations do not show yet. This report lists those pages,
oldest sync first, with the languages waiting and a link to the sync.
Strings still untranslated after a sync are in wagtail-localize's own
"Translations" report.
"""

from __future__ import annotations

from django.db.models import Exists, F, OuterRef, Subquery
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import PageReportView
from wagtail_localize.models import Translation, TranslationSource

from cms.languages import language_label


def out_of_date_sources():
    """Translation sources whose page was published after the last sync."""
    return TranslationSource.objects.filter(
        object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
        last_updated_at__lt=OuterRef("last_published_at"),
        translations__enabled=True,
    )


def out_of_date_pages(pages):
    """Narrow ``pages`` to those with translations out of date, each with
    ``translation_source_id`` and ``synced_at``."""
    sources = out_of_date_sources()
    return (
        pages.filter(Exists(sources))
        .annotate(
            translation_source_id=Subquery(sources.values("pk")[:1]),
            synced_at=Subquery(sources.values("last_updated_at")[:1]),
        )
        .order_by(F("synced_at").asc(), "path")
    )


class OutOfDateTranslationsReportView(PageReportView):
    results_template_name = "themes/translations_report_results.html"
    page_title = _("Translations out of date")
    header_icon = "wagtail-localize-language"
    index_url_name = "translations_out_of_date"
    index_results_url_name = "translations_out_of_date_results"
    any_permission_required = ["add", "change", "publish"]
    list_export = ["title", "page_url", "last_published_at", "synced_at", "languages"]
    export_headings = {
        "title": _("Title"),
        "page_url": _("URL"),
        "last_published_at": _("Changed"),
        "synced_at": _("Translations last synced"),
        "languages": _("Languages"),
    }

    def get_filename(self):
        return "translations-out-of-date"

    def get_queryset(self):
        policy = self.permission_policy
        pages = policy.instances_user_has_permission_for(self.request.user, "change")
        self.queryset = out_of_date_pages(pages.select_related("locale"))
        return super().get_queryset()

    def decorate_paginated_queryset(self, queryset):
        pages = list(queryset)
        targets = Translation.objects.filter(
            source_id__in=[page.translation_source_id for page in pages], enabled=True
        ).values_list("source_id", "target_locale__language_code")
        by_source: dict[int, list[str]] = {}
        for source_id, code in targets:
            by_source.setdefault(source_id, []).append(language_label(code))
        for page in pages:
            page.languages = ", ".join(
                sorted(by_source.get(page.translation_source_id, []))
            )
        return pages
