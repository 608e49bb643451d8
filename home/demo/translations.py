"""Translate the demo's main pages into English and French with
wagtail-localize.

The home page, the theme and news index pages, the top-level themes (the
main sections) and the latest news get translations the way an editor makes
them in the admin: a `TranslationSource` for the Dutch page, a `Translation`
into each language (enabled, so it stays synced), a `StringTranslation` for
each string of `translations_corpus`, and the translated page built and
published from them. Strings the corpus has no text for fall back to Dutch;
an editor can translate them and sync later.

Parents come before their children (home, then the indexes, then the pages
under them), and each page is translated on its own. Group pages are not
translated here: a group is offered in another language by its owner
(`home.demo.groups.seed_group_languages`, groups.translation). A second run
writes only
what is missing and rebuilds a translation only when its source or strings
changed.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.text import slugify
from wagtail.models import Locale, Page
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.strings import StringValue, extract_strings

from cms.languages import ensure_locales, language_codes
from home.models import HomePage
from themes.models import NewsIndexPage, NewsPage, ThemeIndexPage, ThemePage

from . import translations_corpus as corpus
from . import vocabulary as vocab
from .indexing import deferred_indexing, index_pages
from .news_corpus import BUILDINGS, MONTHS, NEWS, WEEKDAYS
from .pages import HOME_TITLE, SECTIONS, NewsItem, faq_block, home_page, markup_block
from .themes_corpus import THEMES

logger = logging.getLogger(__name__)

Report = Callable[[str], None]

# What each language gets besides the home and index pages: the main
# sections or not, and how many of the latest news items.
LANGUAGES = {"en": {"themes": True, "news": 10}, "fr": {"themes": False, "news": 3}}
PAGE_MODELS = [HomePage, ThemeIndexPage, NewsIndexPage, ThemePage, NewsPage]


class Strings(dict):
    """Translations of one page's strings, keyed by the Dutch string as
    wagtail-localize stores it (plain text escaped, rich text split into
    one string per paragraph or list item)."""

    def text(self, source: str, target: str | None) -> None:
        if source and target:
            self[_plain(source)] = _plain(target)

    def html(self, source: str, target: str | None) -> None:
        if not (source and target):
            return
        ours, theirs = _html_strings(source), _html_strings(target)
        if len(ours) != len(theirs):
            raise ValueError(
                f"{source!r} has {len(ours)} strings, its translation "
                f"{target!r} {len(theirs)}"
            )
        self.update(zip(ours, theirs, strict=True))

    def chunk(self, source: str, target: str) -> None:
        """A chunk of the corpus markup: a heading, list or paragraph."""
        ours, theirs = markup_block(source), markup_block(target)
        if ours["type"] != theirs["type"]:
            raise ValueError(f"{source!r} and {target!r} make different blocks")
        if ours["type"] == "heading":
            self.text(ours["value"]["text"], theirs["value"]["text"])
        else:
            self.html(ours["value"], theirs["value"])


def _plain(text: str) -> str:
    return StringValue.from_plaintext(text).data


def _html_strings(html: str) -> list[str]:
    _template, strings = extract_strings(html)
    return [string.data for string, _attrs in strings]


@dataclass
class Job:
    """One page to translate into one language."""

    page: Page
    locale: Locale
    strings: Strings = field(default_factory=Strings)


@dataclass
class Outcome:
    created: int = 0
    existing: int = 0
    by_language: dict[str, int] = field(default_factory=dict)
    page_ids: list[int] = field(default_factory=list)


def seed_translations(
    theme_index: ThemeIndexPage,
    news_index: NewsIndexPage,
    items: list[NewsItem],
    say: Report,
) -> tuple[int, int]:
    """Translate the main pages and the latest news; return how many
    translations were (re)built and how many were in place."""
    ensure_locales()
    codes = [code for code in LANGUAGES if code in language_codes()]
    locales = {code: Locale.objects.get(language_code=code) for code in codes}
    jobs = plan(locales, theme_index, news_index, items)
    outcome = Outcome()
    with deferred_indexing(PAGE_MODELS):
        for job in jobs:
            code = job.locale.language_code
            translated, built = translate(job)
            outcome.by_language[code] = outcome.by_language.get(code, 0) + 1
            if built:
                outcome.created += 1
                outcome.page_ids.append(translated.pk)
            else:
                outcome.existing += 1
        for code, locale in locales.items():
            home = home_page().get_translation_or_none(locale)
            if home is not None and localise_featured_themes(home.specific, locale):
                outcome.page_ids.append(home.pk)
                logger.info("featured themes of the %s home page localised", code)
    index_pages(
        [page.specific for page in Page.objects.filter(pk__in=outcome.page_ids)]
    )
    say(
        "translated pages: "
        + ", ".join(f"{code} {count}" for code, count in outcome.by_language.items())
    )
    return outcome.created, outcome.existing


# What to translate.


def plan(
    locales: dict[str, Locale],
    theme_index: ThemeIndexPage,
    news_index: NewsIndexPage,
    items: list[NewsItem],
) -> list[Job]:
    """Return the jobs, each page's parent before the page."""
    home = home_page()
    theme_index = ThemeIndexPage.objects.get(pk=theme_index.pk)
    news_index = NewsIndexPage.objects.get(pk=news_index.pk)
    sections = _sections(theme_index)
    latest = _latest_news(news_index, items)
    jobs = []
    for code, locale in locales.items():
        wanted = LANGUAGES[code]
        jobs.append(Job(home, locale, _home_strings(home, code)))
        for index in (theme_index, news_index):
            jobs.append(Job(index, locale, _section_strings(index, code)))
        if wanted["themes"]:
            for page, spec in sections:
                strings = _theme_strings(page, spec, code)
                if strings:
                    jobs.append(Job(page, locale, strings))
        for page, item in latest[-wanted["news"] :]:
            strings = _news_strings(item, code)
            if strings:
                jobs.append(Job(page, locale, strings))
    return jobs


