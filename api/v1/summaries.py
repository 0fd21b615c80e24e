"""The summary shapes every v1 resource nests, and the keys that address records in writes.

Each resource has two shapes: a summary (list rows and nesting) and a detail. The summaries
live here, together, because resources nest each other's summaries across apps (an article
lists the takeaways citing it; a takeaway lists its treaties and actors). With the nested
vocabulary in one module, each app's detail module imports only this one and the base
layer, never another app's detail module (an import-linter contract checks it).
Nothing here queries: the selectors prefetch every relation rendered.

Every summary of a record that states facts carries its `confidence` (decision 0023): list
rows, CSV and exports are built from these shapes, so an unverified value never reads as
fact wherever it appears."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import Actor, Event
from api.serializers import DerivedField, ModelSerializer, api_url
from commentary.models import Claim, Expert, Publication, Takeaway, TakeawayAuthor, Topic
from commentary.sentences import sentence_around
from treaties.models import Article, ProvisionType, Treaty


class ActorSummarySerializer(ModelSerializer):
    url = api_url("actor-detail")

    class Meta:
        model = Actor
        fields = ("id", "url", "slug", "name", "short_name", "kind", "iso3", "confidence")
        read_only_fields = fields


class EventSummarySerializer(ModelSerializer):
    url = api_url("event-detail")

    class Meta:
        model = Event
        fields = ("id", "url", "slug", "name", "kind", "start_date", "end_date", "place", "confidence")
        read_only_fields = fields


class TreatySummarySerializer(ModelSerializer):
    url = api_url("treaty-detail")

    class Meta:
        model = Treaty
        fields = (
            "id",
            "url",
            "slug",
            "title",
            "short_title",
            "kind",
            "status",
            "signed_on",
            "in_force_on",
            "ended_on",
            "confidence",
        )
        read_only_fields = fields


class ProvisionTypeSummarySerializer(ModelSerializer):
    url = api_url("provision-type-detail", lookup_field="code")

    class Meta:
        model = ProvisionType
        fields = ("id", "url", "code", "name")
        read_only_fields = fields


class ArticleRefSerializer(ModelSerializer):
    """An article nested where its treaty is already given (citations)."""

    url = api_url("article-detail", lookup_field="id")

    class Meta:
        model = Article
        fields = ("id", "url", "number", "ordinal", "heading", "confidence")
        read_only_fields = fields


class ArticleSummarySerializer(ModelSerializer):
    url = api_url("article-detail", lookup_field="id")
    treaty = TreatySummarySerializer(read_only=True)
    provision_types = ProvisionTypeSummarySerializer(many=True, read_only=True)

    class Meta:
        model = Article
        fields = ("id", "url", "treaty", "number", "ordinal", "heading", "summary", "confidence", "provision_types")
        read_only_fields = fields


class ExpertSummarySerializer(ModelSerializer):
    url = api_url("expert-detail")

    class Meta:
        model = Expert
        fields = ("id", "url", "slug", "name", "role", "confidence")
        read_only_fields = fields


class PublicationSummarySerializer(ModelSerializer):
    url = api_url("publication-detail")

    class Meta:
        model = Publication
        fields = ("id", "url", "slug", "title", "kind", "published_on", "confidence")
        read_only_fields = fields


class TopicSummarySerializer(ModelSerializer):
    url = api_url("topic-detail")

    class Meta:
        model = Topic
        fields = ("id", "url", "slug", "name")
        read_only_fields = fields


class AuthorshipSerializer(ModelSerializer):
    expert = ExpertSummarySerializer(read_only=True)

    class Meta:
        model = TakeawayAuthor
        fields = ("expert", "position", "role")
        read_only_fields = fields


class TakeawaySummarySerializer(ModelSerializer):
    url = api_url("takeaway-detail")
    publication = PublicationSummarySerializer(read_only=True)
    authors = AuthorshipSerializer(source="visible_authorships", many=True, read_only=True)

    class Meta:
        model = Takeaway
        fields = ("id", "url", "slug", "heading", "position", "publication", "authors", "confidence")
        read_only_fields = fields


class TakeawayRefSerializer(serializers.Serializer):
    id = serializers.UUIDField(read_only=True)
    url = api_url("takeaway-detail")
    slug = serializers.SlugField(read_only=True)
    heading = serializers.CharField(read_only=True)


# --- keys: how writes address records ---------------------------------------------------
@extend_schema_field(OpenApiTypes.STR)
class ArticleKeyField(serializers.RelatedField):
    """An article addressed as `<treaty-slug>:<number>` (e.g. `russia-dprk-2024:4`)."""

    default_error_messages = {
        "format": "Expected '<treaty-slug>:<article-number>'.",
        "missing": "No article {value!r}.",
    }

    def to_internal_value(self, data):
        if not isinstance(data, str) or ":" not in data:
            self.fail("format")
        treaty, number = data.rsplit(":", 1)
        article = self.get_queryset().filter(treaty__slug=treaty, number=number).first()
        if article is None:
            self.fail("missing", value=data)
        return article

    def to_representation(self, value):
        return f"{value.treaty.slug}:{value.number}"


# --- claims (nested in article and actor details with `embed=claims`) --------------------
class ClaimArticleSerializer(ModelSerializer):
    """An article a claim is about, with its treaty."""

    url = api_url("article-detail", lookup_field="id")
    treaty = TreatySummarySerializer(read_only=True)

    class Meta:
        model = Article
        fields = ("id", "url", "treaty", "number", "heading")
        read_only_fields = fields


def span_sentence() -> DerivedField:
    """The sentence of the takeaway body holding a span (claims, citations, mentions): the
    rows' quote in context, from the body the selector joins or the export side-loads."""
    return DerivedField(
        sentence_around,
        "takeaway.body",
        "start",
        "end",
        output=serializers.CharField(),
        help_text="The sentence of the takeaway body holding the span.",
    )


class ClaimSummarySerializer(ModelSerializer):
    """What an expert says about provisions, treaties or actors: the span, the sentence
    holding it, the stance and the paraphrase, who said it and what it is about."""

    url = api_url("claim-detail", lookup_field="id")
    takeaway = TakeawaySummarySerializer(read_only=True)
    sentence = span_sentence()
    articles = ClaimArticleSerializer(source="visible_articles", many=True, read_only=True)
    treaties = TreatySummarySerializer(source="visible_treaties", many=True, read_only=True)
    actors = ActorSummarySerializer(source="visible_actors", many=True, read_only=True)

    class Meta:
        model = Claim
        fields = (
            "id",
            "url",
            "takeaway",
            "stance",
            "paraphrase",
            "quote",
            "start",
            "end",
            "sentence",
            "articles",
            "treaties",
            "actors",
            "confidence",
        )
        read_only_fields = fields


class ClaimsEmbedMixin(serializers.Serializer):
    """`?embed=claims` (articles, actors): the visible claims about the record, from the
    embed's prefetch (commentary.selectors.with_claims). List the name in `embed_fields`."""

    claims = ClaimSummarySerializer(
        source="visible_claims", many=True, read_only=True, help_text="With `embed=claims`: what experts say about it."
    )
