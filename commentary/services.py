"""Writes to the commentary app. Upserts are idempotent: see config.services.record_upsert.

`**options` are passed through to `record_upsert` (create_defaults, index, stats, reason, channel)."""

from typing import Any

from actors.models import Actor
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, TakeawayAuthor, Topic
from config.services import record_upsert
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


# Document ingest and the reference resolver live in their own modules (commentary/ingest/,
# commentary/references.py); they are re-exported here as this app's write services.
from commentary.ingest.service import IngestReport, publication_ingest  # noqa: E402
from commentary.references import ResolveResult, takeaway_resolve_references  # noqa: E402

__all__ = [
    "IngestReport",
    "ResolveResult",
    "citation_upsert",
    "expert_upsert",
    "mention_upsert",
    "publication_ingest",
    "publication_upsert",
    "takeaway_author_upsert",
    "takeaway_resolve_references",
    "takeaway_upsert",
]
