"""As-of reads of experts, publications, takeaways, topics, citations, mentions and claims
(core.history): what was published at an instant, with the bylines, publication, citations
and mentions it had then. Not versioned (no history table): a takeaway's topics and a
topic's takeaways (many-to-many), sources. A claim's targets (many-to-many) are today's
links, each shown only if its target was published at the instant, as it was then
(docs/as-of.md)."""

import datetime

from django.db.models import Q, QuerySet

from actors.as_of import actors_by_id
from actors.models import Actor
from commentary.models import LIVE, Citation, Claim, Expert, Mention, Publication, Takeaway, TakeawayAuthor, Topic
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
from treaties.models import Treaty


def expert_rows(*, at: datetime.datetime) -> QuerySet:
    return published_rows(Expert, at=at)


def publication_rows(*, at: datetime.datetime) -> QuerySet:
    return published_rows(Publication, at=at)


def takeaway_rows(*, at: datetime.datetime) -> QuerySet:
    """Takeaways published at `at` in a publication published then."""
    return published_rows(Takeaway, at=at).filter(publication_id__in=ids_of(publication_rows(at=at)))


def _spans(model, *, at: datetime.datetime, **filters) -> QuerySet:
    """Citations or mentions in force at `at`, of visible takeaways, live by the link's own
    rule as the row stood then (not rejected, not an unconfirmed suggestion: models.LIVE)."""
    rows = latest_rows(model, at=at, **filters).filter(LIVE)
    return rows.filter(takeaway_id__in=ids_of(takeaway_rows(at=at))).order_by("start", "id")


def _visible_citations(rows: QuerySet, *, at: datetime.datetime) -> QuerySet:
    """Citations whose treaty, and article if any, were published at `at` (the live rule)."""
    return rows.filter(
        Q(article_id__isnull=True) | Q(article_id__in=ids_of(article_rows(at=at))),
        treaty_id__in=ids_of(treaty_rows(at=at)),
    )


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
    citations = grouped(_visible_citations(_spans(Citation, at=at, takeaway_id__in=ids), at=at), key="takeaway_id")
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


# --- topics, citations, mentions, claims ---------------------------------------------------
def topic_rows(*, at: datetime.datetime) -> QuerySet:
    """Topics that existed at `at`: a vocabulary without editorial status is public while
    it exists."""
    return latest_rows(Topic, at=at)


def topic_hydrate(topics: list[Topic], *, at: datetime.datetime, detail: bool) -> None:
    """A topic's takeaways come through a many-to-many with no history: empty (module doc)."""
    if detail:
        attach_list(topics, attr="visible_takeaways", groups={})


def citation_rows(*, at: datetime.datetime) -> QuerySet:
    """Citations live at `at` in a takeaway, to a treaty and article, all published then."""
    return _visible_citations(_spans(Citation, at=at), at=at)


def mention_rows(*, at: datetime.datetime) -> QuerySet:
    """Mentions live at `at` in a takeaway published then, of an actor published then."""
    return _spans(Mention, at=at).filter(actor_id__in=ids_of(published_rows(Actor, at=at)))


def _span_takeaways(spans: list, *, at: datetime.datetime) -> None:
    """Each span's takeaway as it was (body for the sentence, byline): four queries."""
    takeaways = by_id(takeaway_rows(at=at).filter(id__in={s.takeaway_id for s in spans}))
    takeaway_hydrate(list(takeaways.values()), at=at, detail=False)
    attach_fk(spans, field="takeaway", targets=takeaways)


def citation_hydrate(citations: list[Citation], *, at: datetime.datetime, detail: bool) -> None:
    if not citations:
        return
    _span_takeaways(citations, at=at)
    attach_fk(citations, field="treaty", targets=treaties_by_id(at=at, ids=[c.treaty_id for c in citations]))
    articles = by_id(article_rows(at=at).filter(id__in={c.article_id for c in citations}))
    attach_fk(citations, field="article", targets=articles)


def mention_hydrate(mentions: list[Mention], *, at: datetime.datetime, detail: bool) -> None:
    if not mentions:
        return
    _span_takeaways(mentions, at=at)
    attach_fk(mentions, field="actor", targets=actors_by_id(at=at, ids=[m.actor_id for m in mentions]))


def claim_rows(*, at: datetime.datetime) -> QuerySet:
    """Claims published at `at` in a takeaway published then."""
    return published_rows(Claim, at=at).filter(takeaway_id__in=ids_of(takeaway_rows(at=at)))


def _claim_links(claims: list[Claim], name: str, visible: QuerySet) -> list[tuple]:
    """(claim id, target id) of today's links of many-to-many `name` to a visible target."""
    field = Claim._meta.get_field(name)
    through = field.remote_field.through
    owner, target = f"{field.m2m_field_name()}_id", f"{field.m2m_reverse_field_name()}_id"
    rows = through.objects.filter(**{f"{owner}__in": [c.pk for c in claims], f"{target}__in": ids_of(visible)})
    return list(rows.values_list(owner, target))


def _attach_targets(claims: list[Claim], *, attr: str, links: list[tuple], targets: dict, order) -> None:
    groups: dict = {}
    for claim_id, target_id in links:
        groups.setdefault(claim_id, []).append(targets[target_id])
    for group in groups.values():
        group.sort(key=order)
    attach_list(claims, attr=attr, groups=groups)


def _by_date_and_title(treaty: Treaty):
    # Treaty.Meta.ordering as PostgreSQL sorts it (undated last).
    return (treaty.signed_on is None, treaty.signed_on or datetime.date.min, treaty.title)


def claim_hydrate(claims: list[Claim], *, at: datetime.datetime, detail: bool) -> None:
    """The takeaway as it was (four queries); the targets: today's links (three queries)
    to records published at `at`, rendered as they were then (three more)."""
    if not claims:
        return
    takeaways = by_id(takeaway_rows(at=at).filter(id__in={c.takeaway_id for c in claims}))
    takeaway_hydrate(list(takeaways.values()), at=at, detail=False)
    attach_fk(claims, field="takeaway", targets=takeaways)
    links = _claim_links(claims, "articles", article_rows(at=at))
    articles = by_id(article_rows(at=at).filter(id__in={a for _, a in links}))
    article_hydrate(list(articles.values()), at=at, detail=False)
    _attach_targets(
        claims,
        attr="visible_articles",
        links=links,
        targets=articles,
        order=lambda a: (*_by_date_and_title(a.treaty), a.ordinal),
    )
    links = _claim_links(claims, "treaties", treaty_rows(at=at))
    treaties = treaties_by_id(at=at, ids={t for _, t in links})
    _attach_targets(claims, attr="visible_treaties", links=links, targets=treaties, order=_by_date_and_title)
    links = _claim_links(claims, "actors", published_rows(Actor, at=at))
    actors = actors_by_id(at=at, ids={a for _, a in links})
    _attach_targets(claims, attr="visible_actors", links=links, targets=actors, order=lambda a: a.name)
    if detail:
        unversioned(claims, "sources")
