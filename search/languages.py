"""Pages indexed in their own language.

Every Werkplek page type takes ``LanguageIndexedMixin``: besides Wagtail's
own fields, its index entry holds its text once more in a field of its
language (``search_text_nl``, ``search_text_en``, ``search_text_fr``), which
the engine analyses with that language's stemmer (``werkplek_nl``,
``werkplek_en``, ``werkplek_fr`` in cms.settings.search). The other two stay
empty. ``translated_into`` lists the languages the page has a live version
in, so that search can show the default-language page only where a reader's
language has none (cms.languages.in_language says the same for listings).

A page that only stands in for a translation (an alias of the Dutch page in
another language's tree, cms.languages.standing_in) is no version: it is
not indexed, and the Dutch page is found in its place.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.html import strip_tags
from wagtail.models import Page
from wagtail.search import index

from cms.languages import language_of_locale, standing_in

LANGUAGE_FIELD_PREFIX = "search_text_"


def _codes() -> list[str]:
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


class LanguageIndexedMixin(models.Model):
    """For page models: index the page's text under its language."""

    class Meta:
        abstract = True

    @classmethod
    def get_indexed_objects(cls):
        """Leave out the pages that stand in for a translation: their text
        is the Dutch page's, which is found instead."""
        return super().get_indexed_objects().exclude(standing_in())

    def _language_text(self, code: str) -> str:
        if language_of_locale(self.locale_id) != code:
            return ""
        parts = []
        for field in self.get_search_fields():
            if not isinstance(field, index.SearchField):
                continue
            if field.field_name.startswith(LANGUAGE_FIELD_PREFIX):
                continue
            value = field.get_value(self)
            if isinstance(value, (list, tuple)):
                parts.extend(str(each) for each in value if each)
            elif value:
                parts.append(str(value))
        return strip_tags(" ".join(parts))

    def search_text_nl(self) -> str:
        return self._language_text("nl")

    def search_text_en(self) -> str:
        return self._language_text("en")

    def search_text_fr(self) -> str:
        return self._language_text("fr")

    def translated_into(self) -> list[str]:
        """The languages this page is live in, its own included; a page
        standing in for a translation does not count."""
        locale_ids = (
            Page.objects.filter(translation_key=self.translation_key, live=True)
            .exclude(standing_in())
            .values_list("locale_id", flat=True)
        )
        return sorted({language_of_locale(pk) for pk in locale_ids} - {None})


def language_search_fields() -> list:
    """The search_fields entries every Werkplek page type adds."""
    fields = [index.FilterField("translated_into")]
    for code in _codes():
        analyzer = f"werkplek_{code}"
        # Dutch queries get the synonyms too (they are Dutch).
        search_analyzer = "default_search" if code == "nl" else analyzer
        fields.append(
            index.SearchField(
                f"{LANGUAGE_FIELD_PREFIX}{code}",
                es_extra={
                    "analyzer": analyzer,
                    "search_analyzer": search_analyzer,
                    # Kept out of _all_text: the text is there already.
                    "include_in_all": False,
                },
            )
        )
    return fields


def language_column(code: str) -> str:
    """The engine's name for the text field of ``code``."""
    return f"search_languageindexedmixin__{LANGUAGE_FIELD_PREFIX}{code}"


TRANSLATED_INTO_COLUMN = "search_languageindexedmixin__translated_into_filter"
