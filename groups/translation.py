"""Groups in other languages: owners choose the languages, members translate.

A group writes in Dutch (its pages live in the Dutch tree). Its owners may
offer it in the other content languages (``GroupPage.translation_languages``, in
the group's settings). A translation is wagtail-localize's: a page of its
own in that language's tree (``/en/groepen/<group>/...``), made from the
Dutch page's translation source and the strings members translated.

- **The group stays one group.** A translated group home has no member role
  or collection of its own (``GroupPage.exclude_fields_in_copy``); members,
  posts, documents and contacts are the Dutch group's (``GroupPage.original``).
  Its view restriction names the Dutch group's member role, kept in step by
  ``groups.services.apply_visibility``, so ``cms.visibility``, search and the
  API decide for translations exactly as for the group.
- **Members translate page by page** on the front end
  (``/groups/<id>/pages/<page id>/translate/<language>/``), string by
  string, as wagtail-localize's editor does in the admin. A string left
  empty shows the Dutch text.
- **Synchronisation.** When a Dutch group page is published (on the front
  end, through the API or in the admin) its translation source is read
  again and every translation saved anew: translated strings stay, new or
  changed ones show in Dutch until a member translates them. The group's
  translation overview (``/groups/<id>/translations/``) and a note on each
  translated page tell what is still waiting.
- **Taking a language back** unpublishes the group's pages in it (nothing is
  deleted); offering it again publishes them again.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Exists, OuterRef
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, validate_translation_links

from cms.languages import (
    default_language,
    language_in_text,
    language_label,
    language_names,
)

from .models import (
    GROUP_DEPTH,
    GROUP_NAME_MAX_LENGTH,
    GroupIndexPage,
    GroupPage,
    not_offered,
)

logger = logging.getLogger(__name__)

# Segments that hold plain text (the others hold wagtail-localize's inline
# HTML: bold, italic and links marked <a id="a1">).
PLAIN_TEXT_PATHS = {"title", "description", "slug", "seo_title", "search_description"}
# The longest text each plain field takes (Page.title, GroupPage.description).
MAX_LENGTHS = {"title": 255, "description": 500}
# Something that reads as a tag: plain texts (titles, a group's name) take
# none, as they are shown as typed. As in HTML, only "<" right before a
# letter, "/", "!" or "?" opens one: "a < b" and "2 <3" are plain text.
MARKUP = re.compile(r"</?[a-zA-Z]|<[!?]")


def offered_languages() -> list[tuple[str, str]]:
    """The languages a group may be offered in: every content language
    except the default one, in settings order, each with its name in the
    interface language."""
    default = default_language()
    return [
        (code, language_label(code)) for code in language_names() if code != default
    ]


def _locale(code: str) -> Locale:
    return Locale.objects.get(language_code=code)


def _versions(page: Page):
    return Page.objects.filter(translation_key=page.translation_key)


# The owners' choice --------------------------------------------------------


def check_languages_available(group: GroupPage, codes) -> None:
    """Refuse (``ValidationError``) a language the intranet has no home page
    in yet: a group's translation sits under the home page's translation."""
    index = group.get_parent().specific
    home = index.get_parent()
    for code in codes:
        locale = _locale(code)
        if index.get_translation_or_none(locale) is None and (
            home.get_translation_or_none(locale) is None
        ):
            raise ValidationError(
                _(
                    "%(language)s is not set up on this intranet yet: an editor "
                    "first translates the home page."
                )
                % {"language": language_in_text(code)}
            )


def languages_changed(user, group: GroupPage, added, removed) -> None:
    """Carry out the owners' new choice of languages (already saved on the
    group): make or publish again the group's translations in ``added``,
    unpublish them in ``removed``."""
    for code in removed:
        _withdraw(group, _locale(code), user)
    for code in added:
        locale = _locale(code)
        _translated_index(group.get_parent().specific, locale, user)
        Translation.objects.filter(
            source__in=group_sources(group), target_locale=locale
        ).update(enabled=True)
        _save_translation(group, locale, user)
        others = Translation.objects.filter(
            source__in=group_sources(group).exclude(object_id=group.translation_key),
            target_locale=locale,
        ).select_related("source", "target_locale")
        for translation in others:
            _save(translation, user)
    if added or removed:
        logger.info(
            "group languages changed group_id=%s added=%s removed=%s",
            group.pk,
            ",".join(sorted(added)),
            ",".join(sorted(removed)),
        )


def _translated_index(index: GroupIndexPage, locale: Locale, user) -> Page:
    """The group directory in ``locale``, made (with the Dutch texts, for
    editors to translate in the admin) when an owner first offers a group in
    that language."""
    existing = index.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.get_or_create_from_instance(index)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    _save(translation, user)
    logger.info("group directory translated locale=%s", locale.language_code)
    return index.get_translation(locale)


def _withdraw(group: GroupPage, locale: Locale, user) -> None:
    Translation.objects.filter(
        source__in=group_sources(group), target_locale=locale
    ).update(enabled=False)
    translated = group.get_translation_or_none(locale)
    if translated is None:
        return
    for page in translated.get_descendants(inclusive=True).live().specific():
        UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)


# Translating a page ----------------------------------------------------------


def group_sources(group: GroupPage):
    """The translation sources of the group's Dutch pages (its home and its
    pages), one query."""
    keys = Page.objects.descendant_of(group, inclusive=True).values("translation_key")
    return TranslationSource.objects.filter(
        object_id__in=keys, locale_id=group.locale_id
    )


def _save(translation: Translation, user) -> Page:
    """Write the translated page from the source and the strings translated
    so far (Dutch where a string is not), and publish it at once."""
    source = translation.source
    page, _created = source.create_or_update_translation(
        translation.target_locale, user=user, publish=False, fallback=True
    )
    # A translation is online exactly when its Dutch page is: one taken
    # offline by an editor stays offline in every language.
    if Page.objects.filter(
        translation_key=page.translation_key, locale_id=source.locale_id, live=True
    ).exists():
        page.get_latest_revision().publish(user=user, skip_permission_checks=True)
    return page


def _current_source(page: Page) -> TranslationSource:
    """The translation source of ``page``, read again from the page as it
    is now (its strings extracted afresh)."""
    source, created = TranslationSource.get_or_create_from_instance(page)
    if not created:
        source.update_from_db()
    return source


def _save_translation(page: Page, locale: Locale, user) -> Page:
    source = _current_source(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    return _save(translation, user)


@dataclass
class Segment:
    """One string of a page to translate, as the translation form shows it."""

    pk: int
    path: str
    source: str
    translation: str

    @property
    def is_plain(self) -> bool:
        return self.path in PLAIN_TEXT_PATHS

    @property
    def is_waiting(self) -> bool:
        return not self.translation


def segments(page: Page, locale: Locale) -> list[Segment]:
    """The strings of ``page`` (a Dutch group page) with their translation
    into ``locale`` so far. The slug is left out: it follows the title."""
    source = _current_source(page)
    rows = (
        StringSegment.objects.filter(source=source)
        .exclude(context__path="slug")
        .select_related("string", "context")
        .order_by("order")
    )
    translated = {
        (each.translation_of_id, each.context_id): each.data
        for each in StringTranslation.objects.filter(
            translation_of__in=[row.string_id for row in rows],
            locale=locale,
            has_error=False,
        )
    }
    result = []
    for row in rows:
        plain = row.context.path in PLAIN_TEXT_PATHS
        data = translated.get((row.string_id, row.context_id), "")
        result.append(
            Segment(
                pk=row.pk,
                path=row.context.path,
                source=_shown(row.string.data, plain),
                translation=_shown(data, plain) if data else "",
            )
        )
    return result


def _shown(data: str, plain: bool) -> str:
    return StringValue(data).render_text() if plain else data


def max_lengths(page: Page) -> dict[str, int]:
    """Return the longest text each plain field of ``page`` takes in a
    translation: a group's name keeps to the length of group names."""
    if isinstance(page, GroupPage):
        return {**MAX_LENGTHS, "title": GROUP_NAME_MAX_LENGTH}
    return MAX_LENGTHS


