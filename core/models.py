"""Abstract bases shared by every domain app, plus Source (provenance for any record).

Every public record has a stable UUID, timestamps and a version column. The version
drives strong ETags and the optimistic-concurrency check on writes. Content records add
an editorial status, and provenance adds a confidence mark plus one or more sources.

Each concrete model also declares, as class attributes, what other code needs to know
about it (so that no central table has to list every model):
- `natural_key_fields`: the fields that identify a row across databases (the seed loader's
  row index and the upsert services key on them); `natural_key_fields_of()` reads them.
- `editorial_anchor`: for a record without its own editorial status, the attribute that
  leads to the record whose publication governs it (core.permissions.anchor_of).
"""

import uuid

from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models


def natural_key_fields_of(model: type[models.Model]) -> tuple[str, ...]:
    """The fields that identify a row of `model` (its `natural_key_fields` declaration)."""
    fields = tuple(getattr(model, "natural_key_fields", ()))
    if not fields:
        raise TypeError(f"{model._meta.label} declares no natural_key_fields")
    return fields


class EditorialStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    IN_REVIEW = "in_review", "In review"
    PUBLISHED = "published", "Published"


class Confidence(models.TextChoices):
    """How well a fact is established: confirmed by a primary source, probable, or unverified."""

    CONFIRMED = "confirmed", "Confirmed"
    PROBABLE = "probable", "Probable"
    UNVERIFIED = "unverified", "Unverified"


class EditorialQuerySet(models.QuerySet):
    """Querysets of editorial records. `public()` is the single definition of what an
    anonymous reader may see; models whose visibility depends on relations override it."""

    def public(self):
        return self.filter(editorial_status=EditorialStatus.PUBLISHED)


class PublicRecord(models.Model):
    """A record addressable from the API: UUID, timestamps, and a version for ETags."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False, help_text="Stable public identifier.")
    created = models.DateTimeField(auto_now_add=True, db_index=True, help_text="When the record was created.")
    updated = models.DateTimeField(auto_now=True, db_index=True, help_text="When the record last changed.")
    version = models.PositiveIntegerField(
        default=1,
        editable=False,
        help_text="Incremented on every write; the basis of the strong ETag and of If-Match checks.",
    )

    # Declarations (see the module docstring); concrete models override them.
    natural_key_fields: tuple[str, ...] = ()
    editorial_anchor: str | None = None

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        # Every write of an existing row bumps the version, whatever the channel (admin,
        # API, command), so ETags change with content. API writes additionally guard the
        # bump with a conditional UPDATE (see api/writes.py).
        if not self._state.adding:
            self.version = (self.version or 0) + 1
        super().save(*args, **kwargs)


class ProvenanceRecord(PublicRecord):
    """A record whose facts come from sources, with a confidence mark."""

    confidence = models.CharField(
        max_length=16,
        choices=Confidence.choices,
        default=Confidence.UNVERIFIED,
        db_index=True,
        help_text="How well the sources support this record: confirmed, probable or unverified.",
    )
    sources = GenericRelation("core.Source")

    class Meta:
        abstract = True


class EditorialRecord(ProvenanceRecord):
    """Content that editors publish. Only published records are visible anonymously."""

    editorial_status = models.CharField(
        max_length=16,
        choices=EditorialStatus.choices,
        default=EditorialStatus.DRAFT,
        db_index=True,
        help_text="Editorial workflow state: draft, in review, or published.",
    )
    published_at = models.DateTimeField(
        null=True, blank=True, db_index=True, help_text="When the record was last published."
    )

    objects = EditorialQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.editorial_status == EditorialStatus.PUBLISHED


class HistoryAudit(models.Model):
    """Extra columns on every django-simple-history table: how and where a change came in."""

    history_channel = models.CharField(max_length=16, blank=True, default="", help_text="admin, api, command or seed.")
    history_request_id = models.CharField(
        max_length=64, blank=True, default="", help_text="X-Request-ID of the request that made the change."
    )

    class Meta:
        abstract = True


class Source(PublicRecord):
    """A cited source (a URL and what it supports) attached to any record."""

    natural_key_fields = ("content_type", "object_id", "url", "supports")
    editorial_anchor = "content_object"

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.UUIDField(help_text="UUID of the record this source supports.")
    content_object = GenericForeignKey("content_type", "object_id")
    url = models.URLField(max_length=500, help_text="Where the fact can be checked.")
    title = models.CharField(max_length=300, blank=True, help_text="Title of the source page or document.")
    supports = models.CharField(max_length=500, blank=True, help_text="Which fact of the record this source supports.")
    position = models.PositiveSmallIntegerField(default=0, help_text="Order among the record's sources.")

    class Meta:
        ordering = ["content_type", "object_id", "position"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "url", "supports"], name="source_unique_per_record"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.url
