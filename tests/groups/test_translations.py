"""Groups in other languages: owners choose the languages, members translate
page by page on the front end (wagtail-localize underneath), translations
follow the Dutch pages, and a translation is exactly as private as its
group."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale, PageViewRestriction
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringSegment, StringTranslation

from cms.visibility import (
    can_view_page,
    confined_page_paths,
    visible_groups,
    visible_pages,
)
from groups import services
from groups.models import GroupPage, GroupWikiPage
from groups.translation import segments, statuses
from tests.cms.translating import translate
from tests.groups.factories import (
    add_member,
    add_wiki_page,
    group_index,
    make_group,
    offer,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_site(home_page):
    """The intranet in English: the home page translated (the group
    directory is translated when a group is first offered in English)."""
    group_index(home_page)
    translate(home_page, "en", {"Werkplek": "Werkplek"})
    return home_page


def english():
    return Locale.objects.get(language_code="en")


def form_data(page, code, texts: dict[str, str]) -> dict:
    """The translation form's fields, filled in for the Dutch texts given."""
    locale = Locale.objects.get(language_code=code)
    return {
        f"segment-{segment.pk}": texts.get(segment.source, segment.translation)
        for segment in segments(page, locale)
    }


def signed_in(client, user, language=None):
    if language:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
    client.force_login(user)
    return client


@pytest.fixture
def bikes(english_site, owner, member):
    """An open group offered in English, with a page 'Routes' (under it
    'Winter') written in Dutch."""
    group = make_group(english_site, owner, title="Fietsers", members=[member])
    routes = add_wiki_page(group, "Routes", "<p>De <b>beste</b> routes.</p>")
    winter = add_wiki_page(routes, "Winter", "<p>Rijden in de sneeuw.</p>")
    group = offer(group, owner, "en")
    return {"group": group, "routes": routes, "winter": winter}


def translate_in_browser(client, group, page, code, texts):
    url = reverse("groups:translate_page", args=[group.pk, page.pk, code])
    return client.post(url, form_data(page, code, texts))


# The owners' choice ----------------------------------------------------------


def test_a_group_is_not_translated_unless_its_owners_offer_the_language(
    english_site, owner
):
    group = make_group(english_site, owner, title="Verhuis")
    wiki = add_wiki_page(group, "Planning")

    for page in (group, wiki):
        with pytest.raises(PermissionDenied):
            page.copy_for_translation(english(), copy_parents=True)
    assert not GroupPage.objects.filter(locale=english()).exists()


def test_offering_a_language_makes_the_group_home_in_it(bikes):
    group = bikes["group"]
    translated = group.get_translation(english()).specific

    assert group.translation_languages == ["en"]
    assert translated.live
    assert translated.url.startswith("/en/")
    assert translated.title == "Fietsers"  # Dutch until a member translates it
    assert translated.member_role_id is None and translated.collection_id is None
    assert translated.original == group
    # The group directory came with it, as a translation for editors.
    assert group.get_parent().get_translation(english()).live


def test_only_owners_choose_the_languages(client, bikes, member):
    group = bikes["group"]
    response = signed_in(client, member).post(
        reverse("groups:settings", args=[group.pk]),
        {
            "title": group.title,
            "description": group.description,
            "visibility": "open",
            "translation_languages": ["fr"],
        },
    )

    assert response.status_code in (403, 404)
    group.refresh_from_db()
    assert group.translation_languages == ["en"]


def test_an_owner_offers_a_language_in_the_settings(client, english_site, owner):
    group = make_group(english_site, owner, title="Koor")
    response = signed_in(client, owner).post(
        reverse("groups:settings", args=[group.pk]),
        {
            "title": "Koor",
            "description": "We zingen.",
            "visibility": "open",
            "translation_languages": ["en"],
        },
    )

    assert response.status_code == 302
    group.refresh_from_db()
    assert group.translation_languages == ["en"]
    assert group.get_translation(english()).live


def test_a_language_without_a_home_page_is_refused_with_a_message(
    client, english_site, owner
):
    group = make_group(english_site, owner, title="Koor")
    with translation.override("fr"):  # the interface in French
        response = signed_in(client, owner).post(
            reverse("groups:settings", args=[group.pk]),
            {
                "title": "Koor",
                "description": "We zingen.",
                "visibility": "open",
                "translation_languages": ["fr"],
            },
        )

    assert response.status_code == 400
    content = response.content.decode()
    assert 'class="alert alert--error"' in content
    # The languages are named in the interface's language.
    assert "pas encore configuré en français" in content
    assert re.search(r'value="en"[^>]*>\s*Anglais</label>', content)
    group.refresh_from_db()
    assert group.translation_languages == []


