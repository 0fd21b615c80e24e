"""Treaty, article and provision-type shapes. Nothing here queries: treaties.selectors
prefetches every relation rendered, already filtered to what the reader may see."""

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.serializers import (
    PLAIN_RECORD_FIELDS,
    RECORD_FIELDS,
    CorrectionSerializer,
    EmbedFieldsMixin,
    ModelSerializer,
    SourceSerializer,
    StrictJSONTypes,
)
from api.v1.summaries import (
    ActorSummarySerializer,
    ArticleSummarySerializer,
    ClaimsEmbedMixin,
    EventSummarySerializer,
    ProvisionTypeSummarySerializer,
    TakeawayRefSerializer,
    TakeawaySummarySerializer,
    TreatySummarySerializer,
)
from api.writes import StrictWriteSerializer
from treaties.models import Article, ArticleLink, ArticleProvision, ProvisionType, Treaty, TreatyParty


class ProvisionTypeSerializer(ProvisionTypeSummarySerializer):
    class Meta(ProvisionTypeSummarySerializer.Meta):
        fields = (*ProvisionTypeSummarySerializer.Meta.fields, "description", *PLAIN_RECORD_FIELDS)
        read_only_fields = fields


class ArticleLinkOutSerializer(ModelSerializer):
    target = ArticleSummarySerializer(read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = ArticleLink
        fields = ("kind", "note", "target", "confidence", "sources")
        read_only_fields = fields


class ArticleLinkInSerializer(ModelSerializer):
    source = ArticleSummarySerializer(read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = ArticleLink
        fields = ("kind", "note", "source", "confidence", "sources")
        read_only_fields = fields


class ProvisionCodingSerializer(ModelSerializer):
    """That the article carries a provision type, with that reading's confidence and sources."""

    provision_type = ProvisionTypeSummarySerializer(read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = ArticleProvision
        fields = ("provision_type", "confidence", "sources")
        read_only_fields = fields


class CitingTakeawaysMixin(EmbedFieldsMixin, serializers.Serializer):
    """`?embed=citing_takeaways`: the takeaways citing the article as summaries (authors,
    publication, date), from the embed's prefetch (commentary.selectors.with_citing_takeaways)."""

    embed_fields = ("citing_takeaways",)
    citing_takeaways = serializers.SerializerMethodField(
        help_text="With `embed=citing_takeaways`: the takeaways citing this article, in citation order."
    )

    @extend_schema_field(TakeawaySummarySerializer(many=True))
    def get_citing_takeaways(self, article):
        takeaways = {c.takeaway_id: c.takeaway for c in article.citing_citations}
        return TakeawaySummarySerializer(list(takeaways.values()), many=True, context=self.context).data


class ArticleListSerializer(CitingTakeawaysMixin, ClaimsEmbedMixin, ArticleSummarySerializer):
    """An article row of `/articles/`; the summary plus what `embed` may add."""

    embed_fields = ("citing_takeaways", "claims")

    class Meta(ArticleSummarySerializer.Meta):
        fields = (*ArticleSummarySerializer.Meta.fields, "citing_takeaways", "claims")
        read_only_fields = fields


class ArticleSerializer(CitingTakeawaysMixin, ClaimsEmbedMixin, ArticleSummarySerializer):
    embed_fields = ("citing_takeaways", "claims")
    links_out = ArticleLinkOutSerializer(
        source="outgoing_links", many=True, read_only=True, help_text="Provisions this article echoes or cites."
    )
    links_in = ArticleLinkInSerializer(
        source="incoming_links", many=True, read_only=True, help_text="Provisions that echo or cite this article."
    )
    cited_by = serializers.SerializerMethodField(help_text="Takeaways that cite this article, in citation order.")
    provision_codings = ProvisionCodingSerializer(
        source="visible_codings",
        many=True,
        read_only=True,
        help_text="The provision types of `provision_types`, each with its confidence and sources.",
    )
    sources = SourceSerializer(many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(ArticleSummarySerializer.Meta):
        fields = (
            *ArticleSummarySerializer.Meta.fields,
            "text",
            "provision_codings",
            "links_out",
            "links_in",
            "cited_by",
            "citing_takeaways",
            "claims",
            "sources",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields

    @extend_schema_field(TakeawayRefSerializer(many=True))
    def get_cited_by(self, article):
        takeaways = {c.takeaway_id: c.takeaway for c in article.visible_citations}
        return TakeawayRefSerializer(list(takeaways.values()), many=True, context=self.context).data


class TreatyPartySerializer(ModelSerializer):
    actor = ActorSummarySerializer(read_only=True)
    signatory = ActorSummarySerializer(read_only=True, allow_null=True)
    sources = SourceSerializer(many=True, read_only=True)

    class Meta:
        model = TreatyParty
        fields = ("actor", "signed_on", "ratified_on", "signatory", "signatory_title", "confidence", "sources")
        read_only_fields = fields


class TreatySerializer(TreatySummarySerializer):
    parties = TreatyPartySerializer(source="visible_parties", many=True, read_only=True)
    articles = ArticleSummarySerializer(source="visible_articles", many=True, read_only=True)
    supersedes = TreatySummarySerializer(source="visible_supersedes", many=True, read_only=True)
    superseded_by = TreatySummarySerializer(source="visible_superseded_by", many=True, read_only=True)
    events = EventSummarySerializer(source="visible_events", many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)

    corrections = CorrectionSerializer(many=True, read_only=True, help_text="Public corrections, oldest first.")

    class Meta(TreatySummarySerializer.Meta):
        fields = (
            *TreatySummarySerializer.Meta.fields,
            "signed_at",
            "duration_terms",
            "description",
            "article_count",
            "parties",
            "articles",
            "supersedes",
            "superseded_by",
            "events",
            "sources",
            "corrections",
            *RECORD_FIELDS,
        )
        read_only_fields = fields


class LineageEdgeSerializer(ModelSerializer):
    source = serializers.UUIDField(source="source_id", read_only=True, help_text="Id of the linking article.")
    target = serializers.UUIDField(source="target_id", read_only=True, help_text="Id of the linked article.")

    class Meta:
        model = ArticleLink
        fields = ("source", "target", "kind", "note")
        read_only_fields = fields


class ArticleLineageSerializer(serializers.Serializer):
    """An article's lineage: every article reachable through links, and the links."""

    root = serializers.UUIDField(read_only=True, help_text="The article asked about.")
    nodes = ArticleSummarySerializer(many=True, read_only=True)
    edges = LineageEdgeSerializer(many=True, read_only=True)


class ResolveContextSerializer(StrictJSONTypes, serializers.Serializer):
    treaty = serializers.SlugField(
        required=False,
        allow_blank=True,
        help_text="Slug of the subject treaty: a bare 'Article N' resolves against it.",
    )
    date = serializers.DateField(required=False, allow_null=True, help_text="When the text was written (YYYY-MM-DD).")


class ResolveRequestSerializer(StrictJSONTypes, serializers.Serializer):
    text = serializers.CharField(
        allow_blank=True, trim_whitespace=False, help_text="The text to resolve, at most 100,000 characters."
    )
    context = ResolveContextSerializer(required=False)


class ReferenceSerializer(serializers.Serializer):
    """One reference found in the text, with the resolved record's summary.

    `external` references name an instrument or place outside the catalogue ("NATO's Article 5",
    "the Washington Summit Declaration"): understood, deliberately not linked, so every record
    field is null. `ambiguous` ones fit several treaties, listed in `candidates`."""

    kind = serializers.ChoiceField(
        choices=["article", "treaty", "actor", "external", "ambiguous"],
        read_only=True,
        help_text="article, treaty or actor: a link; external: outside the catalogue, never linked; "
        "ambiguous: several treaties fit (see candidates).",
    )
    start = serializers.IntegerField(
        read_only=True, help_text="Offset of the first character in the text, in Unicode code points."
    )
    end = serializers.IntegerField(read_only=True, help_text="Offset just past the last character (code points).")
    text = serializers.CharField(read_only=True, help_text="The matched text: text[start:end].")
    confidence = serializers.FloatField(read_only=True, help_text="Resolver confidence from 0 to 1.")
    suggestion = serializers.BooleanField(
        read_only=True,
        help_text="A link below the confidence threshold: a suggestion for an editor, not a fact.",
    )
    rule = serializers.CharField(read_only=True, help_text="Which resolver rule found it (for reviewers).")
    treaty = TreatySummarySerializer(read_only=True, allow_null=True, help_text="The treaty (also for articles).")
    article = ArticleSummarySerializer(read_only=True, allow_null=True)
    actor = ActorSummarySerializer(read_only=True, allow_null=True)
    candidates = TreatySummarySerializer(
        many=True, read_only=True, help_text="For ambiguous references: the treaties that fit; empty otherwise."
    )


class ResolveResponseSerializer(serializers.Serializer):
    count = serializers.IntegerField(read_only=True)
    references = ReferenceSerializer(many=True, read_only=True)


# --- input (write) serializers: strict, relations by slug -------------------------------


class TreatyWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for creating and changing a treaty; `supersedes` by slug."""

    supersedes = serializers.SlugRelatedField(
        slug_field="slug", queryset=Treaty.objects.all(), many=True, required=False
    )

    class Meta:
        model = Treaty
        fields = (
            "title",
            "short_title",
            "slug",
            "kind",
            "status",
            "signed_on",
            "signed_at",
            "in_force_on",
            "ended_on",
            "duration_terms",
            "description",
            "article_count",
            "supersedes",
            "confidence",
            "editorial_status",
        )


class ArticleWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for an article; its number must be unique within the treaty."""

    treaty = serializers.SlugRelatedField(slug_field="slug", queryset=Treaty.objects.all())
    provision_types = serializers.SlugRelatedField(
        slug_field="code", queryset=ProvisionType.objects.all(), many=True, required=False
    )

    class Meta:
        model = Article
        fields = (
            "treaty",
            "number",
            "ordinal",
            "heading",
            "summary",
            "text",
            "provision_types",
            "confidence",
            "editorial_status",
        )


class ProvisionTypeWriteSerializer(StrictJSONTypes, StrictWriteSerializer):
    """Input for a provision type (controlled vocabulary)."""

    class Meta:
        model = ProvisionType
        fields = ("code", "name", "description")
