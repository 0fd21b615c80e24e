"""Trigram indexes behind /api/v1/autocomplete/ (core/trigrams.py; PostgreSQL only, guarded)."""

from django.db import migrations

from core.trigrams import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("actors", "0002_confidence_help_text")]

    operations = [
        trigram_indexes(
            {"actors_actor": ("name", "short_name"), "actors_actoralias": ("name",), "actors_event": ("name",)}
        )
    ]
