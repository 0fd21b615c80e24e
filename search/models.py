"""The search document table: one row per searchable record, text grouped by weight.

The table is portable Django; what makes it searchable is vendor-specific and created by
migrations (see search/db.py and docs/decisions/0006-search.md):
- PostgreSQL: a generated, weighted `tsvector` column `vector` with a GIN index;
- SQLite: an FTS5 external-content table `search_searchdocument_fts` (porter tokenizer).
Rows are written only by database triggers on the source tables, whatever the channel
(ORM, admin, bulk_create, queryset.update, raw SQL), so they are never stale.
"""

from django.db import models


class SearchDocument(models.Model):
    """Weighted text of one searchable record (a treaty, an article, a takeaway, ...)."""

    kind = models.CharField(max_length=64, help_text="Model label of the record, e.g. 'treaties.treaty'.")
    object_id = models.UUIDField(help_text="UUID of the record.")
    a = models.TextField(help_text="Weight A text: titles, headings, names.")
    b = models.TextField(help_text="Weight B text: short titles, aliases, codes, numbers.")
    c = models.TextField(help_text="Weight C text: summaries, descriptions, bodies.")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "object_id"], name="search_document_unique")]
        # The ends of a kind's run of index segments, for the candidate walk
        # (docs/decisions/0027-search-segments.md): max(id) and min(id) of one kind.
        indexes = [models.Index(fields=["kind", "id"], name="search_document_kind_id")]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}"
