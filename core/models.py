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
    # Public corrections of this record (core.corrections); they go with the record.
    corrections = GenericRelation("core.Correction")

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


class ChangeCounter(models.Model):
    """One row: the corpus-wide change counter when no Redis is configured (core.changes)."""

    name = models.CharField(max_length=32, unique=True, default="corpus", help_text="Which counter (one: corpus).")
    value = models.BigIntegerField(default=0)
    natural_key_fields = ("name",)

    class Meta:
        verbose_name = "change counter"

    def __str__(self) -> str:
        return f"changes: {self.value}"


class CorrectionQuerySet(models.QuerySet):
    def chronological(self):
        return self.order_by("made_at", "id")


class Correction(models.Model):
    """A public correction: an editor changed the substance of a published record (not a
    fix marked minor). Written by core.services in the transaction of the change; what
    changed is kept field by field, with the editor's reason. Never edited afterwards."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False, help_text="Stable public identifier.")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, help_text="The kind of record corrected.")
    object_id = models.UUIDField(db_index=True, help_text="UUID of the record corrected.")
    record_label = models.CharField(max_length=300, help_text="The record's name when it was corrected.")
    version = models.PositiveIntegerField(help_text="The record's version that carries the correction.")
    made_at = models.DateTimeField(db_index=True, help_text="When the correction was made.")
    reason = models.TextField(blank=True, help_text="The editor's reason for the change.")
    changes = models.JSONField(default=list, help_text="What changed: a list of {field, old, new}.")

    objects = CorrectionQuerySet.as_manager()
    natural_key_fields = ("content_type", "object_id", "version")

    class Meta:
        ordering = ["made_at", "id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]
        # one update writes one version, so a version carries at most one correction
        constraints = [
            models.UniqueConstraint(fields=["content_type", "object_id", "version"], name="correction_once_per_version")
        ]

    def __str__(self) -> str:
        return f"Correction of {self.record_label} (v{self.version})"


class ChangeKind(models.TextChoices):
    CREATED = "created", "Created (published on creation)"
    UPDATED = "updated", "Updated (a minor fix, or a change to what is attached to it)"
    PUBLISHED = "published", "Published"
    UNPUBLISHED = "unpublished", "Unpublished (tombstone)"
    DELETED = "deleted", "Deleted (tombstone)"
    CORRECTED = "corrected", "Corrected (see the correction)"


class ChangeEvent(models.Model):
    """One public change, in commit order: the outbox behind the changes feed and webhooks.

    Written by core.services in the transaction of the write it records (core/outbox.py),
    so a change and its event commit together or not at all. `seq` is the commit order."""

    seq = models.BigAutoField(primary_key=True)
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, help_text="Stable identifier.")
    occurred_at = models.DateTimeField(db_index=True, help_text="When the change was made.")
    kind = models.CharField(max_length=16, choices=ChangeKind.choices, db_index=True, help_text="What happened.")
    resource = models.CharField(max_length=64, db_index=True, help_text="The kind of record (treaty, takeaway...).")
    record_id = models.UUIDField(db_index=True, help_text="UUID of the record.")
    record_key = models.CharField(max_length=200, help_text="How the API addressed the record then (slug, code, UUID).")
    record_label = models.CharField(max_length=300, help_text="The record's name then.")
    version = models.PositiveIntegerField(help_text="The record's version after the change.")
    # A copy, not a foreign key: a record's corrections go when the record is deleted,
    # the feed's history of them must not.
    correction = models.JSONField(
        null=True, blank=True, help_text="For `corrected`: the correction (made_at, version, reason, changes)."
    )

    natural_key_fields = ("uid",)

    class Meta:
        ordering = ["seq"]

    def __str__(self) -> str:
        return f"#{self.seq} {self.kind} {self.resource} {self.record_label}"

    @property
    def tombstone(self) -> bool:
        return self.kind in (ChangeKind.UNPUBLISHED, ChangeKind.DELETED)


class ChangeSubject(models.Model):
    """What a change is about, for filtering the feed: a treaty (slug), an article
    (`treaty-slug:number`) or an actor (slug)."""

    event = models.ForeignKey(ChangeEvent, on_delete=models.CASCADE, related_name="subjects")
    kind = models.CharField(max_length=16, help_text="treaty, article or actor.")
    key = models.CharField(max_length=200, help_text="Slug, or treaty-slug:number for articles.")

    natural_key_fields = ("event", "kind", "key")

    class Meta:
        indexes = [models.Index(fields=["kind", "key", "event"])]
        constraints = [models.UniqueConstraint(fields=["event", "kind", "key"], name="change_subject_unique")]

    def __str__(self) -> str:
        return f"{self.kind} {self.key}"
