"""Serving the site's pages: a page restricted to groups a signed-in
colleague is not in answers as if it did not exist."""

from django.http import Http404
from wagtail import hooks

from cms.visibility import kept_from_by_groups


# After the groups' own check (order -10), before Wagtail's, which sends a
# signed-in reader to the sign-in page and so tells that the page exists.
@hooks.register("before_serve_page", order=-5)
def hide_restricted_pages(page, request, serve_args, serve_kwargs):
    if kept_from_by_groups(request.user, page):
        raise Http404
    return None
