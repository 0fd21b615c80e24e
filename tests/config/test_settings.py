"""Production settings refuse unsafe configurations; base settings read the environment."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _import_settings(module: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "DEBUG"}}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "-c", f"import importlib; importlib.import_module({module!r})"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_to_start_without_secret_key():
    result = _import_settings("config.settings.production", ALLOWED_HOSTS="api.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_refuses_a_development_secret_key():
    result = _import_settings(
        "config.settings.production", SECRET_KEY="django-insecure-abc", ALLOWED_HOSTS="api.example.org"
    )
    assert result.returncode != 0
    assert "too weak" in result.stderr


STRONG_KEY = "k3y-" + "0123456789abcdefghij" * 3  # 64 characters, 24 distinct


@pytest.mark.parametrize(
    "key",
    [
        "x" * 64,  # long, but 1 distinct character (Django's W009 wants 5)
        "abcd" * 16,  # 4 distinct characters
        "k3y-0123456789abcdefghijklmnopqrstuvwxyzABCDEFGH",  # 48 characters: W009 wants 50
        "django-insecure-" + "0123456789abcdefghij" * 3,  # a development key, however long
    ],
)
def test_production_secret_key_check_is_at_least_as_strict_as_w009(key):
    result = _import_settings("config.settings.production", SECRET_KEY=key, ALLOWED_HOSTS="api.example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is too weak for production" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = _import_settings("config.settings.production", SECRET_KEY=STRONG_KEY)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set" in result.stderr


def test_production_starts_with_secret_key_and_hosts():
    result = _import_settings("config.settings.production", SECRET_KEY=STRONG_KEY, ALLOWED_HOSTS="api.example.org")
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("url", "engine"),
    [
        ("", "django.db.backends.sqlite3"),
        ("postgres://u@db.example:5432/pactum", "django.db.backends.postgresql"),
    ],
)
def test_database_url_selects_the_engine(url: str, engine: str):
    code = "import config.settings.base as s; print(s.DATABASES['default']['ENGINE'])"
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    if url:
        env["DATABASE_URL"] = url
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == engine, out.stderr


def test_redis_url_selects_the_fail_open_redis_cache():
    code = "import config.settings.base as s; print(s.CACHES['default']['BACKEND'], s.SESSION_ENGINE)"
    env = dict(os.environ, REDIS_URL="redis://127.0.0.1:6379/0")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    # Sessions stay in the database even with Redis: they must survive a Redis outage.
    assert out.stdout.split() == ["core.cache.FailOpenRedisCache", "django.contrib.sessions.backends.db"], out.stderr
