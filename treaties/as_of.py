"""As-of reads of treaties, articles and provision types (core.history): what was published
at an instant, with the parties, articles, links and treaty they had then; the provision
types that existed then (a vocabulary without editorial status). Not versioned (no history
table): provision types of an article and its provision codings, a treaty's
supersedes/superseded-by and events (many-to-many), sources (of records and nested facts)."""

import datetime

from django.db.models import QuerySet

from actors.as_of import actors_by_id
from actors.models import Actor
from core.history import (
    attach_fk,
    attach_list,
    by_id,
    grouped,
    ids_of,
    latest_rows,
    published_rows,
    unversioned,
)
from treaties.models import Article, ArticleLink, ProvisionType, Treaty, TreatyParty


def treaty_rows(*, at: datetime.datetime) -> QuerySet:
    return published_rows(Treaty, at=at)


def article_rows(*, at: datetime.datetime) -> QuerySet:
    """Articles published at `at` whose treaty was published then too."""
    return published_rows(Article, at=at).filter(treaty_id__in=ids_of(treaty_rows(at=at)))


def treaties_by_id(*, at: datetime.datetime, ids) -> dict:
    return by_id(treaty_rows(at=at).filter(id__in=set(ids)))


def article_hydrate(articles: list[Article], *, at: datetime.datetime, detail: bool) -> None:
    """The summary's treaty (one query); with `detail`, links each way (two queries per
    direction: links, then the linked articles and their treaties)."""
    if not articles:
        return
    attach_fk(articles, field="treaty", targets=treaties_by_id(at=at, ids=[a.treaty_id for a in articles]))
    unversioned(articles, "provision_types")
    if not detail:
        return
    ids = [a.pk for a in articles]
    visible = ids_of(article_rows(at=at))
    for attr, mine, other in (("outgoing_links", "source", "target"), ("incoming_links", "target", "source")):
        links = latest_rows(ArticleLink, at=at, **{f"{mine}_id__in": ids}).filter(**{f"{other}_id__in": visible})
        groups = grouped(links.order_by("kind", "id"), key=f"{mine}_id")
        linked = by_id(
            article_rows(at=at).filter(id__in={getattr(x, f"{other}_id") for g in groups.values() for x in g})
        )
        article_hydrate(list(linked.values()), at=at, detail=False)
        for group in groups.values():
            attach_fk(group, field=other, targets=linked)
            unversioned(group, "sources")
        attach_list(articles, attr=attr, groups=groups)
    attach_list(articles, attr="visible_codings", groups={})
    unversioned(articles, "sources")


def treaty_hydrate(treaties: list[Treaty], *, at: datetime.datetime, detail: bool) -> None:
    """With `detail`: parties (with actor and signatory) and articles as they were."""
    if not detail or not treaties:
        return
    ids = [t.pk for t in treaties]
    parties = latest_rows(TreatyParty, at=at, treaty_id__in=ids).filter(
        actor_id__in=ids_of(published_rows(Actor, at=at))
    )
    parties = grouped(parties.order_by("id"), key="treaty_id")
    every = [p for group in parties.values() for p in group]
    actors = actors_by_id(at=at, ids=[p.actor_id for p in every] + [p.signatory_id for p in every])
    attach_fk(every, field="actor", targets=actors)
    attach_fk(every, field="signatory", targets=actors)
    unversioned(every, "sources")
    for group in parties.values():
        group.sort(key=lambda party: party.actor.name)
    attach_list(treaties, attr="visible_parties", groups=parties)
    articles = grouped(article_rows(at=at).filter(treaty_id__in=ids).order_by("ordinal"), key="treaty_id")
    mine = {t.pk: t for t in treaties}
    for group in articles.values():
        attach_fk(group, field="treaty", targets=mine)
        unversioned(group, "provision_types")
    attach_list(treaties, attr="visible_articles", groups=articles)
    for attr in ("visible_supersedes", "visible_superseded_by", "visible_events"):
        attach_list(treaties, attr=attr, groups={})
    unversioned(treaties, "sources")


def provision_type_rows(*, at: datetime.datetime) -> QuerySet:
    """Provision types that existed at `at`: they have no editorial status, so existing is
    being public."""
    return latest_rows(ProvisionType, at=at)


def provision_type_hydrate(types: list[ProvisionType], *, at: datetime.datetime, detail: bool) -> None:
    """Nothing to attach: a provision type renders only its own columns."""
