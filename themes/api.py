"""The page feedback endpoint of the API: a reader tells whether a thematic
page or a news item was useful, with an optional comment or question.

It does what the "Was this page useful?" form on the page does
(``themes.freshness.views.page_feedback_view``): the same page check, form
and service, which passes the feedback on to the page's content owner.
"""

from datetime import datetime

from django.http import Http404, HttpRequest
from ninja import Field, Router, Schema, Status
from wagtail.models import Page

from cms.api_support import (
    MAX_ID,
    WRITE_ERRORS,
    ApiError,
    RequestBody,
    Text,
    check_parameters,
    form_error_response,
)
from cms.visibility import can_view_page

from .freshness.forms import PageFeedbackForm
from .freshness.services import record_feedback, takes_feedback

router = Router(tags=["pages"])


class FeedbackIn(RequestBody):
    """A reader's answer to "Was this page useful?"."""

    useful: bool = Field(..., strict=True)
    comment: Text = Field(
        "", description="a remark or question (at most 1,000 characters)"
    )


class FeedbackOut(Schema):
    """Feedback as it was recorded."""

    id: int
    page: int = Field(..., alias="page_id")
    useful: bool
    comment: str
    created_at: datetime


@router.post(
    "/pages/{page_id}/feedback/",
    response={201: FeedbackOut, **WRITE_ERRORS},
    summary="Give feedback on a page",
    operation_id="pages_feedback_create",
)
def create_feedback(request: HttpRequest, page_id: int, payload: FeedbackIn):
    """Record whether a thematic page or news item was useful and pass it on
    to its content owner; 404 for a page the caller may not see, 400 for a
    page that takes no feedback (a group's page, an index)."""
    check_parameters(request, ())
    page = Page.objects.filter(pk=page_id).first() if page_id <= MAX_ID else None
    if page is None or not can_view_page(request.user, page):
        raise Http404
    if not takes_feedback(page):
        raise ApiError(400, "This page takes no feedback.", code="no_feedback")
    form = PageFeedbackForm(
        {"useful": "yes" if payload.useful else "no", "comment": payload.comment}
    )
    if not form.is_valid():
        return form_error_response(form)
    return Status(201, record_feedback(page, request.user, **form.cleaned_data))
