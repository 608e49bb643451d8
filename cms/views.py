"""Sign-in page: password form and, when configured, single sign-on."""

import logging

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms import languages
from cms.oidc import problem, sign_on_enabled

logger = logging.getLogger(__name__)


class SignInView(auth_views.LoginView):
    """Django's login view, offering sign-on and refusing passwords when
    WERKPLEK_PASSWORD_LOGIN is off."""

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            sign_on_enabled=sign_on_enabled(),
            sign_on_name=settings.WERKPLEK_SIGN_ON_NAME,
            password_login=settings.WERKPLEK_PASSWORD_LOGIN,
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        if not settings.WERKPLEK_PASSWORD_LOGIN:
            logger.info("password sign-in refused reason=switched-off")
            message = _("Signing in with a password is switched off here.")
            return problem(request, message, status=403)
        return super().post(request, *args, **kwargs)


@require_POST
def switch_language(request):
    """Make the chosen language the reader's and go to ``next``: the
    address of the page they were on, in that language (the switcher
    offers only translations that exist)."""
    code = languages.normalise(request.POST.get("language"))
    if code is None or code != request.POST.get("language"):
        choices = ", ".join(languages.language_codes())
        message = _("Choose one of these languages: %(choices)s.") % {
            "choices": choices
        }
        return HttpResponseBadRequest(message, content_type="text/plain")
    languages.remember_language(request, code)
    logger.info("language switched user=%s language=%s", request.user.pk, code)
    target = request.POST.get("next", "")
    safe = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    if not safe or not target.startswith("/"):
        with translation.override(code):
            target = reverse("wagtail_serve", args=[""])
    return HttpResponseRedirect(target)
