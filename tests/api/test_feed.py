"""The personal feed: news for the reader's organisation and posts of their
groups, newest first, paginated, each story once in the reader's language."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from groups.models import GroupPost
from tests.cms.translating import translate
from tests.people.factories import OrganisationFactory, OrgUnitFactory
from tests.themes.factories import NewsPageFactory


def test_feed_gathers_news_and_posts(
    api_as, member, outsider, owner, groups, news_index
):
    city = OrganisationFactory(name="Stad", slug="stad")
    police = OrganisationFactory(name="Politie", slug="politie")
    member.person.org_unit = OrgUnitFactory(organisation=city)
    member.person.save()
    NewsPageFactory(parent=news_index, title="Voor iedereen")
    for title, organisation in [("Voor de stad", city), ("Voor de politie", police)]:
        NewsPageFactory(
            parent=news_index, title=title, target_organisations=[organisation]
        )
    NewsPageFactory(parent=news_index, title="Concept", live=False)
    for kind, group in groups.items():
        GroupPost.objects.create(group=group, author=owner, body=f"Post in {kind}")

    items = api_as(member).get("/api/feed/?limit=100").json()["items"]
    news = {item["news"]["title"] for item in items if item["kind"] == "news"}
    posts = {item["post"]["body"] for item in items if item["kind"] == "post"}
    assert news == {"Voor iedereen", "Voor de stad"}
    assert posts == {"Post in open", "Post in closed", "Post in secret"}
    moments = [item["published_at"] for item in items]
    assert moments == sorted(moments, reverse=True)

    # An outsider reads along with the open group, but it is not theirs.
    items = api_as(outsider).get("/api/feed/?limit=100").json()["items"]
    assert {item["kind"] for item in items} == {"news"}


def test_feed_is_paginated(api_as, member, owner, groups):
    for number in range(5):
        GroupPost.objects.create(group=groups["closed"], author=owner, body=f"{number}")
    client = api_as(member)
    first = client.get("/api/feed/?limit=2").json()
    second = client.get("/api/feed/?limit=2&offset=2").json()
    assert first["count"] == second["count"] == 5
    bodies = [item["post"]["body"] for item in first["items"] + second["items"]]
    assert bodies == ["4", "3", "2", "1"]


def test_external_feed_has_only_their_groups(
    api_as, external, owner, groups, news_index
):
    NewsPageFactory(parent=news_index, title="Voor iedereen")
    for kind, group in groups.items():
        GroupPost.objects.create(group=group, author=owner, body=f"Post in {kind}")
    items = api_as(external).get("/api/feed/").json()["items"]
    assert [(item["kind"], item["post"]["body"]) for item in items] == [
        ("post", "Post in closed")
    ]


@pytest.fixture
def translated_news(home_page, news_index):
    """'Nieuwe fietsenstalling' translated into English; 'Kantine dicht' in
    Dutch only."""
    translate(home_page, "en", {})
    translate(news_index, "en", {"Nieuws": "News"})
    bikes = NewsPageFactory(
        parent=news_index, title="Nieuwe fietsenstalling", intro="Bij het stadhuis."
    )
    translate(
        bikes,
        "en",
        {
            "Nieuwe fietsenstalling": "New bicycle shed",
            "Bij het stadhuis.": "At the town hall.",
        },
    )
    NewsPageFactory(parent=news_index, title="Kantine dicht", intro="Maandag.")


def news_in(client, language=None) -> list[tuple[str, str, str]]:
    headers = {"accept-language": language} if language else {}
    response = client.get("/api/feed/?limit=100", headers=headers)
    assert response.status_code == 200, response.content[:300]
    return sorted(
        (item["news"]["title"], item["news"]["locale"], item["news"]["intro"])
        for item in response.json()["items"]
        if item["kind"] == "news"
    )


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
def test_each_story_once_in_the_readers_language(
    api_as, member, translated_news, token
):
    client = api_as(member, token)

    dutch = [
        ("Kantine dicht", "nl", "Maandag."),
        ("Nieuwe fietsenstalling", "nl", "Bij het stadhuis."),
    ]
    assert news_in(client) == dutch
    assert news_in(client, "nl") == dutch
    assert news_in(client, "en") == [
        ("Kantine dicht", "nl", "Maandag."),
        ("New bicycle shed", "en", "At the town hall."),
    ]
    # No French translation: the Dutch pages stand in.
    assert news_in(client, "fr-BE,fr") == dutch


def test_count_and_urls_follow_the_language(api_as, member, translated_news):
    response = api_as(member).get("/api/feed/", headers={"accept-language": "en"})
    data = response.json()

    assert data["count"] == 2
    urls = {item["news"]["locale"]: item["news"]["url"] for item in data["items"]}
    assert urls["en"].startswith("/en/")
    assert not urls["nl"].startswith("/en/")


def test_posts_are_the_same_in_every_language(
    api_as, member, owner, groups, translated_news
):
    for kind, group in groups.items():
        GroupPost.objects.create(group=group, author=owner, body=f"Post in {kind}")
    client = api_as(member, token=True)

    def posts(language):
        response = client.get("/api/feed/", headers={"accept-language": language})
        items = response.json()["items"]
        return [item["post"]["body"] for item in items if item["kind"] == "post"]

    assert posts("nl") == posts("en") == posts("fr")
    assert sorted(posts("en")) == ["Post in closed", "Post in open", "Post in secret"]


@pytest.fixture
def english_groups(home_page, owner, member, groups):
    """The open and the closed group offered in English, their names
    translated ('Cyclists', 'Budget 2027'); the secret one in Dutch only."""
    from groups.translation import segments, translate_page
    from tests.groups.factories import offer

    translate(home_page, "en", {})
    english = Locale.objects.get(language_code="en")
    for kind, name in [("open", "Cyclists"), ("closed", "Budget 2027")]:
        group = offer(groups[kind], owner, "en")
        title = next(s for s in segments(group, english) if s.path == "title")
        translate_page(member, group, "en", {title.pk: name})
    return groups


def test_posts_name_their_group_in_the_readers_language(
    api_as, member, owner, english_groups
):
    for kind, group in english_groups.items():
        GroupPost.objects.create(group=group, author=owner, body=f"Post in {kind}")
    client = api_as(member, token=True)

    def names(language, url="/api/feed/") -> dict[str, str]:
        items = client.get(url, headers={"accept-language": language}).json()["items"]
        # The feed wraps each post; a group's list of posts does not.
        posts = [item["post"] if "kind" in item else item for item in items]
        return {post["body"]: post["group_title"] for post in posts}

    assert names("en") == {
        "Post in open": "Cyclists",
        "Post in closed": "Budget 2027",
        "Post in secret": "Reorganisatie Noord",
    }
    dutch = {
        "Post in open": "Fietsers",
        "Post in closed": "Begroting 2027",
        "Post in secret": "Reorganisatie Noord",
    }
    assert names("nl") == names("fr") == dutch
    # The group's own list of posts too.
    posts = f"/api/groups/{english_groups['open'].pk}/posts/"
    assert names("en", posts) == {"Post in open": "Cyclists"}


def test_group_names_cost_one_query_for_the_whole_feed(
    api_as, member, owner, english_groups
):
    for number in range(6):
        group = english_groups[("open", "closed", "secret")[number % 3]]
        GroupPost.objects.create(group=group, author=owner, body=f"{number}")
    client = api_as(member, token=True)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"

    def queries(url) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    client.get("/api/feed/?limit=1")
    assert queries("/api/feed/?limit=1") == queries("/api/feed/?limit=6")
    posts = f"/api/groups/{english_groups['open'].pk}/posts/"
    client.get(f"{posts}?limit=1")
    assert queries(f"{posts}?limit=1") == queries(f"{posts}?limit=2")
