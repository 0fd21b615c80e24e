"""v1 serializers for commentary."""

from rest_framework import serializers

from actors.models import Actor
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, Topic
from config.api.writes import StrictWriteSerializer
from treaties.api.v1.serializers import ArticleKeyField
from treaties.models import Article, Treaty


class ExpertWriteSerializer(StrictWriteSerializer):
    """Input for an expert; affiliation by actor slug."""

    affiliation = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), required=False, allow_null=True
    )

    class Meta:
        model = Expert
        fields = ("name", "slug", "aliases", "role", "affiliation", "profile_url", "confidence", "editorial_status")


class PublicationWriteSerializer(StrictWriteSerializer):
    """Input for a publication; publisher and subject treaty by slug."""

    publisher = serializers.SlugRelatedField(
        slug_field="slug", queryset=Actor.objects.all(), required=False, allow_null=True
    )
    subject_treaty = serializers.SlugRelatedField(
        slug_field="slug", queryset=Treaty.objects.all(), required=False, allow_null=True
    )

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


class TopicWriteSerializer(StrictWriteSerializer):
    """Input for a topic (controlled vocabulary)."""

    class Meta:
        model = Topic
        fields = ("name", "slug", "description")


class TakeawayWriteSerializer(StrictWriteSerializer):
    """Input for a takeaway. A new body moves its citation and mention spans along
    (commentary.services.takeaway_update)."""

    publication = serializers.SlugRelatedField(slug_field="slug", queryset=Publication.objects.all())
    topics = serializers.SlugRelatedField(slug_field="slug", queryset=Topic.objects.all(), many=True, required=False)

    class Meta:
        model = Takeaway
        fields = (
            "publication",
            "position",
            "heading",
            "slug",
            "body",
            "image_credit",
            "topics",
            "confidence",
            "editorial_status",
        )


class SpanLinkWriteSerializer(StrictWriteSerializer):
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
    article = ArticleKeyField(queryset=Article.objects.select_related("treaty"), required=False, allow_null=True)

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
