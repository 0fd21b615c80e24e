"""Trigram indexes behind /api/v1/autocomplete/ (core/trigrams.py; PostgreSQL only, guarded)."""

from django.db import migrations

from core.trigrams import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("commentary", "0007_takeaway_published_index")]

    operations = [
        trigram_indexes(
            {"commentary_expert": ("name",), "commentary_publication": ("title",), "commentary_topic": ("name",)}
        )
    ]
