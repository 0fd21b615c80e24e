"""Serializer pieces shared by every app: sources and the record metadata fields."""

from urllib.parse import quote

from rest_framework import serializers
from rest_framework.settings import api_settings
from rest_framework.utils.urls import remove_query_param

from core.models import Source

# Characters Django's reverse() leaves unescaped in a path.
PATH_SAFE = "!$&'()*+,;=/~:@"

# Appended to detail shapes of editorial records (UUID, timestamps, version, status).
RECORD_FIELDS = ("confidence", "editorial_status", "published_at", "created", "updated", "version")
PLAIN_RECORD_FIELDS = ("created", "updated", "version")


class AbsoluteURLField(serializers.HyperlinkedIdentityField):
    """A HyperlinkedIdentityField that resolves its route once per request and then fills in
    each row's identifier. reverse() per row dominated list and export time (about 0.4 ms a
    row); identifiers are slugs, codes and UUIDs, so filling a template is exact."""

    SENTINEL = "0123456789abcdef0123456789abcdef"  # matches every lookup regex in v1

    def get_url(self, obj, view_name, request, format):
        value = getattr(obj, self.lookup_field)
        if value in (None, ""):
            return None
        cached = getattr(self, "_template", None)
        if cached is None or cached[0] is not request:
            cached = (request, canonical_url_template(self, request))
            self._template = cached
        return cached[1].replace(self.SENTINEL, quote(str(value), safe=PATH_SAFE))


def canonical_url_template(field: AbsoluteURLField, request) -> str:
    """The record's canonical (JSON) URL with SENTINEL for its key: never the format of the
    response it appears in (DRF's reverse() copies `?format=` from the request, so an NDJSON
    export's URLs pointed at NDJSON renderings of single records)."""
    url = field.reverse(field.view_name, kwargs={field.lookup_url_kwarg: field.SENTINEL}, request=request)
    return remove_query_param(url, api_settings.URL_FORMAT_OVERRIDE)


def api_url(view_name: str, lookup_field: str = "slug") -> serializers.HyperlinkedIdentityField:
    """The record's absolute API URL (the request's scheme and host). UUID-addressed routes
    name their URL kwarg `pk` (`reverse("v1:article-detail", kwargs={"pk": ...})`)."""
    kwarg = "pk" if lookup_field == "id" else lookup_field
    return AbsoluteURLField(view_name=view_name, lookup_field=lookup_field, lookup_url_kwarg=kwarg)


class SourceSerializer(serializers.ModelSerializer):
    """Where a fact of the record can be checked."""

    link = serializers.URLField(source="url", read_only=True, help_text="Where the fact can be checked.")

    class Meta:
        model = Source
        fields = ("link", "title", "supports")
        read_only_fields = fields
