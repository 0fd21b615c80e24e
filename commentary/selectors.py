"""Reads of experts, publications, topics, takeaways, citations and mentions.
`published_only` comes from api.visibility; nested relations use the same flag."""

from django.db.models import Count, Prefetch, Q, QuerySet, prefetch_related_objects

from actors.selectors import actor_queryset
from commentary.models import (
    Citation,
    Claim,
    CoMention,
    Expert,
    LinkMethod,
    Mention,
    Publication,
    ReviewStatus,
    Takeaway,
    TakeawayAuthor,
    Topic,
)
from core.models import Correction, EditorialStatus, Source
from treaties.models import Article
from treaties.selectors import article_detail, article_queryset, treaty_queryset


def expert_queryset(*, published_only: bool) -> QuerySet[Expert]:
    return Expert.objects.public() if published_only else Expert.objects.all()


def publication_queryset(*, published_only: bool) -> QuerySet[Publication]:
    return Publication.objects.public() if published_only else Publication.objects.all()


def takeaway_queryset(*, published_only: bool) -> QuerySet[Takeaway]:
    return Takeaway.objects.public() if published_only else Takeaway.objects.all()


def citation_queryset(*, published_only: bool, known: frozenset[str] = frozenset()) -> QuerySet[Citation]:
    """`known`: relations the caller knows are visible (models.SpanLinkQuerySet.public_given)."""
    return Citation.objects.public_given(known) if published_only else Citation.objects.all()


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
    citations = _citations_in_reading_order(published_only=published_only)
    return articles.prefetch_related(Prefetch("citations", queryset=citations, to_attr="citing_citations"))


def _citations_in_reading_order(*, published_only: bool) -> QuerySet[Citation]:
    """Visible citations with their takeaway and publication joined (one query) and the
    takeaways' bylines (one more), in publication date, section and span order."""
    return (
        citation_queryset(published_only=published_only)
        .select_related("takeaway", "takeaway__publication")
        .prefetch_related(_span_byline(published_only=published_only))
        .order_by("takeaway__publication__published_on", "takeaway__position", "start")
    )


def mention_queryset(*, published_only: bool, known: frozenset[str] = frozenset()) -> QuerySet[Mention]:
    """`known`: relations the caller knows are visible (models.SpanLinkQuerySet.public_given)."""
    return Mention.objects.public_given(known) if published_only else Mention.objects.all()


def _authorships(*, published_only: bool) -> QuerySet[TakeawayAuthor]:
    authorships = TakeawayAuthor.objects.select_related("expert").order_by("position")
    if published_only:
        authorships = authorships.filter(expert__editorial_status=EditorialStatus.PUBLISHED)
    return authorships


