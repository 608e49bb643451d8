"""seed_demo translates the main pages and the latest news with
wagtail-localize, the way an editor would, and does so only once."""

from types import SimpleNamespace

import pytest
from django.db import transaction
from django.test import override_settings
from django.utils.text import slugify
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from groups.models import GroupIndexPage, GroupPage, GroupWikiPage
from home.demo import seed_demo, translations
from home.demo import translations_corpus as corpus
from home.demo.news_corpus import BUILDINGS, NEWS
from home.demo.pages import NewsItem, home_page
from home.demo.themes_corpus import THEMES
from home.models import HomePage
from themes.models import NewsIndexPage, NewsPage, ThemeIndexPage, ThemePage

SMALL = 40
SEED = 4


def counts() -> dict:
    kinds = [Page, Revision, TranslationSource, Translation, StringTranslation]
    return {kind.__name__: kind.objects.count() for kind in kinds}


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker, tmp_path_factory):
    """Seed once for the module (it takes a while), then seed again; all in
    one transaction, rolled back at the end."""
    media = tmp_path_factory.mktemp("media")
    with django_db_blocker.unblock(), override_settings(MEDIA_ROOT=media):
        with transaction.atomic():
            first = seed_demo(people=SMALL, seed=SEED)
            before = counts()
            lines = []
            second = seed_demo(people=SMALL, seed=SEED, report=lines.append)
            yield SimpleNamespace(
                first=first, second=second, lines=lines, before=before, after=counts()
            )
            transaction.set_rollback(True)


@pytest.fixture
def locales(seeded, db):
    return {locale.language_code: locale for locale in Locale.objects.all()}


def dutch_main_pages() -> list[Page]:
    home = home_page()
    themes = ThemeIndexPage.objects.child_of(home).get()
    news = NewsIndexPage.objects.child_of(home).get()
    return [home, themes, news, *ThemePage.objects.child_of(themes).live()]


def translated_news(locale) -> tuple[list[NewsPage], list[NewsPage]]:
    """The Dutch news items translated into the locale, and the others."""
    dutch = NewsPage.objects.filter(locale__language_code="nl")
    keys = NewsPage.objects.filter(locale=locale).values("translation_key")
    return (
        list(dutch.filter(translation_key__in=keys)),
        list(dutch.exclude(translation_key__in=keys)),
    )


def assert_latest(translated: list[NewsPage], others: list[NewsPage]) -> None:
    oldest = min(page.date for page in translated)
    assert all(page.date <= oldest for page in others)


def assert_live_translations(pages, locale) -> None:
    for page in pages:
        translation = page.get_translation_or_none(locale)
        assert translation is not None, (page.title, locale.language_code)
        assert translation.live
        assert translation.translation_key == page.translation_key
        assert translation.title != page.title, translation.title
        # The editor can sync it: wagtail-localize manages the translation.
        assert Translation.objects.filter(
            source__object_id=page.translation_key,
            source__locale=page.locale,
            target_locale=locale,
            enabled=True,
        ).exists(), page.title


def test_the_seed_creates_the_english_and_french_locales(locales):
    assert {"nl", "en", "fr"} <= set(locales)


def test_home_indexes_and_main_sections_are_live_in_english(locales):
    pages = dutch_main_pages()
    assert len(pages) == 3 + len(THEMES)

    assert_live_translations(pages, locales["en"])
    english = ThemePage.objects.filter(locale=locales["en"])
    assert english.count() == len(THEMES)  # the main sections, no sub-themes
    hr = english.get(title="HR and pay")
    assert hr.intro.startswith("Everything about your pay")
    body = str(hr.body)
    assert "Frequently asked questions" in body
    assert "When is my pay transferred?" in body
    assert "Questions about your career" in body


def test_the_ten_latest_news_items_are_live_in_english(locales):
    translated, others = translated_news(locales["en"])

    assert len(translated) == 10
    assert_latest(translated, others)
    assert_live_translations(translated, locales["en"])
    for page in translated:
        english = page.get_translation(locales["en"])
        assert english.date == page.date
        assert english.first_published_at == page.first_published_at
        assert english.body.raw_data != page.body.raw_data


def test_home_indexes_and_three_latest_news_items_are_live_in_french(locales):
    home, themes, news, *_sections = dutch_main_pages()
    translated, others = translated_news(locales["fr"])

    assert len(translated) == 3
    assert_latest(translated, others)
    assert_live_translations([home, themes, news, *translated], locales["fr"])
    assert Page.objects.filter(locale=locales["fr"]).count() == 6
    assert not ThemePage.objects.filter(locale=locales["fr"]).exists()
    assert HomePage.objects.get(locale=locales["fr"]).title == "Accueil"
    in_english = {page.pk for page in translated_news(locales["en"])[0]}
    assert {page.pk for page in translated} <= in_english