def test_an_unknown_language_is_refused(client, english_site, owner):
    group = make_group(english_site, owner, title="Koor")
    response = signed_in(client, owner).post(
        reverse("groups:settings", args=[group.pk]),
        {
            "title": "Koor",
            "description": "We zingen.",
            "visibility": "open",
            "translation_languages": ["xx"],
        },
    )

    assert response.status_code == 400
    group.refresh_from_db()
    assert group.translation_languages == []


def test_taking_a_language_back_unpublishes_and_offering_it_again_restores(
    client, bikes, owner, member
):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    translate_in_browser(client, group, routes, "en", {"Routes": "Routes EN"})

    offer(group, owner)
    translated = routes.get_translation(english())
    translated.refresh_from_db()
    home = group.get_translation(english())

    assert not home.live and not translated.live
    assert client.get("/en/groepen/fietsers/").status_code == 404

    offer(GroupPage.objects.get(pk=group.pk), owner, "en")
    translated.refresh_from_db()
    assert translated.live and translated.title == "Routes EN"


# Translating -----------------------------------------------------------------


def test_a_member_translates_a_page_text_by_text(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    page_url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])

    form = client.get(page_url)
    response = translate_in_browser(
        client,
        group,
        routes,
        "en",
        {
            "Routes": "Routes to work",
            "De <b>beste</b> routes.": "The <b>best</b> routes.",
        },
    )

    assert form.status_code == 200
    assert "De <b>beste</b> routes." in form.content.decode() or (
        "De &lt;b&gt;beste&lt;/b&gt; routes." in form.content.decode()
    )
    translated = routes.get_translation(english()).specific
    assert response.status_code == 302
    assert response["Location"] == translated.url
    assert translated.live
    assert translated.title == "Routes to work"
    assert translated.slug == "routes-to-work"
    assert "The <b>best</b> routes." in translated.body
    assert translated.get_latest_revision().user == member
    # Its parent, the group's home, is a translation of its own.
    assert translated.get_parent().specific.original == group


def test_translating_a_nested_page_translates_the_pages_above_it(client, bikes, member):
    group, winter = bikes["group"], bikes["winter"]
    signed_in(client, member)

    translate_in_browser(client, group, winter, "en", {"Winter": "In winter"})

    translated = winter.get_translation(english())
    parent = translated.get_parent().specific
    assert parent.translation_key == bikes["routes"].translation_key
    assert parent.live and parent.alias_of_id is None
    assert parent.title == "Routes"  # Dutch until translated


def test_a_deleted_english_group_directory_is_made_again_on_translating(
    client, bikes, member
):
    group, routes = bikes["group"], bikes["routes"]
    group.get_parent().get_translation(english()).delete()
    assert group.get_translation_or_none(english()) is None

    signed_in(client, member)
    response = translate_in_browser(client, group, routes, "en", {"Routes": "Rides"})

    assert response.status_code == 302
    translated = routes.get_translation(english()).specific
    assert translated.live and translated.title == "Rides"
    assert group.get_parent().get_translation(english()).live


def test_translating_into_a_language_the_intranet_lost_is_refused_with_a_message(
    client, bikes, member, english_site
):
    group, routes = bikes["group"], bikes["routes"]
    english_site.get_translation(english()).delete()

    signed_in(client, member)
    with translation.override("en"):  # the interface in English
        response = translate_in_browser(
            client, group, routes, "en", {"Routes": "Rides"}
        )

    assert response.status_code == 400
    assert "first translates the home page" in response.content.decode()
    assert routes.get_translation_or_none(english()) is None


def test_outsiders_and_readers_may_not_translate(client, bikes, outsider):
    group, routes = bikes["group"], bikes["routes"]
    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])

    response = signed_in(client, outsider).post(url, {})

    assert response.status_code in (403, 404)
    assert routes.get_translation_or_none(english()) is None


def test_a_language_the_group_does_not_offer_answers_404(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "fr"])

    assert signed_in(client, member).get(url).status_code == 404


def test_a_translation_with_foreign_markup_is_refused_with_a_message(
    client, bikes, member
):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)

    response = translate_in_browser(
        client,
        group,
        routes,
        "en",
        {"De <b>beste</b> routes.": "The <script>alert(1)</script> routes."},
    )

    assert response.status_code == 400
    assert 'class="errorlist' in response.content.decode()
    assert routes.get_translation_or_none(english()) is None
    assert not StringTranslation.objects.filter(
        locale=english(), context__object_id=routes.translation_key
    ).exists()


def test_a_link_id_the_dutch_text_does_not_have_is_refused(client, bikes, member):
    group = bikes["group"]
    page = add_wiki_page(
        group, "Links", '<p>Zie <a href="https://example.org">de kaart</a>.</p>'
    )
    signed_in(client, member)

    response = translate_in_browser(
        client,
        group,
        page,
        "en",
        {'Zie <a id="a1">de kaart</a>.': 'See <a id="a7">the map</a>.'},
    )

    assert response.status_code == 400
    assert page.get_translation_or_none(english()) is None


