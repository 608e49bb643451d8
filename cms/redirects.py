"""Wagtail's redirects, without giving away pages the reader may not see.

Wagtail keeps a redirect from a page's old address whenever its address
changes (a new title, a translation's title, a move). Its middleware follows
such a redirect for anyone whose request found nothing: the ``Location``
then names the page's new address, and with it its title, to a reader who
may not open the page (a restricted theme page, a closed group's
translation, a page taken offline). Here a redirect to a page is followed
only for readers who may see that page; everyone else keeps the 404, which
looks like any other.
"""

import logging
from urllib.parse import urlparse

from django import http
from wagtail.contrib.redirects.middleware import RedirectMiddleware, get_redirect
from wagtail.contrib.redirects.models import Redirect

from cms.visibility import can_view_page

logger = logging.getLogger(__name__)


def find_redirect(request) -> Redirect | None:
    """The redirect for the request's address, with its query string or
    without it, as Wagtail's middleware looks it up."""
    path = Redirect.normalise_path(request.get_full_path(), decode_unicode=False)
    redirect = get_redirect(request, path)
    if redirect is None:
        without_query = urlparse(path).path
        if without_query != path:
            redirect = get_redirect(request, without_query)
    return redirect


class VisibleRedirectMiddleware(RedirectMiddleware):
    """Wagtail's ``RedirectMiddleware``, following a redirect to a page only
    for a reader who may see the page (``cms.visibility.can_view_page``).
    Redirects to a plain address are followed as Wagtail does."""

    def process_response(self, request, response):
        if response.status_code != 404:
            return response
        redirect = find_redirect(request)
        if redirect is None or redirect.link is None:
            return response
        if redirect.redirect_page_id is not None and not can_view_page(
            getattr(request, "user", None), redirect.redirect_page
        ):
            logger.info(
                "redirect withheld redirect_id=%s page_id=%s",
                redirect.pk,
                redirect.redirect_page_id,
            )
            return response
        if redirect.is_permanent:
            return http.HttpResponsePermanentRedirect(redirect.link)
        return http.HttpResponseRedirect(redirect.link)
