"""Trigram indexes behind /api/v1/autocomplete/ (core/trigrams.py; PostgreSQL only, guarded)."""

from django.db import migrations

from core.trigrams import trigram_indexes


class Migration(migrations.Migration):
    dependencies = [("treaties", "0002_confidence_help_text")]

    operations = [trigram_indexes({"treaties_treaty": ("title", "short_title")})]
