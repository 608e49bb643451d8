"""The pages endpoints of the API, built on ``cms.visibility.visible_pages``.

Werkplek serves these instead of Wagtail's own pages router: that one
lists, for a bearer token, every page the user may *edit* (drafts included,
and for editors the closed groups' pages), and for anyone else every page
without a view restriction, whether or not the website shows it to them.
Here a page is listed and shown exactly when the website would list it.
"""

import hashlib
import logging
import operator
from datetime import datetime
from functools import reduce
from typing import Annotated, Any, Literal

from django.apps import apps
from django.core.cache import cache
from django.db.models import OuterRef, Prefetch, Subquery, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpRequest
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from pydantic import Discriminator, create_model
from wagtail.api.rich_text import APIRichText
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.blocks import ImageBlock
from wagtail.images.models import SourceImageIOError
from wagtail.models import Locale, Page

from cms.api_support import (
    DETAIL_ERRORS,
    READ_ERRORS,
    ApiError,
    ListPagination,
    check_parameters,
)
from cms.fragments import FRAGMENT_TIMEOUT, content_version
from cms.languages import standing_in
from cms.media_api import IMAGE_RENDITION
from cms.page_schemas import PAGE_FIELD_SCHEMAS, RENDITION_SUFFIX
from cms.rich_text import pages_looked_up_once
from cms.visibility import visible_pages
from themes.blocks import ContactPersonBlock

logger = logging.getLogger(__name__)

router = Router(tags=["pages"])


class PageOut(Schema):
    """A page as listings show it."""

    id: int = Field(..., description="the page's id")
    type: str = Field(..., description="the page type, e.g. themes.NewsPage")
    title: str
    slug: str = Field(..., description="the last part of the page's address")
    url: str | None = Field(..., description="the page's address on the website")
    parent: int | None = Field(
        None,
        alias="parent_id",
        description="the id of the page above it; null for a language's home",
    )
    locale: str = Field(
        ..., alias="locale.language_code", description="the language, e.g. nl"
    )
    first_published_at: datetime | None
    last_published_at: datetime | None

    @staticmethod
    def resolve_type(obj: Page) -> str:
        return page_type_label(obj)

    @staticmethod
    def resolve_url(obj: Page, context) -> str | None:
        return obj.get_url(context["request"])


def page_type_label(page: Page) -> str:
    """Return ``app_label.ModelName`` of the page's own type."""
    return page.specific_class._meta.label


# The orders of the page list; ties keep to the tree, so that pages do not
# move between two pages of results.
PageOrder = Literal[
    "path",
    "title",
    "-title",
    "first_published_at",
    "-first_published_at",
    "last_published_at",
    "-last_published_at",
]


class PageFilters(Schema):
    """Filters of the page list."""

    type: str | None = Field(
        None,
        description="only pages of this type (`app_label.ModelName`, as a page's "
        "`type` gives it, e.g. themes.NewsPage)",
    )
    parent: int | None = Field(
        None, description="only the children of this page (its id)"
    )
    locale: str | None = Field(
        None,
        description="only pages written in this language (nl, en or fr); the "
        "stand-ins Wagtail makes of untranslated parents, with the Dutch text, "
        "are not listed",
    )
    order: PageOrder = Field(
        "path",
        description="tree order (`path`, the default), by `title`, or by first "
        "or last publication; `-` in front reverses it (`-first_published_at`: "
        "newest first)",
    )


def _page_model(label: str):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, Page):
        known = ", ".join(sorted(PAGE_FIELD_SCHEMAS))
        raise ApiError(
            400, f"Unknown page type {label!r}; known: {known}.", "invalid_parameter"
        )
    return model


def _locale(code: str) -> Locale:
    locale = Locale.objects.filter(language_code=code).first()
    if locale is None:
        known = ", ".join(Locale.objects.values_list("language_code", flat=True))
        raise ApiError(
            400, f"Unknown language {code!r}; known: {known}.", "invalid_parameter"
        )
    return locale


