"""Personal API tokens: each member of staff makes and revokes their own.

A token is Wagtail's ``APIToken`` (only a digest is stored; the token is
shown once, when it is made). The API takes it as a bearer credential and
answers as its owner, with the owner's permissions (cms.api_support).
"""

from __future__ import annotations

import logging

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import APIToken

logger = logging.getLogger(__name__)

# Active tokens one person may hold: one per app or device is plenty.
MAX_ACTIVE_TOKENS = 10
MAX_NAME_LENGTH = 100


@never_cache
def api_tokens(request):
    """List the caller's tokens; make one (shown once) or revoke one."""
    tokens = APIToken.objects.filter(user=request.user).order_by(
        "revoked_at", "-created"
    )
    context = {"tokens": tokens, "max_tokens": MAX_ACTIVE_TOKENS}
    if request.method != "POST":
        return render(request, "people/api_tokens.html", context)
    if request.POST.get("action") == "revoke":
        return _revoke(request)
    name = (request.POST.get("name") or "").strip()
    error = None
    if not name:
        error = _("Give the token a name, such as the app or device it is for.")
    elif len(name) > MAX_NAME_LENGTH:
        error = _("A token's name has at most %(count)s characters.") % {
            "count": MAX_NAME_LENGTH
        }
    elif tokens.filter(revoked_at__isnull=True).count() >= MAX_ACTIVE_TOKENS:
        error = _("You have %(count)s active tokens; revoke one first.") % {
            "count": MAX_ACTIVE_TOKENS
        }
    if error:
        context.update(error=error, name=name)
        return render(request, "people/api_tokens.html", context, status=400)
    token, plaintext = APIToken.create_token(user=request.user, name=name)
    logger.info("api token created user_id=%s token_id=%s", request.user.pk, token.pk)
    context["new_token"] = plaintext
    return render(request, "people/api_tokens.html", context)


def _revoke(request):
    token_id = request.POST.get("token", "")
    token = (
        APIToken.objects.filter(
            user=request.user, pk=int(token_id), revoked_at__isnull=True
        ).first()
        if token_id.isdigit() and len(token_id) < 12
        else None
    )
    if token is None:
        raise Http404
    token.revoke()
    logger.info("api token revoked user_id=%s token_id=%s", request.user.pk, token.pk)
    messages.success(
        request, _("The token “%(name)s” no longer works.") % {"name": token.name}
    )
    return redirect("people:api_tokens")
