"""The page detail's schemas: the OpenAPI document describes every page type
and every StreamField block, and real pages of each type answer exactly
what it describes, in a fixed number of queries."""

import pytest
from django.apps import apps
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from jsonschema_rs import Draft202012Validator
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail_factories import ImageFactory

from cms.page_schemas import PAGE_FIELD_SCHEMAS, RENDITION_SUFFIX
from cms.pages_api import PAGE_DETAILS
from home.demo import seed_demo
from tests.groups.factories import add_wiki_page, group_index, make_group
from tests.people.factories import OrganisationFactory, UserFactory
from tests.themes.factories import NewsPageFactory, ThemePageFactory
from themes.blocks import ContentStreamBlock

PROJECT_PAGE_TYPES = {
    "home.HomePage",
    "themes.ThemeIndexPage",
    "themes.ThemePage",
    "themes.NewsIndexPage",
    "themes.NewsPage",
    "groups.GroupIndexPage",
    "groups.GroupPage",
    "groups.GroupWikiPage",
}


@pytest.fixture
def document_spec(api_as, member):
    response = api_as(member).get("/api/openapi.json")
    assert response.status_code == 200
    return response.json()


def _detail_schema(spec) -> dict:
    operation = spec["paths"]["/api/pages/{page_id}/"]["get"]
    return operation["responses"]["200"]["content"]["application/json"]["schema"]


def _validator(spec, schema) -> Draft202012Validator:
    """Return a validator of ``schema`` whose references resolve in ``spec``."""
    return Draft202012Validator({**schema, "components": spec["components"]})


def test_document_has_a_schema_per_page_type(document_spec):
    detail = _detail_schema(document_spec)
    schemas = document_spec["components"]["schemas"]

    assert detail["discriminator"]["propertyName"] == "type"
    mapping = detail["discriminator"]["mapping"]
    assert set(mapping) == PROJECT_PAGE_TYPES
    assert len(detail["oneOf"]) == len(mapping)
    for label, ref in mapping.items():
        assert {"$ref": ref} in detail["oneOf"]
        page_schema = schemas[ref.rsplit("/", 1)[1]]
        assert page_schema["properties"]["type"]["const"] == label
        fields_ref = page_schema["properties"]["fields"]["$ref"]
        fields = schemas[fields_ref.rsplit("/", 1)[1]]
        assert fields["type"] == "object"
        assert "fields" in page_schema["required"]
    news_fields = schemas["NewsPageFields"]
    assert news_fields["properties"]["date"]["format"] == "date"
    assert set(news_fields["required"]) >= {"date", "intro", "body", "image"}


def test_document_describes_every_block_of_the_body(document_spec):
    schemas = document_spec["components"]["schemas"]
    for name in ("ThemePageFields", "NewsPageFields"):
        items = schemas[name]["properties"]["body"]["items"]
        assert items["discriminator"]["propertyName"] == "type"
        mapping = items["discriminator"]["mapping"]
        assert set(mapping) == set(ContentStreamBlock.base_blocks)
        for block_name, ref in mapping.items():
            block = schemas[ref.rsplit("/", 1)[1]]
            assert block["properties"]["type"]["const"] == block_name
            assert set(block["required"]) == {"type", "value", "id"}
    heading = schemas["HeadingValue"]["properties"]["level"]
    assert heading["enum"] == ["h2", "h3"]


def test_every_page_model_has_a_schema():
    page_models = {
        model._meta.label
        for model in apps.get_models()
        # A bare Page (Wagtail's root) is no page of the API.
        if issubclass(model, Page) and model is not Page
    }
    assert page_models == set(PAGE_DETAILS) == set(PAGE_FIELD_SCHEMAS)
    for label, fields in PAGE_FIELD_SCHEMAS.items():
        model = apps.get_model(label)
        for name in fields.model_fields:
            model._meta.get_field(name.removesuffix(RENDITION_SUFFIX))


def _document(title):
    root = Collection.get_first_root_node()
    return get_document_model().objects.create(
        title=title, file=ContentFile(b"inhoud", name=f"{title}.txt"), collection=root
    )


