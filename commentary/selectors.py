"""Reads of experts, publications, topics, takeaways, citations and mentions.
`published_only` comes from api.visibility; nested relations use the same flag."""

from django.db.models import Prefetch, QuerySet, prefetch_related_objects

from actors.selectors import actor_queryset
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, TakeawayAuthor, Topic
from core.models import EditorialStatus, Source
from treaties.models import Article
from treaties.selectors import article_detail, treaty_queryset


def expert_queryset(*, published_only: bool) -> QuerySet[Expert]:
    return Expert.objects.public() if published_only else Expert.objects.all()


def publication_queryset(*, published_only: bool) -> QuerySet[Publication]:
    return Publication.objects.public() if published_only else Publication.objects.all()


def takeaway_queryset(*, published_only: bool) -> QuerySet[Takeaway]:
    return Takeaway.objects.public() if published_only else Takeaway.objects.all()


def citation_queryset(*, published_only: bool) -> QuerySet[Citation]:
    return Citation.objects.public() if published_only else Citation.objects.all()


def article_detail_with_citations(*, published_only: bool) -> QuerySet[Article]:
    """An article's detail plus the takeaways citing it: one query through the visible
    citations, with their takeaways joined (not one query per citation)."""
    citations = citation_queryset(published_only=published_only).select_related("takeaway")
    return article_detail(published_only=published_only).prefetch_related(
        Prefetch("citations", queryset=citations, to_attr="visible_citations")
    )


def with_citing_takeaways(articles: QuerySet[Article], *, published_only: bool) -> QuerySet[Article]:
    """`embed=citing_takeaways`: the visible citations of every article with their takeaway
    and publication joined, and the takeaways' bylines: two queries for a whole page."""
    citations = (
        citation_queryset(published_only=published_only)
        .select_related("takeaway", "takeaway__publication")
        .prefetch_related(
            Prefetch(
                "takeaway__authorships",
                queryset=_authorships(published_only=published_only),
                to_attr="visible_authorships",
            )
        )
        .order_by("takeaway__publication__published_on", "takeaway__position", "start")
    )
    return articles.prefetch_related(Prefetch("citations", queryset=citations, to_attr="citing_citations"))


def mention_queryset(*, published_only: bool) -> QuerySet[Mention]:
    return Mention.objects.public() if published_only else Mention.objects.all()


def _authorships(*, published_only: bool) -> QuerySet[TakeawayAuthor]:
    authorships = TakeawayAuthor.objects.select_related("expert").order_by("position")
    if published_only:
        authorships = authorships.filter(expert__editorial_status=EditorialStatus.PUBLISHED)
    return authorships


def takeaway_list(*, published_only: bool) -> QuerySet[Takeaway]:
    return (
        takeaway_queryset(published_only=published_only)
        # publication: joined (visible whenever the takeaway is)
        .select_related("publication")
        # authors in byline order with their expert: one query for the page, not one per takeaway
        .prefetch_related(
            Prefetch("authorships", queryset=_authorships(published_only=published_only), to_attr="visible_authorships")
        )
    )


def with_body(takeaways: QuerySet[Takeaway], *, published_only: bool) -> QuerySet[Takeaway]:
    """`embed=body`: the body is a column of the row, already fetched; nothing to add."""
    return takeaways


def prefetch_takeaway_summaries(takeaways: list[Takeaway], *, published_only: bool) -> None:
    """Give already-fetched takeaways what their summary renders (publication, visible
    byline): two queries for any number of them (search hits)."""
    prefetch_related_objects(
        takeaways,
        "publication",
        Prefetch("authorships", queryset=_authorships(published_only=published_only), to_attr="visible_authorships"),
    )


def takeaway_detail(*, published_only: bool) -> QuerySet[Takeaway]:
    citations = citation_queryset(published_only=published_only).select_related("treaty", "article", "article__treaty")
    mentions = mention_queryset(published_only=published_only).select_related("actor")
    return takeaway_list(published_only=published_only).prefetch_related(
        "topics",
        # citations with treaty and article joined: one query for all spans
        Prefetch("citations", queryset=citations, to_attr="visible_citations"),
        # mentions with their actor joined: one query for all spans
        Prefetch("mentions", queryset=mentions, to_attr="visible_mentions"),
    )


def expert_list(*, published_only: bool) -> QuerySet[Expert]:
    return expert_queryset(published_only=published_only)


