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

import hashlib
import logging
from datetime import datetime

from django.http import FileResponse, Http404, HttpRequest
from django.urls import reverse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import quote_etag
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from cms.api_support import (
    DETAIL_ERRORS,
    MAX_ID,
    READ_ERRORS,
    ApiError,
    ListPagination,
    check_parameters,
)
from cms.visibility import (
    can_view_collection,
    can_view_document,
    visible_documents,
)

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
        _check_collection(request, filters.collection)
        found = found.filter(collection_id=filters.collection)
    return found.order_by("-created_at", "-pk")


def _check_collection(request: HttpRequest, collection_id: int) -> None:
    """Answer 400 for a collection that does not exist or whose documents
    the caller may not find: the same answer for both, so that the filter
    does not tell which collections exist."""
    exists = Collection.objects.filter(pk=collection_id).exists()
    if not (exists and can_view_collection(request.user, collection_id)):
        raise ApiError(
            400, f"No collection {collection_id} to list.", "invalid_parameter"
        )


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
        etag = _file_etag(document)
        file = document.file.open("rb")
    except (OSError, ValueError) as error:
        logger.warning(
            "document file missing document_id=%s name=%s error=%s",
            document.pk,
            document.file.name,
            error,
        )
        raise ApiError(404, "The document's file is missing.") from error

    # Only now, with the caller checked and the file there: 304 for a
    # copy that is still current.
    conditional = get_conditional_response(request, etag=etag)
    if conditional is not None:
        file.close()
        response = conditional
    else:
        response = FileResponse(
            file,
            as_attachment=True,
            filename=document.filename,
            content_type=document.content_type,
        )
        # As Wagtail's own serving view: nothing in the file runs in a browser.
        response["Content-Security-Policy"] = "default-src 'none'"
        response["X-Content-Type-Options"] = "nosniff"
    response["ETag"] = etag
    # Who may open it is checked at each download: no shared cache keeps it.
    patch_cache_control(response, private=True)
    return response


def _file_etag(document) -> str:
    """Return the ETag of a document's download: a digest of its id and file
    name with the file's hash, or, where none was recorded (the groups'
    uploads record none), its size and time of change in storage. It is the
    same for every reader who may open the document."""
    version = document.file_hash
    if not version:
        storage, name = document.file.storage, document.file.name
        try:
            changed = storage.get_modified_time(name).isoformat()
        except NotImplementedError:
            changed = ""
        version = f"{storage.size(name)}:{changed}"
    identity = f"{document.pk}:{document.file.name}:{version}"
    return quote_etag(hashlib.sha256(identity.encode()).hexdigest())


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
