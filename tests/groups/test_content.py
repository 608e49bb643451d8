"""Staff create groups and write in them from the front end; bad input gets
a clear message and nothing is half-saved."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from groups.models import GroupPage, GroupWikiPage, Membership
from groups.richtext import clean_rich_text
from tests.groups.factories import add_wiki_page, group_index, make_group

pytestmark = pytest.mark.django_db


def create(client, title="Werkgroep toegankelijkheid", visibility="open", **extra):
    return client.post(
        reverse("groups:create"),
        {"title": title, "description": "Samen maken we het beter.",
         "visibility": visibility, **extra},
    )  # fmt: skip


def test_any_staff_member_starts_a_secret_group(client, home_page, owner):
    group_index(home_page)
    client.force_login(owner)
    response = create(client, visibility="secret")
    group = GroupPage.objects.get(title="Werkgroep toegankelijkheid")
    assert response.status_code == 302 and response.url == group.url
    assert group.memberships.get().role == Membership.Role.OWNER
    restriction = PageViewRestriction.objects.get(page=group)
    assert list(restriction.groups.all()) == [group.member_role]
    assert group.collection.get_view_restrictions().exists()
    assert group.revisions.count() == 1
    assert client.get(group.url).status_code == 200


def test_duplicate_group_name_is_a_form_error(client, home_page, owner, secret_group):
    client.force_login(owner)
    response = create(client, title="reorganisatie  noord")
    assert response.status_code == 400
    assert "already exists" in response.text or "bestaat al" in response.text
    assert GroupPage.objects.filter(title__iexact="reorganisatie noord").count() == 1


def test_names_that_make_the_same_slug_get_their_own(client, home_page, owner):
    group_index(home_page)
    client.force_login(owner)
    create(client, title="Fietsers!")
    create(client, title="Fietsers?")
    slugs = sorted(GroupPage.objects.values_list("slug", flat=True))
    assert slugs == ["fietsers", "fietsers-2"]


def test_a_group_needs_a_name_and_a_valid_visibility(client, home_page, owner):
    group_index(home_page)
    client.force_login(owner)
    response = create(client, title="  !!  ", visibility="public")
    assert response.status_code == 400
    assert GroupPage.objects.count() == 0


def test_without_a_group_directory_creating_answers_404(client, owner):
    client.force_login(owner)
    assert create(client).status_code == 404


def test_editing_a_page_keeps_revisions(client, open_group, member):
    page = add_wiki_page(open_group)
    client.force_login(member)
    url = reverse("groups:edit_page", args=[open_group.pk, page.pk])
    for text in ["Eerste versie", "Tweede versie"]:
        response = client.post(url, {"title": page.title, "body": f"<p>{text}</p>"})
        assert response.status_code == 302
    page.refresh_from_db()
    assert "Tweede versie" in page.body
    assert page.revisions.count() == 3
    assert page.revisions.order_by("created_at").last().user == member


def test_a_page_without_title_is_a_form_error(client, open_group, member):
    client.force_login(member)
    response = client.post(
        reverse("groups:new_page", args=[open_group.pk]), {"title": " ", "body": ""}
    )
    assert response.status_code == 400
    assert not GroupWikiPage.objects.exists()


def test_pages_nest(client, open_group, member):
    parent = add_wiki_page(open_group, title="Handleiding")
    client.force_login(member)
    client.post(
        reverse("groups:new_page", args=[open_group.pk]),
        {"title": "Hoofdstuk 1", "body": "<p>Begin</p>", "parent": parent.pk},
    )
    child = GroupWikiPage.objects.get(title="Hoofdstuk 1")
    assert child.get_parent().pk == parent.pk
    assert client.get(child.url).status_code == 200


PAYLOADS = [
    '<script>alert("x")</script><p>tekst</p>',
    '<p><a href="javascript:alert(1)">klik</a></p>',
    '<p><a href="JaVaScRiPt:alert(1)">klik</a></p>',
    '<p><a href=" java\tscript:alert(1)">klik</a></p>',
    '<p><a href="&#106;avascript:alert(1)">klik</a></p>',
    '<p><a href="data:text/html;base64,PHNjcmlwdD4=">klik</a></p>',
    '<p><a href="DATA:text/html,hoi">klik</a></p>',
    '<p><img src="x" onerror="alert(1)"></p>',
    '<p onclick="alert(1)" style="color:red">tekst</p>',
    '<iframe src="https://example.com"></iframe><p>tekst</p>',
    '<svg onload="alert(1)"><p>tekst</p></svg>',
    '<p><a href="vbscript:msgbox(1)">klik</a></p>',
]
FORBIDDEN = ["<script", "javascript", "data:", "onerror", "onclick", "onload",
             "iframe", "<svg", "style=", "vbscript"]  # fmt: skip


@pytest.mark.parametrize("payload", PAYLOADS)
def test_rich_text_is_sanitised_whatever_is_sent(client, open_group, member, payload):
    client.force_login(member)
    client.post(
        reverse("groups:new_page", args=[open_group.pk]),
        {"title": "Gevaarlijk", "body": payload},
    )
    page = GroupWikiPage.objects.get(title="Gevaarlijk")
    stored = page.body.lower()
    rendered = client.get(page.url).text.lower()
    body = rendered[rendered.index('class="prose"') :]
    for bad in FORBIDDEN:
        assert bad not in stored
        assert bad not in body.split("</div>")[0]


def test_safe_links_and_headings_survive(open_group):
    html = '<h2>Kop</h2><p><a href="https://stad.example/x">link</a> <b>vet</b></p>'
    cleaned = clean_rich_text(html, open_group)
    assert '<a href="https://stad.example/x">link</a>' in cleaned
    assert "<h2>Kop</h2>" in cleaned and "<b>vet</b>" in cleaned


def test_links_to_another_groups_document_are_dropped(home_page, open_group):
    other = make_group(home_page, title="Ander", visibility="secret")
    document = get_document_model().objects.create(
        title="Ander plan",
        file=SimpleUploadedFile("plan.txt", b"x"),
        collection_id=other.collection_id,
    )
    html = f'<p><a data-linktype="document" data-id="{document.pk}">plan</a></p>'
    assert 'linktype="document"' not in clean_rich_text(html, open_group)
    own = get_document_model().objects.create(
        title="Eigen plan",
        file=SimpleUploadedFile("eigen.txt", b"x"),
        collection_id=open_group.collection_id,
    )
    html = f'<p><a data-linktype="document" data-id="{own.pk}">plan</a></p>'
    assert f'id="{own.pk}"' in clean_rich_text(html, open_group)


def upload(client, group, name="verslag.txt", content=b"Verslag", **data):
    url = data.pop("url", reverse("groups:documents", args=[group.pk]))
    return client.post(
        url,
        {"title": "Verslag", "status": "draft",
         "file": SimpleUploadedFile(name, content), **data},
    )  # fmt: skip


def test_a_new_upload_keeps_earlier_versions(client, closed_group, member):
    client.force_login(member)
    upload(client, closed_group, content=b"versie een")
    document = closed_group.documents.get()
    url = reverse("groups:document", args=[closed_group.pk, document.pk])
    upload(client, closed_group, content=b"versie twee", status="final", url=url)

    document.refresh_from_db()
    versions = list(document.versions.order_by("number"))
    assert [v.number for v in versions] == [1, 2]
    assert document.current == versions[1].file
    assert document.status == "final"
    for version, content in zip(versions, [b"versie een", b"versie twee"], strict=True):
        assert version.file.collection_id == closed_group.collection_id
        served = client.get(version.file.url)
        assert b"".join(served.streaming_content) == content


def test_oversize_upload_is_refused_and_nothing_saved(
    client, closed_group, member, settings
):
    settings.WERKPLEK_GROUP_DOCUMENT_MAX_BYTES = 10
    client.force_login(member)
    response = upload(client, closed_group, content=b"x" * 11)
    assert response.status_code == 400
    assert "11" in response.text
    assert not closed_group.documents.exists()
    assert not get_document_model().objects.exists()


def test_disallowed_file_type_is_refused(client, closed_group, member, settings):
    settings.WERKPLEK_GROUP_DOCUMENT_EXTENSIONS = ["pdf", "txt"]
    client.force_login(member)
    response = upload(client, closed_group, name="virus.exe")
    assert response.status_code == 400
    assert "exe" in response.text
    assert not get_document_model().objects.exists()


def test_post_with_attachment_and_comment(client, closed_group, member):
    client.force_login(member)
    client.post(
        reverse("groups:new_post", args=[closed_group.pk]),
        {"body": "Zie bijlage", "attachment": SimpleUploadedFile("a.txt", b"hoi")},
    )
    post = closed_group.posts.get()
    assert post.attachment.collection_id == closed_group.collection_id
    url = reverse("groups:post", args=[closed_group.pk, post.pk])
    client.post(url, {"body": "Dank je"})
    assert post.comments.get().body == "Dank je"
    assert "Dank je" in client.get(url).text


def test_an_empty_post_is_a_form_error(client, closed_group, member):
    client.force_login(member)
    response = client.post(
        reverse("groups:new_post", args=[closed_group.pk]), {"body": "   "}
    )
    assert response.status_code == 400
    assert not closed_group.posts.exists()


def test_contact_book(client, closed_group, member, outsider):
    client.force_login(member)
    url = reverse("groups:contacts", args=[closed_group.pk])
    client.post(url, {"colleague": outsider.username})
    client.post(
        url,
        {"name": "Leverancier NV", "organisation": "Bouwbedrijf",
         "email": "info@bouw.example", "phone": "+32 9 123 45 67"},
    )  # fmt: skip
    client.post(reverse("groups:add_note", args=[closed_group.pk]), {"body": "Gebeld"})
    page = client.get(url).text
    assert outsider.person.full_name in page
    assert "Leverancier NV" in page and "Gebeld" in page


@pytest.mark.parametrize(
    "data",
    [
        {"colleague": "niemand.hier"},
        {},
        {"name": "X", "email": "geen-adres"},
        {"name": "X", "phone": "bel me"},
    ],
)
def test_contact_book_bad_input(client, closed_group, member, data):
    client.force_login(member)
    response = client.post(reverse("groups:contacts", args=[closed_group.pk]), data)
    assert response.status_code == 400
    assert not closed_group.contacts.exists()
