"""Serializer pieces shared by every app: sources and the record metadata fields."""

from rest_framework import serializers

from config.models import Source

# Appended to detail shapes of editorial records (UUID, timestamps, version, status).
RECORD_FIELDS = ("confidence", "editorial_status", "published_at", "created", "updated", "version")
PLAIN_RECORD_FIELDS = ("created", "updated", "version")


def api_url(view_name: str, lookup_field: str = "slug") -> serializers.HyperlinkedIdentityField:
    """The record's absolute API URL (the request's scheme and host). UUID-addressed routes
    name their URL kwarg `pk` (`reverse("v1:article-detail", kwargs={"pk": ...})`)."""
    kwarg = "pk" if lookup_field == "id" else lookup_field
    return serializers.HyperlinkedIdentityField(view_name=view_name, lookup_field=lookup_field, lookup_url_kwarg=kwarg)


class SourceSerializer(serializers.ModelSerializer):
    """Where a fact of the record can be checked."""

    link = serializers.URLField(source="url", read_only=True, help_text="Where the fact can be checked.")

    class Meta:
        model = Source
        fields = ("link", "title", "supports")
        read_only_fields = fields