def test_a_translated_link_keeps_its_address(client, bikes, member):
    group = bikes["group"]
    page = add_wiki_page(
        group, "Links", '<p>Zie <a href="https://example.org/kaart">de kaart</a>.</p>'
    )
    signed_in(client, member)

    translate_in_browser(
        client,
        group,
        page,
        "en",
        {'Zie <a id="a1">de kaart</a>.': 'See <a id="a1">the map</a>.'},
    )

    body = page.get_translation(english()).specific.body
    assert 'href="https://example.org/kaart"' in body
    assert "the map" in body


def test_an_overlong_title_is_refused(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)

    response = translate_in_browser(client, group, routes, "en", {"Routes": "x" * 300})

    assert response.status_code == 400
    assert routes.get_translation_or_none(english()) is None


def test_markup_in_a_title_is_refused(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)

    for title in ["<b>Routes</b>", "Routes</b", "<!-- Routes -->", "<?Routes"]:
        with translation.override("en"):  # the interface in English
            response = translate_in_browser(
                client, group, routes, "en", {"Routes": title}
            )

        assert response.status_code == 400, title
        assert "Plain text only" in response.content.decode()
    assert routes.get_translation_or_none(english()) is None


def test_a_less_than_sign_in_a_title_is_plain_text(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)

    page = translate_in_browser(client, group, routes, "en", {"Routes": "a < b"})
    name = translate_in_browser(client, group, group, "en", {"Fietsers": "2 <3"})

    assert page.status_code == name.status_code == 302
    assert routes.get_translation(english()).title == "a < b"
    assert group.get_translation(english()).title == "2 <3"


def test_the_form_shows_the_real_limits_of_the_texts(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)

    def limits(page) -> dict[str, str]:
        url = reverse("groups:translate_page", args=[group.pk, page.pk, "en"])
        content = client.get(url).content.decode()
        found = {}
        for segment in segments(page, english()):
            field = re.search(rf'<[^>]*name="segment-{segment.pk}"[^>]*>', content)
            maxlength = re.search(r'maxlength="(\d+)"', field.group(0))
            found[segment.path] = maxlength.group(1) if maxlength else None
        return found

    assert limits(group) == {"title": "120", "description": "500"}
    assert limits(routes)["title"] == "255"


def test_a_translated_group_name_keeps_to_the_length_of_group_names(
    client, bikes, member
):
    group = bikes["group"]
    signed_in(client, member)

    with translation.override("en"):  # the interface in English
        too_long = translate_in_browser(
            client, group, group, "en", {"Fietsers": "x" * 121}
        )
        fits = translate_in_browser(client, group, group, "en", {"Fietsers": "x" * 120})

    assert too_long.status_code == 400
    assert "At most 120 characters." in too_long.content.decode()
    assert fits.status_code == 302
    assert group.get_translation(english()).title == "x" * 120


def test_texts_left_out_of_the_form_keep_their_translation(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    translate_in_browser(
        client,
        group,
        routes,
        "en",
        {"Routes": "Routes EN", "De <b>beste</b> routes.": "The <b>best</b> routes."},
    )
    title = next(s for s in segments(routes, english()) if s.source == "Routes")
    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])

    response = client.post(url, {f"segment-{title.pk}": "Rides"})

    assert response.status_code == 302
    translated = routes.get_translation(english()).specific
    assert translated.title == "Rides"
    assert "The <b>best</b> routes." in translated.body


def test_a_text_translated_meanwhile_is_not_overwritten_unseen(
    client, bikes, member, owner
):
    group, routes = bikes["group"], bikes["routes"]
    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])
    # Both open the form while nothing is translated yet.
    shown = {f"shown-{s.pk}": s.translation for s in segments(routes, english())}
    title = next(s for s in segments(routes, english()) if s.source == "Routes")
    field = f"segment-{title.pk}"
    signed_in(client, owner).post(url, {**shown, field: "Cycle routes"})

    late = signed_in(client, member).post(url, {**shown, field: "Bike routes"})

    assert late.status_code == 400
    assert "Cycle routes" in late.content.decode()
    assert routes.get_translation(english()).title == "Cycle routes"
    # Saving again, now having seen the other text, replaces it.
    again = {f"shown-{s.pk}": s.translation for s in segments(routes, english())}
    assert client.post(url, {**again, field: "Bike routes"}).status_code == 302
    assert routes.get_translation(english()).title == "Bike routes"


def test_a_translation_taken_back_meanwhile_is_said_so(client, bikes, member, owner):
    group, routes = bikes["group"], bikes["routes"]
    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])
    title = next(s for s in segments(routes, english()) if s.path == "title")
    field, shown = f"segment-{title.pk}", f"shown-{title.pk}"
    signed_in(client, owner).post(url, {shown: "", field: "Cycle routes"})
    # The member opens the form now; the owner then takes the title back.
    client.post(url, {shown: "Cycle routes", field: ""})
    assert routes.get_translation(english()).title == "Routes"

    with translation.override("en"):  # the interface in English
        late = signed_in(client, member).post(
            reverse("groups:translate_page", args=[group.pk, routes.pk, "en"]),
            {shown: "Cycle routes", field: "Bike routes"},
        )

    content = late.content.decode()
    assert late.status_code == 400
    assert "took the translation of this text back" in content
    assert "“”" not in content
    assert routes.get_translation(english()).title == "Routes"


