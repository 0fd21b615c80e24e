"""Shared fixtures. Keep this small: factories live beside each app's tests."""

import io

import pytest
from django.core.cache import cache
from django.core.management import call_command
from rest_framework.test import APIClient


@pytest.fixture(autouse=True)
def _clear_cache():
    # The cache may be Redis shared across runs; tests must not see each other's entries.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def api_client() -> APIClient:
    return APIClient()


@pytest.fixture
def seeded(db) -> None:
    """The seed corpus (seed/*.yaml) loaded through `manage.py load_seed`."""
    call_command("load_seed", stdout=io.StringIO())


# Editorial roles (editor, contributor, superuser fixtures).
pytest_plugins = ["tests.fixtures_roles"]
