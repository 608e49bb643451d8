"""Settings for a developer's machine and `make demo`."""

from .base import *  # noqa: F403 -- settings modules extend the base on purpose
from .base import BASE_DIR, env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="werkplek-dev-only-not-secret")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost"])

# The embedded SQLite database and uploads live in var/ (not in git).
(BASE_DIR / "var").mkdir(exist_ok=True)