def _stored(text: str, path: str, source_data: str, limits=MAX_LENGTHS) -> str:
    """Turn what a member typed into wagtail-localize's string data, or
    refuse it with a message."""
    if path in PLAIN_TEXT_PATHS:
        text = " ".join(text.split()) if path == "title" else text.strip()
        limit = limits.get(path)
        if limit and len(text) > limit:
            raise ValidationError(_("At most %(limit)s characters.") % {"limit": limit})
        if MARKUP.search(text):
            raise ValidationError(
                _("Plain text only: this text takes no markup such as <b>.")
            )
        return StringValue.from_plaintext(text).data
    try:
        value = StringValue.from_translated_html(text.strip())
        validate_translation_links(source_data, value.data)
    except ValueError as error:
        raise ValidationError(
            _(
                "Keep to bold, italic and the links of the Dutch text "
                '(<a id="a1">...</a>): %(problem)s'
            )
            % {"problem": error}
        ) from error
    return value.data


def may_translate(group: GroupPage, code: str) -> bool:
    return code in group.translation_languages


@transaction.atomic
def translate_page(user, page: Page, code: str, texts: dict[int, str]) -> Page:
    """Save ``user``'s translation of ``page`` (a Dutch group page: the
    group's home or one of its pages) into ``code`` and publish it.

    ``texts`` maps segment ids (``segments``) to what was typed; an empty
    text takes a translation back (the Dutch text shows). Returns the
    translated page. Raises ``ValidationError`` with a message per segment
    id for text that cannot be taken, before anything is saved.
    """
    page = page.specific
    group = page if isinstance(page, GroupPage) else page.group
    if page.locale_id != group.locale_id or not may_translate(group, code):
        raise not_offered()
    if not page.live:
        raise ValidationError(
            _("This page is offline: it can be translated once it is published.")
        )
    locale = _locale(code)
    if group.get_translation_or_none(locale) is None:
        # An editor may have deleted the translated group directory (and the
        # group's translation with it) since the owners chose the language:
        # make it again, or say why it cannot be made.
        check_languages_available(group, [code])
        _translated_index(group.get_parent().specific, locale, user)
    # The pages above it first, each a translation of its own (with the
    # Dutch text until translated), so that wagtail-localize never makes
    # untracked copies of them.
    for ancestor in page.get_ancestors().filter(depth__gte=GROUP_DEPTH):
        if ancestor.get_translation_or_none(locale) is None:
            _save_translation(ancestor.specific, locale, user)
    source = _current_source(page)
    rows = {
        row.pk: row
        for row in StringSegment.objects.filter(source=source).select_related(
            "string", "context"
        )
    }
    limits = max_lengths(page)
    errors, wanted = {}, {}
    for pk, text in texts.items():
        row = rows.get(pk)
        if row is None or row.context.path == "slug":
            continue
        try:
            wanted[row] = (
                _stored(text, row.context.path, row.string.data, limits)
                if text.strip()
                else ""
            )
        except ValidationError as error:
            errors[pk] = error.messages
    if errors:
        raise ValidationError(errors)
    title = None
    for row, data in wanted.items():
        _write(row, locale, data, user)
        if row.context.path == "title":
            title = data
    for row in rows.values():
        if row.context.path == "slug" and title is not None:
            slug = slugify(StringValue(title).render_text()) if title else ""
            _write(row, locale, slug, user)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale
    )
    if not translation.enabled:
        translation.enabled = True
        translation.save(update_fields=["enabled"])
    translated = _save(translation, user)
    from .services import apply_visibility

    apply_visibility(group)
    logger.info(
        "group page translated group_id=%s page_id=%s locale=%s",
        group.pk,
        page.pk,
        code,
    )
    return translated


