"""Rich text that members write, made safe on the server.

The front-end editor sends HTML. Whatever it sends, only what
``WIKI_FEATURES`` allows is kept, through Wagtail's own whitelister (the one
its admin editor uses): no scripts, no event attributes, no ``javascript:``
or ``data:`` links however they are spelled. Images and document links must
point at files of the group's own collection; others are dropped.
"""

from __future__ import annotations

from bs4 import BeautifulSoup
from django.utils.html import escape
from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .models import WIKI_FEATURES, GroupPage


def _converter() -> EditorHTMLConverter:
    return EditorHTMLConverter(features=WIKI_FEATURES)


def clean_rich_text(html: str, group: GroupPage) -> str:
    """Return ``html`` as safe database rich text for a page of ``group``."""
    cleaned = _converter().to_database_format(html or "")
    soup = BeautifulSoup(cleaned, "html.parser")
    documents = _ids_in_group(soup.find_all("a", linktype="document"), group, "doc")
    images = _ids_in_group(soup.find_all("embed", embedtype="image"), group, "img")
    for link in soup.find_all("a", linktype="document"):
        if link.get("id") not in documents:
            link.unwrap()
    for embed in soup.find_all("embed", embedtype="image"):
        if embed.get("id") not in images:
            embed.decompose()
    return soup.decode(formatter=escape)


def _ids_in_group(tags, group: GroupPage, kind: str) -> set[str]:
    ids = {tag.get("id") for tag in tags if str(tag.get("id", "")).isdigit()}
    if not ids:
        return set()
    model = get_document_model() if kind == "doc" else get_image_model()
    found = model.objects.filter(pk__in=ids, collection_id=group.collection_id)
    return {str(pk) for pk in found.values_list("pk", flat=True)}


def editor_html(db_html: str) -> str:
    """Return stored rich text as the editor shows it (images with a src)."""
    return _converter().from_database_format(db_html or "")