def test_english_home_features_the_english_themes(locales):
    english = HomePage.objects.get(locale=locales["en"])
    dutch = home_page()
    featured = list(english.featured_themes.select_related("theme"))

    assert len(featured) == dutch.featured_themes.count() > 0
    for row in featured:
        assert row.theme.locale_id == locales["en"].pk, row.theme.title
    french = HomePage.objects.get(locale=locales["fr"])
    # No French themes: the French home keeps the Dutch ones.
    assert {row.theme_id for row in french.featured_themes.all()} == set(
        dutch.featured_themes.values_list("theme_id", flat=True)
    )


def test_the_english_and_french_homes_have_their_own_quick_links(locales):
    dutch = {link.url: link for link in home_page().quick_links.all()}
    for code in ("en", "fr"):
        home = HomePage.objects.get(locale=locales[code])
        links = list(home.quick_links.all())

        assert {link.url for link in links} == set(dutch), code
        for link in links:
            original = dutch[link.url]
            expected = corpus.QUICK_LINKS[code][original.title]
            assert (link.title, link.description) == expected, link.url
            assert link.translation_key == original.translation_key


def test_only_the_group_its_owner_offers_in_english_is_translated(locales):
    group_pages = Page.objects.type(GroupIndexPage, GroupPage, GroupWikiPage)
    offered = GroupPage.objects.originals().exclude(translation_languages=[]).get()

    assert group_pages.filter(locale__language_code="nl").count() > 300
    # The directory and the one group's home, in English only.
    translated = group_pages.exclude(locale__language_code="nl")
    assert sorted(translated.values_list("translation_key", flat=True)) == sorted(
        [offered.get_parent().translation_key, offered.translation_key]
    )
    assert set(translated.values_list("locale__language_code", flat=True)) == {"en"}
    for code in ("en", "fr"):
        home = HomePage.objects.get(locale=locales[code])
        kinds = {
            page.specific_class
            for page in Page.objects.descendant_of(home).specific(defer=True)
        }
        central = {ThemeIndexPage, NewsIndexPage, ThemePage, NewsPage}
        assert kinds <= central | (
            {GroupIndexPage, GroupPage} if code == "en" else set()
        )


def test_a_second_run_translates_nothing_again(seeded, db):
    english, french = 3 + len(THEMES) + 10, 3 + 3
    assert seeded.first.translations.created == english + french
    assert seeded.second.translations.created == 0
    assert seeded.second.translations.existing == seeded.first.translations.created
    assert seeded.second.created == 0
    assert "translations: 0 created, 33 existing" in seeded.lines
    assert seeded.after == seeded.before


# The corpus, without the database.


def sample_item(template: dict) -> NewsItem:
    values = {
        "event_date": "dinsdag 1 december",
        "past_date": "maandag 30 november",
        "year": "2026",
        "building": BUILDINGS[0],
        "site": "Leiekaai",
        "person": "An Peeters",
        "unit": "Dienst Payroll",
        "number": "42",
        **{name: options[-1] for name, options in template["fills"].items()},
    }

    def fill(text: str) -> str:
        text = text.format_map(values)
        return text[:1].upper() + text[1:]

    title = fill(template["title"])
    return NewsItem(
        title=title,
        slug=slugify(title),
        date=None,
        intro=fill(template["intro"]),
        body=[fill(chunk) for chunk in template["body"]],
        template=template["title"],
        values=values,
    )


@pytest.mark.parametrize("code", ["en", "fr"])
def test_every_news_template_has_a_translation_that_fills_in(code):
    assert set(corpus.NEWS[code]) == {template["title"] for template in NEWS}
    for template in NEWS:
        text = corpus.NEWS[code][template["title"]]
        for name, options in text["fills"].items():
            assert len(options) == len(template["fills"][name]), template["title"]
        item = sample_item(template)

        strings = translations._news_strings(item, code)

        assert strings[item.title] != item.title
        assert strings[item.intro] != item.intro
        assert "{" not in "".join(strings.values()), template["title"]
        assert len(strings) >= 3 + len(item.body)


def test_every_main_section_has_an_english_translation_of_all_its_strings():
    assert set(corpus.THEMES["en"]) == {slugify(spec["title"]) for spec in THEMES}
    for spec in THEMES:
        page = SimpleNamespace(slug=slugify(spec["title"]))

        strings = translations._theme_strings(page, spec, "en")

        assert strings[spec["title"]] != spec["title"]
        assert strings[spec["intro"]] != spec["intro"]


def test_dates_are_written_in_the_reader_language():
    assert translations.day_text("dinsdag 1 december", "en") == "Tuesday 1 December"
    assert translations.day_text("dinsdag 1 december", "fr") == "mardi 1er décembre"
    assert translations.day_text("zondag 29 maart", "fr") == "dimanche 29 mars"
