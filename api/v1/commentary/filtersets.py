"""Commentary filters (semantics in api/filters.py)."""

import django_filters
from django.db.models import Q

from actors.models import Actor
from api.filters import (
    ChoicesFilter,
    RefFilter,
    ResourceFilterSet,
    by_article_ref,
    by_slug,
    by_slug_or_iso3,
    visible_for,
)
from commentary.models import (
    Citation,
    Claim,
    Expert,
    LinkMethod,
    Mention,
    Publication,
    PublicationKind,
    ReviewStatus,
    Stance,
    Takeaway,
    Topic,
)
from commentary.selectors import (
    authorship_queryset,
    citation_queryset,
    claims_about_treaties,
    mention_queryset,
    takeaway_queryset,
)
from core.models import Confidence
from treaties.models import Article, Treaty


def _expert(via: tuple, help_text: str, **kwargs) -> RefFilter:
    return RefFilter(
        queryset=visible_for(Expert), resolve=by_slug, noun="expert", via=via, help_text=help_text, **kwargs
    )


def _actor(via: tuple | None, help_text: str, **kwargs) -> RefFilter:
    return RefFilter(
        queryset=visible_for(Actor), resolve=by_slug_or_iso3, noun="actor", via=via, help_text=help_text, **kwargs
    )


def _treaty(via: tuple | None, help_text: str, **kwargs) -> RefFilter:
    return RefFilter(
        queryset=visible_for(Treaty), resolve=by_slug, noun="treaty", via=via, help_text=help_text, **kwargs
    )


def _publication(via: tuple | None, help_text: str, **kwargs) -> RefFilter:
    return RefFilter(
        queryset=visible_for(Publication), resolve=by_slug, noun="publication", via=via, help_text=help_text, **kwargs
    )


def _topic(via: tuple | None, help_text: str, **kwargs) -> RefFilter:
    return RefFilter(
        queryset=lambda request: Topic.objects.all(),
        resolve=by_slug,
        noun="topic",
        via=via,
        help_text=help_text,
        **kwargs,
    )


def _takeaway(help_text: str, **kwargs) -> RefFilter:
    return RefFilter(queryset=visible_for(Takeaway), resolve=by_slug, noun="takeaway", help_text=help_text, **kwargs)


def _article(via: tuple | None, help_text: str, **kwargs) -> RefFilter:
    return RefFilter(
        queryset=visible_for(Article),
        resolve=by_article_ref,
        noun="article",
        via=via,
        help_text=help_text + " An article UUID or `treaty-slug:number` (`russia-dprk-2024:4`).",
        **kwargs,
    )


class TakeawayFilterSet(ResourceFilterSet):
    expert = _expert((authorship_queryset, "takeaway", "expert"), "Written by this expert (slug).")
    publication = _publication(None, "Part of this publication (slug).", field_name="publication")
    mentions = _actor((mention_queryset, "takeaway", "actor"), "Mentions this actor (slug or ISO code).")
    mentions_all = _actor(
        (mention_queryset, "takeaway", "actor"), "Mentions every one of these actors.", all_values=True
    )
    cites_treaty = _treaty((citation_queryset, "takeaway", "treaty"), "Cites this treaty or one of its articles.")
    cites_article = _article((citation_queryset, "takeaway", "article"), "Cites this article.")
    topic = _topic((Takeaway.topics.through, "takeaway", "topic"), "Tagged with this topic (slug).")
    published_after = django_filters.DateFilter(
        field_name="publication__published_on", lookup_expr="gte", help_text="Published on or after (YYYY-MM-DD)."
    )
    published_before = django_filters.DateFilter(
        field_name="publication__published_on", lookup_expr="lte", help_text="Published on or before (YYYY-MM-DD)."
    )
    confidence = ChoicesFilter(field_name="confidence", choices=Confidence.choices, help_text="Confidence mark.")

    class Meta:
        model = Takeaway
        fields = ()


class ExpertFilterSet(ResourceFilterSet):
    affiliation = _actor(None, "Works for this organisation (slug).", field_name="affiliation")
    publication = _publication(
        (authorship_queryset, "expert", "takeaway__publication"), "Wrote a takeaway in this publication (slug)."
    )
    topic = _topic((authorship_queryset, "expert", "takeaway__topics"), "Wrote a takeaway on this topic (slug).")
    mentions = _actor(
        (mention_queryset, "takeaway__authorships__expert", "actor"), "Mentioned this actor in a takeaway."
    )
    cites_treaty = _treaty(
        (citation_queryset, "takeaway__authorships__expert", "treaty"), "Cited this treaty in a takeaway."
    )

    class Meta:
        model = Expert
        fields = ()


