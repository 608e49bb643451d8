"""Internal links in rich text, looked up once per answer.

Wagtail turns each ``<a linktype="page" id="...">`` into the page's address
when rich text is shown, one rich text value at a time: a StreamField body
with ten paragraphs that link to pages looks pages up ten times, and once
more per page for its translation into the reader's language
(``Page.localized``). Within ``pages_looked_up_once(...)`` the pages that the
given sources link to are fetched together beforehand (two queries, however
many blocks), and the link handler, which replaces Wagtail's own for
``linktype="page"`` (``home/wagtail_hooks.py``), reads them from there.
Outside it, links are expanded exactly as Wagtail does.
"""

from __future__ import annotations

import logging
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from django.utils.html import format_html
from wagtail.models import Locale, Page
from wagtail.rich_text.pages import PageLinkHandler

logger = logging.getLogger(__name__)

# An internal page link's opening tag and its id, also inside a StreamField's
# JSON (where the quotes are escaped).
PAGE_LINK = re.compile(r'<a\b[^>]*?\blinktype=\\?"page\\?"[^>]*>')
LINK_ID = re.compile(r'\bid=\\?"(\d+)\\?"')


@dataclass
class _LinkedPages:
    pages: dict[str, Page] = field(default_factory=dict)
    # What ``Page.localized`` gives for each page fetched beforehand (its
    # live translation into the active language, or itself), by its id.
    localized: dict[int, Page] = field(default_factory=dict)


_linked: ContextVar[_LinkedPages | None] = ContextVar(
    "werkplek_linked_pages", default=None
)


def linked_page_ids(*sources: str) -> set[int]:
    """The ids of the pages that internal links in ``sources`` point to."""
    ids = set()
    for source in sources:
        for tag in PAGE_LINK.findall(source or ""):
            found = LINK_ID.search(tag)
            if found:
                ids.add(int(found.group(1)))
    return ids


@contextmanager
def pages_looked_up_once(*sources: str):
    """Fetch the pages that ``sources`` (rich text, or a StreamField's raw
    JSON) link to, and their live translations into the active language,
    for the rich text expanded within the block."""
    linked = _LinkedPages()
    ids = linked_page_ids(*sources)
    if ids:
        pages = Page.objects.filter(pk__in=ids).defer_streamfields().specific()
        # A link to a page that is gone stays a bare <a>, without a query.
        linked.pages = dict.fromkeys(map(str, ids))
        linked.pages.update({str(page.pk): page for page in pages})
        pages = [page for page in linked.pages.values() if page is not None]
        translations = _translations(pages)
        linked.localized = {page.pk: translations.get(page.pk, page) for page in pages}
    token = _linked.set(linked)
    try:
        yield
    finally:
        _linked.reset(token)


def _translations(pages: list[Page]) -> dict[int, Page]:
    """The live translation into the active language of each of ``pages``
    that has one (as ``Page.localized`` finds it), in one query."""
    try:
        active = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return {}
    keys = {
        page.translation_key: page.pk for page in pages if page.locale_id != active.pk
    }
    if not keys:
        return {}
    translations = Page.objects.filter(
        translation_key__in=list(keys), locale=active, live=True
    ).defer_streamfields()
    return {keys[each.translation_key]: each for each in translations}


class LinkedPageHandler(PageLinkHandler):
    """Wagtail's handler of internal page links, reading the pages from
    ``pages_looked_up_once`` when it is in force."""

    @classmethod
    def get_many(cls, attrs_list: list[dict]) -> list[Page | None]:
        linked = _linked.get()
        if linked is None:
            return super().get_many(attrs_list)
        missing = [
            attrs for attrs in attrs_list if str(attrs.get("id")) not in linked.pages
        ]
        if missing:
            # Not among the sources given: looked up as Wagtail does.
            logger.debug("rich text link looked up late count=%s", len(missing))
            for attrs, page in zip(missing, super().get_many(missing), strict=True):
                linked.pages[str(attrs.get("id"))] = page
        return [linked.pages.get(str(attrs.get("id"))) for attrs in attrs_list]

    @classmethod
    def expand_db_attributes_many(cls, attrs_list: list[dict]) -> list[str]:
        linked = _linked.get()
        if linked is None:
            return super().expand_db_attributes_many(attrs_list)
        expanded = []
        for page in cls.get_many(attrs_list):
            if page is None:
                expanded.append("<a>")
                continue
            shown = linked.localized.get(page.pk) or page.localized
            expanded.append(format_html('<a href="{}">', shown.url))
        return expanded
