"""The dev server prints each log line once: Django's "django" logger has no handler of its
own (it propagated to the root's console handler as well), runserver's request log stays."""

import logging

from django.conf import settings
from django.test import override_settings
from django.utils.log import configure_logging


def test_a_django_warning_is_printed_once_under_debug(capsys):
    try:
        with override_settings(DEBUG=True):
            configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
            logging.getLogger("django.request").warning("Not Found: /nowhere/")
            logging.getLogger("django.server").info('"GET /nowhere/ HTTP/1.1" 404 0')
        err = capsys.readouterr().err
        assert err.count("Not Found: /nowhere/") == 1
        assert err.count('"GET /nowhere/ HTTP/1.1" 404 0') == 1
    finally:
        configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
