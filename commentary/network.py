"""The actor co-mention network: actors as nodes, co-mention in a takeaway as edges.

Four queries whatever the size: node counts (one aggregate), the node actors, edge
weights (one aggregate over a self-join of mentions through their takeaway, restricted
to the node set) and the takeaways behind the returned edges. Bounded by `max_nodes`
and `max_edges`; the reader's visibility applies to both ends of every edge.
"""

from dataclasses import dataclass, field

from django.db import connections, router
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet

from actors.selectors import actor_queryset
from commentary.models import (
    CoMention,
    CoMentionSource,
    Expert,
    LinkMethod,
    Mention,
    Publication,
    ReviewStatus,
    Takeaway,
    Topic,
)
from commentary.selectors import authorship_queryset, mention_queryset
from core.models import EditorialStatus
from treaties.resolver import SUGGESTION_THRESHOLD

TAKEAWAYS_PER_EDGE = 20


@dataclass
class NetworkFilter:
    published_after: object = None
    published_before: object = None
    experts: list[Expert] = field(default_factory=list)
    publications: list[Publication] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)


def _mentions(f: NetworkFilter, *, published_only: bool) -> QuerySet[Mention]:
    mentions = mention_queryset(published_only=published_only)
    if f.published_after:
        mentions = mentions.filter(takeaway__publication__published_on__gte=f.published_after)
    if f.published_before:
        mentions = mentions.filter(takeaway__publication__published_on__lte=f.published_before)
    if f.experts:
        bylines = authorship_queryset(published_only=published_only)
        mentions = mentions.filter(Exists(bylines.filter(takeaway=OuterRef("takeaway"), expert__in=f.experts)))
    if f.publications:
        mentions = mentions.filter(takeaway__publication__in=f.publications)
    if f.topics:
        tagged = Takeaway.topics.through.objects.filter(takeaway=OuterRef("takeaway"), topic__in=f.topics)
        mentions = mentions.filter(Exists(tagged))
    return mentions


def _unfiltered(f: NetworkFilter) -> bool:
    return not (f.published_after or f.published_before or f.experts or f.publications or f.topics)


def _aggregate_counts(*, max_nodes: int) -> list[dict]:
    """Node counts from the maintained aggregate's diagonal (commentary/co_mentions.py)."""
    rows = (
        CoMention.objects.filter(actor=F("other"), actor__editorial_status=EditorialStatus.PUBLISHED)
        .values("actor_id", "mentions", "takeaways")
        .order_by("-takeaways", "-mentions", "actor_id")[:max_nodes]
    )
    return list(rows)


def _aggregate_weights(*, ids: list, max_edges: int, min_weight: int) -> list[dict]:
    pairs = (
        CoMention.objects.filter(actor_id__in=ids, other_id__in=ids, other_id__gt=F("actor_id"))
        .filter(takeaways__gte=min_weight)
        .values_list("actor_id", "other_id", "takeaways")
        .order_by("-takeaways", "actor_id", "other_id")[:max_edges]
    )
    return [{"actor_id": a, "target": b, "weight": weight} for a, b, weight in pairs]


