"""Trigram indexes behind /api/v1/autocomplete/ (core/trigrams.py; PostgreSQL only, guarded)."""

from django.db import migrations

from core.trigrams import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("commentary", "0004_ambiguous_reference")]

    operations = [
        trigram_indexes(
            {"commentary_expert": ("name",), "commentary_publication": ("title",), "commentary_topic": ("name",)}
        )
    ]