def _write(row: StringSegment, locale: Locale, data: str, user) -> None:
    existing = StringTranslation.objects.filter(
        translation_of_id=row.string_id, context_id=row.context_id, locale=locale
    )
    if not data:
        existing.delete()
        return
    existing.update_or_create(
        translation_of_id=row.string_id,
        context_id=row.context_id,
        locale=locale,
        defaults={
            "data": data,
            "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            "last_translated_by": user,
            "has_error": False,
            "field_error": "",
        },
    )


# Keeping translations in step with the Dutch pages ---------------------------


def sync_translations(page: Page, user=None) -> int:
    """After a Dutch group page is published: read its source again and
    save each of its translations into the group's languages. Returns how
    many were saved."""
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return 0
    group = page if isinstance(page, GroupPage) else page.group
    if group is None:
        return 0
    source.update_from_db()
    saved = 0
    for translation in Translation.objects.filter(
        source=source,
        enabled=True,
        target_locale__language_code__in=group.translation_languages,
    ).select_related("target_locale", "source"):
        _save(translation, user)
        saved += 1
    if saved:
        logger.info(
            "group page translations synced page_id=%s saved=%s", page.pk, saved
        )
    return saved


# What is out of date ---------------------------------------------------------


@dataclass
class Status:
    """How far one page's translation into one language has come."""

    code: str
    total: int = 0
    done: int = 0
    exists: bool = False

    @property
    def waiting(self) -> int:
        return self.total - self.done

    @property
    def up_to_date(self) -> bool:
        return self.exists and self.waiting == 0