class PublicationFilterSet(ResourceFilterSet):
    kind = ChoicesFilter(choices=PublicationKind.choices, help_text="Kind of publication.")
    publisher = _actor(None, "Published by this organisation (slug).", field_name="publisher")
    subject_treaty = _treaty(None, "Chiefly about this treaty (slug).", field_name="subject_treaty")
    expert = _expert((authorship_queryset, "takeaway__publication", "expert"), "Has a takeaway by this expert (slug).")
    topic = _topic((takeaway_queryset, "publication", "topics"), "Has a takeaway on this topic (slug).")
    mentions = _actor((mention_queryset, "takeaway__publication", "actor"), "Mentions this actor.")
    cites_treaty = _treaty((citation_queryset, "takeaway__publication", "treaty"), "Cites this treaty.")
    published_after = django_filters.DateFilter(
        field_name="published_on", lookup_expr="gte", help_text="Published on or after (YYYY-MM-DD)."
    )
    published_before = django_filters.DateFilter(
        field_name="published_on", lookup_expr="lte", help_text="Published on or before (YYYY-MM-DD)."
    )

    class Meta:
        model = Publication
        fields = ()


class TopicFilterSet(ResourceFilterSet):
    takeaway = _takeaway("Tags this takeaway (slug).", via=(takeaway_queryset, "topics", "pk"))
    publication = _publication((takeaway_queryset, "topics", "publication"), "Tags a takeaway in this publication.")
    expert = _expert((authorship_queryset, "takeaway__topics", "expert"), "Tags a takeaway by this expert.")

    class Meta:
        model = Topic
        fields = ()


class SpanFilterSet(ResourceFilterSet):
    """Filters shared by citations and mentions."""

    takeaway = _takeaway("In this takeaway (slug).", field_name="takeaway")
    publication = _publication(None, "In this publication (slug).", field_name="takeaway__publication")
    expert = _expert((authorship_queryset, "takeaway__citations", "expert"), "In a takeaway by this expert (slug).")
    method = ChoicesFilter(choices=LinkMethod.choices, help_text="How the link was found.")
    review_status = ChoicesFilter(
        choices=ReviewStatus.choices, help_text="Editor decision (rejected links are never public)."
    )
    created_after = django_filters.DateFilter(
        field_name="created", lookup_expr="date__gte", help_text="Found on or after (YYYY-MM-DD)."
    )
    created_before = django_filters.DateFilter(
        field_name="created", lookup_expr="date__lte", help_text="Found on or before (YYYY-MM-DD)."
    )


class CitationFilterSet(SpanFilterSet):
    treaty = _treaty(None, "Cites this treaty (slug).", field_name="treaty")
    article = _article(None, "Cites this article.", field_name="article")

    class Meta:
        model = Citation
        fields = ()


class MentionFilterSet(SpanFilterSet):
    expert = _expert((authorship_queryset, "takeaway__mentions", "expert"), "In a takeaway by this expert (slug).")
    actor = _actor(None, "Mentions this actor (slug or ISO code).", field_name="actor")

    class Meta:
        model = Mention
        fields = ()


class ClaimTreatyFilter(RefFilter):
    """A claim is about a treaty when it names the treaty or one of its articles."""

    to_many = True

    def matches(self, pks: list) -> Q:
        return claims_about_treaties(pks)


class ClaimFilterSet(ResourceFilterSet):
    """Claims by what they are about, who made them, their stance and when. No `q`: claims
    are not in the search index (search their takeaways, or filter by what they are about)."""

    q = None

    takeaway = _takeaway("In this takeaway (slug).", field_name="takeaway")
    publication = _publication(None, "In this publication (slug).", field_name="takeaway__publication")
    expert = _expert((authorship_queryset, "takeaway__claims", "expert"), "Made by this expert (slug).")
    article = _article((Claim.articles.through, "claim", "article"), "About this article.")
    treaty = ClaimTreatyFilter(
        queryset=visible_for(Treaty),
        resolve=by_slug,
        noun="treaty",
        help_text="About this treaty as a whole or one of its articles (slug).",
    )
    actor = _actor((Claim.actors.through, "claim", "actor"), "About this actor (slug or ISO code).")
    stance = ChoicesFilter(choices=Stance.choices, help_text="What the expert does with the proposition.")
    confidence = ChoicesFilter(field_name="confidence", choices=Confidence.choices, help_text="Confidence mark.")
    published_after = django_filters.DateFilter(
        field_name="takeaway__publication__published_on",
        lookup_expr="gte",
        help_text="Said in a publication of this day or later (YYYY-MM-DD).",
    )
    published_before = django_filters.DateFilter(
        field_name="takeaway__publication__published_on",
        lookup_expr="lte",
        help_text="Said in a publication of this day or earlier (YYYY-MM-DD).",
    )

    class Meta:
        model = Claim
        fields = ()
