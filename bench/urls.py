"""URLs of the API benchmark (bench/settings.py): Werkplek's, with Wagtail's
own API v3 (its stock ``NinjaAPI``: pages, sites, schema, "who am I") at
``/api/wagtail/``.

Under ``/api/`` so that the same middleware serves both APIs (the sign-in
middleware leaves ``/api/`` to the API, ETags are added there). It comes
first: both APIs use the URL namespace ``wagtailapi_v3``, and Django reverses
a namespace in the first pattern that has it, so Wagtail's listing reverses
its own ``detail_page`` as it does when mounted alone.
"""

from django.urls import path
from wagtail.api.v3.urls import api as wagtail_api

from cms.urls import urlpatterns as werkplek_urlpatterns

urlpatterns = [path("api/wagtail/", wagtail_api.urls), *werkplek_urlpatterns]