def takeaway_list(*, published_only: bool) -> QuerySet[Takeaway]:
    return (
        takeaway_queryset(published_only=published_only)
        # summaries never render the body: at 200k takeaways it is most of the row's bytes,
        # dragged through every join and sort of a list or a ranked search
        .defer("body", "ingest_fingerprint")
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
    return (
        takeaway_list(published_only=published_only)
        .defer(None)  # the detail renders the body
        .prefetch_related(
            "topics",
            # citations with treaty and article joined: one query for all spans
            Prefetch("citations", queryset=citations, to_attr="visible_citations"),
            # mentions with their actor joined: one query for all spans
            Prefetch("mentions", queryset=mentions, to_attr="visible_mentions"),
            # public corrections: one query through the generic relation
            Prefetch("corrections", queryset=Correction.objects.chronological()),
        )
    )


def takeaway_citations(*, published_only: bool) -> QuerySet[Takeaway]:
    """Takeaways as citations: the list shape plus the publication's publisher (one more
    query for the page, through the visible actors: a draft publisher is left out)."""
    return takeaway_list(published_only=published_only).prefetch_related(
        Prefetch("publication__publisher", queryset=actor_queryset(published_only=published_only))
    )


def publication_citations(*, published_only: bool) -> QuerySet[Publication]:
    """Publications as citations: publisher, and the takeaways' bylines for the authors."""
    return publication_queryset(published_only=published_only).prefetch_related(
        Prefetch("publisher", queryset=actor_queryset(published_only=published_only)),
        Prefetch("takeaways", queryset=takeaway_list(published_only=published_only), to_attr="visible_takeaways"),
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
        Prefetch("corrections", queryset=Correction.objects.chronological()),
    )


def publication_list(*, published_only: bool) -> QuerySet[Publication]:
    return publication_queryset(published_only=published_only)


def publication_detail(*, published_only: bool) -> QuerySet[Publication]:
    return publication_queryset(published_only=published_only).prefetch_related(
        Prefetch("publisher", queryset=actor_queryset(published_only=published_only)),
        Prefetch("subject_treaty", queryset=treaty_queryset(published_only=published_only)),
        Prefetch("takeaways", queryset=takeaway_list(published_only=published_only), to_attr="visible_takeaways"),
        Prefetch("sources", queryset=Source.objects.all()),
        Prefetch("corrections", queryset=Correction.objects.chronological()),
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


def authorship_queryset(*, published_only: bool, known: frozenset[str] = frozenset()) -> QuerySet[TakeawayAuthor]:
    """Bylines the reader may see: of a visible takeaway, by a visible expert; `known` names
    the relations the caller already knows are visible ("takeaway", "expert")."""
    rows = TakeawayAuthor.objects.all()
    if not published_only:
        return rows
    if "takeaway" not in known:
        rows = rows.filter(takeaway__in=Takeaway.objects.public())
    if "expert" not in known:
        rows = rows.filter(expert__editorial_status=EditorialStatus.PUBLISHED)
    return rows


def article_commentary(*, article_id, published_only: bool) -> QuerySet[Citation]:
    """Citations of one article with the citing takeaway, its publication and authors."""
    return _citations_in_reading_order(published_only=published_only).filter(article_id=article_id)


def actor_co_mentions(*, actor, published_only: bool, limit: int) -> list[dict]:
    """The `limit` actors mentioned most in the same takeaways as `actor`, with takeaway and
    mention counts: two queries (the counts, then those actors' summaries).

    Anonymous readers: the maintained aggregate (commentary/co_mentions.py), `limit` rows of
    an index range scan, the other actor's visibility checked by a join. Editors see drafts
    and rejected links, which the aggregate does not hold: the live query over the mention
    table (`actor_co_mentions_live`)."""
    if not published_only:
        return actor_co_mentions_live(actor=actor, published_only=False, limit=limit)
    pairs = (
        CoMention.objects.filter(actor=actor, other__editorial_status=EditorialStatus.PUBLISHED)
        .exclude(other=actor)
        .values_list("other_id", "takeaways", "mentions")
        .order_by("-takeaways", "-mentions", "other_id")[:limit]
    )
    rows = [{"actor_id": other, "takeaways": takeaways, "mentions": mentions} for other, takeaways, mentions in pairs]
    return _with_actors(rows, published_only=published_only)


def actor_co_mentions_live(*, actor, published_only: bool, limit: int) -> list[dict]:
    """`actor_co_mentions` computed from the mention table at request time: what editors
    read, and the reference the aggregate is tested against.

    `actor` is visible (the caller resolved it among visible actors) and the seed takeaways
    are visible, so the seed reads the mention table with the takeaway check only and the
    aggregate with the other actor's check only (`public_given`), over the live-link indexes."""
    takeaways = (
        mention_queryset(published_only=published_only, known=frozenset({"actor"}))
        .filter(actor=actor)
        .values("takeaway_id")
    )
    rows = list(
        mention_queryset(published_only=published_only, known=frozenset({"takeaway"}))
        .filter(takeaway_id__in=takeaways)
        .exclude(actor=actor)
        .values("actor_id")
        .annotate(takeaways=Count("takeaway_id", distinct=True), mentions=Count("id"))
        .order_by("-takeaways", "-mentions", "actor_id")[:limit]
    )
    return _with_actors(rows, published_only=published_only)


def _with_actors(rows: list[dict], *, published_only: bool) -> list[dict]:
    actors = actor_queryset(published_only=published_only).in_bulk([row["actor_id"] for row in rows])
    return [
        {"actor": actors[row["actor_id"]], "takeaways": row["takeaways"], "mentions": row["mentions"]}
        for row in rows
        if row["actor_id"] in actors
    ]


# -- the editors' dashboard (admin index): a fixed number of queries, whatever the row counts --
DASHBOARD_LIMIT = 10


def review_queue() -> list[dict]:
    """Automatic links waiting for review, per publication and takeaway: two aggregate
    queries (citations, mentions), merged here."""
    rows: dict = {}
    for kind, model in (("citations", Citation), ("mentions", Mention)):
        pending = (
            model.objects.filter(method=LinkMethod.AUTO, review_status=ReviewStatus.PENDING)
            .values("takeaway_id", "takeaway__heading", "takeaway__publication_id", "takeaway__publication__title")
            .annotate(n=Count("id"))
        )
        for row in pending:
            publication = rows.setdefault(
                row["takeaway__publication_id"],
                {"title": row["takeaway__publication__title"], "pending": 0, "takeaways": {}},
            )
            takeaway = publication["takeaways"].setdefault(
                row["takeaway_id"],
                {"id": row["takeaway_id"], "heading": row["takeaway__heading"], "citations": 0, "mentions": 0},
            )
            takeaway[kind] += row["n"]
            publication["pending"] += row["n"]
    publications = sorted(rows.values(), key=lambda p: -p["pending"])
    for publication in publications:
        publication["takeaways"] = sorted(
            publication["takeaways"].values(), key=lambda t: -(t["citations"] + t["mentions"])
        )
    return publications


def unpublished_records(*, models: list) -> list[dict]:
    """Drafts and records in review, per model: one query per model (a fixed list)."""
    result = []
    for model in models:
        unpublished = model.objects.exclude(editorial_status=EditorialStatus.PUBLISHED)
        waiting = list(unpublished.order_by("-updated")[: DASHBOARD_LIMIT + 1])
        if waiting:
            result.append({"model": model, "rows": waiting[:DASHBOARD_LIMIT], "more": len(waiting) > DASHBOARD_LIMIT})
    return result


def latest_changes(*, models: list) -> list:
    """The newest history rows across `models`: one query per model, merged by date."""
    rows = []
    for model in models:
        rows += list(model.history.select_related("history_user").order_by("-history_date")[:DASHBOARD_LIMIT])
    return sorted(rows, key=lambda row: row.history_date, reverse=True)[:DASHBOARD_LIMIT]


def article_coverage() -> list[dict]:
    """Which treaty articles are cited (rejected links aside), how often, and by which
    experts: one query for the counts, one for the authors behind them."""
    cited = Citation.objects.exclude(review_status=ReviewStatus.REJECTED).filter(article__isnull=False)
    counts = list(
        cited.values("article_id", "article__number", "article__ordinal", "article__heading", "treaty__short_title")
        .annotate(citations=Count("id"), takeaways=Count("takeaway_id", distinct=True))
        .order_by("-citations", "treaty__short_title", "article__ordinal")
    )
    experts: dict = {}
    pairs = cited.values_list("article_id", "takeaway__authorships__expert__name").distinct()
    for article_id, name in pairs.order_by("takeaway__authorships__expert__name"):
        if name:
            experts.setdefault(article_id, []).append(name)
    for row in counts:
        row["experts"] = experts.get(row["article_id"], [])
    return counts


# --- claims -----------------------------------------------------------------------------
def claim_queryset(*, published_only: bool) -> QuerySet[Claim]:
    return Claim.objects.public() if published_only else Claim.objects.all()


def _claim_targets(*, published_only: bool) -> list[Prefetch]:
    """What each claim is about, restricted to what the reader may see: three queries for
    a whole page (a draft actor or article is left out for anonymous readers)."""
    return [
        Prefetch(
            "articles",
            queryset=article_queryset(published_only=published_only).select_related("treaty"),
            to_attr="visible_articles",
        ),
        Prefetch("treaties", queryset=treaty_queryset(published_only=published_only), to_attr="visible_treaties"),
        Prefetch("actors", queryset=actor_queryset(published_only=published_only), to_attr="visible_actors"),
    ]


def claims_about_treaties(treaty_ids: list) -> Q:
    """Claims naming one of these treaties, or one of their articles (a semi-join each)."""
    return Q(pk__in=Claim.treaties.through.objects.filter(treaty__in=treaty_ids).values("claim")) | Q(
        pk__in=Claim.articles.through.objects.filter(article__treaty__in=treaty_ids).values("claim")
    )


def claim_list(*, published_only: bool) -> QuerySet[Claim]:
    # the takeaway (with its body, for the sentence) and publication joined; its byline and
    # the claim's targets prefetched: a constant number of queries per page
    return (
        claim_queryset(published_only=published_only)
        .select_related("takeaway", "takeaway__publication")
        .prefetch_related(_span_byline(published_only=published_only), *_claim_targets(published_only=published_only))
    )


def claim_detail(*, published_only: bool) -> QuerySet[Claim]:
    return claim_list(published_only=published_only).prefetch_related(
        Prefetch("sources", queryset=Source.objects.all()),
        Prefetch("corrections", queryset=Correction.objects.chronological()),
    )


def with_claims(records: QuerySet, *, published_only: bool) -> QuerySet:
    """`embed=claims` on articles and actors: the visible claims about each record, with
    their takeaways, bylines and targets (a constant number of queries for a page)."""
    claims = claim_list(published_only=published_only).order_by(
        "takeaway__publication__published_on", "takeaway__position", "start"
    )
    return records.prefetch_related(Prefetch("claims", queryset=claims, to_attr="visible_claims"))
