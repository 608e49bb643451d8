"""Settings of the API benchmark (bench/api.py) only: the development
settings with Wagtail's own API v3 mounted beside Werkplek's (bench/urls.py).

Werkplek does not serve Wagtail's pages router (README, "API"); the
benchmark mounts it to compare listings on the same data and server.
"""

from cms.settings.dev import *  # noqa: F403 -- the benchmark extends dev on purpose

ROOT_URLCONF = "bench.urls"

# Both APIs use the namespace "wagtailapi_v3" (bench/urls.py says why).
SILENCED_SYSTEM_CHECKS = ["urls.W005"]