def _typed(pages):
    """Leave out pages of no type of their own: Wagtail's root, a bare
    ``Page`` above the portal, is no page of the API."""
    return pages.not_exact_type(Page)


def _with_parent_id(pages):
    parents = _typed(
        Page.objects.filter(
            path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
        )
    )
    return pages.annotate(parent_id=Subquery(parents.values("pk")[:1]))


def _listing(request: HttpRequest, pages):
    pages = _typed(visible_pages(request.user, pages))
    return _with_parent_id(pages).select_related("locale", "content_type")


class PageListPagination(ListPagination):
    """The list's pagination, with its count kept in the cache while the
    pages stay as they are.

    Counting the pages a caller may see reads every row of the page table:
    at 100,000 pages that is most of the list's time, 50 ms for a superuser
    and 100 ms for a member, whose closed groups are left out row by row
    (bench/api.py). The count changes only when pages or their view
    restrictions do, which move the content version on (``cms.fragments``).
    The key is the listing's own SQL and parameters, which hold the
    filters and every path ``visible_pages`` leaves out for this caller, so
    callers who may see different pages never share a count. The items are
    always read afresh.
    """

    def _items_count(self, queryset) -> int:
        sql, params = queryset.query.sql_with_params()
        digest = hashlib.sha256(repr((sql, params)).encode()).hexdigest()
        key = f"werkplek:api:pages-count:{content_version()}:{digest}"
        count = cache.get(key)
        if count is None:
            count = queryset.count()
            cache.set(key, count, FRAGMENT_TIMEOUT)
        return count


@router.get(
    "/pages/",
    response={200: list[PageOut], **READ_ERRORS},
    summary="List pages",
    operation_id="pages_list",
)
@paginate(PageListPagination)
def list_pages(request: HttpRequest, filters: Query[PageFilters], **kwargs):
    """Return the live pages the caller may see, in tree order or the one
    asked for."""
    check_parameters(request, PageFilters.model_fields)
    pages = Page.objects.all()
    if filters.type:
        pages = pages.type(_page_model(filters.type))
    if filters.locale:
        # The pages written in that language: not the aliases of Dutch pages
        # Wagtail puts in its tree for translated children (cms.languages).
        pages = pages.filter(locale=_locale(filters.locale)).exclude(standing_in())
    if filters.parent is not None:
        parent = _typed(
            visible_pages(request.user, Page.objects.filter(pk=filters.parent))
        ).first()
        if parent is None:
            # The same answer for a page that does not exist and one that
            # may not be seen.
            raise ApiError(
                400, f"No page {filters.parent} to list.", "invalid_parameter"
            )
        pages = pages.child_of(parent)
    return _listing(request, pages).order_by(*dict.fromkeys((filters.order, "path")))


def _detail_schema(label: str, fields: type[Schema]) -> type[PageOut]:
    """Return the detail schema of one page type: the page as listings show
    it, ``type`` fixed to ``label``, and the type's ``fields``."""
    name = fields.__name__.removesuffix("Fields") + "Detail"
    return create_model(
        name,
        __base__=PageOut,
        __doc__=f"A {label} with its fields.",
        type=(Literal[label], Field(..., description="the page type")),
        fields=(fields, ...),
    )


PAGE_DETAILS = {
    label: _detail_schema(label, fields) for label, fields in PAGE_FIELD_SCHEMAS.items()
}
# A page with the fields of its type, told apart by ``type``.
PageDetailOut = Annotated[
    reduce(operator.or_, PAGE_DETAILS.values()), Discriminator("type")
]


def _prefetch_renditions(page: Page) -> None:
    """Fetch, in one query, the renditions of the images the page's detail
    shows: its own and those of its bodies' image blocks."""
    images = []
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            stream = getattr(page, field.name) or []
            images += [c.value for c in stream if isinstance(c.block, ImageBlock)]
        elif field.is_relation and field.related_model is get_image_model():
            if field.many_to_one:
                images.append(getattr(page, field.name))
    images = [image for image in images if image is not None]
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec=IMAGE_RENDITION)
    )
    prefetch_related_objects(
        images,
        Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"),
    )


