"""The personal feed: news for the reader's organisation and posts of their
groups, newest first, paginated."""

from groups.models import GroupPost
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
