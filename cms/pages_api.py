"""The pages endpoints of the API, built on ``cms.visibility.visible_pages``.

Werkplek serves these instead of Wagtail's own pages router: that one
lists, for a bearer token, every page the user may *edit* (drafts included,
and for editors the closed groups' pages), and for anyone else every page
without a view restriction, whether or not the website shows it to them.
Here a page is listed and shown exactly when the website would list it.
"""

import hashlib
from datetime import datetime
from typing import Any

from django.apps import apps
from django.core.cache import cache
from django.db.models import OuterRef, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from wagtail.api.rich_text import APIRichText
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from cms.api_support import (
    DETAIL_ERRORS,
    READ_ERRORS,
    ApiError,
    ListPagination,
    check_parameters,
)
from cms.fragments import FRAGMENT_TIMEOUT, content_version
from cms.visibility import visible_pages

router = Router(tags=["pages"])

# What each page type shows besides the fields every page has. Review-cycle
# fields (content owner, review interval) are for editors and stay out.
PAGE_FIELDS = {
    "home.HomePage": ["welcome"],
    "themes.ThemeIndexPage": ["intro"],
    "themes.ThemePage": ["intro", "body"],
    "themes.NewsIndexPage": ["intro"],
    "themes.NewsPage": ["date", "intro", "body", "image", "target_organisations"],
    "groups.GroupIndexPage": ["intro"],
    "groups.GroupPage": ["description", "visibility", "image"],
    "groups.GroupWikiPage": ["body"],
}


class PageOut(Schema):
    """A page as listings show it."""

    id: int
    type: str
    title: str
    slug: str
    url: str | None
    parent: int | None = Field(None, alias="parent_id")
    locale: str = Field(..., alias="locale.language_code")
    first_published_at: datetime | None
    last_published_at: datetime | None

    @staticmethod
    def resolve_type(obj: Page) -> str:
        return page_type_label(obj)

    @staticmethod
    def resolve_url(obj: Page, context) -> str | None:
        return obj.get_url(context["request"])


class PageDetailOut(PageOut):
    """A page with the fields of its type; StreamField bodies come as
    structured JSON (a list of ``{"type", "value", "id"}`` blocks), rich text
    as HTML."""

    fields: dict[str, Any]


def page_type_label(page: Page) -> str:
    """Return ``app_label.ModelName`` of the page's own type."""
    return page.specific_class._meta.label


class PageFilters(Schema):
    """Filters of the page list."""

    type: str | None = Field(None, description="a page type, e.g. themes.NewsPage")
    parent: int | None = Field(None, description="only the children of this page")


def _page_model(label: str):
    try:
        model = apps.get_model(label)
    except (LookupError, ValueError):
        model = None
    if model is None or not issubclass(model, Page):
        known = ", ".join(sorted(PAGE_FIELDS))
        raise ApiError(
            400, f"Unknown page type {label!r}; known: {known}.", "invalid_parameter"
        )
    return model


def _with_parent_id(pages):
    parents = Page.objects.filter(
        path=Substr(OuterRef("path"), 1, Length(OuterRef("path")) - Page.steplen)
    )
    return pages.annotate(parent_id=Subquery(parents.values("pk")[:1]))


def _listing(request: HttpRequest, pages):
    pages = visible_pages(request.user, pages)
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
    """Return the live pages the caller may see, in tree order."""
    check_parameters(request, PageFilters.model_fields)
    pages = Page.objects.all()
    if filters.type:
        pages = pages.type(_page_model(filters.type))
    if filters.parent is not None:
        parent = visible_pages(
            request.user, Page.objects.filter(pk=filters.parent)
        ).first()
        if parent is None:
            # The same answer for a page that does not exist and one that
            # may not be seen.
            raise ApiError(
                400, f"No page {filters.parent} to list.", "invalid_parameter"
            )
        pages = pages.child_of(parent)
    return _listing(request, pages).order_by("path")


def _field_value(request: HttpRequest, page: Page, name: str) -> Any:
    field = page._meta.get_field(name)
    value = getattr(page, name)
    if isinstance(field, StreamField):
        return field.stream_block.get_api_representation(value, {"request": request})
    if isinstance(field, RichTextField):
        return APIRichText.serialize(value or "", format=APIRichText.FORMAT_HTML)
    if field.many_to_many:
        return [getattr(item, "slug", str(item)) for item in value.all()]
    if field.is_relation:
        return getattr(page, field.attname)
    return value


@router.get(
    "/pages/{page_id}/",
    response={200: PageDetailOut, **DETAIL_ERRORS},
    summary="Page detail",
    operation_id="pages_detail",
)
def get_page(request: HttpRequest, page_id: int):
    """Return one page the caller may see, with its type's fields, or 404."""
    check_parameters(request, ())
    page = _listing(request, Page.objects.filter(pk=page_id)).first()
    if page is None:
        raise Http404
    specific = page.specific
    specific.parent_id = page.parent_id
    names = PAGE_FIELDS.get(page_type_label(specific), [])
    specific.fields = {name: _field_value(request, specific, name) for name in names}
    return specific
