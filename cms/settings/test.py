"""Settings for the test suite: `make test` points DATABASE_URL at PostgreSQL."""

from .base import *  # noqa: F403 -- settings modules extend the base on purpose
from .base import BASE_DIR, env

DEBUG = False
SECRET_KEY = "werkplek-tests-not-secret"  # noqa: S105 -- tests only
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "test-media")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

# Live-server threads must not keep connections open past a test, or the test
# database cannot be dropped at the end of the run.
DATABASES["default"]["CONN_MAX_AGE"] = 0  # noqa: F405 -- defined in base
