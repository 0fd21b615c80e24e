"""Commentary shapes. Nothing here queries: commentary.selectors joins or prefetches every
relation rendered, already filtered to what the reader may see."""

from django.core.validators import RegexValidator
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from actors.models import Actor
from api.serializers import (
    PLAIN_RECORD_FIELDS,
    RECORD_FIELDS,
    CorrectionSerializer,
    EmbedFieldsMixin,
    ModelSerializer,
    OptionalURLField,
    SourceSerializer,
    StrictJSONTypes,
    api_url,
)
from api.v1.summaries import (
    ActorSummarySerializer,
    ArticleKeyField,
    ArticleRefSerializer,
    AuthorshipSerializer,
    ClaimSummarySerializer,
    ExpertSummarySerializer,
    PublicationSummarySerializer,
    TakeawayRefSerializer,
    TakeawaySummarySerializer,
    TopicSummarySerializer,
    TreatySummarySerializer,
    span_sentence,
)
from api.writes import StrictWriteSerializer, optional_slug_field
from commentary.models import Citation, Claim, Expert, Mention, Publication, Takeaway, Topic
from treaties.models import Article, Treaty

CONTEXT_CHARS = 160  # characters of body on each side of a span in citation/mention details
SPAN_FIELDS = ("start", "end", "quote", "method", "review_status", "score")


class TakeawayCitationSerializer(ModelSerializer):
    """A citation nested in its takeaway."""

    url = api_url("citation-detail", lookup_field="id")
    treaty = TreatySummarySerializer(read_only=True)
    article = ArticleRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Citation
        fields = ("id", "url", "treaty", "article", *SPAN_FIELDS)
        read_only_fields = fields


class TakeawayMentionSerializer(ModelSerializer):
    """A mention nested in its takeaway."""

    url = api_url("mention-detail", lookup_field="id")
    actor = ActorSummarySerializer(read_only=True)

    class Meta:
        model = Mention
        fields = ("id", "url", "actor", *SPAN_FIELDS)
        read_only_fields = fields


class TakeawayListSerializer(EmbedFieldsMixin, TakeawaySummarySerializer):
    """A takeaway row of `/takeaways/` (and its export); `embed=body` adds the full text."""

    embed_fields = ("body",)

    class Meta(TakeawaySummarySerializer.Meta):
        fields = (*TakeawaySummarySerializer.Meta.fields, "body")
        read_only_fields = fields


