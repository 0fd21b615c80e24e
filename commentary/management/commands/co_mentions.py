"""Rebuild the maintained co-mention aggregate from the mention table.

Writes keep it current (commentary/co_mentions.py); rebuild after a load that bypassed the
ORM (COPY, raw SQL, loaddata) or to repair it. Set-based: about a minute at 200k takeaways."""

import time

from django.core.management.base import BaseCommand, CommandError

from commentary.co_mentions import rebuild


class Command(BaseCommand):
    help = "Rebuild the co-mention aggregate (--rebuild)."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="Recompute every row from the mentions.")

    def handle(self, *args, **options):
        if not options["rebuild"]:
            raise CommandError("Nothing to do: pass --rebuild.")
        started = time.perf_counter()
        counts = rebuild()
        seconds = time.perf_counter() - started
        self.stdout.write(
            f"co-mentions rebuilt in {seconds:.1f} s: {counts['pairs']} pairs, {counts['sources']} sources"
        )
