"""v1 serializers for treaties."""

from rest_framework import serializers

from config.api.writes import StrictWriteSerializer
from treaties.models import Article, ProvisionType, Treaty


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


class TreatyWriteSerializer(StrictWriteSerializer):
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


class ArticleWriteSerializer(StrictWriteSerializer):
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


class ProvisionTypeWriteSerializer(StrictWriteSerializer):
    """Input for a provision type (controlled vocabulary)."""

    class Meta:
        model = ProvisionType
        fields = ("code", "name", "description")
