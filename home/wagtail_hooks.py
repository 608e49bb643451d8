"""Serving the site's pages: a page restricted to groups a signed-in
colleague is not in answers as if it did not exist. Rich text's internal
links are expanded by cms.rich_text's handler. Moving a Dutch page in the
admin moves its translations along."""

from django.http import Http404
from wagtail import hooks
from wagtail.models import Page

from cms.languages import is_original
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


@hooks.register("construct_translated_pages_to_cascade_actions")
def move_translations_along(pages, action):
    """Wagtail's admin moves the pages this returns along with a page, each
    under the destination's translation into its language (where there is
    one). Moving a Dutch page thus moves its translations and the aliases
    standing in for them; otherwise readers of English would find the page
    under its old parent only. Unpublishing is passed on by
    ``cms.languages.unpublish_translations``; deleting a Dutch page leaves
    its translations (README, "Languages")."""
    if action != "move":
        return None
    return {
        page: Page.objects.translation_of(page, inclusive=False)
        for page in pages
        if is_original(page)
    }