def _full_body(theme_index, copies=1) -> list:
    """Return a body with every kind of block, ``copies`` times over, each
    with its own images, documents and people."""
    body = []
    for number in range(copies):
        image = ImageFactory(title=f"Stadhuis {number}")
        person = UserFactory(username=f"contact{number}").person
        # Wagtail looks up the pages that rich text links to per text (as
        # the website does): only the first copy links.
        link = f'<a linktype="page" id="{theme_index.pk}">thema\'s</a>'
        link = link if number == 0 else "thema's"
        body += [
            ("heading", {"text": "Zo vraag je het aan", "level": "h2"}),
            ("paragraph", f"<p>Zie alle {link}.</p>"),
            (
                "image",
                {"image": image, "alt_text": "Het stadhuis", "decorative": False},
            ),
            (
                "documents",
                {
                    "title": "Formulieren",
                    "documents": [_document(f"Aanvraag {number}"), _document("Wet")],
                },
            ),
            ("contact_person", {"person": person, "role": "Vragen over verlof"}),
            ("call_to_action", {"label": "Aanvragen", "page": theme_index, "url": ""}),
            (
                "faq",
                {
                    "title": "Vragen",
                    "items": [
                        {
                            "question": "Hoeveel dagen?",
                            "answer": "<p><b>Twintig</b></p>",
                        }
                    ],
                },
            ),
        ]
    return body


@pytest.fixture
def one_of_each(home_page, theme_index, news_index, owner, member):
    """A live page of every type, its fields filled."""
    theme = ThemePageFactory(
        parent=theme_index, title="Verlof", body=_full_body(theme_index)
    )
    news = NewsPageFactory(
        parent=news_index,
        title="Nieuwe parking",
        image=ImageFactory(title="Parking"),
        body=_full_body(theme_index),
        target_organisations=[OrganisationFactory(name="Stad", slug="stad")],
    )
    group = make_group(home_page, owner, title="Fietsclub", members=[member])
    group.image = ImageFactory(title="Fietsen")
    group.save_revision().publish()
    return {
        "home.HomePage": home_page,
        "themes.ThemeIndexPage": theme_index,
        "themes.ThemePage": theme,
        "themes.NewsIndexPage": news_index,
        "themes.NewsPage": news,
        "groups.GroupIndexPage": group_index(home_page),
        "groups.GroupPage": group,
        "groups.GroupWikiPage": add_wiki_page(group, "Afspraken"),
    }


def test_each_page_type_answers_its_schema(api_as, member, one_of_each, document_spec):
    client = api_as(member, token=True)
    union = _validator(document_spec, _detail_schema(document_spec))
    for label, page in one_of_each.items():
        response = client.get(f"/api/pages/{page.pk}/")
        assert response.status_code == 200, (label, response.content[:300])
        data = response.json()
        assert data["type"] == label
        errors = [error.message for error in union.iter_errors(data)]
        assert not errors, (label, errors[:3])
        page_schema = document_spec["components"]["schemas"][
            PAGE_DETAILS[label].__name__
        ]
        _validator(document_spec, page_schema).validate(data)
        assert set(data["fields"]) == set(PAGE_FIELD_SCHEMAS[label].model_fields)


def test_the_schema_refuses_what_it_does_not_describe(
    api_as, member, one_of_each, document_spec
):
    union = _validator(document_spec, _detail_schema(document_spec))
    theme = one_of_each["themes.ThemePage"]
    data = api_as(member).get(f"/api/pages/{theme.pk}/").json()
    assert union.is_valid(data)

    data["fields"]["body"][0]["type"] = "video"
    assert not union.is_valid(data)
    data["fields"]["body"][0]["type"] = "heading"
    data["fields"]["body"][0]["value"]["level"] = "h1"
    assert not union.is_valid(data)
    data["fields"]["body"][0]["value"]["level"] = "h2"
    data["type"] = "themes.NewsPage"
    assert not union.is_valid(data)


