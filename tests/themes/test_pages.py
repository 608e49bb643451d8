"""Theme and news pages render their blocks and respect visibility."""

import datetime

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.people.factories import OrganisationFactory, UserFactory, person_for
from tests.themes.factories import NewsPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


def test_theme_page_renders_every_block(staff_client, theme_index):
    contact = person_for(
        UserFactory(first_name="Lotte", last_name="Peeters"), job_title="Payroll"
    )
    body = [
        ("heading", {"text": "Hoe vraag je verlof aan?", "level": "h2"}),
        ("paragraph", "<p>Via de <b>tijdsregistratie</b>.</p>"),
        ("contact_person", {"person": contact, "role": "Vragen over verlof"}),
        ("call_to_action", {"label": "Naar de tijdsregistratie",
                            "url": "https://tijd.example/", "page": None}),
        ("faq", {"title": "Veelgestelde vragen", "items": [
            {"question": "Hoeveel dagen heb ik?", "answer": "<p>Dertig.</p>"}]}),
        ("documents", {"title": "Formulieren", "documents": []}),
    ]  # fmt: skip
    page = ThemePageFactory(parent=theme_index, title="Verlof", body=body)

    response = staff_client.get(page.url)

    assert response.status_code == 200
    for text in ["Hoe vraag je verlof aan?", "tijdsregistratie", "Lotte Peeters",
                 "Vragen over verlof", "https://tijd.example/", "Hoeveel dagen heb ik?",
                 "Dertig."]:  # fmt: skip
        assert text in response.content.decode()


def test_call_to_action_needs_exactly_one_target():
    from wagtail.blocks import StructBlockValidationError

    from themes.blocks import CallToActionBlock

    block = CallToActionBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"label": "Ga", "page": None, "url": ""}))
    assert block.clean(block.to_python({"label": "Ga", "url": "https://a.example/"}))


def test_subthemes_hide_drafts_and_restricted_pages(staff_client, theme_index, user):
    parent = ThemePageFactory(parent=theme_index, title="ICT")
    ThemePageFactory(parent=parent, title="Wachtwoord")
    ThemePageFactory(parent=parent, title="Concept VPN", live=False)
    admins = ThemePageFactory(parent=parent, title="Serverbeheer")
    group = Group.objects.create(name="ICT-beheer")
    restriction = PageViewRestriction.objects.create(
        page=admins, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(group)

    response = staff_client.get(parent.url)

    assert [p.title for p in response.context["subthemes"]] == ["Wachtwoord"]
    assert staff_client.get(admins.url).status_code != 200
    user.groups.add(group)
    titles = [p.title for p in staff_client.get(parent.url).context["subthemes"]]
    assert titles == ["Serverbeheer", "Wachtwoord"]


def test_theme_index_lists_top_level_themes(staff_client, theme_index):
    ThemePageFactory(parent=theme_index, title="Mobiliteit")
    ThemePageFactory(parent=theme_index, title="HR en verloning")

    response = staff_client.get(theme_index.url)

    assert [p.title for p in response.context["themes"]] == [
        "HR en verloning",
        "Mobiliteit",
    ]


def test_news_page_and_index(staff_client, news_index):
    police = OrganisationFactory(name="Politiezone", slug="politie")
    item = NewsPageFactory(
        parent=news_index,
        title="Nieuwe fietsenstalling",
        date=datetime.date(2026, 10, 1),
        target_organisations=[police],
    )

    page = staff_client.get(item.url)
    index = staff_client.get(news_index.url)

    assert page.status_code == 200
    assert "Politiezone" in page.content.decode()
    assert [p.title for p in index.context["news_page"]] == ["Nieuwe fietsenstalling"]


def test_news_index_filters_by_organisation(staff_client, news_index):
    police = OrganisationFactory(name="Politiezone", slug="politie")
    NewsPageFactory(parent=news_index, title="Iedereen")
    NewsPageFactory(parent=news_index, title="Politie", target_organisations=[police])
    NewsPageFactory(
        parent=news_index,
        title="Stad",
        target_organisations=[OrganisationFactory(slug="stad")],
    )

    response = staff_client.get(news_index.url, {"organisation": "politie"})

    assert {p.title for p in response.context["news_page"]} == {"Iedereen", "Politie"}


def test_unknown_page_number_is_not_an_error(staff_client, news_index):
    assert staff_client.get(news_index.url, {"page": "zz"}).status_code == 200


def test_a_preview_neither_reads_nor_leaves_cached_bodies(staff_client, theme_index):
    page = ThemePageFactory(
        parent=theme_index, body=[("paragraph", "<p>Gepubliceerde tekst.</p>")]
    )
    assert "Gepubliceerde tekst." in staff_client.get(page.url).content.decode()

    draft = page.get_latest_revision_as_object()
    draft.body = [("paragraph", "<p>Geheim concept.</p>")]
    preview = draft.make_preview_request()
    preview.render()

    assert "Geheim concept." in preview.content.decode()
    assert "Gepubliceerde tekst." not in preview.content.decode()
    reader = staff_client.get(page.url).content.decode()
    assert "Geheim concept." not in reader
    assert "Gepubliceerde tekst." in reader


def test_cached_sub_themes_are_never_served_to_a_reader_who_may_not_see_them(
    client, theme_index, user
):
    board = Group.objects.create(name="Directieraad")
    theme = ThemePageFactory(parent=theme_index, title="Personeel")
    secret = ThemePageFactory(parent=theme, title="Ontslagdossiers")
    ThemePageFactory(parent=secret, title="Procedure")
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(board)
    member = person_for().user
    member.groups.add(board)

    client.force_login(member)
    assert "Ontslagdossiers" in client.get(theme.url).content.decode()
    client.force_login(user)
    assert "Ontslagdossiers" not in client.get(theme.url).content.decode()


def test_cached_sub_themes_follow_publishing(staff_client, theme_index):
    theme = ThemePageFactory(parent=theme_index, title="Mobiliteit")
    later = ThemePageFactory(parent=theme, title="Fietsvergoeding", live=False)
    assert "Fietsvergoeding" not in staff_client.get(theme.url).content.decode()

    later.save_revision().publish()

    assert "Fietsvergoeding" in staff_client.get(theme.url).content.decode()


def test_a_news_preview_neither_reads_nor_leaves_the_cached_item(
    staff_client, news_index
):
    item = NewsPageFactory(parent=news_index, intro="Gepubliceerde inleiding.")
    assert "Gepubliceerde inleiding." in staff_client.get(item.url).content.decode()

    draft = item.get_latest_revision_as_object()
    draft.intro = "Geheime inleiding."
    preview = draft.make_preview_request()
    preview.render()

    assert "Geheime inleiding." in preview.content.decode()
    reader = staff_client.get(item.url).content.decode()
    assert "Geheime inleiding." not in reader
    assert "Gepubliceerde inleiding." in reader


def test_cached_news_item_follows_edits_and_its_organisations(staff_client, news_index):
    police = OrganisationFactory(name="Politiezone")
    item = NewsPageFactory(
        parent=news_index, intro="Eerste versie.", target_organisations=[police]
    )
    assert "Politiezone" in staff_client.get(item.url).content.decode()

    item.intro = "Tweede versie."
    item.save_revision().publish()
    police.name = "Politiezone Leiemonde"
    police.save()

    page = staff_client.get(item.url).content.decode()
    assert "Tweede versie." in page
    assert "Politiezone Leiemonde" in page
