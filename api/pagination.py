"""Two paging modes behind one class.

- Page numbers (default): `page`, `page_size` (25 by default, at most 200); the body carries
  `count`, `next`, `previous`, `results`.
- Cursor (`?cursor=`, empty for the first page): no COUNT query, ordered by creation time
  then id, so rows inserted meanwhile never shift a page; cost does not grow with depth.
"""

import re

from django.core.paginator import InvalidPage
from django.utils.dateparse import parse_datetime
from rest_framework import exceptions
from rest_framework.pagination import BasePagination, CursorPagination, PageNumberPagination

from api.grouping import group_schema

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 200
_POSITIVE = re.compile(r"^[1-9][0-9]{0,8}$")
_BASE64 = re.compile(r"^[A-Za-z0-9+/=]{0,200}$")


def page_size_from(*, request) -> int:
    raw = request.query_params.get("page_size")
    if raw is None or raw == "":
        return DEFAULT_PAGE_SIZE
    if not _POSITIVE.match(raw):
        raise exceptions.ValidationError({"page_size": [f"Must be an integer from 1 to {MAX_PAGE_SIZE}."]})
    return min(int(raw), MAX_PAGE_SIZE)


class PagePagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_from(request=request)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        if raw not in (None, "", "last") and not _POSITIVE.match(raw):
            raise exceptions.ValidationError({"page": ["Must be a positive integer."]})
        try:
            return super().paginate_queryset(queryset, request, view)
        except exceptions.NotFound:
            raise
        except InvalidPage as exc:  # defensive: Django's paginator on odd input
            raise exceptions.NotFound(str(exc)) from exc


class KeysetCursorPagination(CursorPagination):
    ordering = ("created", "id")
    cursor_query_param = "cursor"
    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_from(request=request)

    def get_ordering(self, request, queryset, view):
        # Cursor mode has one fixed, unique-enough order; `ordering` is refused with it.
        return self.ordering

    def decode_cursor(self, request):
        if not _BASE64.match(request.query_params.get(self.cursor_query_param, "")):
            raise exceptions.ValidationError({"cursor": ["Invalid cursor."]})
        try:
            cursor = super().decode_cursor(request)
        except exceptions.NotFound as exc:
            raise exceptions.ValidationError({"cursor": ["Invalid cursor."]}) from exc
        if cursor is not None and cursor.position is not None and parse_datetime(cursor.position) is None:
            raise exceptions.ValidationError({"cursor": ["Invalid cursor."]})
        return cursor


class ResourcePagination(BasePagination):
    """Page-number pagination, or cursor pagination when `cursor` is in the query string."""

    def __init__(self):
        self.pages = PagePagination()
        self.cursors = KeysetCursorPagination()
        self.active = self.pages

    def total(self) -> int | None:
        """The row count of the current page-mode request; None in cursor mode (no COUNT)."""
        if self.active is not self.pages:
            return None
        return self.pages.page.paginator.count

    def paginate_queryset(self, queryset, request, view=None):
        if "cursor" in request.query_params:
            if request.query_params.get("ordering"):
                raise exceptions.ValidationError(
                    {"ordering": ["Cursor mode always orders by creation time; drop `ordering` or `cursor`."]}
                )
            if request.query_params.get("page"):
                raise exceptions.ValidationError({"page": ["Use either `page` or `cursor`, not both."]})
            self.active = self.cursors
        return self.active.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        return self.active.get_paginated_response(data)

    def get_paginated_response_schema(self, schema):
        page_schema = self.pages.get_paginated_response_schema(schema)
        page_schema["required"] = ["next", "previous", "results"]
        page_schema["properties"]["count"]["description"] = "Total matches (page-number mode only)."
        page_schema["properties"].update(group_schema())
        return page_schema

    def get_schema_operation_parameters(self, view):
        return [
            *self.pages.get_schema_operation_parameters(view),
            {
                "name": "cursor",
                "required": False,
                "in": "query",
                "description": "Cursor mode: pass it empty for the first page, then follow `next`. "
                "No `count`; ordered by creation time; not combinable with `page` or `ordering`.",
                "schema": {"type": "string"},
            },
        ]
