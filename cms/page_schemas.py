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

    url: str = Field(..., description="the rendition's absolute URL")
    width: int = Field(..., description="in pixels")
    height: int = Field(..., description="in pixels")


# StreamField blocks: ``{"type", "value", "id"}``, one schema per block name.


class HeadingValue(Schema):
    text: str
    level: Literal["h2", "h3"] = Field(..., description="the HTML heading level")


class ImageValue(Schema):
    image: int | None = Field(..., description="the image's id (`/api/images/{id}/`)")
    alt_text: str | None = Field(..., description="empty when decorative")
    decorative: bool | None = Field(..., description="true: screen readers skip it")
    rendition: ImageRendition | None = Field(
        ..., description="the image for screens; null when it is missing"
    )


class DocumentLinksValue(Schema):
    title: str | None
    documents: list[int | None] = Field(
        ...,
        description="ids of documents (`/api/documents/{id}/`); null for one "
        "that was deleted",
    )


class ContactPersonValue(Schema):
    person: int | None = Field(
        ..., description="the person's id; null when they have left"
    )
    username: str | None = Field(
        ..., description="their username (`/api/people/{username}/`), or null"
    )
    role: str | None = Field(..., description="their role on this topic")


class CallToActionValue(Schema):
    label: str = Field(..., description="the button's text")
    page: int | None = Field(..., description="the page linked to, or null")
    url: str | None = Field(..., description="the external link, or empty")


class FaqItemValue(Schema):
    question: str
    answer: str = Field(..., description=HTML)


class FaqValue(Schema):
    title: str | None
    items: list[FaqItemValue]


class HeadingBlockOut(Schema):
    """A section heading."""

    type: Literal["heading"]
    value: HeadingValue
    id: str


class ParagraphBlockOut(Schema):
    """A text: rich text as HTML."""

    type: Literal["paragraph"]
    value: str = Field(..., description=HTML)
    id: str


class ImageBlockOut(Schema):
    """An image with its alternative text and a rendition."""

    type: Literal["image"]
    value: ImageValue
    id: str


class DocumentsBlockOut(Schema):
    """A titled list of documents to download."""

    type: Literal["documents"]
    value: DocumentLinksValue
    id: str


class ContactPersonBlockOut(Schema):
    """The colleague who knows about the topic."""

    type: Literal["contact_person"]
    value: ContactPersonValue
    id: str


class CallToActionBlockOut(Schema):
    """A prominent link: to a page or to an external address."""

    type: Literal["call_to_action"]
    value: CallToActionValue
    id: str


class FaqBlockOut(Schema):
    """Frequently asked questions and their answers."""

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


class HomePageFields(Schema):
    """The portal's fields."""

    welcome: str = Field(..., description=HTML)


class ThemeIndexPageFields(Schema):
    """The fields of the entrance to the themes."""

    intro: str = Field(..., description=HTML)


class ThemePageFields(Schema):
    """The fields of a page about one topic."""

    intro: str = Field(..., description="plain text")
    body: list[ContentBlockOut]


class NewsIndexPageFields(Schema):
    """The fields of the news archive."""

    intro: str = Field(..., description=HTML)


class NewsPageFields(Schema):
    """The fields of a news item."""

    date: datetime.date
    intro: str = Field(..., description="plain text")
    body: list[ContentBlockOut]
    image: int | None = Field(..., description="the image's id (`/api/images/{id}/`)")
    image_rendition: ImageRendition | None = Field(
        ..., description="the image for screens, or null"
    )
    target_organisations: list[str] = Field(
        ..., description="slugs of the organisations addressed; empty for everyone"
    )


class GroupIndexPageFields(Schema):
    """The fields of the group directory."""

    intro: str = Field(..., description=HTML)


class GroupPageFields(Schema):
    """The fields of a group's home page."""

    description: str = Field(..., description="plain text")
    visibility: Literal["open", "closed", "secret"]
    image: int | None = Field(..., description="the image's id (`/api/images/{id}/`)")
    image_rendition: ImageRendition | None = Field(
        ..., description="the image for screens, or null"
    )


class GroupWikiPageFields(Schema):
    """The fields of a page members write in their group."""

    body: str = Field(..., description=HTML)


PAGE_FIELD_SCHEMAS: dict[str, type[Schema]] = {
    "home.HomePage": HomePageFields,
    "themes.ThemeIndexPage": ThemeIndexPageFields,
    "themes.ThemePage": ThemePageFields,
    "themes.NewsIndexPage": NewsIndexPageFields,
    "themes.NewsPage": NewsPageFields,
    "groups.GroupIndexPage": GroupIndexPageFields,
    "groups.GroupPage": GroupPageFields,
    "groups.GroupWikiPage": GroupWikiPageFields,
}