def _sections(theme_index: ThemeIndexPage) -> list[tuple[ThemePage, dict]]:
    """The live top-level themes the corpus describes, in tree order."""
    specs = {slugify(spec["title"]): spec for spec in THEMES}
    pages = ThemePage.objects.child_of(theme_index).live().order_by("path")
    return [(page, specs[page.slug]) for page in pages if page.slug in specs]


def _latest_news(
    news_index: NewsIndexPage, items: list[NewsItem]
) -> list[tuple[NewsPage, NewsItem]]:
    """The latest news items of the seed that are live, oldest first, so
    the translations are made in the order of the originals."""
    count = max(wanted["news"] for wanted in LANGUAGES.values())
    pages = {page.slug: page for page in NewsPage.objects.child_of(news_index).live()}
    latest = [
        (pages[item.slug], item) for item in reversed(items) if item.slug in pages
    ]
    return list(reversed(latest[:count]))


def _home_strings(home: HomePage, code: str) -> Strings:
    text = corpus.HOME[code]
    strings = Strings()
    strings.text(HOME_TITLE, text["title"])
    strings.text(home.slug, text["slug"])
    strings.html(vocab.HOME_WELCOME, text["welcome"])
    links = corpus.QUICK_LINKS[code]
    for title, _url, description in vocab.QUICK_LINKS:
        translated_title, translated_description = links[title]
        strings.text(title, translated_title)
        strings.text(description, translated_description)
    return strings


def _section_strings(index: Page, code: str) -> Strings:
    text = corpus.SECTIONS.get(index.slug, {}).get(code)
    strings = Strings()
    if text is None:
        logger.warning("no %s translation of section %s", code, index.slug)
        return strings
    title, intro = SECTIONS[index.slug]
    strings.text(title, text["title"])
    strings.text(index.slug, text["slug"])
    strings.html(intro, text["intro"])
    return strings