class TakeawaySerializer(TakeawaySummarySerializer):
    topics = TopicSummarySerializer(many=True, read_only=True)
    citations = TakeawayCitationSerializer(source="visible_citations", many=True, read_only=True)
    mentions = TakeawayMentionSerializer(source="visible_mentions", many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(TakeawaySummarySerializer.Meta):
        fields = (
            *TakeawaySummarySerializer.Meta.fields,
            "body",
            "image_credit",
            "topics",
            "citations",
            "mentions",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields


class ExpertSerializer(ExpertSummarySerializer):
    aliases = serializers.ListField(child=serializers.CharField(), read_only=True, help_text="Other spellings.")
    profile_url = OptionalURLField(help_text="Profile page; null when unknown.")
    affiliation = ActorSummarySerializer(read_only=True, allow_null=True)
    takeaways = TakeawaySummarySerializer(source="visible_takeaways", many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(ExpertSummarySerializer.Meta):
        fields = (
            *ExpertSummarySerializer.Meta.fields,
            "aliases",
            "affiliation",
            "profile_url",
            "takeaways",
            "sources",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields


class PublicationSerializer(PublicationSummarySerializer):
    web_url = OptionalURLField(source="url", help_text="Where it is published; null when unknown.")
    publisher = ActorSummarySerializer(read_only=True, allow_null=True)
    subject_treaty = TreatySummarySerializer(read_only=True, allow_null=True)
    takeaways = TakeawaySummarySerializer(source="visible_takeaways", many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(PublicationSummarySerializer.Meta):
        fields = (
            *PublicationSummarySerializer.Meta.fields,
            "web_url",
            "dek",
            "publisher",
            "subject_treaty",
            "takeaways",
            "sources",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields


class TopicSerializer(TopicSummarySerializer):
    takeaways = TakeawaySummarySerializer(source="visible_takeaways", many=True, read_only=True)

    class Meta(TopicSummarySerializer.Meta):
        fields = (*TopicSummarySerializer.Meta.fields, "description", "takeaways", *PLAIN_RECORD_FIELDS)
        read_only_fields = fields


class QuoteInContextMixin(serializers.Serializer):
    """Who said it and the sentence around the span: from the takeaway the selector joined
    (body included) and its prefetched byline, so no query per row."""

    authors = AuthorshipSerializer(source="takeaway.visible_authorships", many=True, read_only=True)
    sentence = span_sentence()


QUOTE_FIELDS = ("authors", "sentence")


class CitationSummarySerializer(QuoteInContextMixin, ModelSerializer):
    url = api_url("citation-detail", lookup_field="id")
    takeaway = TakeawayRefSerializer(read_only=True)
    treaty = TreatySummarySerializer(read_only=True)
    article = ArticleRefSerializer(read_only=True, allow_null=True)

    class Meta:
        model = Citation
        fields = ("id", "url", "takeaway", "treaty", "article", *SPAN_FIELDS, *QUOTE_FIELDS)
        read_only_fields = fields


class SpanContextMixin(serializers.Serializer):
    context = serializers.SerializerMethodField(help_text="The span with surrounding text from the takeaway body.")

    @extend_schema_field(serializers.CharField())
    def get_context(self, span) -> str:
        body = span.takeaway.body
        return body[max(0, span.start - CONTEXT_CHARS) : span.end + CONTEXT_CHARS]


class CitationSerializer(SpanContextMixin, CitationSummarySerializer):
    class Meta(CitationSummarySerializer.Meta):
        fields = (*CitationSummarySerializer.Meta.fields, "context", *PLAIN_RECORD_FIELDS)
        read_only_fields = fields


class MentionSummarySerializer(QuoteInContextMixin, ModelSerializer):
    url = api_url("mention-detail", lookup_field="id")
    takeaway = TakeawayRefSerializer(read_only=True)
    actor = ActorSummarySerializer(read_only=True)

    class Meta:
        model = Mention
        fields = ("id", "url", "takeaway", "actor", *SPAN_FIELDS, *QUOTE_FIELDS)
        read_only_fields = fields


class MentionSerializer(SpanContextMixin, MentionSummarySerializer):
    class Meta(MentionSummarySerializer.Meta):
        fields = (*MentionSummarySerializer.Meta.fields, "context", *PLAIN_RECORD_FIELDS)
        read_only_fields = fields


class ArticleCommentarySerializer(ModelSerializer):
    """A takeaway citing the article, with the quoted span."""

    takeaway = TakeawaySummarySerializer(read_only=True)

    class Meta:
        model = Citation
        fields = ("id", "takeaway", *SPAN_FIELDS)
        read_only_fields = fields


class CoMentionSerializer(serializers.Serializer):
    actor = ActorSummarySerializer(read_only=True)
    takeaways = serializers.IntegerField(read_only=True, help_text="Published takeaways mentioning both actors.")
    mentions = serializers.IntegerField(read_only=True, help_text="Mentions of this actor in those takeaways.")


# --- input (write) serializers: strict, relations by slug -------------------------------
class ExpertWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for an expert; affiliation by actor slug."""

    affiliation = optional_slug_field(Actor.objects.all())
    # The model validates against core.validators.ALIASES_SCHEMA too; this states it in the API schema.
    aliases = serializers.ListField(
        child=serializers.CharField(max_length=200, validators=[RegexValidator(r"^[^\x00-\x1f\x7f]*$")]),
        max_length=50,
        required=False,
        help_text="Other spellings of the name (strings, at most 50).",
    )

    class Meta:
        model = Expert
        fields = ("name", "slug", "aliases", "role", "affiliation", "profile_url", "confidence", "editorial_status")


class PublicationWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for a publication; publisher and subject treaty by slug."""

    publisher = optional_slug_field(Actor.objects.all())
    subject_treaty = optional_slug_field(Treaty.objects.all())

    class Meta:
        model = Publication
        fields = (
            "title",
            "slug",
            "kind",
            "publisher",
            "published_on",
            "url",
            "dek",
            "subject_treaty",
            "confidence",
            "editorial_status",
        )


class TopicWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for a topic (controlled vocabulary)."""

    class Meta:
        model = Topic
        fields = ("name", "slug", "description")


class TakeawayWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for a takeaway. A new body moves its citation and mention spans along
    (commentary.services.takeaway_update)."""

    publication = serializers.SlugRelatedField(slug_field="slug", queryset=Publication.objects.all())
    topics = serializers.SlugRelatedField(slug_field="slug", queryset=Topic.objects.all(), many=True, required=False)
    authors = serializers.SlugRelatedField(
        slug_field="slug",
        queryset=Expert.objects.all(),
        many=True,
        required=False,
        help_text="Expert slugs in byline order; replaces the byline.",
    )

    def validate_authors(self, value):
        if len({expert.pk for expert in value}) != len(value):
            raise serializers.ValidationError("An expert appears twice in the byline.")
        return value

    class Meta:
        model = Takeaway
        fields = (
            "publication",
            "position",
            "heading",
            "slug",
            "body",
            "image_credit",
            "authors",
            "topics",
            "confidence",
            "editorial_status",
        )


class SpanLinkWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Shared input rules for citations and mentions: the quote must stand at the span."""

    takeaway = serializers.SlugRelatedField(slug_field="slug", queryset=Takeaway.objects.all())

    def validate(self, attrs):
        attrs = super().validate(attrs)
        takeaway = attrs.get("takeaway") or self.instance.takeaway
        start = attrs.get("start", getattr(self.instance, "start", None))
        end = attrs.get("end", getattr(self.instance, "end", None))
        quote = attrs.get("quote", getattr(self.instance, "quote", None))
        if takeaway.body[start:end] != quote:
            raise serializers.ValidationError(
                {"quote": [f"The body reads {takeaway.body[start:end]!r} at {start}–{end}."]}
            )
        return attrs


class CitationWriteSerializer(SpanLinkWriteSerializer):
    """Input for a citation; the article, if any, as `<treaty-slug>:<number>` of the same treaty."""

    treaty = serializers.SlugRelatedField(slug_field="slug", queryset=Treaty.objects.all())
    # A default (not just required=False): the span-uniqueness validator needs the key present.
    article = ArticleKeyField(queryset=Article.objects.select_related("treaty"), default=None, allow_null=True)

    class Meta:
        model = Citation
        fields = ("takeaway", "treaty", "article", "start", "end", "quote", "method", "review_status", "score")

    def validate(self, attrs):
        attrs = super().validate(attrs)
        treaty = attrs.get("treaty") or self.instance.treaty
        article = attrs.get("article", getattr(self.instance, "article", None))
        if article is not None and article.treaty_id != treaty.pk:
            raise serializers.ValidationError({"article": ["The article belongs to another treaty."]})
        return attrs


class MentionWriteSerializer(SpanLinkWriteSerializer):
    """Input for a mention of an actor."""

    actor = serializers.SlugRelatedField(slug_field="slug", queryset=Actor.objects.all())

    class Meta:
        model = Mention
        fields = ("takeaway", "actor", "start", "end", "quote", "method", "review_status", "score")


class ClaimSerializer(ClaimSummarySerializer):
    sources = SourceSerializer(many=True, read_only=True)
    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(ClaimSummarySerializer.Meta):
        fields = (*ClaimSummarySerializer.Meta.fields, "sources", "corrections", *RECORD_FIELDS)
        read_only_fields = fields


class ClaimWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for a claim: a span of a takeaway's body (the quote must stand there), its
    stance and paraphrase, and what it is about (replaced whole when given)."""

    takeaway = serializers.SlugRelatedField(slug_field="slug", queryset=Takeaway.objects.all())
    articles = ArticleKeyField(
        queryset=Article.objects.select_related("treaty"),
        many=True,
        required=False,
        help_text="Articles as `<treaty-slug>:<number>`.",
    )
    treaties = serializers.SlugRelatedField(
        slug_field="slug", queryset=Treaty.objects.all(), many=True, required=False, help_text="Treaty slugs."
    )
    actors = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), many=True, required=False, help_text="Actor slugs."
    )

    class Meta:
        model = Claim
        fields = (
            "takeaway",
            "start",
            "end",
            "quote",
            "stance",
            "paraphrase",
            "articles",
            "treaties",
            "actors",
            "confidence",
            "editorial_status",
        )
