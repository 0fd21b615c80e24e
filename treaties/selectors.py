"""Reads of treaties, articles and provision types. `published_only` comes from
api.visibility; every nested relation is filtered with the same flag."""

from django.db.models import Prefetch, Q, QuerySet, prefetch_related_objects

from actors.selectors import actor_queryset, event_queryset
from core.models import Correction, EditorialStatus, Source
from treaties.models import Article, ArticleLink, ArticleProvision, ProvisionType, Treaty, TreatyParty

# A nested fact's sources (a party, a link, a coding): one query for all the rows.
_SOURCES = Prefetch("sources", queryset=Source.objects.all())


def treaty_queryset(*, published_only: bool) -> QuerySet[Treaty]:
    return Treaty.objects.public() if published_only else Treaty.objects.all()


def article_queryset(*, published_only: bool) -> QuerySet[Article]:
    return Article.objects.public() if published_only else Article.objects.all()


def treaty_list(*, published_only: bool) -> QuerySet[Treaty]:
    return treaty_queryset(published_only=published_only)


def article_summaries(*, published_only: bool) -> QuerySet[Article]:
    """Articles as rendered in summaries: their treaty joined (visible whenever the article
    is) and provision types prefetched (one query for all, not one per article)."""
    return (
        article_queryset(published_only=published_only)
        .select_related("treaty")
        .prefetch_related(Prefetch("provision_types", queryset=ProvisionType.objects.all()))
    )


def prefetch_article_summaries(articles: list[Article]) -> None:
    """Give already-fetched articles (treaty joined) their provision types: one query."""
    prefetch_related_objects(articles, Prefetch("provision_types", queryset=ProvisionType.objects.all()))


def treaty_detail(*, published_only: bool) -> QuerySet[Treaty]:
    treaties = treaty_queryset(published_only=published_only)
    parties = TreatyParty.objects.select_related("actor").prefetch_related(
        # the signatory may be a draft person: prefetch through the visible actors only
        Prefetch("signatory", queryset=actor_queryset(published_only=published_only)),
        _SOURCES,
    )
    if published_only:
        parties = parties.filter(actor__editorial_status=EditorialStatus.PUBLISHED)
    return treaties.prefetch_related(
        # parties with actor: one query for all parties, one for their signatories
        Prefetch("parties", queryset=parties.order_by("actor__name"), to_attr="visible_parties"),
        # articles with treaty and provision types: two queries whatever the article count
        Prefetch("articles", queryset=article_summaries(published_only=published_only), to_attr="visible_articles"),
        Prefetch("supersedes", queryset=treaty_queryset(published_only=published_only), to_attr="visible_supersedes"),
        Prefetch(
            "superseded_by", queryset=treaty_queryset(published_only=published_only), to_attr="visible_superseded_by"
        ),
        Prefetch("events", queryset=event_queryset(published_only=published_only), to_attr="visible_events"),
        Prefetch("sources", queryset=Source.objects.all()),
        # public corrections: one query through the generic relation
        Prefetch("corrections", queryset=Correction.objects.chronological()),
    )


def article_list(*, published_only: bool) -> QuerySet[Article]:
    return article_summaries(published_only=published_only)


def _links(*, published_only: bool, other: str) -> QuerySet[ArticleLink]:
    links = ArticleLink.objects.public() if published_only else ArticleLink.objects.all()
    # the linked article renders as a summary: its treaty joined, its types prefetched
    return links.select_related(other, f"{other}__treaty").prefetch_related(f"{other}__provision_types", _SOURCES)


def article_detail(*, published_only: bool) -> QuerySet[Article]:
    """An article with its links and sources. The takeaways citing it are commentary's to
    add (commentary.selectors.article_detail_with_citations): treaties does not know them."""
    return article_summaries(published_only=published_only).prefetch_related(
        # links each way with the linked article's summary: two queries each, not one per link
        Prefetch("links_out", queryset=_links(published_only=published_only, other="target"), to_attr="outgoing_links"),
        Prefetch("links_in", queryset=_links(published_only=published_only, other="source"), to_attr="incoming_links"),
        # provision codings with their type, and their sources: two queries
        Prefetch(
            "codings",
            queryset=ArticleProvision.objects.select_related("provision_type").prefetch_related(_SOURCES),
            to_attr="visible_codings",
        ),
        Prefetch("sources", queryset=Source.objects.all()),
        Prefetch("corrections", queryset=Correction.objects.chronological()),
    )


def provision_type_list(*, published_only: bool) -> QuerySet[ProvisionType]:
    # Provision types are a vocabulary without editorial status: always visible.
    return ProvisionType.objects.all()


def provision_type_detail(*, published_only: bool) -> QuerySet[ProvisionType]:
    return ProvisionType.objects.all()


LINEAGE_MAX_DEPTH = 10


def article_lineage(
    *, article: Article, published_only: bool, max_depth: int = LINEAGE_MAX_DEPTH
) -> tuple[list[Article], list[ArticleLink]]:
    """Articles linked to `article` through ArticleLinks, transitively, in both directions.

    Breadth-first, one query per level (links touching the frontier), a visited set so
    cycles end, and at most `max_depth` levels; then one query for the nodes' summaries
    (plus one for their provision types)."""
    links_qs = ArticleLink.objects.public() if published_only else ArticleLink.objects.all()
    visited, frontier = {article.pk}, {article.pk}
    edges: dict = {}
    for _ in range(max_depth):
        if not frontier:
            break
        level = list(links_qs.filter(Q(source_id__in=frontier) | Q(target_id__in=frontier)))
        reached = set()
        for link in level:
            edges[link.pk] = link
            reached.update({link.source_id, link.target_id})
        frontier = reached - visited
        visited |= reached
    nodes = list(article_summaries(published_only=published_only).filter(pk__in=visited))
    ordered_edges = sorted(edges.values(), key=lambda link: (str(link.source_id), link.kind, str(link.target_id)))
    return nodes, ordered_edges
