"""The actor co-mention network: actors as nodes, co-mention in a takeaway as edges.

Four queries whatever the size: node counts (one aggregate), the node actors, edge
weights (one aggregate over a self-join of mentions through their takeaway, restricted
to the node set) and the takeaways behind the returned edges. Bounded by `max_nodes`
and `max_edges`; the reader's visibility applies to both ends of every edge.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet

from actors.selectors import actor_queryset
from commentary.models import Expert, Mention, Publication, ReviewStatus, Takeaway, Topic
from commentary.selectors import authorship_queryset, mention_queryset

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


def actor_network(*, f: NetworkFilter, published_only: bool, max_nodes: int, max_edges: int, min_weight: int) -> dict:
    mentions = _mentions(f, published_only=published_only)
    counts = list(
        mentions.values("actor_id")
        .annotate(mentions=Count("id"), takeaways=Count("takeaway_id", distinct=True))
        .order_by("-takeaways", "-mentions", "actor_id")[:max_nodes]
    )
    actors = actor_queryset(published_only=published_only).in_bulk([row["actor_id"] for row in counts])
    nodes = [dict(row, actor=actors[row["actor_id"]]) for row in counts if row["actor_id"] in actors]
    ids = [node["actor_id"] for node in nodes]
    # the other end of an edge: a mention of another node actor in the same takeaway,
    # itself visible (not rejected) for anonymous readers
    other = Q(takeaway__mentions__actor_id__in=ids, takeaway__mentions__actor_id__gt=F("actor_id"))
    if published_only:
        other &= Q(takeaway__mentions__review_status__in=[ReviewStatus.PENDING, ReviewStatus.CONFIRMED])
    # one filter() call: values() below then read the same join of the other mention
    edge = Q(actor_id__in=ids) & other
    pairs = mentions.filter(edge)
    weights = list(
        pairs.values("actor_id", target=F("takeaway__mentions__actor_id"))
        .annotate(weight=Count("takeaway_id", distinct=True))
        .filter(weight__gte=min_weight)
        .order_by("-weight", "actor_id", "target")[:max_edges]
    )
    edges = {(row["actor_id"], row["target"]): dict(row, takeaways=[]) for row in weights}
    if edges:
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
