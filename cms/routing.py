"""Routing a URL to a page in one query instead of two per URL segment.

Wagtail finds a page by walking the tree from the site root, one child
lookup and one fetch of the specific page per segment of the URL: a theme
page three levels down costs six queries before its own work starts, and
group pages nest deeper still. The site root remembers, in the shared cache,
which page each path led to (its id and type) under the current content
version (`cms.fragments`), which any change to a page (a new slug, a move,
unpublishing, deleting) moves on. A remembered path costs one query for the
specific page; everything else -- liveness, routable pages, 404s -- is still
decided by Wagtail's own ``route()``.
"""

from __future__ import annotations

import hashlib
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from .fragments import FRAGMENT_TIMEOUT, content_version

logger = logging.getLogger(__name__)


def _route_key(root, path_components) -> str:
    path = "/".join(path_components)
    digest = hashlib.sha256(path.encode()).hexdigest()[:32]
    return f"werkplek:route:{content_version()}:{root.pk}:{digest}"


class CachedRouteMixin:
    """For the page model that is a site's root: route through the cache."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        key = _route_key(self, path_components)
        remembered = cache.get(key)
        if remembered is not None:
            page = self._remembered_page(*remembered)
            if page is not None:
                # Wagtail decides as usual: a page no longer live is a 404.
                return page.route(request, [])
        result = super().route(request, path_components)
        page, args, kwargs = result
        expected = self.url_path + "/".join(path_components) + "/"
        # Only a page reached by its own URL is remembered, not a routable
        # page's sub-route (whose extra segments are arguments).
        if not args and not kwargs and page.url_path == expected:
            cache.set(key, (page.pk, page.content_type_id), FRAGMENT_TIMEOUT)
        return result

    def _remembered_page(self, page_id: int, content_type_id: int):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            return None
        page = model.objects.filter(pk=page_id, path__startswith=self.path).first()
        if page is None:
            logger.info("remembered route to page %s is gone; routing afresh", page_id)
        return page
