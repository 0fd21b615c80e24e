"""Filters of the corrections list."""

import django_filters
from django_filters import rest_framework as filters

from core.models import Correction
from core.selectors import correctable_models


def _resources() -> list[tuple[str, str]]:
    return sorted((m._meta.model_name, m._meta.verbose_name) for m in correctable_models())


class CorrectionFilterSet(filters.FilterSet):
    resource = django_filters.ChoiceFilter(
        field_name="content_type__model", choices=_resources, help_text="Only corrections of this kind of record."
    )
    record = django_filters.UUIDFilter(field_name="object_id", help_text="Only corrections of this record (UUID).")
    since = django_filters.IsoDateTimeFilter(field_name="made_at", lookup_expr="gte", help_text="Made at or after.")

    class Meta:
        model = Correction
        fields = ("resource", "record", "since")
