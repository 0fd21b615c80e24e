"""Settings shared by every environment. Anything that differs between machines comes
from the environment; local/test/production only adjust or harden."""

from pathlib import Path

import dj_database_url

from api.enums import ChoiceEnumNames

from .env import env_bool, env_float, env_int, env_list, env_str

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
    "django_tasks",
    "django_tasks_db",
    "webhooks.apps.WebhooksConfig",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy on every response (Django 5.2 has none built in).
    "core.security.ContentSecurityPolicyMiddleware",
    # First after security: every response, errors included, carries X-Request-ID.
    "core.middleware.RequestIDMiddleware",
    # /healthz and /readyz answer here: no host check, throttle, session or load shedding.
    "core.health.HealthCheckMiddleware",
    # A database outage (or a SQLite lock that outlasts its timeout), wherever it surfaces
    # below, is a 503 with Retry-After: problem+json under /api/, plain text elsewhere.
    "core.resilience.DatabaseUnavailableMiddleware",
    # Rate limits under /api/ (api/ratelimit.py): counted before anything else works on the
    # request, so every answer, refusals included, counts and carries the RateLimit fields.
    "api.ratelimit.RateLimitMiddleware",
    # The API's edge (api/edge.py): body size from Content-Length (413) and control
    # characters in path, query and headers (400), before anything parses the request.
    "api.edge.RequestLimitsMiddleware",
    "api.edge.ControlCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Bounded work per worker: excess requests are shed with 503 + Retry-After.
    "core.resilience.LoadSheddingMiddleware",
    "core.db.ReplicaReadsMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Retired v1 fields and endpoints: Deprecation, Sunset and Link headers; 410 after sunset.
    "api.deprecation.DeprecationMiddleware",
    # Unsafe API requests run in one transaction, rolled back on any error response.
    "api.edge.WriteTransactionMiddleware",
]

# Request size limits (README "Limits"): a body over MAX_REQUEST_BODY_BYTES is refused with
# 413 before it is read (api.edge checks Content-Length; Django checks it again on read);
# at most 1,000 query parameters or form fields (400). Uploaded files (the admin's
# document import) have their own 5 MB limit.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("MAX_REQUEST_BODY_BYTES", 2 * 1024 * 1024)
DATA_UPLOAD_MAX_NUMBER_FIELDS = 1000
# A CSRF failure under /api/ is problem+json too.
CSRF_FAILURE_VIEW = "api.problems.csrf_failure"

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Project-wide pages (landing page, the HTML API view, admin branding) live in
        # templates/; app templates still come from each app.
        "DIRS": [BASE_DIR / "templates"],
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
# CONN_MAX_AGE keeps a connection per worker thread; conn_health_checks pings a reused
# connection before each request, so a database restart costs no more than the requests
# that were in flight (docs/deployment.md, "Faults").
SQLITE_OPTIONS = {
    # Writers queue for the lock at BEGIN instead of deadlocking when a read transaction
    # upgrades to a write ("database is locked" at once, whatever the timeout); WAL lets
    # readers run beside the writer. A lock still held after `timeout` seconds is a 503.
    "transaction_mode": "IMMEDIATE",
    "timeout": env_float("SQLITE_BUSY_TIMEOUT", 5.0),
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}


def database_from_url(url: str) -> dict:
    config = dj_database_url.parse(url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60), conn_health_checks=True)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {**SQLITE_OPTIONS, **config.get("OPTIONS", {})}
    elif config["ENGINE"] == "django.db.backends.postgresql":
        options = {}
        if not env_bool("DB_JIT", False):
            # JIT compilation pays off on long analytical scans; an API's statements last
            # milliseconds, and a plan the planner overestimates (a LATERAL walk, a LIMIT that
            # stops early) paid 0.2-0.4 s of compiling for a 20 ms query. Off for these
            # connections (DB_JIT=1 leaves the server's setting). A pooler that rejects startup
            # options (PgBouncer) needs `ALTER ROLE ... SET jit = off` instead (docs/deployment.md).
            options["options"] = "-c jit=off"
        if env_bool("DB_PREPARED_STATEMENTS", True):
            # Statements that bind on the server (the compiled details, api/detail_rows.py) are
            # prepared after a few runs on a connection; Django's own queries bind on the
            # client and are never prepared. Off behind a pooler in transaction mode without
            # prepared-statement support (docs/deployment.md).
            options["prepare_threshold"] = 5
        config["OPTIONS"] = {**options, **config.get("OPTIONS", {})}
    return config


