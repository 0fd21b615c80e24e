"""Serializer pieces shared by every app: sources and the record metadata fields."""

from urllib.parse import quote

from rest_framework import serializers

from core.models import Source

# Characters Django's reverse() leaves unescaped in a path.
_PATH_SAFE = "!$&'()*+,;=/~:@"

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
        if cached is None or cached[0] is not request or cached[1] != format:
            kwargs = {self.lookup_url_kwarg: self.SENTINEL}
            cached = (request, format, self.reverse(view_name, kwargs=kwargs, request=request, format=format))
            self._template = cached
        return cached[2].replace(self.SENTINEL, quote(str(value), safe=_PATH_SAFE))


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


class EmbedFieldsMixin:
    """Fields listed in `embed_fields` render only when the request asked for them
    (`?embed=`): the view puts the requested names in the context under "embed", and only
    then was their prefetch added. Without that key (schema generation) every field stays."""

    embed_fields: tuple[str, ...] = ()

    def get_fields(self):
        fields = super().get_fields()
        if "embed" in self.context:
            for name in set(self.embed_fields) - set(self.context["embed"]):
                fields.pop(name, None)
        return fields
