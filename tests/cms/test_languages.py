"""Dutch, English and French: translating with wagtail-localize, URLs with
a language prefix, the switcher, each reader's language and Dutch standing
in where a translation is missing."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.users.models import UserProfile
from wagtail_localize.models import TranslationSource

from cms.languages import children_in_language, in_language
from cms.visibility import can_view_page
from tests.cms.translating import sync, translate
from tests.groups.factories import add_wiki_page, group_index, make_group
from tests.themes.factories import NewsPageFactory, ThemePageFactory
from themes.models import ThemeIndexPage, ThemePage

pytestmark = pytest.mark.django_db

LEAVE_INTRO = "Vakantiedagen aanvragen."
LEAVE = {
    "Thema's": "Themes",
    "Verlof": "Leave",
    "Vakantiedagen aanvragen.": "Requesting days off.",
}


@pytest.fixture
def english(home_page, theme_index):
    """The home page, the theme index and the theme 'Verlof' in English; a
    second theme 'Parkeren' stays Dutch only."""
    translate(home_page, "en", {"Werkplek": "Werkplek"})
    translate(theme_index, "en", LEAVE)
    leave = ThemePageFactory(
        parent=theme_index, title="Verlof", slug="verlof", intro=LEAVE_INTRO
    )
    parking = ThemePageFactory(parent=theme_index, title="Parkeren", slug="parkeren")
    return {"nl": leave, "en": translate(leave, "en", LEAVE), "parking": parking}


def signed_in(client, user, language=None):
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client.force_login(user)
    return client


def test_translation_is_a_live_english_page_under_the_english_prefix(english):
    leave, translated = english["nl"], english["en"]

    assert translated.locale.language_code == "en"
    assert translated.translation_key == leave.translation_key
    assert translated.live
    assert (translated.title, translated.intro) == ("Leave", "Requesting days off.")
    assert translated.url.startswith("/en/")
    assert not leave.url.startswith("/nl/")


def test_change_of_the_source_is_synced_into_the_translation(english):
    leave = english["nl"]
    leave.intro = "Vakantiedagen en verlof aanvragen."
    leave.save_revision().publish()

    translated = sync(
        leave, "en", {"Vakantiedagen en verlof aanvragen.": "Requesting leave."}
    )

    assert translated.intro == "Requesting leave."
    assert translated.title == "Leave"


def test_english_page_is_read_in_english(client, user, english):
    response = signed_in(client, user).get(english["en"].url)

    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()
    assert "My profile" in response.content.decode()


def test_switcher_offers_only_translations_that_exist(client, user, english):
    client = signed_in(client, user)
    translated = client.get(english["nl"].url).content.decode()
    untranslated = client.get(english["parking"].url).content.decode()

    assert f'name="next" value="{english["en"].url}"' in translated
    assert 'value="fr"' not in translated
    assert 'action="/language/"' not in untranslated


def test_switching_saves_the_language_and_follows_next(client, user, english):
    response = signed_in(client, user).post(
        "/language/", {"language": "en", "next": english["en"].url}
    )

    assert response.status_code == 302
    assert response.url == english["en"].url
    assert UserProfile.get_for_user(user).preferred_language == "en"
    # From now on the Dutch address leads to the English page.
    assert client.get(english["nl"].url).url == english["en"].url


@pytest.mark.parametrize(
    "data",
    [{"language": "de"}, {"language": ""}, {"language": "EN"}, {}],
)
def test_unknown_language_is_refused_with_a_message(client, user, home_page, data):
    response = signed_in(client, user).post("/language/", data)

    assert response.status_code == 400
    assert "nl, en, fr" in response.content.decode()


def test_next_elsewhere_is_not_followed(client, user, english):
    response = signed_in(client, user).post(
        "/language/", {"language": "en", "next": "https://elsewhere.example/"}
    )

    assert response.url == "/en/"


def test_preferred_language_leads_to_the_translation(client, user, english):
    client = signed_in(client, user, "en")

    assert client.get(english["nl"].url).url == english["en"].url
    assert client.get("/people/?q=an").url == "/en/people/?q=an"
    # No English version: the Dutch page is read as it is, and says so in
    # English.
    fallback = client.get(english["parking"].url)
    assert fallback.status_code == 200
    assert "Parkeren" in fallback.content.decode()
    assert "not translated into your language" in fallback.content.decode()
    # A page that is translated says nothing of the kind.
    translated = client.get(english["en"].url).content.decode()
    assert "not translated into your language" not in translated


def test_the_untranslated_notice_is_in_the_readers_language(client, user, english):
    client = signed_in(client, user, "fr")

    content = client.get(english["parking"].url).content.decode()

    assert 'lang="fr"' in content
    assert "pas encore traduite" in content
    # A Dutch reader is not told anything.
    dutch = signed_in(Client(), user, "nl")
    content = dutch.get(english["parking"].url).content.decode()
    assert "untranslated-notice" not in content


def test_a_page_the_reader_may_not_see_has_no_notice(
    client, user, owner, english, home_page
):
    # The 404 must not tell a secret group's page from an address with
    # nothing behind it.
    group_index(home_page)
    secret = make_group(home_page, owner, title="Geheim", visibility="secret")
    page = add_wiki_page(secret, "Plannen")
    client = signed_in(client, user, "en")

    hidden = client.get(page.url)
    nothing = client.get(secret.url + "bestaat-niet/")

    assert hidden.status_code == nothing.status_code == 404
    assert "untranslated-notice" not in hidden.content.decode()
    assert as_shown(hidden, page.url) == as_shown(nothing, secret.url + "bestaat-niet/")
    # Both in the reader's language, as the rest of the intranet.
    assert '<html lang="en"' in nothing.content.decode()


def as_shown(response, path: str) -> str:
    """The page without what differs between any two requests: the CSRF
    tokens and the address asked for."""
    content = response.content.decode().replace(path, "<path>")
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", content)


def test_sign_on_language_counts_only_from_the_next_sign_in(client, user, english):
    client = signed_in(client, user)
    assert client.get(english["nl"].url).status_code == 200
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()

    client.force_login(user)

    assert client.get(english["nl"].url).url == english["en"].url


def test_english_listing_shows_dutch_where_no_translation_exists(
    client, user, english, theme_index
):
    english_index = theme_index.get_translation(Locale.objects.get(language_code="en"))
    content = signed_in(client, user).get(english_index.url).content.decode()

    assert f'href="{english["en"].url}"' in content
    assert f'href="{english["parking"].url}"' in content
    assert f'href="{english["nl"].url}"' not in content
    one_each = in_language(ThemePage.objects.all(), "en")
    assert {page.pk for page in one_each} == {english["en"].pk, english["parking"].pk}


def card_of(content: str, url: str) -> str:
    """The opening tag of the element (a card, its title, a list item) that
    holds the link to ``url``."""
    link = content.index(f'href="{url}"')
    start = max(
        content.rfind(tag, 0, link) for tag in ("<article", "<li", "<h2", "<h3")
    )
    return content[start : content.index(">", start) + 1]


def test_a_dutch_page_in_an_english_list_says_it_is_dutch(
    client, user, english, theme_index, home_page
):
    group_index(home_page)
    english_index = theme_index.get_translation(Locale.objects.get(language_code="en"))
    content = signed_in(client, user).get(english_index.url).content.decode()

    assert 'lang="nl"' in card_of(content, english["parking"].url)
    assert "lang=" not in card_of(content, english["en"].url)
    navigation = content.split('class="main-nav"')[1].split("</nav>")[0]
    assert 'lang="nl"' in card_of(navigation, "/groepen/")
    assert "lang=" not in card_of(navigation, english_index.url)


def test_only_a_dutch_news_cards_own_text_is_marked_dutch(
    client, user, english, news_index
):
    translate(news_index, "en", {"Nieuws": "News"})
    news = NewsPageFactory(parent=news_index, title="Nieuwe kantine")
    english_news = news_index.get_translation(Locale.objects.get(language_code="en"))

    content = signed_in(client, user).get(english_news.url).content.decode()

    assert card_of(content, news.url) == '<h3 class="card__title" lang="nl">'
    card = content[content.rfind("<article", 0, content.index(news.url)) :]
    # The card itself, with its date and badges, is in the reader's language.
    assert card.startswith('<article class="card card--link">')


def test_restricted_translation_is_neither_offered_nor_followed(client, user, english):
    editors = Group.objects.create(name="Vertalers")
    restriction = PageViewRestriction.objects.create(
        page=english["en"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(editors)
    client = signed_in(client, user, "en")

    response = client.get(english["nl"].url)

    assert response.status_code == 200
    assert english["en"].url not in response.content.decode()


def test_group_pages_are_translated_only_into_languages_the_owners_offer(
    owner, home_page
):
    group_index(home_page)
    translate(home_page, "en", {})
    group = make_group(home_page, owner, title="Verhuis", visibility="secret")
    wiki = add_wiki_page(group, "Planning")
    english = Locale.objects.get(language_code="en")

    for page in (group, wiki):
        with pytest.raises(PermissionDenied):
            page.copy_for_translation(english, copy_parents=True)
    assert not type(group).objects.filter(locale=english).exists()


def test_report_lists_pages_changed_since_the_last_sync(admin_client, english):
    leave = english["nl"]
    report = "/admin/reports/translations-out-of-date/"
    assert "Verlof" not in admin_client.get(report).content.decode()

    leave.intro = "Vakantiedagen en verlof aanvragen."
    leave.save_revision().publish()
    listed = admin_client.get(report).content.decode()
    sync(leave, "en", {"Vakantiedagen en verlof aanvragen.": "Requesting leave."})
    after_sync = admin_client.get(report).content.decode()

    source = TranslationSource.objects.get_for_instance(leave)
    assert "Verlof" in listed
    assert "English" in listed
    assert reverse("wagtail_localize:update_translations", args=[source.pk]) in listed
    assert "Verlof" not in after_sync


def test_report_is_for_editors_only(client, user, english):
    response = signed_in(client, user).get("/admin/reports/translations-out-of-date/")

    assert response.status_code in (302, 403)


def test_admin_speaks_the_editors_language(admin_client, admin_user, home_page):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()

    response = admin_client.get("/admin/")

    assert response.status_code == 200
    assert '<html lang="fr"' in response.content.decode()


def test_unpublishing_the_dutch_page_takes_its_translations_offline(
    client, user, english, theme_index
):
    english_index = theme_index.get_translation(Locale.objects.get(language_code="en"))
    url = english["en"].url

    english["nl"].unpublish()

    english["en"].refresh_from_db()
    assert not english["en"].live
    assert signed_in(client, user, "en").get(url).status_code == 404
    listing = client.get(english_index.url).content.decode()
    assert "Leave" not in listing and "Verlof" not in listing


def test_unpublishing_a_translation_leaves_the_dutch_page_online(english):
    english["en"].unpublish()

    english["nl"].refresh_from_db()
    assert english["nl"].live


def test_moving_a_dutch_page_in_the_admin_moves_its_translation(
    admin_client, client, user, english, theme_index
):
    staff = ThemePageFactory(parent=theme_index, title="Personeel", slug="personeel")
    staff_english = translate(staff, "en", {"Personeel": "Staff"})
    leave = english["nl"]

    response = admin_client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[leave.pk, staff.pk])
    )

    assert response.status_code == 302
    english["en"].refresh_from_db()
    assert english["en"].get_parent().pk == staff_english.pk
    listing = signed_in(client, user, "en").get(staff_english.url).content.decode()
    assert english["en"].url in listing


def test_a_restriction_set_later_reaches_the_translations(client, user, english):
    hr = Group.objects.create(name="Personeelsdienst")
    restriction = PageViewRestriction.objects.create(
        page=english["nl"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(hr)
    translated = english["en"]

    copied = PageViewRestriction.objects.get(page=translated)
    assert list(copied.groups.all()) == [hr]
    assert not can_view_page(user, translated)
    client = signed_in(client, user, "en")
    assert english["en"].url not in client.get("/en/themas/").content.decode()

    # Lifting it on the Dutch page opens the translation again: English
    # readers get the page back in lists (not the Dutch one standing in).
    restriction.delete()

    assert not PageViewRestriction.objects.filter(page=translated).exists()
    assert can_view_page(user, translated)
    listing = client.get("/en/themas/").content.decode()
    assert english["en"].url in listing


def test_deleting_a_restricted_page_keeps_its_translation_closed(user, english):
    hr = Group.objects.create(name="Personeelsdienst")
    restriction = PageViewRestriction.objects.create(
        page=english["nl"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(hr)

    english["nl"].delete()

    assert not can_view_page(user, english["en"])


def test_editors_translate_the_group_directory(owner, home_page):
    index = group_index(home_page)
    group = make_group(home_page, owner, title="Koor")
    translate(home_page, "en", {})

    translated = translate(index, "en", {"Groepen": "Groups"})

    assert translated.title == "Groups"
    # Groups stay in Dutch until their owners offer them in English.
    assert not type(group).objects.filter(locale=translated.locale).exists()


def test_english_navigation_keeps_the_dutch_groups(client, user, english, home_page):
    group_index(home_page)
    content = signed_in(client, user).get("/en/").content.decode()
    navigation = content.split('class="main-nav"')[1].split("</nav>")[0]

    assert "Themes" in navigation
    assert "/groepen/" in navigation


def test_only_publishers_submit_translations():
    editors = Group.objects.get(name="Editors")
    moderators = Group.objects.get(name="Moderators")

    def submits(group):
        return group.permissions.filter(codename="submit_translation").exists()

    assert not submits(editors)
    assert submits(moderators)


def test_a_page_restricted_to_others_answers_404_to_a_signed_in_reader(
    client, user, english
):
    restriction = PageViewRestriction.objects.create(
        page=english["parking"], restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen HR"))
    client = signed_in(client, user)

    hidden = client.get(english["parking"].url)
    nothing = client.get("/themas/bestaat-niet/")

    assert hidden.status_code == nothing.status_code == 404
    assert as_shown(hidden, english["parking"].url) == as_shown(
        nothing, "/themas/bestaat-niet/"
    )
    # Whoever is in the group reads it.
    user.groups.add(restriction.groups.get())
    assert client.get(english["parking"].url).status_code == 200


# A page without a translation keeps the reader's interface ----------------


def main_navigation(content: str) -> str:
    return content.split('class="main-nav"')[1].split("</nav>")[0]


def test_an_untranslated_page_keeps_the_readers_interface(
    client, user, english, theme_index
):
    english_index = theme_index.get_translation(Locale.objects.get(language_code="en"))
    client = signed_in(client, user, "en")

    content = client.get(english["parking"].url).content.decode()

    # The interface is English: document, header, search, navigation from
    # the English home, template strings and footer.
    assert '<html lang="en"' in content
    assert "My profile" in content
    assert 'action="/en/search/"' in content
    assert 'data-locale="en"' in content
    assert f'href="{english_index.url}"' in main_navigation(content)
    assert 'href="/en/">Home</a>' in content
    assert "The intranet of the city administration" in content
    assert "not translated into your language" in content
    # The page's own text says it is Dutch.
    assert re.search(
        r'<header class="page-header" lang="nl">\s*<h1>Parkeren</h1>', content
    )
    assert '<div class="block block-paragraph" lang="nl">' in content
    assert 'lang="nl"' in card_of(content, theme_index.url)


def test_the_cached_fragments_follow_the_interface(client, user, owner, english):
    parking = english["parking"].url
    dutch = signed_in(Client(), owner)
    client = signed_in(client, user, "en")

    before = dutch.get(parking).content.decode()
    read_in_english = client.get(parking).content.decode()
    after = dutch.get(parking).content.decode()

    assert 'href="/en/">Home</a>' in read_in_english
    assert '<div class="block block-paragraph" lang="nl">' in read_in_english
    for content in (before, after):
        assert '<html lang="nl"' in content
        assert 'href="/">Start</a>' in content
        assert 'lang="nl"' not in content.split("<main")[1]


def test_the_original_is_read_in_the_readers_interface(client, user, english):
    client = signed_in(client, user, "en")

    response = client.get(english["nl"].url + "?original")

    content = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en"' in content
    assert re.search(
        r'<header class="page-header" lang="nl">\s*<h1>Verlof</h1>', content
    )
    # It has a translation: no notice, and the switcher offers it.
    assert "untranslated-notice" not in content
    assert f'name="next" value="{english["en"].url}"' in content


# A parent made for a translation's sake is not a translation ---------------


@pytest.fixture
def french_first(english, theme_index, home_page):
    """'Verlof' translated into French before the home page and the theme
    index are: Wagtail puts aliases of both in the French tree."""
    french = Locale.objects.get(language_code="fr")
    translated = translate(
        english["nl"],
        "fr",
        {"Verlof": "Congés", LEAVE_INTRO: "Demander des jours de congé."},
    )
    return {
        "fr": translated,
        "index": theme_index.get_translation(french).specific,
        "home": home_page.get_translation(french).specific,
    }


def test_translating_a_page_first_makes_live_aliases_of_its_parents(
    french_first, theme_index, home_page
):
    index, home = french_first["index"], french_first["home"]

    assert (index.alias_of_id, home.alias_of_id) == (theme_index.pk, home_page.pk)
    assert index.live and home.live
    assert (index.title, index.url) == ("Thema's", "/fr/themas/")
    assert french_first["fr"].get_parent().pk == index.pk


def test_an_alias_is_listed_as_the_dutch_page(french_first, theme_index, home_page):
    index = french_first["index"]

    one_each = in_language(ThemeIndexPage.objects.all(), "fr")
    sections = children_in_language(Page.objects.all(), home_page, "fr")
    themes = children_in_language(ThemePage.objects.all(), theme_index, "fr")

    assert [page.pk for page in one_each] == [theme_index.pk]
    assert theme_index.pk in {page.pk for page in sections}
    assert index.pk not in {page.pk for page in sections}
    assert french_first["fr"].pk in {page.pk for page in themes}


def test_the_api_lists_no_alias_as_a_page_of_its_language(client, user, french_first):
    client.force_login(user)

    listed = client.get("/api/pages/", {"locale": "fr"}).json()["items"]
    everything = client.get("/api/pages/").json()["items"]

    assert [item["id"] for item in listed] == [french_first["fr"].pk]
    # Without ?locale the raw tree is listed, the aliases with it.
    assert french_first["index"].pk in {item["id"] for item in everything}


def test_an_alias_is_neither_offered_nor_followed(
    client, user, french_first, theme_index
):
    client = signed_in(client, user, "fr")

    response = client.get(theme_index.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert "pas encore traduite" in content
    assert 'name="language" value="en"' in content
    assert 'name="language" value="fr"' not in content
    assert f'href="{french_first["index"].url}"' not in content


def test_a_reader_on_an_alias_is_told_it_is_not_translated(
    client, user, french_first, theme_index
):
    client = signed_in(client, user, "fr")

    content = client.get(french_first["index"].url).content.decode()
    french_page = client.get(french_first["fr"].url).content.decode()

    assert '<html lang="fr"' in content
    assert "pas encore traduite" in content
    assert re.search(r'<header class="page-header" lang="nl">\s*<h1>Thema', content)
    # The switcher offers the Dutch page and its English translation.
    assert f'name="next" value="{theme_index.url}"' not in content  # current
    assert 'name="language" value="en"' in content
    # The French page below it is a translation; its breadcrumb to the
    # alias and its navigation (the Dutch theme index) say they are Dutch.
    assert "untranslated-notice" not in french_page
    assert 'lang="nl"' in card_of(french_page, french_first["index"].url)
    assert 'lang="nl"' in card_of(main_navigation(french_page), theme_index.url)


def test_an_alias_the_reader_may_not_see_answers_any_404(
    client, user, french_first, theme_index
):
    restriction = PageViewRestriction.objects.create(
        page=theme_index, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Alleen HR"))
    client = signed_in(client, user, "fr")
    alias = french_first["index"].url

    hidden = client.get(alias)
    nothing = client.get("/fr/bestaat-niet/")

    assert hidden.status_code == nothing.status_code == 404
    assert "untranslated-notice" not in hidden.content.decode()

    # The switcher of any 404 leads to the address asked for, in each
    # language.
    def shown(response, path):
        return re.sub(r'name="next" value="[^"]*"', "", as_shown(response, path))

    assert shown(hidden, alias) == shown(nothing, "/fr/bestaat-niet/")


def test_a_translated_alias_counts_as_a_translation(
    client, user, french_first, theme_index
):
    translated = translate(theme_index, "fr", {"Thema's": "Thèmes"})
    client = signed_in(client, user, "fr")

    assert translated.pk == french_first["index"].pk
    assert translated.alias_of_id is None
    assert translated.title == "Thèmes"
    one_each = in_language(ThemeIndexPage.objects.all(), "fr")
    assert [page.pk for page in one_each] == [translated.pk]
    assert client.get(theme_index.url).url == translated.url
    content = client.get(translated.url).content.decode()
    assert "untranslated-notice" not in content
    assert '<header class="page-header">' in content