def _theme_strings(page: ThemePage, spec: dict, code: str) -> Strings:
    text = corpus.THEMES.get(code, {}).get(page.slug)
    strings = Strings()
    if text is None:
        logger.warning("no %s translation of theme %s", code, page.slug)
        return strings
    strings.text(spec["title"], text["title"])
    strings.text(page.slug, text["slug"] or slugify(text["title"]))
    strings.text(spec["intro"], text["intro"])
    _check_same_length(page.slug, "body", spec["body"], text["body"])
    for source, target in zip(spec["body"], text["body"], strict=True):
        strings.chunk(source, target)
    _check_same_length(page.slug, "faq", spec["faq"], text["faq"])
    if spec["faq"]:
        ours = faq_block(spec["faq"])["value"]["items"]
        theirs = faq_block(text["faq"])["value"]["items"]
        for source, target in zip(ours, theirs, strict=True):
            strings.text(source["value"]["question"], target["value"]["question"])
            strings.html(source["value"]["answer"], target["value"]["answer"])
    if spec["cta"]:
        strings.text(spec["cta"][0], text["cta"])
    if spec["contact"]:
        strings.text(spec["contact"][1], text["contact"])
    for source, target in corpus.LABELS[code].items():
        strings.text(source, target)
    return strings


def _news_strings(item: NewsItem, code: str) -> Strings:
    text = corpus.NEWS.get(code, {}).get(item.template)
    strings = Strings()
    if text is None or not item.values:
        logger.warning("no %s translation of news %s", code, item.slug)
        return strings
    translated = fill_news(item, text, code)
    strings.text(item.title, translated["title"])
    strings.text(item.slug, translated["slug"])
    strings.text(item.intro, translated["intro"])
    _check_same_length(item.slug, "body", item.body, translated["body"])
    for source, target in zip(item.body, translated["body"], strict=True):
        strings.chunk(source, target)
    return strings


def fill_news(item: NewsItem, text: dict, code: str) -> dict:
    """Fill the translated template of a news item with the item's values,
    translated where they are words rather than names."""
    template = next(each for each in NEWS if each["title"] == item.template)
    values = dict(item.values)
    for key in ("event_date", "past_date"):
        values[key] = day_text(item.values[key], code)
    values.update(corpus.BUILDINGS[code][BUILDINGS.index(item.values["building"])])
    for name, options in template["fills"].items():
        translated = text["fills"].get(name)
        if translated:
            values[name] = translated[options.index(item.values[name])]
    title = _capitalise(text["title"].format_map(values))
    return {
        "title": title,
        "slug": slugify(title)[:80].strip("-"),
        "intro": _capitalise(text["intro"].format_map(values)),
        "body": [_capitalise(chunk.format_map(values)) for chunk in text["body"]],
    }


def day_text(dutch: str, code: str) -> str:
    """Write a Dutch 'dinsdag 3 maart' in another language."""
    weekday, day, month = dutch.split(" ")
    weekday = corpus.WEEKDAYS[code][WEEKDAYS.index(weekday)]
    month = corpus.MONTHS[code][MONTHS.index(month)]
    if code == "fr" and day == "1":
        day = "1er"
    return f"{weekday} {day} {month}"


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def _check_same_length(key: str, part: str, source: list, target: list) -> None:
    if len(source) != len(target):
        raise ValueError(
            f"the translation of {key} has {len(target)} {part} items, "
            f"the original {len(source)}"
        )


# Translating.


def translate(job: Job) -> tuple[Page | None, bool]:
    """Translate one page through wagtail-localize; return the translation
    and whether it was (re)built.

    A translation is rebuilt only when something changed: the Dutch page
    since its source was taken, or the strings this seed adds. One an editor
    has taken out of sync (a disabled `Translation`) is left alone.
    """
    page = job.page.specific
    source, changed = TranslationSource.get_or_create_from_instance(page)
    translation, created = Translation.objects.get_or_create(
        source=source, target_locale=job.locale, defaults={"enabled": True}
    )
    target = page.get_translation_or_none(job.locale)
    if not translation.enabled:
        logger.info(
            "demo translation left alone, it is not synced page_id=%s locale=%s",
            page.pk,
            job.locale.language_code,
        )
        return target, False
    if not changed and json.loads(source.content_json) != json.loads(page.to_json()):
        source.update_from_db()
        changed = True
    written = write_strings(source, job.locale, job.strings)
    if target is not None and not (changed or created or written):
        return target, False
    # What Translation.save_target() does, but publishing here and now rather
    # than when the transaction commits, so that the pages under this one
    # (and a seed inside a test's transaction) find it live.
    translated, _new = source.create_or_update_translation(
        job.locale, publish=False, fallback=True
    )
    translated.latest_revision.publish()
    if isinstance(page, NewsPage):
        # Dated like the original, as the seed dates the Dutch news.
        NewsPage.objects.filter(pk=translated.pk).update(
            first_published_at=page.first_published_at,
            last_published_at=page.last_published_at,
            latest_revision_created_at=page.latest_revision_created_at,
        )
    logger.info(
        "demo translation built page_id=%s locale=%s strings_written=%s",
        page.pk,
        job.locale.language_code,
        written,
    )
    return translated, True


