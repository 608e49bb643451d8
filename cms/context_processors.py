"""Template context shared by every page: the main navigation."""

from django.db.models import OuterRef, Subquery
from django.utils.functional import SimpleLazyObject
from wagtail.models import Page, Site

from cms.languages import children_in_language, default_language
from cms.visibility import visible_pages


def _main_navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    # The home page's sections in the language being read, the Dutch one
    # where a section has no translation (the groups), in the Dutch order.
    sections = children_in_language(Page.objects.in_menu(), site.root_page)
    dutch_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=default_language(),
    ).values("path")[:1]
    sections = sections.annotate(dutch_path=Subquery(dutch_path)).order_by("dutch_path")
    return list(
        visible_pages(request.user, sections).only(
            "id", "title", "url_path", "locale_id"
        )
    )


def navigation(request):
    """Add the top-level sections shown in the header (evaluated when used)."""
    return {"main_navigation": SimpleLazyObject(lambda: _main_navigation(request))}