def test_translations_of_a_group_are_saved_one_at_a_time(client, bikes, member):
    # The check of what was translated meanwhile reads the texts after
    # taking the group's row lock, so two saves cannot both pass it.
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)

    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])
    data = form_data(routes, "en", {"Routes": "Rides"})

    with CaptureQueriesContext(connection) as queries:
        response = client.post(url, data)

    assert response.status_code == 302
    sql = [query["sql"] for query in queries.captured_queries]
    locks = [
        i
        for i, q in enumerate(sql)
        if f'FROM "wagtailcore_page" WHERE "wagtailcore_page"."id" = {group.pk} ' in q
        and q.endswith("FOR UPDATE")
    ]
    reads = [i for i, q in enumerate(sql) if "wagtail_localize_stringtranslation" in q]
    assert locks and reads and locks[0] < min(reads)


def test_an_unchanged_text_sent_back_does_not_undo_a_newer_one(
    client, bikes, member, owner
):
    group, routes = bikes["group"], bikes["routes"]
    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])
    shown = {f"shown-{s.pk}": s.translation for s in segments(routes, english())}
    fields = {f"segment-{s.pk}": s.translation for s in segments(routes, english())}
    title = next(s for s in segments(routes, english()) if s.source == "Routes")
    signed_in(client, owner).post(
        url, {**shown, **fields, f"segment-{title.pk}": "Cycle routes"}
    )

    # The member's form, shown before, sends the title back untouched.
    response = signed_in(client, member).post(url, {**shown, **fields})

    assert response.status_code == 302
    assert routes.get_translation(english()).title == "Cycle routes"


def test_a_page_taken_offline_is_not_translated_nor_put_back_online(
    client, bikes, owner, member
):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    translate_in_browser(client, group, routes, "en", {"Routes": "Routes EN"})
    routes.unpublish()
    translated = routes.get_translation(english())
    translated.refresh_from_db()
    assert not translated.live

    url = reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])
    assert client.get(url).status_code == 404
    assert client.post(url, form_data(routes, "en", {})).status_code == 404
    # Taking English back and offering it again leaves it offline too.
    offer(group, owner)
    offer(GroupPage.objects.get(pk=group.pk), owner, "en")
    translated.refresh_from_db()
    assert not translated.live
    assert group.get_translation(english()).live


def test_a_translated_group_home_tells_members_what_waits(client, bikes, member):
    group = bikes["group"]
    signed_in(client, member)

    content = client.get(group.get_translation(english()).url).content.decode()

    assert "not translated yet" in content
    assert reverse("groups:translate_page", args=[group.pk, group.pk, "en"]) in content


# Synchronisation and what is out of date ------------------------------------


