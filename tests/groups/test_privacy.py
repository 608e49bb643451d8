"""A closed or secret group's content never reaches anyone outside it: not
its pages, posts, documents, members, contact book, the directory, nor
e-mail. Search and autocomplete are in tests/search/test_groups.py."""

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.urls import reverse

from groups import services
from groups.models import (
    GroupDocument,
    GroupDocumentVersion,
    GroupPage,
    GroupPost,
    Membership,
)
from tests.groups.factories import add_member, add_wiki_page, group_index
from tests.people.factories import UserFactory

pytestmark = pytest.mark.django_db


def fill(group, author):
    """Give ``group`` a page, a post and a document, all with a telltale word."""
    from wagtail.documents import get_document_model

    page = add_wiki_page(group, title="Vertrouwelijk plan", body="<p>Geheimpje</p>")
    GroupPost.objects.create(group=group, author=author, body="Geheimpje gepost")
    file = get_document_model().objects.create(
        title="Geheimpje.txt",
        file=ContentFile(b"geheimpje", name="geheimpje.txt"),
        collection_id=group.collection_id,
    )
    document = GroupDocument.objects.create(
        group=group, title="Geheimpje", current=file
    )
    GroupDocumentVersion.objects.create(document=document, file=file, number=1)
    return page, document, file


def group_urls(group, page, document, file):
    post = group.posts.get()
    return [
        page.url,
        reverse("groups:members", args=[group.pk]),
        reverse("groups:documents", args=[group.pk]),
        reverse("groups:document", args=[group.pk, document.pk]),
        reverse("groups:post", args=[group.pk, post.pk]),
        reverse("groups:contacts", args=[group.pk]),
        reverse("groups:new_page", args=[group.pk]),
        reverse("groups:settings", args=[group.pk]),
        file.url,
    ]


@pytest.mark.parametrize("kind", ["closed_group", "secret_group"])
def test_content_answers_404_to_outsiders(client, request, kind, owner, outsider):
    group = request.getfixturevalue(kind)
    page, document, file = fill(group, owner)
    client.force_login(outsider)
    for url in group_urls(group, page, document, file):
        response = client.get(url)
        assert response.status_code == 404, url
        assert "Geheimpje" not in response.text
        if kind == "secret_group":
            assert group.title not in response.text


@pytest.mark.parametrize("kind", ["closed_group", "secret_group"])
def test_members_read_everything(client, request, kind, owner, member):
    group = request.getfixturevalue(kind)
    page, document, file = fill(group, owner)
    client.force_login(member)
    assert "Geheimpje gepost" in client.get(group.url).text
    for url in group_urls(group, page, document, file):
        if url == reverse("groups:settings", args=[group.pk]):
            assert client.get(url).status_code == 403  # members do not manage
            continue
        assert client.get(url).status_code == 200, url
    assert b"geheimpje" in b"".join(client.get(file.url).streaming_content)


def test_secret_group_home_is_404_to_outsiders(client, secret_group, outsider):
    client.force_login(outsider)
    response = client.get(secret_group.url)
    assert response.status_code == 404
    assert "Reorganisatie" not in response.text


def test_closed_group_home_shows_only_name_and_a_way_in(
    client, closed_group, owner, outsider
):
    fill(closed_group, owner)
    client.force_login(outsider)
    response = client.get(closed_group.url)
    assert response.status_code == 200
    assert "Begroting 2027" in response.text
    assert "Geheimpje" not in response.text
    assert "Vertrouwelijk plan" not in response.text
    assert reverse("groups:join", args=[closed_group.pk]) in response.text


def test_open_group_content_is_for_all_staff_but_the_contact_book(
    client, open_group, owner, outsider
):
    page, _document, file = fill(open_group, owner)
    client.force_login(outsider)
    assert "Geheimpje gepost" in client.get(open_group.url).text
    assert client.get(page.url).status_code == 200
    assert client.get(file.url).status_code == 200
    contacts = reverse("groups:contacts", args=[open_group.pk])
    assert client.get(contacts).status_code == 404


def test_directory_lists_what_each_reader_may_know(
    client, home_page, open_group, closed_group, secret_group, member, outsider
):
    index = group_index(home_page)
    client.force_login(outsider)
    listing = client.get(index.url).text
    assert "Fietsers" in listing and "Begroting 2027" in listing
    assert "Reorganisatie Noord" not in listing
    assert "Reorganisatie Noord" not in client.get(index.url, {"q": "Reorg"}).text

    client.force_login(member)
    assert "Reorganisatie Noord" in client.get(index.url).text


