"""Sign-in page: password form and, when configured, single sign-on."""

import logging

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.utils.translation import gettext as _

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
