"""Settings shared by every Werkplek deployment.

Everything a deployment changes is read from the environment here, through
django-environ; the dev, test and production modules only adjust defaults.
Without any configuration Werkplek runs on SQLite and Wagtail's database
search backend.
"""

from pathlib import Path

import environ

from .search import read_synonyms, search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent

env = environ.Env()
# A local .env file is convenient on a developer's machine; real deployments
# set the environment directly.
environ.Env.read_env(BASE_DIR / ".env")

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "home",
    "themes",
    "people",
    "groups",
    "search",
    # Wagtail's API v3 (django-ninja): API tokens in the admin; the API
    # itself is put together in cms/api.py.
    "wagtail.api.v3",
    # django-ninja's templates and static files: the API docs load Swagger UI
    # from this site, not from a CDN the staff's network may not reach.
    "ninja",
    # CORS headers on the API for the configured origins only.
    "corsheaders",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "phonenumber_field",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Before CommonMiddleware, so that preflight requests are answered.
    "corsheaders.middleware.CorsMiddleware",
    # Django's, with the browser's language outside the language-prefixed URLs.
    "cms.middleware.LocaleMiddleware",
    # HEAD under /api/ as GET without the body; 204s without Content-Type.
    "cms.middleware.APINoBodyMiddleware",
    "django.middleware.common.CommonMiddleware",
    # ETag revalidation (304) on the API's answers.
    "cms.middleware.APIConditionalGetMiddleware",
    # JSON bodies for the errors that come from around the API (405, /api/).
    "cms.middleware.APIErrorBodyMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Re-checks sessions that came from single sign-on (inert otherwise).
    "cms.oidc.SignOnSessionMiddleware",
    # An intranet: every view needs a signed-in user unless it is marked
    # with @login_not_required (the login view is).
    "cms.middleware.SignInRequiredMiddleware",
    # Sends signed-in staff to the pages in the language of their profile.
    "cms.middleware.PreferredLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Wagtail's redirects, followed only to pages the reader may see.
    "cms.redirects.VisibleRedirectMiddleware",
]

ROOT_URLCONF = "cms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cms.context_processors.navigation",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

DATABASES = {
    "default": env.db(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'var' / 'werkplek.sqlite3'}"
    )
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database of `make demo`: a writer takes the write lock
    # when its transaction begins and others wait for it (up to 20 s),
    # rather than failing with "database is locked" halfway through.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"transaction_mode": "IMMEDIATE", "timeout": 20}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {
    "default": env.cache("CACHE_URL", default="locmemcache://"),
    # Wagtail writes each rendition it shows to this cache; a per-process
    # memory cache spares the shared cache a round trip per image.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

AUTHENTICATION_BACKENDS = [
    # Password sign-in first: force_login() and the demo use it. It refuses
    # everyone when WERKPLEK_PASSWORD_LOGIN is off.
    "cms.oidc.PasswordBackend",
    "cms.oidc.SignOnBackend",
]

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "login"
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"

# Internationalisation: Dutch first, with English and French translations.
LANGUAGE_CODE = "nl"
TIME_ZONE = env("TIME_ZONE", default="Europe/Brussels")
USE_I18N = True
USE_TZ = True
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("fr", "Français"),
]
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "var" / "static")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "var" / "media")
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = env("WERKPLEK_SITE_NAME", default="Werkplek")
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = [
    "csv", "docx", "odt", "ods", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"
]  # fmt: skip
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Documents are always served through Django, so sign-in and view
# restrictions apply to them, never straight from the media URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# The API (cms/api.py): rich text as front-end HTML (links resolved), and
# pages of at most this many items (?limit=).
WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100
# Other front ends on other origins (a kiosk, an app's web view) may call the
# API from a browser when their origin is listed here, with a bearer token:
# no cookies cross origins. Nothing is allowed by default.
CORS_ALLOWED_ORIGINS = env.list("WERKPLEK_API_CORS_ORIGINS", default=[])
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_CREDENTIALS = False
CORS_PREFLIGHT_MAX_AGE = 3600
TAGGIT_CASE_INSENSITIVE = True

