"""Settings shared by every environment. Anything that differs between machines comes
from the environment; local/test/production only adjust or harden."""

from pathlib import Path

import dj_database_url

from .env import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = env_str("SECRET_KEY")  # local/test provide a development fallback
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "core.apps.CoreConfig",
    "actors",
    "treaties",
    "commentary",
    "search.apps.SearchConfig",
    "accounts",
    "seed",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # First after security: every response, errors included, carries X-Request-ID.
    "core.middleware.RequestIDMiddleware",
    "core.db.ReplicaReadsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL selects the engine; the embedded default is a SQLite file in the project.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
# Read replicas: DATABASE_REPLICA_URL adds a "replica" alias; core.db routes the reads
# of safe requests to it (writes, and reads inside write requests, stay on the primary).
if env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = dj_database_url.parse(env_str("DATABASE_REPLICA_URL"), conn_max_age=60)
DATABASE_ROUTERS = ["core.db.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# REDIS_URL selects Django's Redis cache, shared by every worker (cache, throttles,
# conditional-GET state). Without it, a per-process memory cache serves the demo.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "pactum"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Sessions live in the database (or the shared cache) so any worker can serve any request.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if REDIS_URL else "django.contrib.sessions.backends.db"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
# Browsers may read the validators for conditional requests.
CORS_EXPOSE_HEADERS = ["ETag", "Last-Modified"]

REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "api.schema.ResourceAutoSchema",
    "DEFAULT_VERSIONING_CLASS": "rest_framework.versioning.NamespaceVersioning",
    "DEFAULT_VERSION": "v1",
    "ALLOWED_VERSIONS": ["v1"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        # Scripts: hashed, expiring, optionally read-only tokens. Browsers: session + CSRF.
        "accounts.authentication.HashedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": [
        "rest_framework.permissions.IsAuthenticatedOrReadOnly",
    ],
    "DEFAULT_FILTER_BACKENDS": [
        "django_filters.rest_framework.DjangoFilterBackend",
    ],
    # orjson for speed (docs/decisions/0004-api-orjson.md); CSV is opted into per view.
    "DEFAULT_RENDERER_CLASSES": ["api.renderers.ORJSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.ResourcePagination",
    "PAGE_SIZE": 25,
    "EXCEPTION_HANDLER": "api.problems.exception_handler",
    # Scoped throttles count in the default cache: Redis in production, so every worker shares them.
    "DEFAULT_THROTTLE_RATES": {"resolve": env_str("RESOLVE_THROTTLE_RATE", "60/minute")},
    "URL_FORMAT_OVERRIDE": "format",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Pactum API",
    "DESCRIPTION": "Policy research as structured, linked, queryable data: treaties, "
    "their articles, expert commentary and the actors involved.\n\n"
    "**Filters.** Repeating a parameter ORs its values (`?party=russia&party=china`); different "
    "parameters AND (`?party=russia&status=in_force`); `*_all` parameters AND their values; "
    "`exclude_*` parameters leave out records matching any of their values. "
    "Relations are addressed by slug (provision types by code, articles by UUID or "
    "`treaty-slug:number`); an unknown identifier is a 400.\n\n"
    "**Paging.** `page`/`page_size` (25 by default, at most 200), or `cursor` (empty for the first "
    "page) for deep scans without a count. `GET /{resource}/export/` streams the whole filtered "
    "collection as NDJSON or CSV.\n\n"
    "**Groups.** `group_by=<field>` (or two comma-separated fields for a cross-tab) on any list "
    "counts the filtered collection per value, with display names, largest groups first "
    "(`group_limit`, 50 by default, at most 500).\n\n"
    "**Errors** are RFC 9457 `application/problem+json`. **Caching:** every read carries an ETag "
    "and Last-Modified; send If-None-Match or If-Modified-Since for a 304.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    # Several models have a `kind`; name each enum after its model for generated clients.
    "ENUM_NAME_OVERRIDES": {
        "ActorKindEnum": "actors.models.ActorKind",
        "AliasKindEnum": "actors.models.AliasKind",
        "RelationKindEnum": "actors.models.RelationKind",
        "EventKindEnum": "actors.models.EventKind",
        "TreatyKindEnum": "treaties.models.TreatyKind",
        "TreatyStatusEnum": "treaties.models.TreatyStatus",
        "ArticleLinkKindEnum": "treaties.models.ArticleLinkKind",
        "PublicationKindEnum": "commentary.models.PublicationKind",
        "LinkMethodEnum": "commentary.models.LinkMethod",
        "ReviewStatusEnum": "commentary.models.ReviewStatus",
        "EditorialStatusEnum": "core.models.EditorialStatus",
        "ConfidenceEnum": "core.models.Confidence",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
}
