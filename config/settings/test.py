"""pytest settings: fast hashing, plain static storage, same database selection as base."""

import os
from urllib.parse import urlsplit, urlunsplit

from .base import *  # noqa: F403
from .env import env_str

SECRET_KEY = env_str("SECRET_KEY") or "django-insecure-test-only"
# Tests run against one database; replica routing is unit-tested (tests/core) without it.
DATABASES.pop("replica", None)  # noqa: F405
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
# No collectstatic here: WhiteNoise serves straight from the app finders, and an unset
# STATIC_ROOT keeps it from warning about a missing staticfiles/ directory.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# pytest-xdist workers share one Redis server, and the suite's cache.clear() is a FLUSHDB:
# give each worker (gw0, gw1, …) its own database number above the configured one.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):
    _url = urlsplit(REDIS_URL)
    _db = int(_url.path.strip("/") or 0) + 1 + int(_worker[2:])
    CACHES["default"]["LOCATION"] = urlunsplit(_url._replace(path=f"/{_db}"))  # noqa: F405

# Webhook tests post to a receiver on 127.0.0.1 only, and retry without waiting.
WEBHOOK_ALLOWED_NETWORKS = ["127.0.0.1/32"]
WEBHOOK_RETRY_BASE_SECONDS = 0
WEBHOOK_MAX_ATTEMPTS = 3

# Tests that walk many requests in one test (hostile-input corpora, every page of a list)
# must not meet the production client quotas; the rate-limit tests set their own small
# quotas on the throttles. The `/resolve/` scope keeps its rate (its throttle test uses it).
REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"] = {  # noqa: F405
    **REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],  # noqa: F405
    "anon": env_str("ANON_THROTTLE_RATE", "100000/minute"),
    "token": env_str("TOKEN_THROTTLE_RATE", "100000/minute"),
}