# Search (README, "Search"). SEARCH_URL with SEARCH_ENGINE (elasticsearch7,
# elasticsearch8, elasticsearch9, opensearch2, opensearch3) chooses a cluster;
# without SEARCH_URL Wagtail's database backend serves.
SEARCH_URL = env("SEARCH_URL", default="")
SEARCH_ENGINE = env("SEARCH_ENGINE", default="opensearch2")
WERKPLEK_SEARCH_INDEX_PREFIX = env("WERKPLEK_SEARCH_INDEX_PREFIX", default="werkplek_")
WERKPLEK_SEARCH_TIMEOUT = env.int("WERKPLEK_SEARCH_TIMEOUT", default=5)
WERKPLEK_SEARCH_SYNONYMS_FILE = env.path(
    "WERKPLEK_SEARCH_SYNONYMS_FILE", default=BASE_DIR / "search" / "synonyms.txt"
)
WAGTAILSEARCH_BACKENDS = search_backends(
    SEARCH_URL,
    SEARCH_ENGINE,
    WERKPLEK_SEARCH_INDEX_PREFIX,
    WERKPLEK_SEARCH_TIMEOUT,
    read_synonyms(Path(WERKPLEK_SEARCH_SYNONYMS_FILE)),
)

# Phone numbers are entered as people say them ("09 266 12 34") and stored
# in international form.
PHONENUMBER_DEFAULT_REGION = env("WERKPLEK_PHONE_REGION", default="BE")
PHONENUMBER_DEFAULT_FORMAT = "INTERNATIONAL"

# Werkplek's own settings.
WERKPLEK_PEOPLE_PER_PAGE = 24
WERKPLEK_PROFILE_PHOTO_MAX_BYTES = env.int(
    "WERKPLEK_PROFILE_PHOTO_MAX_BYTES", default=5 * 1024 * 1024
)
WERKPLEK_HOME_NEWS_COUNT = 6

# Groups (README, "Groups"): what members may upload to a group's library
# and attach to posts.
WERKPLEK_GROUP_DOCUMENT_EXTENSIONS = env.list(
    "WERKPLEK_GROUP_DOCUMENT_EXTENSIONS", default=WAGTAILDOCS_EXTENSIONS
)
WERKPLEK_GROUP_DOCUMENT_MAX_BYTES = env.int(
    "WERKPLEK_GROUP_DOCUMENT_MAX_BYTES", default=WAGTAILDOCS_MAX_UPLOAD_SIZE
)

# Content freshness (README, "Content freshness"): review cycles of theme
# pages, reminders and escalation.
WERKPLEK_REVIEW_DEFAULT_INTERVAL_MONTHS = env.int(
    "WERKPLEK_REVIEW_DEFAULT_INTERVAL_MONTHS", default=12
)
WERKPLEK_PUBLISH_COUNTS_AS_REVIEW = env.bool(
    "WERKPLEK_PUBLISH_COUNTS_AS_REVIEW", default=True
)
WERKPLEK_REVIEW_ESCALATE_AFTER_DAYS = env.int(
    "WERKPLEK_REVIEW_ESCALATE_AFTER_DAYS", default=60
)

