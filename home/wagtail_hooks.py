"""Serving the site's pages: a page restricted to groups a signed-in
colleague is not in answers as if it did not exist."""

from django.http import Http404
from wagtail import hooks
from wagtail.models import PageViewRestriction

from cms.visibility import unpassed_restriction_ids


# After the groups' own check (order -10), before Wagtail's, which sends a
# signed-in reader to the sign-in page and so tells that the page exists.
# Password restrictions keep Wagtail's password form. The restrictions come
# from the look-up the page's navigation uses too: no query of its own on
# an open page.
@hooks.register("before_serve_page", order=-5)
def hide_restricted_pages(page, request, serve_args, serve_kwargs):
    ids = unpassed_restriction_ids(request.user, page)
    if (
        ids
        and PageViewRestriction.objects.filter(
            pk__in=ids, restriction_type=PageViewRestriction.GROUPS
        ).exists()
    ):
        raise Http404
    return None
