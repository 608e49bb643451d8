"""Documents and images in the API, with the website's rules: what the
caller may find is ``cms.visibility.visible_documents`` (collections under a
view restriction the caller does not pass are left out; external partners
keep to their groups' collections), for images as for documents.

A document's ``url`` is Wagtail's serving view, which checks again who
opens it (``groups.wagtail_hooks``) but knows only the browser session; its
``download_url`` is the API's own download, which takes a bearer token as
every endpoint does. An image gives the URL of a rendition at most 800
pixels wide or high.
"""

import logging
from datetime import datetime

from django.http import FileResponse, Http404, HttpRequest
from django.urls import reverse
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cms.api_support import (
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    ApiError,
    ListPagination,
    check_parameters,
)
from cms.visibility import can_view_document, visible_documents

logger = logging.getLogger(__name__)

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
    url: str = Field(
        ...,
        description="the website's download (Wagtail's serving view): "
        "for a browser signed in with a session",
    )
    download_url: str = Field(
        ...,
        description="the API's download: the file itself, with a session or "
        "a bearer token",
    )

    @staticmethod
    def resolve_url(obj, context) -> str:
        return context["request"].build_absolute_uri(obj.url)

    @staticmethod
    def resolve_download_url(obj, context) -> str:
        path = reverse("wagtailapi_v3:documents_download", args=[obj.pk])
        return context["request"].build_absolute_uri(path)


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


# The file answers in the document's own content type, which may be any.
# Binary content has no schema in OpenAPI 3.1 (a media type without one):
# "type": "string" would be a promise broken by every JSON document.
DOWNLOAD_RESPONSE = {
    "description": "The file's bytes, as an attachment named after it, in "
    "its own content type (guessed from its name, as Wagtail does).",
    "content": {"*/*": {}},
}


@router.get(
    "/documents/{document_id}/download/",
    response={200: None, **DETAIL_ERRORS},
    summary="Download a document",
    operation_id="documents_download",
    url_name="documents_download",
    openapi_extra={"responses": {200: DOWNLOAD_RESPONSE}},
)
def download_document(request: HttpRequest, document_id: int):
    """Return the file of a document the caller may open, or 404."""
    check_parameters(request, ())
    if document_id > MAX_ID:
        raise Http404
    document = get_document_model().objects.filter(pk=document_id).first()
    if document is None or not can_view_document(request.user, document):
        raise Http404

    try:
        file = document.file.open("rb")
    except (OSError, ValueError) as error:
        logger.warning(
            "document file missing document_id=%s name=%s error=%s",
            document.pk,
            document.file.name,
            error,
        )
        raise ApiError(404, "The document's file is missing.") from error
    response = FileResponse(
        file,
        as_attachment=True,
        filename=document.filename,
        content_type=document.content_type,
    )

    # As Wagtail's own serving view: nothing in the file runs in a browser.
    response["Content-Security-Policy"] = "default-src 'none'"
    response["X-Content-Type-Options"] = "nosniff"
    return response


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
