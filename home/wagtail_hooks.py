"""Serving the site's pages: a page restricted to groups a signed-in
colleague is not in answers as if it did not exist."""

from django.http import Http404
from wagtail import hooks
from wagtail.models import PageViewRestriction


# After the groups' own check (order -10), before Wagtail's, which sends a
# signed-in reader to the sign-in page and so tells that the page exists.
# Password restrictions keep Wagtail's password form.
@hooks.register("before_serve_page", order=-5)
def hide_restricted_pages(page, request, serve_args, serve_kwargs):
    if not request.user.is_authenticated:
        return None
    for restriction in page.get_view_restrictions():
        if restriction.restriction_type == PageViewRestriction.GROUPS and (
            not restriction.accept_request(request)
        ):
            raise Http404
    return None
