"""Query counts of a group's home, its member list and "my groups" do not
grow with members, posts or groups."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from groups.models import GroupPost, PostComment
from tests.groups.factories import add_member, add_wiki_page, make_group
from tests.people.factories import UserFactory

pytestmark = pytest.mark.django_db


def query_count(client, url: str) -> int:
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def grow(group, members=0, posts=0):
    for _ in range(members):
        add_member(group, UserFactory())
    authors = list(group.memberships.values_list("user_id", flat=True))
    for number in range(posts):
        post = GroupPost.objects.create(
            group=group, author_id=authors[number % len(authors)], body="Update"
        )
        PostComment.objects.create(post=post, author_id=authors[0], body="Ok")


def test_group_home(client, closed_group, member):
    add_wiki_page(closed_group)
    grow(closed_group, members=2, posts=2)
    client.force_login(member)
    before = query_count(client, closed_group.url)

    grow(closed_group, members=15, posts=12)
    add_wiki_page(closed_group, title="Tweede pagina")
    assert query_count(client, closed_group.url) == before


def test_member_list(client, closed_group, owner):
    url = reverse("groups:members", args=[closed_group.pk])
    grow(closed_group, members=2)
    client.force_login(owner)
    before = query_count(client, url)

    grow(closed_group, members=20)
    assert query_count(client, url) == before


def test_my_groups(client, home_page, member):
    for number in range(2):
        group = make_group(home_page, title=f"Groep {number}", members=[member])
        grow(group, posts=1)
    client.force_login(member)
    url = reverse("groups:mine")
    before = query_count(client, url)

    for number in range(2, 8):
        group = make_group(home_page, title=f"Groep {number}", members=[member])
        grow(group, members=2, posts=2)
    assert query_count(client, url) == before


def test_group_directory(client, home_page, member):
    from tests.groups.factories import group_index

    index = group_index(home_page)
    for number in range(2):
        make_group(home_page, title=f"Groep {number}", visibility="closed")
    client.force_login(member)
    before = query_count(client, index.url)

    for number in range(2, 10):
        make_group(home_page, title=f"Groep {number}", members=[member])
    assert query_count(client, index.url) == before
