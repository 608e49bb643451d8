"""Serving group content only to its readers, and groups in the admin."""

from __future__ import annotations

from django.http import Http404
from django.shortcuts import redirect
from wagtail import hooks

from cms.visibility import (
    can_view_document,
    can_view_group,
    can_view_group_content,
    is_external,
)

from .models import GroupIndexPage, GroupPage, GroupWikiPage


# Before Wagtail's own view-restriction check (which would answer 403 and
# so tell that the page exists): a reader who may not see a group's content
# gets a 404, or for a closed group's home, the page that lets them ask to
# join.
@hooks.register("before_serve_page", order=-10)
def serve_group_content_to_readers(page, request, serve_args, serve_kwargs):
    user = request.user
    if isinstance(page, GroupPage):
        # A translation is the same group in another language.
        group = page.original
    elif isinstance(page, GroupWikiPage):
        group = page.group
    elif isinstance(page, GroupIndexPage):
        # The directory lists, for an external partner, their own groups.
        return None
    else:
        if is_external(user):
            # External partners see their groups and nothing else.
            if page.depth <= 2:
                return redirect("groups:mine")
            raise Http404
        return None
    if group is not None and can_view_group_content(user, group):
        return None
    if (
        group is not None
        and isinstance(page, GroupPage)
        and can_view_group(user, group)
    ):
        from .views import group_landing

        return group_landing(request, group, page)
    raise Http404


@hooks.register("before_serve_document", order=-10)
def serve_documents_to_readers(document, request):
    if not can_view_document(request.user, document):
        raise Http404
