"""manage.py ingest PATH [PATH ...]: import commentary documents (text, Markdown, HTML)."""

import argparse
import datetime
import sys

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from tqdm import tqdm

from commentary.ingest.load import DocumentError, document_read
from commentary.ingest.parse import document_parse
from commentary.services import publication_ingest


def _date(value: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (expected YYYY-MM-DD)") from exc


class Command(BaseCommand):
    help = (
        "Create or update publications, experts and takeaways from commentary documents. "
        "All files are one transaction: a failure leaves the database unchanged."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", metavar="PATH", help="Text (.txt), Markdown (.md) or HTML files.")
        parser.add_argument("--publisher", metavar="SLUG", help="Slug of the publishing actor.")
        parser.add_argument("--url", help="Where the publication is published (one file only).")
        parser.add_argument(
            "--date",
            type=_date,
            help="Publication date (YYYY-MM-DD), instead of the one the document states; the resolver dates by it.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Show what would change; write nothing.")
        parser.add_argument("--publish", action="store_true", help="Publish the publication and its takeaways.")

    def handle(self, *args, paths, publisher, url, date, dry_run, publish, **options):
        if (url or date) and len(paths) > 1:
            raise CommandError("--url and --date apply to one document; give one PATH with them")
        # Read and parse everything first: bad input is refused before anything is written.
        try:
            documents = [(path, document_parse(text=document_read(path=path), filename=path)) for path in paths]
        except DocumentError as exc:
            raise CommandError(str(exc)) from exc
        show_bar = len(paths) > 1 and sys.stderr.isatty()
        reports = []
        try:
            with transaction.atomic():
                for path, document in tqdm(
                    documents, desc="ingest", unit="file", disable=not show_bar, file=sys.stderr
                ):
                    reports.append(
                        (
                            path,
                            publication_ingest(
                                document=document,
                                publisher=publisher,
                                url=url,
                                date=date,
                                dry_run=dry_run,
                                publish=publish,
                            ),
                        )
                    )
        except DocumentError as exc:
            raise CommandError(str(exc)) from exc
        for path, report in reports:
            self._print_changes(path, report, verbose=dry_run or options["verbosity"] > 1)
        self._print_table(reports)

    def _print_changes(self, path, report, *, verbose: bool) -> None:
        title = "DRY RUN — nothing written. " if report.dry_run else ""
        self.stdout.write(f"{title}{path} → {report.publication}: {report.summary}")
        if verbose:
            for change in report.changes:
                self.stdout.write(f"  {change}")
        for kept in report.kept_editor_edits:
            self.stdout.write(f"  kept editor edit: {kept}")
        for warning in report.warnings:
            self.stderr.write(f"  warning: {warning}")

    def _print_table(self, reports) -> None:
        header = ("file", "sections", "experts new/matched", "takeaways new/updated", "references")
        rows = [
            (
                str(path),
                str(r.sections),
                f"{len(r.experts_created)}/{len(r.experts_matched)}",
                f"{r.takeaways_created}/{r.takeaways_updated}",
                f"{r.references_found} ({r.references_created} new)",
            )
            for path, r in reports
        ]
        widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
        for row in [header, tuple("-" * w for w in widths), *rows]:
            self.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
