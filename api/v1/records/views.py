"""The public corrections list (and the changes feed)."""

from drf_spectacular.utils import extend_schema, extend_schema_view

from api.schema import UUID_PATH
from api.v1.records.filtersets import CorrectionFilterSet
from api.v1.records.serializers import CorrectionListSerializer
from api.viewsets import ResourceViewSet
from core import selectors


@extend_schema_view(retrieve=extend_schema(parameters=[UUID_PATH]))
class CorrectionViewSet(ResourceViewSet):
    """Public corrections: substantive changes to published records, field by field, with the editor's reason."""

    list_selector = staticmethod(selectors.correction_list)
    detail_selector = staticmethod(selectors.correction_list)
    summary_serializer_class = CorrectionListSerializer
    serializer_class = CorrectionListSerializer
    filterset_class = CorrectionFilterSet
    lookup_field = "id"
    lookup_url_kwarg = "pk"
    lookup_value_regex = "[0-9a-fA-F-]{32,36}"
    ordering_fields = ("made_at",)
    ordering = ("made_at", "id")
    cursor_ordering = ("made_at", "id")  # cursor paging keys on a timestamp; corrections have no `created`