def _rendition(request: HttpRequest, image) -> dict[str, Any] | None:
    if image is None:
        return None
    try:
        rendition = image.get_rendition(IMAGE_RENDITION)
    except SourceImageIOError:
        # The website shows a broken image; the API shows none.
        logger.warning("image file missing image_id=%s", image.pk)
        return None
    return {
        "url": request.build_absolute_uri(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
    }


def _stream_value(request: HttpRequest, value) -> list[dict[str, Any]]:
    """Return a StreamField as Wagtail's API represents it (a list of
    ``{"type", "value", "id"}``), an image block with its rendition and a
    contact person with their username."""
    context = {"request": request}
    blocks = []
    for child in value or []:
        represented = child.block.get_api_representation(child.value, context)
        if isinstance(child.block, ImageBlock):
            represented["rendition"] = _rendition(request, child.value)
        if isinstance(child.block, ContactPersonBlock):
            # The directory's address for a person is their username.
            person = child.value["person"]
            represented["username"] = person.user.username if person else None
        blocks.append({"type": child.block.name, "value": represented, "id": child.id})
    return blocks


def _field_value(request: HttpRequest, page: Page, name: str) -> Any:
    if name.endswith(RENDITION_SUFFIX):
        return _rendition(request, getattr(page, name.removesuffix(RENDITION_SUFFIX)))
    field = page._meta.get_field(name)
    value = getattr(page, name)
    if isinstance(field, StreamField):
        return _stream_value(request, value)
    if isinstance(field, RichTextField):
        return APIRichText.serialize(value or "", format=APIRichText.FORMAT_HTML)
    if field.many_to_many:
        return [getattr(item, "slug", str(item)) for item in value.all()]
    if field.is_relation:
        return getattr(page, field.attname)
    return value


def _rich_text_sources(page: Page) -> list[str]:
    """The stored rich text of ``page``: its rich text fields and the raw
    JSON of its StreamFields (whose blocks may hold rich text)."""
    return [
        field.value_to_string(page)
        for field in page._meta.get_fields()
        if isinstance(field, StreamField | RichTextField)
    ]


def _page_fields(request: HttpRequest, page: Page, schema) -> dict[str, Any]:
    """Return the values of the fields ``schema`` describes. The pages that
    rich text links to are looked up once for all blocks (cms.rich_text)."""
    _prefetch_renditions(page)
    with pages_looked_up_once(*_rich_text_sources(page)):
        return {name: _field_value(request, page, name) for name in schema.model_fields}


@router.get(
    "/pages/{page_id}/",
    response={200: PageDetailOut, **DETAIL_ERRORS},
    summary="Page detail",
    operation_id="pages_detail",
)
def get_page(
    request: HttpRequest,
    page_id: int = Path(..., description="the page's id, as pages are listed"),
):
    """Return one page the caller may see, with the fields of its type, or
    404. The answer's ``type`` tells which schema its ``fields`` follow;
    StreamField bodies are lists of ``{"type", "value", "id"}`` blocks, rich
    text is HTML, images add a rendition at most 800 pixels wide or high."""
    check_parameters(request, ())
    page = _listing(request, Page.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404
    specific = page.specific
    label = page_type_label(specific)
    if label not in PAGE_DETAILS:
        # Every page type has a schema (tests/api/test_page_schemas.py).
        logger.error("page type without api schema type=%s page_id=%s", label, page.pk)
        raise Http404
    specific.parent_id = page.parent_id
    # ``type`` picks the schema of the answer (the union's discriminator).
    specific.type = label
    specific.fields = _page_fields(request, specific, PAGE_FIELD_SCHEMAS[label])
    return specific
