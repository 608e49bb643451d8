"""Translating pages in tests as an editor does with wagtail-localize."""

from django.test import TestCase
from wagtail.models import Locale
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)


def translate(page, code: str, strings: dict[str, str], publish: bool = True):
    """Translate ``page`` (or a snippet) into ``code`` through
    wagtail-localize: a translation source, the editor's string translations
    (source text -> translated text) and the translated object saved from
    them. Returns the translation."""
    locale = Locale.objects.get(language_code=code)
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    write_strings(source, locale, strings)
    save(translation, publish)
    translated = page.get_translation(locale)
    return getattr(translated, "specific", translated)


def save(translation, publish: bool = True) -> None:
    """Save the translated page; wagtail-localize publishes it when the
    transaction commits, which the test's transaction stands in for."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=publish)


def write_strings(source, locale, strings: dict[str, str]) -> None:
    """Enter translations for the source's strings found in ``strings``."""
    segments = StringSegment.objects.filter(source=source).select_related(
        "string", "context"
    )
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text},
            )


def sync(page, code: str, strings: dict[str, str]):
    """Bring the translation into ``code`` up to date after the source
    changed, as "Sync translated pages" does: read the source again, enter
    translations of the new strings, save the translated page."""
    locale = Locale.objects.get(language_code=code)
    source = TranslationSource.objects.get_for_instance(page)
    source.update_from_db()
    write_strings(source, locale, strings)
    save(Translation.objects.get(source=source, target_locale=locale))
    return page.get_translation(locale).specific
