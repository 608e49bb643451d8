"""Documents and images in the API, with the website's rules: what the
caller may find is ``cms.visibility.visible_documents`` (collections under a
view restriction the caller does not pass are left out; external partners
keep to their groups' collections), for images as for documents.

A document's ``url`` is Wagtail's serving view, which checks again who
opens it (``groups.wagtail_hooks``). An image gives the URL of a rendition
at most 800 pixels wide or high.
"""

from datetime import datetime

from django.http import Http404, HttpRequest
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.api_support import (
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    ListPagination,
    check_parameters,
)
from cms.visibility import visible_documents

router = Router(tags=["documents and images"])

IMAGE_RENDITION = "max-800x800"


class MediaFilters(Schema):
    q: str | None = Field(None, max_length=100, description="words in the title")
    collection: int | None = Field(
        None, ge=1, le=2**31 - 1, description="only this collection (a group's)"
    )


class DocumentOut(Schema):
    """A document the caller may open."""

    id: int
    title: str
    file_extension: str
    collection: int = Field(..., alias="collection_id")
    created_at: datetime
    url: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        return context["request"].build_absolute_uri(obj.url)


class ImageOut(Schema):
    """An image the caller may find, with a rendition for screens."""

    id: int
    title: str
    width: int
    height: int
    collection: int = Field(..., alias="collection_id")
    created_at: datetime
    url: str

    @staticmethod
    def resolve_url(obj, context) -> str:
        rendition = obj.get_rendition(IMAGE_RENDITION)
        return context["request"].build_absolute_uri(rendition.url)


def _filtered(request: HttpRequest, queryset, filters: MediaFilters):
    check_parameters(request, MediaFilters.model_fields)
    found = visible_documents(request.user, queryset)
    if filters.q:
        found = found.filter(title__icontains=filters.q)
    if filters.collection:
        found = found.filter(collection_id=filters.collection)
    return found.order_by("-created_at", "-pk")


@router.get(
    "/documents/",
    response={200: list[DocumentOut], **READ_ERRORS},
    summary="List documents",
    operation_id="documents_list",
)
@paginate(ListPagination)
def list_documents(request: HttpRequest, filters: Query[MediaFilters], **kwargs):
    """Return the documents the caller may open, newest first."""
    return _filtered(request, get_document_model().objects.all(), filters)


@router.get(
    "/documents/{document_id}/",
    response={200: DocumentOut, **DETAIL_ERRORS},
    summary="Document detail",
    operation_id="documents_detail",
)
def get_document(request: HttpRequest, document_id: int):
    """Return one document the caller may open, or 404."""
    check_parameters(request, ())
    if document_id > MAX_ID:
        raise Http404
    documents = get_document_model().objects.filter(pk=document_id)
    document = visible_documents(request.user, documents).first()
    if document is None:
        raise Http404
    return document


@router.get(
    "/images/",
    response={200: list[ImageOut], **READ_ERRORS},
    summary="List images",
    operation_id="images_list",
)
@paginate(ListPagination)
def list_images(request: HttpRequest, filters: Query[MediaFilters], **kwargs):
    """Return the images the caller may find, newest first."""
    images = get_image_model().objects.prefetch_renditions(IMAGE_RENDITION)
    return _filtered(request, images, filters)


@router.get(
    "/images/{image_id}/",
    response={200: ImageOut, **DETAIL_ERRORS},
    summary="Image detail",
    operation_id="images_detail",
)
def get_image(request: HttpRequest, image_id: int):
    """Return one image the caller may find, or 404."""
    check_parameters(request, ())
    if image_id > MAX_ID:
        raise Http404
    images = get_image_model().objects.filter(pk=image_id)
    image = visible_documents(request.user, images).first()
    if image is None:
        raise Http404
    return image
