"""Shapes of the cross-resource records: public corrections (and the changes feed)."""

from rest_framework import serializers

from api.serializers import CorrectionChangeSerializer, ModelSerializer, api_url
from core.models import Correction


class CorrectedRecordSerializer(serializers.Serializer):
    resource = serializers.CharField(source="content_type.model", help_text="The kind of record (treaty, takeaway...).")
    id = serializers.UUIDField(source="object_id", help_text="The record's UUID.")
    label = serializers.CharField(source="record_label", help_text="The record's name when it was corrected.")


class CorrectionListSerializer(ModelSerializer):
    """A public correction in the corrections list, with the record it corrects."""

    url = api_url("correction-detail", lookup_field="id")
    record = CorrectedRecordSerializer(source="*", read_only=True)
    changes = CorrectionChangeSerializer(many=True, read_only=True)

    class Meta:
        model = Correction
        fields = ("id", "url", "record", "made_at", "version", "reason", "changes")
        read_only_fields = fields