def _aggregate_behind(edges: dict, takeaways: dict) -> None:
    """Up to TAKEAWAYS_PER_EDGE takeaways behind each edge, from the aggregate's per-takeaway
    rows (public takeaways, live mentions), then their slugs: two queries. Per edge, one
    bounded walk of the end with fewer takeaways (`takeaways`: per actor) in takeaway id
    order, probing the other end's primary key, stopping at the limit. The live query
    sorted every shared takeaway of every edge by slug: 39 of 40 s for the default network
    at 200k takeaways. The sample is the first takeaways by id, listed by slug.

    The probe is a scalar subquery, not EXISTS, so the planner cannot turn it into a hash
    join reading both actors' takeaways whole. PostgreSQL runs it as a LATERAL subquery
    over a VALUES list (planned once); SQLite, which has no LATERAL, as a UNION ALL."""
    source = CoMentionSource._meta.db_table
    connection = connections[router.db_for_read(CoMentionSource)]
    field = CoMentionSource._meta.get_field("actor_id")
    keys, params = list(edges), []
    for a, b in keys:
        if takeaways[b] < takeaways[a]:
            a, b = b, a
        params += [field.get_db_prep_value(a, connection), field.get_db_prep_value(b, connection)]
    walk = (
        f"SELECT s.takeaway_id FROM {source} s WHERE s.actor_id = {{a}} AND (SELECT 1 FROM {source} o "
        f"WHERE o.takeaway_id = s.takeaway_id AND o.actor_id = {{b}}) IS NOT NULL "
        f"ORDER BY s.takeaway_id LIMIT {TAKEAWAYS_PER_EDGE}"
    )
    if connection.vendor == "postgresql":
        values = ", ".join(f"({index}, %s::uuid, %s::uuid)" for index in range(len(keys)))
        sql = (
            f"SELECT e.edge, x.takeaway_id FROM (VALUES {values}) AS e(edge, a, b) "
            f"CROSS JOIN LATERAL ({walk.format(a='e.a', b='e.b')}) AS x"
        )
    else:
        sql = " UNION ALL ".join(
            f"SELECT * FROM (SELECT {index} AS edge, takeaway_id FROM ({walk.format(a='%s', b='%s')}))"
            for index in range(len(keys))
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        behind = cursor.fetchall()
    slugs = dict(Takeaway.objects.filter(pk__in={takeaway for _, takeaway in behind}).values_list("pk", "slug"))
    for index, takeaway in behind:
        edges[keys[index]]["takeaways"].append(slugs[field.to_python(takeaway)])
    for edge in edges.values():
        edge["takeaways"].sort()


def actor_network(*, f: NetworkFilter, published_only: bool, max_nodes: int, max_edges: int, min_weight: int) -> dict:
    """Anonymous readers of the whole commentary get node and edge counts from the maintained
    aggregate (two index reads instead of two aggregates over every mention); filtered
    networks and editors (drafts, rejected links) aggregate the mention table. The takeaways
    behind the returned edges always come from the mentions, restricted to those edges."""
    mentions = _mentions(f, published_only=published_only)
    aggregate = published_only and _unfiltered(f)
    if aggregate:
        counts = _aggregate_counts(max_nodes=max_nodes)
    else:
        counts = list(
            mentions.values("actor_id")
            .annotate(mentions=Count("id"), takeaways=Count("takeaway_id", distinct=True))
            .order_by("-takeaways", "-mentions", "actor_id")[:max_nodes]
        )
    actors = actor_queryset(published_only=published_only).in_bulk([row["actor_id"] for row in counts])
    nodes = [dict(row, actor=actors[row["actor_id"]]) for row in counts if row["actor_id"] in actors]
    ids = [node["actor_id"] for node in nodes]
    # the other end of an edge: a mention of another node actor in the same takeaway,
    # itself live for anonymous readers (models.LIVE, spelled positively: a negated Q on
    # the reverse relation would become a subquery instead of testing this same join)
    other = Q(takeaway__mentions__actor_id__in=ids, takeaway__mentions__actor_id__gt=F("actor_id"))
    if published_only:
        other &= Q(takeaway__mentions__review_status__in=[ReviewStatus.PENDING, ReviewStatus.CONFIRMED]) & (
            Q(takeaway__mentions__method=LinkMethod.EDITOR)
            | Q(takeaway__mentions__score__gte=SUGGESTION_THRESHOLD)
            | Q(takeaway__mentions__review_status=ReviewStatus.CONFIRMED)
        )
    # one filter() call: values() below then read the same join of the other mention
    edge = Q(actor_id__in=ids) & other
    if aggregate:
        weights = _aggregate_weights(ids=ids, max_edges=max_edges, min_weight=min_weight)
    else:
        weights = list(
            mentions.filter(edge)
            .values("actor_id", target=F("takeaway__mentions__actor_id"))
            .annotate(weight=Count("takeaway_id", distinct=True))
            .filter(weight__gte=min_weight)
            .order_by("-weight", "actor_id", "target")[:max_edges]
        )
    edges = {(row["actor_id"], row["target"]): dict(row, takeaways=[]) for row in weights}
    if edges and aggregate:
        _aggregate_behind(edges, {node["actor_id"]: node["takeaways"] for node in nodes})
    elif edges:
        chosen = Q()
        for source, target in edges:
            chosen |= Q(actor_id=source, takeaway__mentions__actor_id=target)
        behind = (
            mentions.filter(edge & chosen)
            .values_list("actor_id", "takeaway__mentions__actor_id", "takeaway__slug")
            .distinct()
            .order_by("takeaway__slug")
        )
        for source, target, slug in behind:
            found = edges[(source, target)]["takeaways"]
            if len(found) < TAKEAWAYS_PER_EDGE:
                found.append(slug)
    return {
        "nodes": nodes,
        "edges": [
            dict(edge, source=actors[edge["actor_id"]], target=actors[edge["target"]]) for edge in edges.values()
        ],
    }
