"""Serving the site's pages: a page restricted to groups a signed-in
colleague is not in answers as if it did not exist. Rich text's internal
links are expanded by cms.rich_text's handler."""

from django.http import Http404
from wagtail import hooks

from cms.rich_text import LinkedPageHandler
from cms.visibility import kept_from_by_groups


# After Wagtail's own (order 0), which registers its handler for the same
# link type: ours replaces it.
@hooks.register("register_rich_text_features", order=10)
def look_up_linked_pages_once(features):
    features.register_link_type(LinkedPageHandler)


# After the groups' own check (order -10), before Wagtail's, which sends a
# signed-in reader to the sign-in page and so tells that the page exists.
@hooks.register("before_serve_page", order=-5)
def hide_restricted_pages(page, request, serve_args, serve_kwargs):
    if kept_from_by_groups(request.user, page):
        raise Http404
    return None