# Background work (django-tasks). The immediate backend runs a task at once,
# in the request or command that enqueues it; see README, "Content
# freshness", for running reminders from cron.
TASKS = {
    "default": {
        "BACKEND": env(
            "TASKS_BACKEND", default="django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}

# Single sign-on (OpenID Connect, through mozilla-django-oidc). Sign-on is
# on only when OIDC_RP_CLIENT_ID is set. Nothing is fetched at start-up (see
# README, "Single sign-on").
OIDC_RP_CLIENT_ID = env("OIDC_RP_CLIENT_ID", default="")
OIDC_RP_CLIENT_SECRET = env("OIDC_RP_CLIENT_SECRET", default="")
OIDC_RP_SIGN_ALGO = env("OIDC_RP_SIGN_ALGO", default="RS256")
OIDC_RP_SCOPES = env("OIDC_RP_SCOPES", default="openid email profile")
# Either the discovery URL (read on first use and cached) or the endpoints;
# an endpoint given explicitly wins over the discovered one.
OIDC_OP_DISCOVERY_URL = env("OIDC_OP_DISCOVERY_URL", default="")
OIDC_OP_ISSUER = env("OIDC_OP_ISSUER", default="")
OIDC_OP_AUTHORIZATION_ENDPOINT = env("OIDC_OP_AUTHORIZATION_ENDPOINT", default="")
OIDC_OP_TOKEN_ENDPOINT = env("OIDC_OP_TOKEN_ENDPOINT", default="")
OIDC_OP_USER_ENDPOINT = env("OIDC_OP_USER_ENDPOINT", default="")
OIDC_OP_JWKS_ENDPOINT = env("OIDC_OP_JWKS_ENDPOINT", default="")
OIDC_OP_LOGOUT_ENDPOINT = env("OIDC_OP_LOGOUT_ENDPOINT", default="")
OIDC_OP_INTROSPECTION_ENDPOINT = env("OIDC_OP_INTROSPECTION_ENDPOINT", default="")
OIDC_OP_LOGOUT_URL_METHOD = "cms.oidc.provider_logout_url"
OIDC_TOKEN_USE_BASIC_AUTH = env.bool("OIDC_TOKEN_USE_BASIC_AUTH", default=True)
OIDC_USE_PKCE = env.bool("OIDC_USE_PKCE", default=True)
OIDC_TIMEOUT = env.int("OIDC_TIMEOUT", default=10)
OIDC_STORE_ID_TOKEN = True
# False: only people who already have an account may sign on.
OIDC_CREATE_USER = env.bool("OIDC_CREATE_USER", default=True)
# Signing in and out works even when the sign-on is due for a re-check.
OIDC_EXEMPT_URLS = ["login", "logout"]
# How often (seconds) a signed-on session is re-checked with the provider.
OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS = env.int(
    "OIDC_RENEW_ID_TOKEN_EXPIRY_SECONDS", default=15 * 60
)
WERKPLEK_SIGN_ON_NAME = env("WERKPLEK_SIGN_ON_NAME", default="Sign in with Stad")
WERKPLEK_PASSWORD_LOGIN = env.bool("WERKPLEK_PASSWORD_LOGIN", default=True)
# Without password sign-in there are no passwords to reset either.
WAGTAIL_PASSWORD_RESET_ENABLED = WERKPLEK_PASSWORD_LOGIN
if not WERKPLEK_PASSWORD_LOGIN:
    # The admin's own password form would only refuse: send people to ours.
    WAGTAILADMIN_LOGIN_URL = WAGTAIL_FRONTEND_LOGIN_URL
# The claim that identifies a person for good: "sub", or "oid" on Entra ID.
WERKPLEK_OIDC_SUBJECT_CLAIM = env("WERKPLEK_OIDC_SUBJECT_CLAIM", default="sub")
WERKPLEK_OIDC_USERNAME_CLAIM = env(
    "WERKPLEK_OIDC_USERNAME_CLAIM", default="preferred_username"
)
# Where the profile's facts are in the claims: field=claim pairs.
WERKPLEK_OIDC_CLAIMS = {
    "job_title": "job_title",
    "department": "department",
    "organisation": "organisation",
    "phone": "phone_number",
    "language": "locale",
    **env.dict("WERKPLEK_OIDC_CLAIMS", default={}),
}
# Roles: the claim holding them and claim value=Django group pairs. Only
# the groups named here are added and removed by sign-on.
WERKPLEK_OIDC_ROLES_CLAIM = env("WERKPLEK_OIDC_ROLES_CLAIM", default="roles")
WERKPLEK_OIDC_ROLE_GROUPS = env.dict(
    "WERKPLEK_OIDC_ROLE_GROUPS",
    default={
        "werkplek-editors": "Editors",
        "werkplek-moderators": "Moderators",
        "werkplek-hr": "HR",
    },
)
# External partners: a person is external when this claim has one of these
# values (on Entra ID: claim "acct", value "1" marks a guest).
WERKPLEK_OIDC_EXTERNAL_CLAIM = env("WERKPLEK_OIDC_EXTERNAL_CLAIM", default="")
WERKPLEK_OIDC_EXTERNAL_VALUES = env.list("WERKPLEK_OIDC_EXTERNAL_VALUES", default=[])
# A first sign-on may take over the one local account with the same e-mail.
WERKPLEK_OIDC_LINK_BY_EMAIL = env.bool("WERKPLEK_OIDC_LINK_BY_EMAIL", default=True)
# The API takes the provider's access tokens issued to these audiences
# (a JWT's "aud"; introspection's "aud" or "client_id"); empty: this
# client's OIDC_RP_CLIENT_ID. A token checked once is trusted for at most
# this many seconds (never past its expiry): a revocation at the provider
# takes effect within that time.
WERKPLEK_OIDC_API_AUDIENCES = env.list("WERKPLEK_OIDC_API_AUDIENCES", default=[])
WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS = env.int(
    "WERKPLEK_OIDC_API_TOKEN_CACHE_SECONDS", default=60
)

# Lax, not Strict: the provider's redirect back to /oidc/callback/ is a
# cross-site top-level navigation. With Strict the browser would leave out
# the session cookie that holds the sign-on's state and nonce, and every
# sign-in would fail. Lax still keeps the cookie off cross-site POSTs.
SESSION_COOKIE_SAMESITE = "Lax"

EMAIL_BACKEND = env(
    "EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="werkplek@localhost")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        name: {"level": env("LOG_LEVEL", default="INFO")}
        for name in ("cms", "home", "themes", "people", "groups", "search")
    },
}
