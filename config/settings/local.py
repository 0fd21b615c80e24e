"""Developer machine and `make demo`: debug on, a throwaway secret key if none is set."""

from .base import *  # noqa: F403
from .env import env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY") or "django-insecure-local-development-only"
# The demo serves static files straight from the apps; no collectstatic step needed.
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# No collectstatic here: WhiteNoise serves straight from the app finders, and an unset
# STATIC_ROOT keeps it from warning about a missing staticfiles/ directory.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
