"""The fields of each page type in the API, and of their StreamField blocks.

``GET /api/pages/{id}/`` answers the page with ``fields`` as described here
for its type (``cms/pages_api.py`` makes the union, told apart by ``type``),
so that the OpenAPI document describes every page type exactly. StreamField
bodies are lists of blocks, again told apart by their ``type``, each with the
value Wagtail's ``get_api_representation`` gives it; images add a rendition.
Rich text is HTML.
"""

import datetime
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import Discriminator

HTML = "HTML (rich text, links resolved)"
# A field named ``<image field>_rendition`` gives that image's rendition.
RENDITION_SUFFIX = "_rendition"


class ImageRendition(Schema):
    """A rendition of an image for screens (at most 800 pixels wide or high)."""

    url: str
    width: int
    height: int


# StreamField blocks: ``{"type", "value", "id"}``, one schema per block name.


class HeadingValue(Schema):
    text: str
    level: Literal["h2", "h3"]


class ImageValue(Schema):
    image: int | None = Field(..., description="the image's id (`/api/images/{id}/`)")
    alt_text: str | None
    decorative: bool | None
    rendition: ImageRendition | None


class DocumentLinksValue(Schema):
    title: str | None
    documents: list[int | None] = Field(
        ..., description="ids of documents (`/api/documents/{id}/`)"
    )


class ContactPersonValue(Schema):
    person: int | None = Field(
        ..., description="the person's id; null when they have left"
    )
    role: str | None


class CallToActionValue(Schema):
    label: str
    page: int | None = Field(..., description="the page linked to, or null")
    url: str | None = Field(..., description="the external link, or empty")


class FaqItemValue(Schema):
    question: str
    answer: str = Field(..., description=HTML)


class FaqValue(Schema):
    title: str | None
    items: list[FaqItemValue]


class HeadingBlockOut(Schema):
    type: Literal["heading"]
    value: HeadingValue
    id: str


class ParagraphBlockOut(Schema):
    type: Literal["paragraph"]
    value: str = Field(..., description=HTML)
    id: str


class ImageBlockOut(Schema):
    type: Literal["image"]
    value: ImageValue
    id: str


class DocumentsBlockOut(Schema):
    type: Literal["documents"]
    value: DocumentLinksValue
    id: str


class ContactPersonBlockOut(Schema):
    type: Literal["contact_person"]
    value: ContactPersonValue
    id: str


class CallToActionBlockOut(Schema):
    type: Literal["call_to_action"]
    value: CallToActionValue
    id: str


class FaqBlockOut(Schema):
    type: Literal["faq"]
    value: FaqValue
    id: str


ContentBlockOut = Annotated[
    HeadingBlockOut
    | ParagraphBlockOut
    | ImageBlockOut
    | DocumentsBlockOut
    | ContactPersonBlockOut
    | CallToActionBlockOut
    | FaqBlockOut,
    Discriminator("type"),
]


# The fields of each page type. Review-cycle fields (content owner, review
# interval) are for editors and stay out.


class RootPageFields(Schema):
    """Wagtail's root page: the tree's top, above the portal; no fields."""


class HomePageFields(Schema):
    welcome: str = Field(..., description=HTML)


class ThemeIndexPageFields(Schema):
    intro: str = Field(..., description=HTML)


class ThemePageFields(Schema):
    intro: str = Field(..., description="plain text")
    body: list[ContentBlockOut]


class NewsIndexPageFields(Schema):
    intro: str = Field(..., description=HTML)


class NewsPageFields(Schema):
    date: datetime.date
    intro: str = Field(..., description="plain text")
    body: list[ContentBlockOut]
    image: int | None = Field(..., description="the image's id (`/api/images/{id}/`)")
    image_rendition: ImageRendition | None
    target_organisations: list[str] = Field(
        ..., description="slugs of the organisations addressed; empty for everyone"
    )


class GroupIndexPageFields(Schema):
    intro: str = Field(..., description=HTML)


class GroupPageFields(Schema):
    description: str = Field(..., description="plain text")
    visibility: Literal["open", "closed", "secret"]
    image: int | None = Field(..., description="the image's id (`/api/images/{id}/`)")
    image_rendition: ImageRendition | None


class GroupWikiPageFields(Schema):
    body: str = Field(..., description=HTML)


PAGE_FIELD_SCHEMAS: dict[str, type[Schema]] = {
    "wagtailcore.Page": RootPageFields,
    "home.HomePage": HomePageFields,
    "themes.ThemeIndexPage": ThemeIndexPageFields,
    "themes.ThemePage": ThemePageFields,
    "themes.NewsIndexPage": NewsIndexPageFields,
    "themes.NewsPage": NewsPageFields,
    "groups.GroupIndexPage": GroupIndexPageFields,
    "groups.GroupPage": GroupPageFields,
    "groups.GroupWikiPage": GroupWikiPageFields,
}