def write_strings(source: TranslationSource, locale: Locale, strings: Strings) -> int:
    """Add the missing translations of the source's strings; return how many
    were added. Translations already there (an editor's, say) are kept."""
    segments = list(
        StringSegment.objects.filter(source=source).select_related("string", "context")
    )
    done = set(
        StringTranslation.objects.filter(
            locale=locale,
            translation_of_id__in={segment.string_id for segment in segments},
            context_id__in={segment.context_id for segment in segments},
        ).values_list("translation_of_id", "context_id")
    )
    written = 0
    for segment in segments:
        data = strings.get(segment.string.data)
        key = (segment.string_id, segment.context_id)
        if data is None or key in done:
            continue
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
        done.add(key)
        written += 1
    return written


def localise_featured_themes(home: HomePage, locale: Locale) -> bool:
    """Point the translated home page's featured themes at the themes'
    translations into its language, where they exist; return whether any
    changed.

    wagtail-localize copies the featured themes as they are (their model is
    not translatable and a link to a page is never translated), so without
    this they would lead to the Dutch pages.
    """
    rows = list(home.featured_themes.all())
    keys = dict(
        Page.objects.filter(pk__in=[row.theme_id for row in rows]).values_list(
            "pk", "translation_key"
        )
    )
    local = dict(
        Page.objects.filter(
            translation_key__in=keys.values(), locale=locale, live=True
        ).values_list("translation_key", "pk")
    )
    changed = False
    for row in rows:
        wanted = local.get(keys.get(row.theme_id))
        if wanted is not None and wanted != row.theme_id:
            row.theme_id = wanted
            changed = True
    if changed:
        home.featured_themes = rows
        home.save_revision().publish()
    return changed


# Organisations and their departments.


def seed_snippet_translations(say: Report) -> tuple[int, int]:
    """Translate the organisations and their top-level departments into
    every language of LANGUAGES, as an editor does with "Translate" in
    Snippets > People; return how many were made and how many were there."""
    from people.models import Organisation, OrgUnit

    ensure_locales()
    made = there = 0
    for code in [code for code in LANGUAGES if code in language_codes()]:
        locale = Locale.objects.get(language_code=code)
        for organisation in Organisation.objects.originals():
            names = corpus.ORGANISATIONS.get(organisation.name, {}).get(code)
            if names is None:
                continue
            strings = {
                _plain(organisation.name): _plain(names[0]),
                _plain(organisation.short_name): _plain(names[1]),
            }
            built = _translate_snippet(organisation, locale, strings, names[0])
            made, there = made + built, there + (not built)
        for unit in OrgUnit.objects.originals().filter(depth=1):
            name = corpus.DEPARTMENTS.get(unit.name, {}).get(code)
            if name is None:
                continue
            strings = {_plain(unit.name): _plain(name)}
            built = _translate_snippet(unit, locale, strings, name)
            made, there = made + built, there + (not built)
    say(f"translated organisations and departments: {made} made, {there} there")
    return made, there


def _translate_snippet(obj, locale: Locale, strings: dict, wanted: str) -> bool:
    """Translate one snippet through wagtail-localize unless its translation
    already reads ``wanted``; return whether it was (re)built."""
    existing = obj.get_translation_or_none(locale)
    if existing is not None and existing.name == wanted:
        return False
    source, _created = TranslationSource.get_or_create_from_instance(obj)
    Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    write_strings(source, locale, strings)
    source.create_or_update_translation(locale, fallback=True)
    return True
