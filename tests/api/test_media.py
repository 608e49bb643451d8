"""Documents and images in the API: what the website lets the caller open,
no more; 404 for the rest; lists in a fixed number of queries."""

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail_factories import ImageFactory

from tests.groups.factories import group_index, make_group

pytestmark = pytest.mark.django_db


def document(title, collection_id, content=b"inhoud"):
    return get_document_model().objects.create(
        title=title,
        file=ContentFile(content, name=f"{title}.txt"),
        collection_id=collection_id,
    )


def download(client, doc):
    return client.get(f"/api/documents/{doc.pk}/download/")


@pytest.fixture
def media(home_page, owner, member, external):
    group_index(home_page)
    closed = make_group(
        home_page, owner, title="Directie", visibility="closed", members=[member]
    )
    partners = make_group(home_page, owner, title="Partners", members=[external])
    public = Collection.get_first_root_node().id
    return {
        "public": document("Reglement", public),
        "closed": document("Begroting", closed.collection_id),
        "partners": document("Afspraken", partners.collection_id),
        "public_image": ImageFactory(title="Stadhuis", collection_id=public),
        "closed_image": ImageFactory(
            title="Organogram", collection_id=closed.collection_id
        ),
    }


def titles(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return {item["title"] for item in response.json()["items"]}


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
def test_documents_follow_the_website(api_as, media, member, outsider, external, token):
    # Partners is an open group: its documents are for all staff.
    assert titles(api_as(member, token), "/api/documents/") == {
        "Reglement",
        "Begroting",
        "Afspraken",
    }
    assert titles(api_as(outsider, token), "/api/documents/") == {
        "Reglement",
        "Afspraken",
    }
    assert titles(api_as(external, token), "/api/documents/") == {"Afspraken"}


def test_hidden_documents_and_images_answer_404(api_as, media, outsider):
    client = api_as(outsider)
    closed, image = media["closed"], media["closed_image"]

    assert client.get(f"/api/documents/{closed.pk}/").status_code == 404
    assert client.get(f"/api/images/{image.pk}/").status_code == 404
    assert client.get(f"/api/documents/{media['public'].pk}/").status_code == 200


def test_document_detail_links_to_the_checked_download(api_as, media, member, outsider):
    data = api_as(member).get(f"/api/documents/{media['closed'].pk}/").json()

    assert data["title"] == "Begroting"
    assert data["url"].startswith("http://testserver/documents/")
    path = data["url"].removeprefix("http://testserver")
    assert api_as(member).get(path).status_code == 200
    assert api_as(outsider).get(path).status_code == 404


def test_images_follow_the_website(api_as, media, member, outsider):
    assert titles(api_as(member), "/api/images/") == {"Stadhuis", "Organogram"}
    assert titles(api_as(outsider), "/api/images/") == {"Stadhuis"}
    item = api_as(member).get(f"/api/images/{media['public_image'].pk}/").json()
    assert "/images/" in item["url"]


def test_anonymous_callers_get_401(client, media):
    assert client.get("/api/documents/").status_code == 401
    assert client.get("/api/images/").status_code == 401


@pytest.mark.parametrize("url", ["/api/documents/", "/api/images/"])
def test_list_queries_do_not_grow_with_the_page(api_as, media, member, url):
    client = api_as(member)
    root = Collection.get_first_root_node().id
    for number in range(2):
        document(f"Extra {number}", root)
        ImageFactory(title=f"Extra {number}", collection_id=root)
    client.get(url)  # renditions are made once, on first sight

    with CaptureQueriesContext(connection) as few:
        client.get(url, {"limit": 2})
    with CaptureQueriesContext(connection) as many:
        client.get(url, {"limit": 6})

    assert len(many) == len(few)
    assert get_image_model().objects.count() >= 4


def test_bad_filters_answer_400(api_as, member, media):
    response = api_as(member).get("/api/documents/", {"colour": "red"})

    assert response.status_code == 400
    assert response.json()["code"] == "unknown_parameter"


@pytest.mark.parametrize("url", ["/api/documents/", "/api/images/"])
def test_the_collection_filter_names_a_collection_the_caller_may_see(
    api_as, media, member, outsider, external, url
):
    closed = media["closed"].collection_id
    public = media["public"].collection_id

    def answer(user, collection_id):
        response = api_as(user).get(url, {"collection": collection_id})
        body = response.json()
        # The id named is the only difference allowed.
        message = body.get("message", "").replace(str(collection_id), "N")
        return response.status_code, body.get("code"), message

    nothing = answer(outsider, 99999)
    assert nothing == (400, "invalid_parameter", "No collection N to list.")
    assert answer(member, 99999) == nothing
    # A closed group's collection for a colleague outside the group, and
    # everything but their groups' for an external partner.
    assert answer(outsider, closed) == nothing
    assert answer(external, public) == nothing
    assert answer(member, closed)[0] == 200
    listed = titles(api_as(member), f"{url}?collection={closed}")
    assert listed == ({"Begroting"} if "documents" in url else {"Organogram"})


def test_a_token_downloads_the_file(api_as, member, media):
    response = download(api_as(member, token=True), media["public"])

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"inhoud"
    assert response["Content-Type"] == "text/plain"
    assert response["Content-Disposition"] == 'attachment; filename="Reglement.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("token", [False, True], ids=["session", "token"])
def test_downloads_follow_the_website(api_as, media, member, outsider, token):
    # Member of the closed group "Directie"; the outsider is not.
    assert download(api_as(member, token), media["closed"]).status_code == 200
    response = download(api_as(outsider, token), media["closed"])
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert download(api_as(outsider, token), media["partners"]).status_code == 200


def test_restricted_collection_downloads_for_its_group_only(
    api_as, media, member, outsider
):
    payroll = Group.objects.create(name="Salarisadministratie")
    member.groups.add(payroll)
    collection = Collection.get_first_root_node().add_child(name="Personeel")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(payroll)
    salaries = document("Salarissen", collection.pk)

    assert download(api_as(member, token=True), salaries).status_code == 200
    assert download(api_as(outsider, token=True), salaries).status_code == 404


def test_external_partners_download_their_groups_documents_only(
    api_as, media, external
):
    client = api_as(external, token=True)

    assert download(client, media["partners"]).status_code == 200
    assert download(client, media["public"]).status_code == 404
    assert download(client, media["closed"]).status_code == 404


def test_anonymous_callers_cannot_download(client, media):
    response = download(client, media["public"])

    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_unknown_documents_and_missing_files_answer_404(api_as, member, media):
    client = api_as(member, token=True)
    assert client.get("/api/documents/999999/download/").status_code == 404
    gone = media["public"]
    assert download(client, gone).status_code == 200
    gone.file.storage.delete(gone.file.name)

    response = download(client, gone)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_documents_link_to_the_api_download(api_as, media, member):
    client = api_as(member, token=True)
    listed = client.get("/api/documents/").json()["items"]
    detail = client.get(f"/api/documents/{media['closed'].pk}/").json()

    expected = f"http://testserver/api/documents/{media['closed'].pk}/download/"
    assert detail["download_url"] == expected
    assert expected in {item["download_url"] for item in listed}
    assert detail["url"].startswith("http://testserver/documents/")
    path = detail["download_url"].removeprefix("http://testserver")
    assert b"".join(client.get(path).streaming_content) == b"inhoud"


def test_the_openapi_document_describes_the_download(api_as, member):
    document = api_as(member).get("/api/openapi.json").json()
    download = document["paths"]["/api/documents/{document_id}/download/"]["get"]

    assert download["responses"]["200"]["content"] == {"*/*": {}}
    assert download["responses"]["404"]["content"]["application/json"]
    assert (
        "download_url" in document["components"]["schemas"]["DocumentOut"]["required"]
    )


def test_downloads_revalidate_by_etag(api_as, member, media):
    client = api_as(member, token=True)

    first = download(client, media["closed"])
    again = client.get(
        f"/api/documents/{media['closed'].pk}/download/",
        headers={"if-none-match": first["ETag"]},
    )

    assert first.status_code == 200
    assert first["ETag"].startswith('"')
    assert "private" in first["Cache-Control"]
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert "private" in again["Cache-Control"]
    assert again.content == b""
    # Another document's download has an ETag of its own.
    assert download(client, media["public"])["ETag"] != first["ETag"]


def test_a_new_file_changes_the_download_etag(api_as, member, media):
    client = api_as(member, token=True)
    doc = media["public"]
    etag = download(client, doc)["ETag"]

    doc.file = ContentFile(b"nieuwe inhoud", name="Reglement.txt")
    doc.save()
    response = client.get(
        f"/api/documents/{doc.pk}/download/", headers={"if-none-match": etag}
    )

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"nieuwe inhoud"
    assert response["ETag"] != etag


def test_a_recorded_file_hash_makes_the_download_etag(api_as, member, media):
    # Documents uploaded in the admin record their hash (the groups' do not).
    client = api_as(member, token=True)
    doc = media["public"]
    doc._set_document_file_metadata()
    doc.save()
    etag = download(client, doc)["ETag"]

    doc.file_hash = "0" * 40  # as after a new file with other content
    doc.save(update_fields=["file_hash"])
    response = client.get(
        f"/api/documents/{doc.pk}/download/", headers={"if-none-match": etag}
    )

    assert response.status_code == 200
    assert response["ETag"] != etag


def test_the_download_etag_opens_nothing_to_other_readers(
    api_as, media, member, outsider
):
    closed = media["closed"]
    etag = download(api_as(member, token=True), closed)["ETag"]
    url = f"/api/documents/{closed.pk}/download/"

    response = api_as(outsider, token=True).get(url, headers={"if-none-match": etag})

    # Checked before the ETag is compared: 404 as without it, never 304.
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert response.get("ETag") != etag


def test_a_missing_file_answers_404_even_to_its_etag(api_as, member, media):
    client = api_as(member, token=True)
    gone = media["public"]
    etag = download(client, gone)["ETag"]
    gone.file.storage.delete(gone.file.name)

    response = client.get(
        f"/api/documents/{gone.pk}/download/", headers={"if-none-match": etag}
    )

    assert response.status_code == 404