def expert_detail(*, published_only: bool) -> QuerySet[Expert]:
    return expert_queryset(published_only=published_only).prefetch_related(
        # a draft affiliation is dropped for anonymous readers
        Prefetch("affiliation", queryset=actor_queryset(published_only=published_only)),
        # the expert's takeaways as summaries (with their own authors): three queries in all
        Prefetch("takeaways", queryset=takeaway_list(published_only=published_only), to_attr="visible_takeaways"),
        Prefetch("sources", queryset=Source.objects.all()),
    )


def publication_list(*, published_only: bool) -> QuerySet[Publication]:
    return publication_queryset(published_only=published_only)


def publication_detail(*, published_only: bool) -> QuerySet[Publication]:
    return publication_queryset(published_only=published_only).prefetch_related(
        Prefetch("publisher", queryset=actor_queryset(published_only=published_only)),
        Prefetch("subject_treaty", queryset=treaty_queryset(published_only=published_only)),
        Prefetch("takeaways", queryset=takeaway_list(published_only=published_only), to_attr="visible_takeaways"),
        Prefetch("sources", queryset=Source.objects.all()),
    )


def topic_list(*, published_only: bool) -> QuerySet[Topic]:
    # Topics are a vocabulary without editorial status: always visible.
    return Topic.objects.all()


def topic_detail(*, published_only: bool) -> QuerySet[Topic]:
    return Topic.objects.prefetch_related(
        Prefetch("takeaways", queryset=takeaway_list(published_only=published_only), to_attr="visible_takeaways")
    )


def _span_byline(*, published_only: bool) -> Prefetch:
    # the citing takeaway's authors (rows carry who said it): one query for the page
    return Prefetch(
        "takeaway__authorships", queryset=_authorships(published_only=published_only), to_attr="visible_authorships"
    )


def citation_list(*, published_only: bool) -> QuerySet[Citation]:
    # takeaway (with its body, for the quote's sentence), treaty, article and the article's
    # treaty render nested: one joined query
    return (
        citation_queryset(published_only=published_only)
        .select_related("takeaway", "treaty", "article", "article__treaty")
        .prefetch_related(_span_byline(published_only=published_only))
    )


def citation_detail(*, published_only: bool) -> QuerySet[Citation]:
    return citation_list(published_only=published_only)


def mention_list(*, published_only: bool) -> QuerySet[Mention]:
    return (
        mention_queryset(published_only=published_only)
        .select_related("takeaway", "actor")
        .prefetch_related(_span_byline(published_only=published_only))
    )


def mention_detail(*, published_only: bool) -> QuerySet[Mention]:
    return mention_list(published_only=published_only)


def authorship_queryset(*, published_only: bool) -> QuerySet[TakeawayAuthor]:
    """Bylines the reader may see: of a visible takeaway, by a visible expert."""
    if not published_only:
        return TakeawayAuthor.objects.all()
    return TakeawayAuthor.objects.filter(
        takeaway__in=Takeaway.objects.public(), expert__editorial_status=EditorialStatus.PUBLISHED
    )


def article_commentary(*, article_id, published_only: bool) -> QuerySet[Citation]:
    """Citations of one article with the citing takeaway, its publication and authors."""
    return (
        citation_queryset(published_only=published_only)
        .filter(article_id=article_id)
        # takeaway and publication joined: one query for all citations
        .select_related("takeaway", "takeaway__publication")
        # the takeaways' bylines with experts: one more query, not one per takeaway
        .prefetch_related(
            Prefetch(
                "takeaway__authorships",
                queryset=_authorships(published_only=published_only),
                to_attr="visible_authorships",
            )
        )
        .order_by("takeaway__publication__published_on", "takeaway__position", "start")
    )


def actor_co_mentions(*, actor, published_only: bool) -> list[dict]:
    """Actors mentioned in the same takeaways as `actor`, with takeaway and mention counts.

    One aggregate query (the takeaways mentioning `actor` are a subquery), then one query
    for the co-mentioned actors' summaries."""
    from django.db.models import Count

    mentions = mention_queryset(published_only=published_only)
    takeaways = mentions.filter(actor=actor).values("takeaway_id")
    rows = list(
        mentions.filter(takeaway_id__in=takeaways)
        .exclude(actor=actor)
        .values("actor_id")
        .annotate(takeaways=Count("takeaway_id", distinct=True), mentions=Count("id"))
        .order_by("-takeaways", "-mentions", "actor_id")
    )
    actors = actor_queryset(published_only=published_only).in_bulk([row["actor_id"] for row in rows])
    return [
        {"actor": actors[row["actor_id"]], "takeaways": row["takeaways"], "mentions": row["mentions"]}
        for row in rows
        if row["actor_id"] in actors
    ]
