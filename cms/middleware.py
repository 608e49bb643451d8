"""Sign-in requirement for the whole intranet."""

from django.contrib.auth.middleware import LoginRequiredMiddleware
from django.urls import reverse

API_PREFIX = "/api/"


class SignInRequiredMiddleware(LoginRequiredMiddleware):
    """Send anonymous visitors to the sign-in page, except in the Wagtail admin.

    The API (under ``/api/``) checks its own credentials -- a session or a
    bearer token -- and answers 401 JSON, which an app can act on, instead of
    a redirect to an HTML form.

    The admin guards every view itself (it requires admin access and sends
    visitors to its own login, which the sign-on settings steer); its login
    page also loads an icon sprite and translations anonymously, which Django's
    middleware would otherwise answer with a redirect to the front-end login.
    """

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path.startswith(reverse("wagtailadmin_home")):
            return None
        if request.path.startswith(API_PREFIX):
            return None
        return super().process_view(request, view_func, view_args, view_kwargs)