def test_a_change_of_the_dutch_page_reaches_the_translation(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    translate_in_browser(
        client,
        group,
        routes,
        "en",
        {"Routes": "Routes EN", "De <b>beste</b> routes.": "The <b>best</b> routes."},
    )

    client.post(
        reverse("groups:edit_page", args=[group.pk, routes.pk]),
        {
            "title": "Routes",
            "body": "<p>De <b>beste</b> routes.</p><p>Nieuw: de ring.</p>",
        },
    )

    translated = routes.get_translation(english()).specific
    status = statuses(group, [routes])[routes.pk]["en"]
    assert "The <b>best</b> routes." in translated.body
    assert "Nieuw: de ring." in translated.body  # Dutch until translated
    assert (status.total, status.done, status.waiting) == (3, 2, 1)
    assert not status.up_to_date

    # The member translates the new text: up to date again.
    translate_in_browser(
        client, group, routes, "en", {"Nieuw: de ring.": "New: the ring."}
    )
    translated = routes.get_translation(english()).specific
    assert "New: the ring." in translated.body
    assert statuses(group, [routes])[routes.pk]["en"].up_to_date


def test_the_overview_shows_what_waits_per_page_and_language(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    translate_in_browser(client, group, routes, "en", {"Routes": "Routes EN"})

    signed_in(client, member, "en")
    response = client.get(reverse("groups:translations", args=[group.pk]), follow=True)
    content = response.content.decode()

    assert response.status_code == 200
    assert "1 text waiting" in content  # Routes: its body
    assert "Not translated" in content  # Winter
    assert (
        reverse("groups:translate_page", args=[group.pk, bikes["winter"].pk, "en"])
        in content
    )


def test_the_overview_takes_a_fixed_number_of_queries(client, bikes, member):
    group = bikes["group"]
    signed_in(client, member)
    url = reverse("groups:translations", args=[group.pk])

    def queries_with(pages: int) -> int:
        for number in range(pages):
            add_wiki_page(group, f"Pagina {number}-{pages}")
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200
        return len(queries)

    client.get(url)  # the first request also makes the reader's profile
    assert queries_with(2) == queries_with(12)


def test_a_translated_page_tells_readers_what_shows_in_dutch(
    client, bikes, member, user
):
    group, routes = bikes["group"], bikes["routes"]
    translate_in_browser(
        signed_in(client, member), group, routes, "en", {"Routes": "Routes EN"}
    )

    content = (
        signed_in(client, user, "en")
        .get(routes.get_translation(english()).url)
        .content.decode()
    )

    assert "not translated yet" in content
    original = f"{routes.url}?original"
    # The link's text is in the reader's language; what it leads to is Dutch.
    assert f'href="{original}" hreflang="nl">Read the Dutch original' in content
    # The English reader reads the original there, not the translation again.
    dutch = client.get(original)
    assert dutch.status_code == 200
    assert "De <b>beste</b> routes." in dutch.content.decode()
    assert client.get(routes.url).status_code == 302  # without it: the translation


# Reading ---------------------------------------------------------------------


def test_an_english_reader_reads_the_group_in_english(client, bikes, member, user):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    translate_in_browser(
        client,
        group,
        group,
        "en",
        {"Fietsers": "Cyclists", "Over Fietsers.": "About cyclists."},
    )
    translate_in_browser(client, group, routes, "en", {"Routes": "Routes to work"})
    home = group.get_translation(english())
    signed_in(client, user, "en")

    followed = client.get(group.url)
    content = client.get(home.url).content.decode()
    directory = client.get(group.get_parent().get_translation(english()).url)

    assert followed.status_code == 302 and followed["Location"] == home.url
    assert "Cyclists" in content and "About cyclists." in content
    assert "Routes to work" in content
    # The directory in English lists the same groups, in English where translated.
    assert "Cyclists" in directory.content.decode()
    assert directory.content.decode().count("Cyclists") >= 1
    assert "Fietsers</a>" not in directory.content.decode()


@pytest.fixture
def cooking(client, english_site, owner, member):
    """The group 'Kookclub Smakelijk', translated into English as 'Cooking
    Club Enjoy'."""
    group = make_group(
        english_site, owner, title="Kookclub Smakelijk", members=[member]
    )
    group = offer(group, owner, "en")
    translate_in_browser(
        signed_in(client, member),
        group,
        group,
        "en",
        {
            "Kookclub Smakelijk": "Cooking Club Enjoy",
            "Over Kookclub Smakelijk.": "We cook together.",
        },
    )
    client.logout()
    return group


def test_the_directory_finds_a_group_by_its_translated_name(client, cooking, user):
    directory = cooking.get_parent().get_translation(english()).url
    signed_in(client, user, "en")

    def found(query) -> list[str]:
        content = client.get(directory, {"q": query}).content.decode()
        return re.findall(r'<h2 class="card__title"><a [^>]*>([^<]*)</a>', content)

    assert found("cooking") == ["Cooking Club Enjoy"]
    assert found("together") == ["Cooking Club Enjoy"]
    assert found("kookclub") == ["Cooking Club Enjoy"]
    # A word in both names, and a word of each: the group comes once.
    assert found("club") == ["Cooking Club Enjoy"]
    assert found("cooking smakelijk") == ["Cooking Club Enjoy"]
    assert found("baking") == []


def test_the_api_finds_a_group_by_its_translated_name(client, cooking, user):
    signed_in(client, user)

    def found(query) -> list[int]:
        return [
            item["id"]
            for item in client.get("/api/groups/", {"q": query}).json()["items"]
        ]

    assert found("cooking") == found("club") == found("kookclub") == [cooking.pk]
    assert found("baking") == []


def test_my_groups_names_each_group_in_the_readers_language(client, bikes, member):
    group = bikes["group"]
    translate_in_browser(
        signed_in(client, member), group, group, "en", {"Fietsers": "Cyclists"}
    )
    other = make_group(group.get_parent().get_parent(), title="Koor", members=[member])

    # The Dutch address leads a reader of English to the English one.
    response = signed_in(client, member, "en").get(reverse("groups:mine"), follow=True)
    text = response.content.decode()

    home = group.get_translation(english())
    assert f'<a href="{home.url}">Cyclists</a>' in text
    assert "Fietsers" not in text
    # A group not offered in English keeps its name, marked as Dutch.
    assert f'<h3 class="card__title" lang="nl"><a href="{other.url}">Koor' in text


def test_a_page_not_translated_is_listed_in_dutch_on_the_english_home(
    client, bikes, member, user
):
    group = bikes["group"]
    extra = add_wiki_page(group, "Agenda")

    content = (
        signed_in(client, user, "en")
        .get(group.get_translation(english()).url)
        .content.decode()
    )

    assert extra.url in content
    # Listed in Dutch, and marked as such for screen readers.
    assert f'<li lang="nl"><a href="{extra.url}"' in content


def test_language_names_read_in_the_interface_language(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    signed_in(client, member)
    headings = {
        "nl": ("Vertalen naar het Engels", "Engels"),
        "en": ("Translate into English", "English"),
        "fr": ("Traduire en anglais", "Anglais"),
    }

    for language, (heading, column) in headings.items():
        with translation.override(language):  # the interface in that language
            form = client.get(
                reverse("groups:translate_page", args=[group.pk, routes.pk, "en"])
            )
            tab = client.get(reverse("groups:translations", args=[group.pk]))
        assert heading in form.content.decode(), language
        assert f'<th scope="col">{column}</th>' in tab.content.decode(), language


def test_members_posts_and_documents_are_the_groups(client, bikes, member, owner):
    group = bikes["group"]
    services.write_post(owner, group, body="Zondag fietsen we naar zee.")

    content = (
        signed_in(client, member, "en")
        .get(group.get_translation(english()).url)
        .content.decode()
    )

    assert "Zondag fietsen we naar zee." in content
    assert reverse("groups:members", args=[group.pk]) in content
    assert GroupPage.objects.originals().filter(title="Fietsers").count() == 1


def test_the_group_id_of_a_translation_is_not_a_group(client, bikes, member):
    home = bikes["group"].get_translation(english())

    response = signed_in(client, member).get(reverse("groups:members", args=[home.pk]))

    assert response.status_code == 404


# Privacy ---------------------------------------------------------------------


@pytest.fixture
def secret(english_site, owner, member):
    group = make_group(
        english_site,
        owner,
        title="Reorganisatie",
        visibility="secret",
        members=[member],
    )
    page = add_wiki_page(group, "Plannen", "<p>Vertrouwelijk.</p>")
    group = offer(group, owner, "en")
    services.apply_visibility(group)
    return {"group": group, "page": page}


def test_a_secret_groups_translation_is_closed_to_outsiders(
    client, secret, member, outsider
):
    group, page = secret["group"], secret["page"]
    translate_in_browser(
        signed_in(client, member), group, page, "en", {"Plannen": "Plans"}
    )
    home = group.get_translation(english()).specific
    translated = page.get_translation(english()).specific

    restriction = PageViewRestriction.objects.get(page=home)
    assert list(restriction.groups.all()) == [group.member_role]
    assert can_view_page(member, translated)
    assert not can_view_page(outsider, translated)
    assert not visible_pages(outsider, GroupWikiPage.objects.all()).filter(
        pk=translated.pk
    )
    assert not visible_groups(outsider, GroupPage.objects.all()).filter(pk=home.pk)
    assert visible_groups(member, GroupPage.objects.all()).filter(pk=home.pk)
    signed_in(client, outsider, "en")
    assert client.get(home.url).status_code == 404
    assert client.get(translated.url).status_code == 404
    assert client.get("/api/pages/", {"locale": "en"}).json()["count"] >= 0
    listed = client.get("/api/pages/", {"locale": "en"}).content.decode()
    assert "Plans" not in listed


def test_an_old_address_of_a_translation_gives_nothing_away(
    client, secret, member, outsider, django_capture_on_commit_callbacks
):
    group, page = secret["group"], secret["page"]
    signed_in(client, member)
    translate_in_browser(client, group, page, "en", {"Plannen": "Calendar"})
    old_url = page.get_translation(english()).url
    # Wagtail keeps a redirect from the old address once the change commits.
    with django_capture_on_commit_callbacks(execute=True):
        translate_in_browser(client, group, page, "en", {"Plannen": "Secret plans"})
    new_url = page.get_translation(english()).url

    followed = client.get(old_url)
    signed_in(client, outsider, "en")
    withheld = client.get(old_url)

    assert old_url != new_url
    assert followed.status_code == 301 and followed["Location"] == new_url
    assert withheld.status_code == 404
    assert "secret-plans" not in withheld.content.decode()


def test_a_secret_groups_translated_name_finds_nothing_for_outsiders(
    client, secret, member, outsider
):
    group = secret["group"]
    translate_in_browser(
        signed_in(client, member),
        group,
        group,
        "en",
        {"Reorganisatie": "Restructuring", "Over Reorganisatie.": "Who goes where."},
    )
    directory = group.get_parent().get_translation(english()).url

    def found(reader) -> tuple[str, list]:
        signed_in(client, reader, "en")
        content = client.get(directory, {"q": "restructuring"}).content.decode()
        listed = client.get("/api/groups/", {"q": "restructuring"}).json()["items"]
        return content, [item["id"] for item in listed]

    content, listed = found(outsider)
    assert "Restructuring" not in content and listed == []
    content, listed = found(member)
    assert "Restructuring" in content and listed == [group.pk]


def test_a_closed_groups_landing_is_titled_in_the_language_shown(
    client, english_site, owner, member, outsider
):
    group = make_group(
        english_site,
        owner,
        title="Begroting 2027",
        visibility="closed",
        members=[member],
    )
    group = offer(group, owner, "en")
    translate_in_browser(
        signed_in(client, member), group, group, "en", {"Begroting 2027": "Budget 2027"}
    )

    content = (
        signed_in(client, outsider, "en")
        .get(group.get_translation(english()).url)
        .content.decode()
    )

    assert "<title>Budget 2027 · Werkplek</title>" in content
    assert "Budget 2027</a></h1>" in content
    assert "Ask to join" in content


@pytest.fixture
def tasty(client, english_site, owner, member):
    """The closed group 'Kookclub Smakelijk', translated into English as
    'Cooking club Tasty', with a page 'Recepten' translated as 'Recipes'."""
    group = make_group(
        english_site,
        owner,
        title="Kookclub Smakelijk",
        visibility="closed",
        members=[member],
    )
    recipes = add_wiki_page(group, "Recepten", "<p>Onze recepten.</p>")
    group = offer(group, owner, "en")
    signed_in(client, member)
    translate_in_browser(
        client,
        group,
        group,
        "en",
        {
            "Kookclub Smakelijk": "Cooking club Tasty",
            "Over Kookclub Smakelijk.": "We cook together.",
        },
    )
    translate_in_browser(client, group, recipes, "en", {"Recepten": "Recipes"})
    client.logout()
    return {"group": group, "recipes": recipes}


def _heading(content: str) -> str:
    return re.search(r"<h1[^>]*>.*?</h1>", content, re.S).group(0)


def test_a_reader_outside_a_closed_group_is_sent_to_its_landing_in_their_language(
    client, tasty, outsider
):
    group = tasty["group"]
    home = group.get_translation(english())
    signed_in(client, outsider, "en")

    sent = client.get(group.url)
    content = client.get(home.url).content.decode()

    # As members are: the landing shows nothing that is for members only.
    assert sent.status_code == 302 and sent["Location"] == home.url
    assert "<title>Cooking club Tasty · Werkplek</title>" in content
    assert "Cooking club Tasty</a></h1>" in content
    assert "We cook together." in content and "Kookclub" not in content
    assert "Ask to join" in content and "Onze recepten" not in content
    # The landing is there in both languages, so the switcher offers both.
    assert 'class="language-switcher"' in content
    assert f'value="{group.url}"' in content


def test_the_original_of_a_closed_groups_landing_is_the_dutch_one(
    client, tasty, outsider
):
    group = tasty["group"]
    signed_in(client, outsider, "en")

    response = client.get(group.url, {"original": ""})
    content = response.content.decode()

    assert response.status_code == 200
    assert '<html lang="en">' in content  # the reader's interface
    assert "<title>Kookclub Smakelijk · Werkplek</title>" in content
    heading = _heading(content)
    assert 'lang="nl"' in heading and "Kookclub Smakelijk</a>" in heading
    assert "Over Kookclub Smakelijk." in content
    assert "Cooking club Tasty" not in content and "We cook together." not in content
    assert "Ask to join" in content


def test_a_closed_group_in_dutch_only_shows_its_landing_with_the_notice(
    client, english_site, owner, outsider
):
    group = make_group(english_site, owner, title="Schaakclub", visibility="closed")

    content = signed_in(client, outsider, "en").get(group.url).content.decode()

    assert "Schaakclub</a></h1>" in content and "Ask to join" in content
    assert "untranslated-notice" in content


def test_the_landing_opens_nothing_of_a_closed_groups_content(
    client, tasty, member, outsider
):
    group, recipes = tasty["group"], tasty["recipes"]
    translated = recipes.get_translation(english())
    signed_in(client, outsider, "en")

    assert client.get(recipes.url).status_code == 404
    assert client.get(recipes.url, {"original": ""}).status_code == 404
    assert client.get(translated.url).status_code == 404
    assert not can_view_page(outsider, group.get_translation(english()))
    assert not visible_pages(outsider, GroupWikiPage.objects.all()).exists()
    assert (
        signed_in(client, member, "en").get(recipes.url)["Location"] == translated.url
    )


def _without_tokens(content: str) -> str:
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", content)


def test_a_secret_groups_landing_is_missing_for_outsiders_in_every_language(
    client, secret, member, outsider
):
    group = secret["group"]
    translate_in_browser(
        signed_in(client, member), group, group, "en", {"Reorganisatie": "Shuffle"}
    )
    home = group.get_translation(english())
    cases = [
        (group.url, {}, "/groepen/bestaat-niet/"),
        (group.url, {"original": ""}, "/groepen/bestaat-niet/"),
        (home.url, {}, "/en/groepen/bestaat-niet/"),
    ]

    for language in ("nl", "en", "fr"):
        # A new session: it keeps a copy of the reader's language.
        client = signed_in(Client(), outsider, language)
        for url, query, missing in cases:
            response = client.get(url, query)
            nothing = client.get(missing, query)
            assert response.status_code == nothing.status_code == 404, (url, language)
            content = _without_tokens(response.content.decode())
            for slug in (group.slug, home.slug):
                content = content.replace(slug, "bestaat-niet")
            assert content == _without_tokens(nothing.content.decode()), (url, language)
            assert "Shuffle" not in content and "Reorganisatie" not in content


def test_opening_and_closing_the_group_reaches_its_translations(
    client, secret, owner, member, outsider
):
    group, page = secret["group"], secret["page"]
    translate_in_browser(
        signed_in(client, member), group, page, "en", {"Plannen": "Plans"}
    )
    translated = page.get_translation(english()).specific

    group = services.update_group(
        owner,
        group,
        title=group.title,
        description=group.description,
        visibility="open",
    )
    assert can_view_page(outsider, translated)
    assert group.get_translation(english()).specific.visibility == "open"

    services.update_group(
        owner,
        group,
        title=group.title,
        description=group.description,
        visibility="closed",
    )
    assert not can_view_page(outsider, translated)
    assert (
        GroupPage.objects.get(pk=group.get_translation(english()).pk).visibility
        == "closed"
    )


def test_an_external_partner_reads_the_translations_of_their_groups(
    client, bikes, member, external
):
    group, routes = bikes["group"], bikes["routes"]
    add_member(group, external)
    translate_in_browser(
        signed_in(client, member), group, routes, "en", {"Routes": "Ways"}
    )
    translated = routes.get_translation(english())
    other = make_group(group.get_parent().get_parent(), title="Anders")

    paths = confined_page_paths(external)

    assert group.path in paths and group.get_translation(english()).path in paths
    assert other.path not in paths
    assert can_view_page(external, translated)
    assert signed_in(client, external, "en").get(translated.url).status_code == 200


def test_leaving_the_group_closes_its_translations(client, secret, member):
    group, page = secret["group"], secret["page"]
    translate_in_browser(
        signed_in(client, member), group, page, "en", {"Plannen": "Plans"}
    )
    translated = page.get_translation(english())
    services.leave(member, group)

    member.refresh_from_db()
    for attribute in [a for a in vars(member) if a.startswith("_werkplek")]:
        delattr(member, attribute)
    assert not can_view_page(member, translated)


def test_deleting_a_dutch_page_deletes_its_translations(client, bikes, member):
    group, routes = bikes["group"], bikes["routes"]
    translate_in_browser(
        signed_in(client, member), group, routes, "en", {"Routes": "Ways"}
    )
    translated_pk = routes.get_translation(english()).pk

    routes.delete()

    assert not GroupWikiPage.objects.filter(pk=translated_pk).exists()


def test_the_string_segments_belong_to_the_dutch_page(bikes):
    routes = bikes["routes"]
    found = segments(routes, english())

    assert [segment.source for segment in found] == [
        "Routes",
        "De <b>beste</b> routes.",
    ]
    assert StringSegment.objects.filter(context__path="slug").exists()


def test_the_api_lists_each_group_once_by_its_own_id(client, bikes, member):
    group = bikes["group"]
    home = group.get_translation(english())
    signed_in(client, member)

    listed = client.get("/api/groups/").json()["items"]

    assert [item["id"] for item in listed] == [group.pk]
    assert client.get(f"/api/groups/{group.pk}/").status_code == 200
    assert client.get(f"/api/groups/{home.pk}/").status_code == 404


def test_the_api_gives_a_group_in_the_requests_language(client, tasty, outsider):
    group = tasty["group"]
    home = group.get_translation(english())
    signed_in(client, outsider)

    def answers(language) -> tuple[dict, dict]:
        headers = {"Accept-Language": language}
        listed = client.get("/api/groups/", {"q": "Tasty"}, headers=headers).json()
        detail = client.get(f"/api/groups/{group.pk}/", headers=headers).json()
        return listed["items"], detail

    items, detail = answers("en")
    assert [item["id"] for item in items] == [group.pk] and detail["id"] == group.pk
    for answer in (items[0], detail):
        assert answer["title"] == "Cooking club Tasty"
        assert answer["description"] == "We cook together."
        assert answer["url"] == home.url
    items, detail = answers("nl")
    for answer in (items[0], detail):
        assert answer["title"] == "Kookclub Smakelijk"
        assert answer["description"] == "Over Kookclub Smakelijk."
        assert answer["url"] == group.url
    # A language the group is not offered in: the Dutch group.
    assert answers("fr")[1]["title"] == "Kookclub Smakelijk"