def test_my_groups_shows_only_ones_own(client, secret_group, closed_group, outsider):
    client.force_login(outsider)
    page = client.get(reverse("groups:mine")).text
    assert "Reorganisatie Noord" not in page and "Begroting 2027" not in page


def test_a_join_request_is_mailed_to_the_groups_managers_only(
    client, closed_group, owner, member, outsider, django_capture_on_commit_callbacks
):
    moderator = UserFactory(email="moderator@stad.example")
    add_member(closed_group, moderator, Membership.Role.MODERATOR)
    client.force_login(outsider)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("groups:join", args=[closed_group.pk]))
    recipients = sorted(address for m in mail.outbox for address in m.to)
    assert recipients == sorted([owner.email, moderator.email])
    assert member.email not in recipients


def test_an_invitation_is_mailed_to_the_invited_person_only(
    owner, secret_group, member, outsider, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        services.invite(owner, secret_group, [outsider])
    assert [m.to for m in mail.outbox] == [[outsider.email]]
    assert "Reorganisatie Noord" in mail.outbox[0].subject


def test_mail_for_a_deactivated_invitee_is_not_sent(owner, secret_group, outsider):
    membership = Membership.objects.create(
        group=secret_group, user=outsider, status="invited"
    )
    outsider.is_active = False
    outsider.save()
    from groups.notifications import send_membership_message

    assert send_membership_message("invited", membership.pk) == 0
    assert mail.outbox == []


def test_making_an_open_group_secret_hides_it_at_once(
    client, open_group, owner, outsider
):
    page, _document, file = fill(open_group, owner)
    client.force_login(owner)
    client.post(
        reverse("groups:settings", args=[open_group.pk]),
        {"title": "Fietsers", "description": "Nu geheim", "visibility": "secret"},
    )
    client.force_login(outsider)
    for url in [open_group.url, page.url, file.url]:
        assert client.get(url).status_code == 404, url
    assert open_group.revisions.count() == 2


def test_a_secret_groups_name_is_free_for_outsiders(
    client, home_page, secret_group, outsider
):
    client.force_login(outsider)
    response = client.post(
        reverse("groups:create"),
        {"title": "Reorganisatie Noord", "description": "Ook", "visibility": "open"},
    )
    assert response.status_code == 302
    mine = GroupPage.objects.exclude(pk=secret_group.pk).get()
    assert mine.slug == "reorganisatie-noord"
    assert secret_group.slug.startswith("reorganisatie-noord-")


def test_a_group_made_secret_leaves_no_address_behind(
    client,
    home_page,
    open_group,
    owner,
    member,
    outsider,
    django_capture_on_commit_callbacks,
):
    page = add_wiki_page(open_group, title="Routes")
    old_home, old_page = open_group.url, page.url
    client.force_login(owner)
    # Wagtail makes redirects from changed addresses when the change commits.
    with django_capture_on_commit_callbacks(execute=True):
        saved = client.post(
            reverse("groups:settings", args=[open_group.pk]),
            {"title": "Fietsers", "description": "Nu geheim", "visibility": "secret"},
        )
    group = GroupPage.objects.get(pk=open_group.pk)
    page.refresh_from_db()
    # The owner is taken to its new address.
    assert saved.status_code == 302 and saved["Location"] == group.url

    # Its old addresses answer as if it never existed, not with a redirect.
    client.force_login(outsider)
    for url in [old_home, old_page]:
        assert client.get(url).status_code == 404, url
    # Its name is free again, and nothing in its address gives it away.
    assert group.slug.startswith("fietsers-") and group.slug != "fietsers-2"
    client.post(
        reverse("groups:create"),
        {"title": "Fietsers", "description": "Ook", "visibility": "open"},
    )
    assert GroupPage.objects.exclude(pk=group.pk).get().slug == "fietsers"
    # Members find it at its new address.
    client.force_login(member)
    assert client.get(group.url).status_code == 200
    assert client.get(page.url).status_code == 200


def test_a_secret_group_made_open_takes_a_plain_address(
    client, secret_group, owner, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("groups:settings", args=[secret_group.pk]),
            {
                "title": "Reorganisatie Noord",
                "description": "Open",
                "visibility": "open",
            },
        )

    assert GroupPage.objects.get(pk=secret_group.pk).slug == "reorganisatie-noord"
    # An open group's old address forwards to it, as Wagtail does for pages.
    assert client.get(secret_group.url).status_code == 301


def test_directory_member_counts_with_only_my_groups(
    client, home_page, open_group, member
):
    from tests.groups.factories import group_index

    client.force_login(member)
    listing = client.get(group_index(home_page).url, {"mine": "on"}).text
    assert "2 members" in listing or "2 leden" in listing
