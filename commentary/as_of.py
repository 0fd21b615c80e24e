"""As-of reads of experts, publications and takeaways (core.history): what was published
at an instant, with the bylines, publication, citations and mentions it had then. Not
versioned (no history table): a takeaway's topics (many-to-many), sources."""

import datetime

from django.db.models import Q, QuerySet

from actors.as_of import actors_by_id
from actors.models import Actor
from commentary.models import Citation, Expert, Mention, Publication, ReviewStatus, Takeaway, TakeawayAuthor
from core.history import (
    as_instances,
    attach_fk,
    attach_list,
    by_id,
    grouped,
    ids_of,
    latest_rows,
    published_rows,
    unversioned,
)
from treaties.as_of import article_hydrate, article_rows, treaties_by_id, treaty_rows


def expert_rows(*, at: datetime.datetime) -> QuerySet:
    return published_rows(Expert, at=at)


def publication_rows(*, at: datetime.datetime) -> QuerySet:
    return published_rows(Publication, at=at)


def takeaway_rows(*, at: datetime.datetime) -> QuerySet:
    """Takeaways published at `at` in a publication published then."""
    return published_rows(Takeaway, at=at).filter(publication_id__in=ids_of(publication_rows(at=at)))


def _spans(model, *, at: datetime.datetime, **filters) -> QuerySet:
    """Citations or mentions in force at `at`, of visible takeaways, not rejected."""
    rows = latest_rows(model, at=at, **filters).exclude(review_status=ReviewStatus.REJECTED)
    return rows.filter(takeaway_id__in=ids_of(takeaway_rows(at=at))).order_by("start", "id")


def takeaway_hydrate(takeaways: list[Takeaway], *, at: datetime.datetime, detail: bool) -> None:
    """Summary: publication and byline (two queries); detail adds citations and mentions."""
    if not takeaways:
        return
    ids = [t.pk for t in takeaways]
    publications = by_id(publication_rows(at=at).filter(id__in={t.publication_id for t in takeaways}))
    attach_fk(takeaways, field="publication", targets=publications)
    bylines = latest_rows(TakeawayAuthor, at=at, takeaway_id__in=ids).filter(expert_id__in=ids_of(expert_rows(at=at)))
    bylines = grouped(bylines.order_by("position"), key="takeaway_id")
    every = [b for group in bylines.values() for b in group]
    attach_fk(every, field="expert", targets=by_id(expert_rows(at=at).filter(id__in={b.expert_id for b in every})))
    attach_list(takeaways, attr="visible_authorships", groups=bylines)
    if not detail:
        return
    unversioned(takeaways, "topics", "sources")
    visible_articles = ids_of(article_rows(at=at))
    citations = _spans(Citation, at=at, takeaway_id__in=ids).filter(
        Q(article_id__isnull=True) | Q(article_id__in=visible_articles), treaty_id__in=ids_of(treaty_rows(at=at))
    )
    citations = grouped(citations, key="takeaway_id")
    every = [c for group in citations.values() for c in group]
    attach_fk(every, field="treaty", targets=treaties_by_id(at=at, ids=[c.treaty_id for c in every]))
    articles = by_id(article_rows(at=at).filter(id__in={c.article_id for c in every}))
    article_hydrate(list(articles.values()), at=at, detail=False)
    attach_fk(every, field="article", targets=articles)
    attach_list(takeaways, attr="visible_citations", groups=citations)
    mentions = _spans(Mention, at=at, takeaway_id__in=ids).filter(actor_id__in=ids_of(published_rows(Actor, at=at)))
    mentions = grouped(mentions, key="takeaway_id")
    every = [m for group in mentions.values() for m in group]
    attach_fk(every, field="actor", targets=actors_by_id(at=at, ids=[m.actor_id for m in every]))
    attach_list(takeaways, attr="visible_mentions", groups=mentions)


def _takeaway_summaries(rows: QuerySet, *, at: datetime.datetime) -> list[Takeaway]:
    takeaways = as_instances(rows.order_by("publication_id", "position"))
    takeaway_hydrate(takeaways, at=at, detail=False)
    return takeaways


def publication_hydrate(publications: list[Publication], *, at: datetime.datetime, detail: bool) -> None:
    if not detail or not publications:
        return
    attach_fk(publications, field="publisher", targets=actors_by_id(at=at, ids=[p.publisher_id for p in publications]))
    treaties = treaties_by_id(at=at, ids=[p.subject_treaty_id for p in publications])
    attach_fk(publications, field="subject_treaty", targets=treaties)
    rows = takeaway_rows(at=at).filter(publication_id__in=[p.pk for p in publications])
    groups: dict = {}
    for takeaway in _takeaway_summaries(rows, at=at):
        groups.setdefault(takeaway.publication_id, []).append(takeaway)
    attach_list(publications, attr="visible_takeaways", groups=groups)
    unversioned(publications, "sources")


def expert_hydrate(experts: list[Expert], *, at: datetime.datetime, detail: bool) -> None:
    if not detail or not experts:
        return
    attach_fk(experts, field="affiliation", targets=actors_by_id(at=at, ids=[e.affiliation_id for e in experts]))
    bylines = list(
        latest_rows(TakeawayAuthor, at=at, expert_id__in=[e.pk for e in experts]).values_list(
            "expert_id", "takeaway_id"
        )
    )
    takeaways = {
        t.pk: t for t in _takeaway_summaries(takeaway_rows(at=at).filter(id__in={t for _, t in bylines}), at=at)
    }
    groups: dict = {}
    for expert_id, takeaway_id in bylines:
        if takeaway_id in takeaways:
            groups.setdefault(expert_id, []).append(takeaways[takeaway_id])
    for group in groups.values():
        group.sort(key=lambda t: (str(t.publication_id), t.position))
    attach_list(experts, attr="visible_takeaways", groups=groups)
    unversioned(experts, "sources")


def article_hydrate_with_citations(articles, *, at: datetime.datetime, detail: bool) -> None:
    """An article as its detail renders it: treaty, links and the takeaways citing it then."""
    article_hydrate(articles, at=at, detail=detail)
    if not detail or not articles:
        return
    citations = grouped(_spans(Citation, at=at, article_id__in=[a.pk for a in articles]), key="article_id")
    every = [c for group in citations.values() for c in group]
    takeaways = by_id(takeaway_rows(at=at).filter(id__in={c.takeaway_id for c in every}))
    attach_fk(every, field="takeaway", targets=takeaways)
    attach_list(articles, attr="visible_citations", groups=citations)
