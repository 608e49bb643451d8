"""The personal feed: news for the reader's organisation and posts of their
groups, newest first, paginated, each story once in the reader's language."""

import pytest

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
