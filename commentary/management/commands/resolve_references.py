"""manage.py resolve_references: (re)run the reference resolver over takeaways."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from commentary.models import Publication, Takeaway
from commentary.services import takeaway_resolve_references
from treaties.resolver import catalogue_load


class Command(BaseCommand):
    help = (
        "Find treaty, article and actor references in takeaway bodies and store them as automatic "
        "citations and mentions. Editor decisions (confirmed, rejected, curated rows) are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument("--publication", metavar="SLUG", help="Only this publication's takeaways.")

    def handle(self, *args, publication=None, **options):
        takeaways = Takeaway.objects.select_related("publication").order_by("publication__slug", "position")
        if publication:
            if not Publication.objects.filter(slug=publication).exists():
                raise CommandError(f"unknown publication {publication!r}")
            takeaways = takeaways.filter(publication__slug=publication)
        catalogue = catalogue_load()
        totals = {"found": 0, "created": 0, "updated": 0, "removed": 0}
        with transaction.atomic():
            for takeaway in takeaways:
                result = takeaway_resolve_references(takeaway=takeaway, catalogue=catalogue)
                for key in totals:
                    totals[key] += getattr(result, key)
        self.stdout.write(
            f"{takeaways.count()} takeaways: {totals['found']} references found, {totals['created']} created, "
            f"{totals['updated']} updated, {totals['removed']} stale removed"
        )
