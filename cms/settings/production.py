"""Settings for production: secrets and hosts must come from the environment."""

from .base import *  # noqa: F403 -- settings modules extend the base on purpose
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
DATABASES = {"default": env.db("DATABASE_URL")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
# Cached page fragments are expired through the shared cache: every web
# process must see the same one. A single process may say locmemcache://.
CACHES["default"] = env.cache("CACHE_URL")  # noqa: F405 -- defined in base

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=0)
STORAGES["staticfiles"]["BACKEND"] = (  # noqa: F405 -- defined in base
    "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
)
