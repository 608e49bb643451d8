import os

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import oidc
from cms.api import api
from cms.api_support import api_not_found
from cms.views import SignInView, switch_language
from search import views as search_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("accounts/login/", SignInView.as_view(), name="login"),
    # Ends the provider's session too when the session came from sign-on.
    path("accounts/logout/", oidc.SignOutView.as_view(), name="logout"),
    # mozilla-django-oidc's views (same names), open to anonymous visitors.
    path("oidc/", include(oidc.urlpatterns)),
    path("language/", switch_language, name="switch_language"),
    # The API answers its own URLs, /api/search/ included; search.urls stays
    # for the names the templates reverse (its views are the same code).
    path("api/", api.urls),
    path("api/search/", include("search.urls")),
    re_path(r"^api/", api_not_found),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    # Images only: documents are always served through Django, which checks
    # who may read them (a production web server must not serve
    # MEDIA_ROOT/documents/ either).
    for folder in ("images", "original_images"):
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/",
            document_root=os.path.join(settings.MEDIA_ROOT, folder),
        )

# What staff read carries its language in the URL: Dutch (the default) has
# no prefix, the other languages theirs (/en/people/, /fr/themes/...).
urlpatterns += i18n_patterns(
    path("people/", include("people.urls")),
    path("groups/", include("groups.urls")),
    path("feedback/", include("themes.urls")),
    path("search/", search_views.search, name="search"),
    # Wagtail's page serving comes last: it catches every remaining URL.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
