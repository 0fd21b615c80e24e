"""`manage.py load_seed`: load the seed corpus (seed/*.yaml), idempotently, in one transaction."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from seed.loader import SEED_DIR, SeedError, SeedLoader, seed_data_read


class Command(BaseCommand):
    help = "Load the seed corpus (publication, takeaways, treaties, actors, events, curated links). Idempotent."

    def add_arguments(self, parser):
        parser.add_argument("--seed-dir", type=Path, default=SEED_DIR, help="Directory holding the seed YAML files.")

    def handle(self, *args, seed_dir: Path, **options):
        try:
            data = seed_data_read(seed_dir=seed_dir)
            # One transaction: a bad reference halfway through leaves the database as it was.
            with transaction.atomic():
                stats = SeedLoader(data=data).load()
        except (SeedError, OSError) as exc:
            raise CommandError(f"Seed not loaded: {exc}") from exc
        for label in stats.labels:
            self.stdout.write(f"  {label}: {stats.created[label]} created, {stats.updated[label]} updated")
        for label, record, fields in stats.kept:
            self.stdout.write(f"  kept editor edit: {label} {record!r}: {', '.join(fields)}")
        kept = f", {len(stats.kept)} kept editor edit{'s' if len(stats.kept) != 1 else ''}" if stats.kept else ""
        self.stdout.write(f"Seed loaded: {stats.total_created} created, {stats.total_updated} updated{kept}")
