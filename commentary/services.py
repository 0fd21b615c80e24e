"""Writes to the commentary app: idempotent upserts (seed, imports), publishing takeaways,
and changing a takeaway body with its spans.

Upserts: see core.services.record_upsert; `**options` are passed through to it
(create_defaults, index, stats, reason, channel)."""

from collections.abc import Iterable
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction

from actors.models import Actor
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, TakeawayAuthor, Topic
from core.models import EditorialStatus
from core.permissions import can_change
from core.services import record_transition, record_update, record_upsert
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


def takeaway_publish_problems(*, record: Takeaway) -> list[str]:
    """Why `record` cannot be published yet (empty when it can). Unconfirmed automatic
    citations do not block publishing; the admin counts them instead."""
    problems = []
    if not (record.body or "").strip():
        problems.append("A takeaway needs a body before it can be published.")
    if record.pk is None or not record.authorships.exists():
        problems.append("A takeaway needs at least one author before it can be published.")
    return problems


def takeaway_publish(*, takeaway: Takeaway, user=None, reason: str = "") -> Takeaway:
    """Publish a takeaway (shared by the admin action and the API)."""
    return record_transition(record=takeaway, status=EditorialStatus.PUBLISHED, user=user, reason=reason)


def takeaway_spans_rebase(*, takeaway: Takeaway, old_body: str) -> dict[str, int]:
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
            span._change_reason = "Quote no longer in the takeaway body"
            span.delete()
            counts["deleted"] += 1
            continue
        span.start = min(starts, key=lambda s: abs(s - span.start))
        span.end = span.start + len(span.quote)
        span._change_reason = "Takeaway body changed; span moved with its quote"
        span.save()
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
    user=None,
    reason: str = "",
) -> Takeaway:
    """`record_update` for takeaways: a new body carries its citations and mentions along,
    and `m2m["authors"]` (experts in byline order) replaces the byline first, so that a
    request may add the first author and publish in one go."""
    if user is not None and not can_change(user, instance):
        raise PermissionDenied("You may not change this record.")
    m2m = dict(m2m or {})
    authors = m2m.pop("authors", None)
    old_body = instance.body
    with transaction.atomic():
        if authors is not None:
            takeaway_authors_set(takeaway=instance, experts=list(authors), user=user)
        takeaway = record_update(
            instance=instance, changes=changes, m2m=m2m, expected_version=expected_version, user=user, reason=reason
        )
        takeaway_spans_rebase(takeaway=takeaway, old_body=old_body)
    return takeaway


def takeaway_create(*, model=Takeaway, fields: dict[str, Any], m2m: dict[str, Iterable], user=None, reason: str = ""):
    """`record_create` for takeaways: authors become ordered TakeawayAuthor rows."""
    from api.writes import record_create

    m2m = dict(m2m)
    authors = m2m.pop("authors", None)
    with transaction.atomic():
        takeaway = record_create(model=model, fields=fields, m2m=m2m, user=user, reason=reason)
        if authors is not None:
            takeaway_authors_set(takeaway=takeaway, experts=list(authors), user=user)
    return takeaway


def takeaway_authors_set(*, takeaway: Takeaway, experts: list[Expert], user=None) -> None:
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
        authorship._history_user = user
        authorship.delete()
    for expert_id, position in desired.items():
        authorship = TakeawayAuthor(
            takeaway=takeaway, expert_id=expert_id, position=position, role=roles.get(expert_id, "")
        )
        authorship._history_user = user
        authorship.save()


# Document ingest and the reference resolver live in their own modules (commentary/ingest/,
# commentary/references.py); they are re-exported here as this app's write services.
from commentary.ingest.service import IngestReport, publication_ingest  # noqa: E402
from commentary.references import (  # noqa: E402
    ResolveResult,
    ambiguous_reference_resolve,
    takeaway_resolve_references,
)

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
    "takeaway_publish_problems",
    "takeaway_spans_rebase",
    "takeaway_update",
    "takeaway_resolve_references",
    "takeaway_upsert",
]
