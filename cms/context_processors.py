"""Template context shared by every page: the main navigation."""

from django.utils.functional import SimpleLazyObject
from wagtail.models import Site

from cms.visibility import visible_pages


def _main_navigation(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    # The sections of the home page in the language being read.
    sections = site.root_page.localized.get_children().in_menu()
    return list(visible_pages(request.user, sections).only("id", "title", "url_path"))


def navigation(request):
    """Add the top-level sections shown in the header (evaluated when used)."""
    return {"main_navigation": SimpleLazyObject(lambda: _main_navigation(request))}
