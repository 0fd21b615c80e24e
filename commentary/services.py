"""Writes to the commentary app: idempotent upserts (seed, imports), publishing takeaways,
changing a takeaway body with its spans; document ingest and the reference resolver live in
their own modules (commentary/ingest/, commentary/references.py) and are exported here as
this app's write services.

Upserts: see core.services.record_upsert; `**options` are passed through to it
(create_defaults, index, stats, reason, channel)."""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from actors.models import Actor
from commentary.ingest.service import IngestReport, publication_ingest
from commentary.models import Citation, Claim, Expert, Mention, Publication, Takeaway, TakeawayAuthor, Topic
from commentary.references import ResolveResult, ambiguous_reference_resolve, takeaway_resolve_references
from core.audit import Audit
from core.models import EditorialStatus
from core.permissions import can_change
from core.services import record_create, record_delete, record_transition, record_update, record_upsert
from treaties.models import Article, Treaty


def expert_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Expert, str]:
    return record_upsert(model=Expert, key={"slug": slug}, defaults=defaults, **options)


def topic_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Topic, str]:
    return record_upsert(model=Topic, key={"slug": slug}, defaults=defaults, **options)


def publication_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Publication, str]:
    return record_upsert(model=Publication, key={"slug": slug}, defaults=defaults, **options)


def takeaway_upsert(*, slug: str, defaults: dict[str, Any], **options: Any) -> tuple[Takeaway, str]:
    return record_upsert(model=Takeaway, key={"slug": slug}, defaults=defaults, **options)


def takeaway_author_upsert(
    *, takeaway: Takeaway, expert: Expert, defaults: dict[str, Any], **options: Any
) -> tuple[TakeawayAuthor, str]:
    return record_upsert(
        model=TakeawayAuthor, key={"takeaway": takeaway, "expert": expert}, defaults=defaults, **options
    )


def claim_upsert(
    *, takeaway: Takeaway, start: int, end: int, stance: str, defaults: dict[str, Any], **options: Any
) -> tuple[Claim, str]:
    key = {"takeaway": takeaway, "start": start, "end": end, "stance": stance}
    return record_upsert(model=Claim, key=key, defaults=defaults, **options)


def citation_upsert(
    *,
    takeaway: Takeaway,
    treaty: Treaty,
    article: Article | None,
    start: int,
    end: int,
    defaults: dict[str, Any],
    **options: Any,
) -> tuple[Citation, str]:
    key = {"takeaway": takeaway, "treaty": treaty, "article": article, "start": start, "end": end}
    return record_upsert(model=Citation, key=key, defaults=defaults, **options)


def mention_upsert(
    *, takeaway: Takeaway, actor: Actor, start: int, end: int, defaults: dict[str, Any], **options: Any
) -> tuple[Mention, str]:
    key = {"takeaway": takeaway, "actor": actor, "start": start, "end": end}
    return record_upsert(model=Mention, key=key, defaults=defaults, **options)


def takeaway_publish(*, takeaway: Takeaway, audit: Audit) -> Takeaway:
    """Publish a takeaway (shared by the admin action and the API)."""
    return record_transition(record=takeaway, status=EditorialStatus.PUBLISHED, audit=audit)


def takeaway_spans_rebase(*, takeaway: Takeaway, old_body: str, audit: Audit) -> dict[str, int]:
    """Keep citation and mention spans pointing at their quotes after the body changed.

    A span whose text still stands at its offsets stays; one whose quote moved goes to the
    occurrence nearest its old place; one whose quote is gone is deleted (history keeps it).
    """
    body = takeaway.body
    counts = {"kept": 0, "moved": 0, "deleted": 0}
    if body == old_body:
        return counts
    for span in [*takeaway.citations.all(), *takeaway.mentions.all()]:
        if body[span.start : span.end] == span.quote:
            counts["kept"] += 1
            continue
        starts = _occurrences(body, span.quote)
        if not starts:
            record_delete(instance=span, audit=audit.because("Quote no longer in the takeaway body"))
            counts["deleted"] += 1
            continue
        start = min(starts, key=lambda s: abs(s - span.start))
        record_update(
            instance=span,
            changes={"start": start, "end": start + len(span.quote)},
            audit=audit.because("Takeaway body changed; span moved with its quote"),
        )
        counts["moved"] += 1
    return counts


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while quote and at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def takeaway_update(
    *,
    instance: Takeaway,
    changes: dict[str, Any],
    m2m: dict[str, Iterable] | None = None,
    expected_version: int | None = None,
    audit: Audit,
) -> Takeaway:
    """`record_update` for takeaways: a new body carries its citations and mentions along,
    and `m2m["authors"]` (experts in byline order) replaces the byline first, so that a
    request may add the first author and publish in one go."""
    if not audit.trusted and not can_change(audit.user, instance):
        raise PermissionDenied("You may not change this record.")
    m2m = dict(m2m or {})
    authors = m2m.pop("authors", None)
    old_body = Takeaway.objects.filter(pk=instance.pk).values_list("body", flat=True).first() or ""
    with transaction.atomic():
        if authors is not None:
            takeaway_authors_set(takeaway=instance, experts=list(authors), audit=audit)
        takeaway = record_update(
            instance=instance, changes=changes, m2m=m2m, expected_version=expected_version, audit=audit
        )
        takeaway_spans_rebase(takeaway=takeaway, old_body=old_body, audit=audit)
    return takeaway


def takeaway_create(
    *, model=Takeaway, fields: dict[str, Any], m2m: dict[str, Iterable] | None = None, audit: Audit
) -> Takeaway:
    """`record_create` for takeaways: authors become ordered TakeawayAuthor rows. A takeaway
    created as published needs its byline first, so it is created as a draft, given its
    authors, then published, in one transaction."""
    m2m = dict(m2m or {})
    authors = m2m.pop("authors", None)
    status = fields.get("editorial_status", EditorialStatus.DRAFT)
    with transaction.atomic():
        takeaway = record_create(
            model=model, fields={**fields, "editorial_status": EditorialStatus.DRAFT}, m2m=m2m, audit=audit
        )
        if authors is not None:
            takeaway_authors_set(takeaway=takeaway, experts=list(authors), audit=audit)
        if status != EditorialStatus.DRAFT:
            takeaway = record_transition(record=takeaway, status=status, audit=audit)
    return takeaway


def takeaway_authors_set(*, takeaway: Takeaway, experts: list[Expert], audit: Audit) -> None:
    """Make the byline exactly `experts`, in order. Rows already at the right position stay
    (with their printed role); the others are replaced, deletions first so that positions
    never collide."""
    desired = {expert.pk: position for position, expert in enumerate(experts, start=1)}
    roles = {}
    for authorship in takeaway.authorships.all():
        if desired.get(authorship.expert_id) == authorship.position:
            desired.pop(authorship.expert_id)
            continue
        roles[authorship.expert_id] = authorship.role
        record_delete(instance=authorship, audit=audit)
    for expert_id, position in desired.items():
        fields = {"takeaway": takeaway, "expert_id": expert_id, "position": position, "role": roles.get(expert_id, "")}
        record_create(model=TakeawayAuthor, fields=fields, audit=audit)


__all__ = [
    "IngestReport",
    "ResolveResult",
    "ambiguous_reference_resolve",
    "citation_upsert",
    "expert_upsert",
    "mention_upsert",
    "publication_ingest",
    "publication_upsert",
    "takeaway_author_upsert",
    "takeaway_authors_set",
    "takeaway_create",
    "takeaway_publish",
    "takeaway_spans_rebase",
    "takeaway_update",
    "takeaway_resolve_references",
    "takeaway_upsert",
]