def statuses(group: GroupPage, pages) -> dict[int, dict[str, Status]]:
    """For each of ``pages`` (Dutch pages of ``group``) and each language the
    group is offered in: whether a translation exists and how many of its
    strings are translated. A fixed number of queries, however many pages."""
    codes = list(group.translation_languages)
    pages = list(pages)
    keys = {page.translation_key: page.pk for page in pages}
    result = {page.pk: {code: Status(code) for code in codes} for page in pages}
    if not codes or not pages:
        return result
    locales = {
        locale.pk: locale.language_code
        for locale in Locale.objects.filter(language_code__in=codes)
    }
    sources = dict(
        TranslationSource.objects.filter(
            object_id__in=list(keys), locale_id=group.locale_id
        ).values_list("pk", "object_id")
    )
    existing = Page.objects.filter(
        translation_key__in=list(keys), locale_id__in=list(locales), live=True
    ).values_list("translation_key", "locale_id")
    for key, locale_id in existing:
        result[keys[key]][locales[locale_id]].exists = True
    segments_ = StringSegment.objects.filter(source_id__in=list(sources)).exclude(
        context__path="slug"
    )
    for row in segments_.values("source_id").annotate(n=Count("pk")):
        for status in result[keys[sources[row["source_id"]]]].values():
            status.total = row["n"]
    for locale_id, code in locales.items():
        translated = StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale_id,
            has_error=False,
        )
        done = (
            segments_.filter(Exists(translated))
            .values("source_id")
            .annotate(n=Count("pk"))
        )
        for row in done:
            result[keys[sources[row["source_id"]]]][code].done = row["n"]
    return result


def page_translation_context(request, page: Page, is_member: bool) -> dict:
    """What a group page shows of its translations: on a translation, how
    many of its texts still show in Dutch; on a Dutch page, for members, the
    state of each language the group is offered in."""
    group = page.original if isinstance(page, GroupPage) else page.group
    if group is None or not group.translation_languages:
        return {}
    if page.locale_id != group.locale_id:
        original = page.get_translation(group.locale)
        status = statuses(group, [original])[original.pk].get(page.locale.language_code)
        return {
            "translation_of": original,
            "translation_waiting": status.waiting if status else 0,
        }
    if not is_member:
        return {}
    return {
        "translation_statuses": [
            (language_label(status.code), status)
            for status in statuses(group, [page])[page.pk].values()
        ]
    }