def test_blocks_carry_typed_values(api_as, member, one_of_each, theme_index):
    theme = one_of_each["themes.ThemePage"]
    data = api_as(member).get(f"/api/pages/{theme.pk}/").json()
    blocks = {block["type"]: block["value"] for block in data["fields"]["body"]}

    assert blocks["heading"] == {"text": "Zo vraag je het aan", "level": "h2"}
    # Rich text is HTML with its links resolved, not Wagtail's database HTML.
    assert 'href="/themas/"' in blocks["paragraph"]
    assert "linktype" not in blocks["paragraph"]
    image = blocks["image"]
    assert image["alt_text"] == "Het stadhuis"
    assert image["decorative"] is False
    assert image["rendition"]["url"].startswith("http://testserver/")
    assert image["rendition"]["width"] <= 800
    assert len(blocks["documents"]["documents"]) == 2
    assert blocks["contact_person"]["person"] is not None
    assert blocks["contact_person"]["username"] == "contact0"
    assert blocks["contact_person"]["role"] == "Vragen over verlof"
    assert blocks["call_to_action"]["page"] == theme_index.pk
    assert blocks["faq"]["items"][0]["answer"] == "<p><b>Twintig</b></p>"


def test_page_images_come_with_a_rendition(api_as, member, one_of_each):
    client = api_as(member)
    for label in ("themes.NewsPage", "groups.GroupPage"):
        page = one_of_each[label]
        fields = client.get(f"/api/pages/{page.pk}/").json()["fields"]
        assert fields["image"] == page.image_id
        assert fields["image_rendition"]["url"].startswith("http://testserver/")
    news = one_of_each["themes.NewsPage"]
    fields = client.get(f"/api/pages/{news.pk}/").json()["fields"]
    assert fields["target_organisations"] == ["stad"]


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content[:300]
    return len(queries)


def test_detail_costs_the_same_whatever_the_body_holds(
    api_as, member, theme_index, news_index
):
    small = NewsPageFactory(
        parent=news_index, image=ImageFactory(), body=_full_body(theme_index)
    )
    large = NewsPageFactory(
        parent=news_index, image=ImageFactory(), body=_full_body(theme_index, 4)
    )
    client = api_as(member)
    urls = [f"/api/pages/{small.pk}/", f"/api/pages/{large.pk}/"]
    # The first requests make the renditions and warm the caches.
    for url in urls:
        client.get(url)
    assert _queries(client, urls[0]) == _queries(client, urls[1])


def test_an_image_without_its_file_has_no_rendition(api_as, member, news_index):
    image = ImageFactory(title="Kwijt")
    news = NewsPageFactory(parent=news_index, image=image)
    image.file.storage.delete(image.file.name)
    response = api_as(member).get(f"/api/pages/{news.pk}/")
    assert response.status_code == 200, response.content[:300]
    assert response.json()["fields"]["image"] == image.pk
    assert response.json()["fields"]["image_rendition"] is None


def test_a_contact_who_left_is_not_shown(api_as, member, theme_index):
    theme = ThemePageFactory(parent=theme_index, body=_full_body(theme_index))
    contact = UserFactory._meta.model.objects.get(username="contact0")
    contact.is_active = False
    contact.save()
    data = api_as(member).get(f"/api/pages/{theme.pk}/").json()
    blocks = {block["type"]: block["value"] for block in data["fields"]["body"]}
    assert blocks["contact_person"] == {
        "person": None,
        "username": None,
        "role": "Vragen over verlof",
    }


def test_the_demo_content_answers_its_schemas(api_as, document_spec):
    seed_demo(people=40, seed=5)
    client = api_as(UserFactory._meta.model.objects.get(username="medewerker"))
    union = _validator(document_spec, _detail_schema(document_spec))
    checked = set()
    for label in PAGE_DETAILS:
        # Up to 25 pages of each type: bodies with every kind of block.
        for page in apps.get_model(label).objects.live().order_by("path")[:25]:
            response = client.get(f"/api/pages/{page.pk}/")
            if response.status_code == 404:
                continue  # a closed group the demo user is not in
            assert response.status_code == 200, (page.pk, response.content[:300])
            errors = [error.message for error in union.iter_errors(response.json())]
            assert not errors, (page.pk, errors[:3])
            checked.add(response.json()["type"])
    assert checked == set(PAGE_DETAILS)
