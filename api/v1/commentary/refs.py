"""The smallest takeaway shape, importable from the treaties app without a cycle: an
article's detail lists the takeaways citing it (issue 3) though commentary builds on treaties."""

from rest_framework import serializers

from api.serializers import api_url


class TakeawayRefSerializer(serializers.Serializer):
    id = serializers.UUIDField(read_only=True)
    url = api_url("takeaway-detail")
    slug = serializers.SlugField(read_only=True)
    heading = serializers.CharField(read_only=True)
