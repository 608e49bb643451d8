"""List endpoints cost a fixed number of queries, whatever the page size."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText

from groups.models import GroupPage, GroupPost, PostComment
from tests.cms.translating import translate
from tests.groups.factories import add_member, make_group, offer
from tests.people.factories import OrgUnitFactory, UserFactory
from tests.themes.factories import NewsPageFactory, ThemePageFactory


def _queries(client, url) -> int:
    """Return the queries of one request (after a first one has warmed the
    per-process caches: content types, the site)."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


@pytest.fixture
def crowd(db):
    unit = OrgUnitFactory()
    for number in range(30):
        person = UserFactory(username=f"collega{number}").person
        person.org_unit = unit
        person.save()


def _same_cost(client, small, large) -> None:
    client.get(small)
    assert _queries(client, small) == _queries(client, large)


def test_people_list(api_as, member, crowd):
    client = api_as(member)
    _same_cost(client, "/api/people/?limit=2", "/api/people/?limit=25")


def test_group_list_and_members(api_as, member, home_page, owner):
    groups = [make_group(home_page, owner, title=f"Groep {n}") for n in range(12)]
    for number in range(12):
        add_member(groups[0], UserFactory(username=f"lid{number}"))
    client = api_as(member)
    _same_cost(client, "/api/groups/?limit=2", "/api/groups/?limit=12")
    url = f"/api/groups/{groups[0].pk}/members/"
    _same_cost(client, f"{url}?limit=2", f"{url}?limit=12")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_group_list_in_a_language(api_as, member, home_page, owner, language):
    translate(home_page, "en", {})
    for number in range(12):
        group = make_group(home_page, owner, title=f"Groep {number}")
        if number % 2 == 0:
            offer(group, owner, "en")
            GroupPage.objects.filter(
                translation_key=group.translation_key, locale__language_code="en"
            ).update(title=f"Group {number}")
    client = api_as(member, token=True)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language

    first = client.get("/api/groups/?limit=2").json()["items"]
    assert first[0]["title"] == ("Group 0" if language == "en" else "Groep 0")
    _same_cost(client, "/api/groups/?limit=2", "/api/groups/?limit=12")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_feed(api_as, member, owner, groups, home_page, news_index, language):
    translate(home_page, "en", {})
    translate(news_index, "en", {"Nieuws": "News"})
    now = timezone.now()
    for number in range(12):
        # News and posts take turns, so that every page of the feed has both.
        news = NewsPageFactory(parent=news_index, title=f"Bericht {number}")
        if number % 3 == 0:
            translate(news, "en", {f"Bericht {number}": f"Story {number}"})
        moment = now - timedelta(hours=2 * number)
        Page.objects.filter(translation_key=news.translation_key).update(
            first_published_at=moment
        )
        post = GroupPost.objects.create(
            group=groups["open"], author=owner, body=f"{number}"
        )
        GroupPost.objects.filter(pk=post.pk).update(
            created_at=moment - timedelta(hours=1)
        )
    client = api_as(member, token=True)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language

    first = client.get("/api/feed/?limit=2").json()["items"]
    assert [item["kind"] for item in first] == ["news", "post"]
    assert first[0]["news"]["locale"] == language
    _same_cost(client, "/api/feed/?limit=2", "/api/feed/?limit=12")


def test_pages_list(api_as, member, groups):
    client = api_as(member)
    _same_cost(client, "/api/pages/?limit=2", "/api/pages/?limit=8")


def test_post_comments(api_as, member, owner, groups):
    post = GroupPost.objects.create(group=groups["closed"], author=owner, body="Agenda")
    for number in range(12):
        author = UserFactory(username=f"reageerder{number}")
        PostComment.objects.create(post=post, author=author, body=f"{number}")
    client = api_as(member, token=True)
    url = f"/api/groups/{groups['closed'].pk}/posts/{post.pk}/comments/"
    _same_cost(client, f"{url}?limit=2", f"{url}?limit=12")


def _linking_body(targets) -> list:
    """A body whose paragraphs and FAQ answers each link to one of
    ``targets``."""
    body = []
    for target in targets:
        link = f'<p>Zie <a linktype="page" id="{target.pk}">{target.title}</a>.</p>'
        body.append(("paragraph", RichText(link)))
        item = {"question": "Waar?", "answer": RichText(link)}
        body.append(("faq", {"title": "", "items": [item]}))
    return body


@pytest.mark.parametrize("language", ["nl", "en"])
def test_page_detail_links_cost_the_same_however_many_blocks(
    api_as, member, home_page, theme_index, language
):
    translate(home_page, "en", {})
    translate(theme_index, "en", {"Thema's": "Themes"})
    targets = [
        ThemePageFactory(parent=theme_index, title=f"Doel {n}", slug=f"doel-{n}")
        for n in range(8)
    ]
    english = {
        target.pk: translate(target, "en", {f"Doel {n}": f"Target {n}"})
        for n, target in enumerate(targets[:4])
    }
    few = ThemePageFactory(parent=theme_index, body=_linking_body(targets[:1]))
    many = ThemePageFactory(parent=theme_index, body=_linking_body(targets))
    client = api_as(member, token=True)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = language

    _same_cost(client, f"/api/pages/{few.pk}/", f"/api/pages/{many.pk}/")
    body = client.get(f"/api/pages/{many.pk}/").json()["fields"]["body"]
    paragraphs = [block["value"] for block in body if block["type"] == "paragraph"]
    answers = [
        block["value"]["items"][0]["answer"] for block in body if block["type"] == "faq"
    ]
    for target, paragraph, answer in zip(targets, paragraphs, answers, strict=True):
        # Each link leads where Wagtail's own expansion leads: the page's
        # translation into the reader's language where there is one.
        shown = english.get(target.pk, target) if language == "en" else target
        assert f'href="{shown.url}"' in paragraph
        assert f'href="{shown.url}"' in answer