DATABASES = {"default": database_from_url(env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
# Read replicas: DATABASE_REPLICA_URL adds a "replica" alias; core.db routes the reads
# of safe requests to it (writes, and reads inside write requests, stay on the primary).
if env_str("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = database_from_url(env_str("DATABASE_REPLICA_URL"))
DATABASE_ROUTERS = ["core.db.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Covering indexes (INCLUDE columns) are a PostgreSQL optimisation of the live-link and
# published-takeaway indexes; SQLite, the embedded default, builds the same indexes without
# the extra columns, which W040 reports on every check.
SILENCED_SYSTEM_CHECKS = ["models.W040"]

# REDIS_URL selects the Redis cache, shared by every worker (cache, throttles,
# conditional-GET state). Without it, a per-process memory cache serves the demo.
# Redis is an optimisation, never a dependency: core.cache.FailOpenRedisCache gives up on a
# stopped or frozen Redis after a short socket timeout, logs it, and answers as a cache
# miss (throttles fail open) for REDIS_RETRY_SECONDS before trying again.
REDIS_URL = env_str("REDIS_URL")


def redis_caches(url: str) -> dict:
    return {
        "default": {
            "BACKEND": "core.cache.FailOpenRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "pactum"),
            "RETRY_SECONDS": env_float("REDIS_RETRY_SECONDS", 5.0),
            "OPTIONS": {
                "socket_connect_timeout": env_float("REDIS_CONNECT_TIMEOUT", 0.25),
                "socket_timeout": env_float("REDIS_SOCKET_TIMEOUT", 0.5),
            },
        }
    }


if REDIS_URL:
    CACHES = redis_caches(REDIS_URL)
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# The public response cache (api/viewsets.py public_cache_key): pages, group counts and
# details for readers who see only published content, keyed by the request and the change
# counter, so a write retires them all at once. The TTL only bounds how long entries
# orphaned by a write occupy the cache (Redis evicts by LRU); 0 turns the cache off.
PUBLIC_RESPONSE_CACHE_SECONDS = env_int("PUBLIC_RESPONSE_CACHE_SECONDS", 600)

# Sessions live in the database, whatever the cache: an admin session survives a Redis
# outage, and a logout during one cannot be undone by a stale cached copy afterwards
# (docs/decisions/0014-operations.md).
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# Operations (docs/deployment.md). Requests one worker process works on at once
# (core.resilience.LoadSheddingMiddleware); a request that has waited LOAD_SHED_QUEUE_SECONDS
# in all (for a gunicorn thread, then for a slot) gets a 503 with Retry-After instead.
# 0 disables the limit, as in tests and the demo; config/gunicorn.conf.py sets it.
LOAD_SHED_MAX_CONCURRENT = env_int("MAX_CONCURRENT_REQUESTS", 0)
LOAD_SHED_QUEUE_SECONDS = env_float("LOAD_SHED_QUEUE_SECONDS", 7.0)
LOAD_SHED_RETRY_AFTER = env_int("LOAD_SHED_RETRY_AFTER", 1)
DB_UNAVAILABLE_RETRY_AFTER = env_int("DB_UNAVAILABLE_RETRY_AFTER", 5)

# Security headers. SecurityMiddleware adds X-Content-Type-Options: nosniff,
# Referrer-Policy and Cross-Origin-Opener-Policy (Django's defaults, stated here); HSTS
# and the HTTPS redirect are switched on in production. The CSP allows only 'self':
# the admin, Swagger UI and Redoc are all served from here (drf-spectacular-sidecar).
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Load balancers probe over plain HTTP, by IP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; "
    # Redoc (styled-components) and Swagger UI write <style> elements at run time.
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
    "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
    "form-action 'self'; frame-ancestors 'none'"
)
# JSON, CSV and problem bodies load nothing and may not be framed.
CONTENT_SECURITY_POLICY_NON_HTML = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"

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
# Vendored browser libraries and the landing page's scripts (no CDN: see docs/decisions/0017-first-hour.md).
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env_str("STATIC_ROOT") or BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
CORS_URLS_REGEX = r"^/api/.*$"
# Browsers may read the validators for conditional requests.
CORS_EXPOSE_HEADERS = [
    "ETag",
    "Last-Modified",
    # ... and plan around the limits and retirements (docs/api-versioning-and-deprecation.md).
    "RateLimit",
    "RateLimit-Policy",
    "Retry-After",
    "Deprecation",
    "Sunset",
    "Link",
]

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
        "api.filters.ResourceFilterBackend",
    ],
    # Bodies: JSON nested at most 32 deep, no control characters in strings (api/parsers.py).
    # Writes are JSON only: form encodings cannot say null from "" nor a number from a
    # string, so they would accept bodies the schema refuses (the fuzzer showed it).
    "DEFAULT_PARSER_CLASSES": ["api.parsers.StrictJSONParser"],
    # orjson for speed (docs/decisions/0004-api-orjson.md); CSV is opted into per view.
    # The HTML view answers browsers (Accept: text/html), read-only, for every v1 endpoint.
    "DEFAULT_RENDERER_CLASSES": ["api.renderers.ORJSONRenderer", "api.browsable.ReadOnlyBrowsableAPIRenderer"],
    "DEFAULT_PAGINATION_CLASS": "api.pagination.ResourcePagination",
    "PAGE_SIZE": 25,
    "EXCEPTION_HANDLER": "api.problems.exception_handler",
    # Scoped throttles count in the default cache: Redis in production, so every worker shares them.
    # Every /api/ request counts against `anon` (per address) or `token` (per API token);
    # /resolve/ also against `resolve`. Fixed windows, announced in the RateLimit fields
    # (api/throttling.py, api/ratelimit.py, docs/decisions/0022-rate-limits-and-deprecation.md).
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_str("ANON_THROTTLE_RATE", "120/minute"),
        "token": env_str("TOKEN_THROTTLE_RATE", "1200/minute"),
        "resolve": env_str("RESOLVE_THROTTLE_RATE", "60/minute"),
    },
    # Throttles key anonymous clients by address. X-Forwarded-For is trusted only for the
    # number of proxies in front of Pactum (0: use the socket address; a client could
    # otherwise send a new X-Forwarded-For with each request and never be throttled).
    "NUM_PROXIES": env_int("NUM_PROXIES", 0),
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
    # Swagger UI's default validator badge is an image from validator.swagger.io.
    "SWAGGER_UI_SETTINGS": {"validatorUrl": None, "deepLinking": True},
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": r"/api/v[0-9]+",
    # Several models have a `kind`; name each enum after its model for generated clients.
    # Enum component names come from the choice classes (ActorKind -> ActorKindEnum).
    "ENUM_NAME_OVERRIDES": ChoiceEnumNames(BASE_DIR),
    # Response headers (RateLimit, Deprecation…) are declared once, under components/headers.
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.schema.add_header_components"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "django.server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"}
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # Django's default config gives "django" its own console handler (under DEBUG) and lets it
    # propagate to the root's: every warning was printed twice. One handler, the root's.
    # Configuring "django" resets its children, so runserver's request log is declared again.
    "loggers": {
        "django": {"handlers": [], "propagate": True},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
}

# Background tasks (webhook deliveries): django-tasks with its database backend, so the
# embedded default (SQLite) and production (PostgreSQL) need nothing else; run
# `manage.py db_worker` beside the web workers (docs/webhooks.md, decision 0020).
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Webhook targets: networks allowed besides public addresses (none by default: SSRF).
WEBHOOK_ALLOWED_NETWORKS: list[str] = []
WEBHOOK_MAX_ATTEMPTS = env_int("WEBHOOK_MAX_ATTEMPTS", 6)
WEBHOOK_RETRY_BASE_SECONDS = env_int("WEBHOOK_RETRY_BASE_SECONDS", 30)
