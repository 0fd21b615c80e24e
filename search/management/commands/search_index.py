"""Inspect or repair the full-text index: `manage.py search_index [--check | --rebuild | --install]`."""

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections, transaction

from search import db


class Command(BaseCommand):
    help = "Report the search index state; --rebuild rewrites every document, --install recreates the DB objects."

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS)
        group = parser.add_mutually_exclusive_group()
        group.add_argument("--check", action="store_true", help="Exit 1 unless the installed objects are current.")
        group.add_argument("--rebuild", action="store_true", help="Rewrite every document from the source tables.")
        group.add_argument("--install", action="store_true", help="Drop and recreate triggers and indexes, rebuild.")

    def handle(self, *args, database: str, check: bool, rebuild: bool, install: bool, **options):
        connection = connections[database]
        if connection.vendor not in db.SUPPORTED_VENDORS:
            raise CommandError(f"no native search index on {connection.vendor}; q uses the icontains fallback")
        if install:
            with transaction.atomic(using=database):
                db.install(connection)
        elif rebuild:
            with transaction.atomic(using=database):
                count = db.rebuild(connection)
            self.stdout.write(f"rebuilt {count} documents")
        stored, triggers = db.installed_state(connection)
        current = db.is_current(connection)
        self.stdout.write(
            f"{connection.vendor}: digest {stored or '-'} (expected {db.digest(connection.vendor)}), "
            f"{triggers}/{db.expected_trigger_count(connection.vendor)} triggers, "
            f"{'current' if current else 'OUTDATED: run --install'}"
        )
        if check and not current:
            raise CommandError("search index objects are missing or outdated")
