"""Two paging modes behind one class.

- Page numbers (default): `page`, `page_size` (25 by default, at most 200); the body carries
  `count`, `count_exact`, `next`, `previous`, `results`. The count is exact up to 1,000 rows
  and PostgreSQL's planner estimate past that (`count_exact: false`, core/counts.py); page
  numbers stop at 10,000 rows (`page × page_size`), past which `cursor` is the way on.
- Cursor (`?cursor=`, empty for the first page): no COUNT query, ordered by creation time
  then id, so rows inserted meanwhile never shift a page; cost does not grow with depth.
"""

import re
from collections import OrderedDict
from functools import cached_property

from django.conf import settings
from django.core.paginator import EmptyPage, InvalidPage, Page, Paginator
from django.utils.dateparse import parse_datetime
from rest_framework import exceptions
from rest_framework.pagination import BasePagination, CursorPagination, PageNumberPagination
from rest_framework.response import Response

from api.grouping import group_schema
from core.counts import RowCount, bounded_count
from search import ranked_pages

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 200
_POSITIVE = re.compile(r"[1-9][0-9]{0,8}")
_BASE64 = re.compile(r"[A-Za-z0-9+/=]{0,200}")


def page_size_from(*, request) -> int:
    raw = request.query_params.get("page_size")
    if raw is None:
        return DEFAULT_PAGE_SIZE
    # Empty is refused like any other non-integer: the schema says integer, minimum 1.
    if not _POSITIVE.fullmatch(raw):
        raise exceptions.ValidationError({"page_size": [f"Must be an integer from 1 to {MAX_PAGE_SIZE}."]})
    return min(int(raw), MAX_PAGE_SIZE)


DEFAULT_MAX_PAGE_ROWS = 10_000


def max_page_rows() -> int:
    return getattr(settings, "PAGE_NUMBER_MAX_ROWS", DEFAULT_MAX_PAGE_ROWS)


def too_deep() -> exceptions.ValidationError:
    """Deep page numbers make the database walk and drop every earlier row: refused."""
    return exceptions.ValidationError(
        {
            "page": [
                f"Page numbers reach the first {max_page_rows():,} rows (page × page_size); "
                "use cursor mode (`?cursor=`, then follow `next`) to read further."
            ]
        }
    )


class EstimatedPage(Page):
    """A page whose total is an estimate: `next` comes from one extra row fetched, not the count."""

    def __init__(self, object_list, number, paginator, *, more: bool):
        super().__init__(object_list, number, paginator)
        self.more = more

    def has_next(self) -> bool:
        return self.more


class BoundedPaginator(Paginator):
    """Django's paginator with core/counts.py's bounded count and a depth cap."""

    @cached_property
    def ranked(self):
        # A search-ranked list (PostgreSQL) reads its ranked candidates once, for the count
        # and the page; sliced as a queryset, PostgreSQL would join and sort every match.
        return ranked_pages(self.object_list)

    @cached_property
    def row_count(self):
        if self.ranked is not None:
            return RowCount(*self.ranked.count())
        return bounded_count(self.object_list)

    @cached_property
    def count(self) -> int:
        return self.row_count.value

    @property
    def count_exact(self) -> bool:
        return self.row_count.exact

    def validate_number(self, number):
        number = super().validate_number(number) if self.count_exact else self._positive(number)
        if number * self.per_page > max_page_rows():
            raise too_deep()
        return number

    @staticmethod
    def _positive(number) -> int:
        try:
            number = int(number)
        except (TypeError, ValueError) as exc:
            raise InvalidPage("That page number is not an integer") from exc
        if number < 1:
            raise EmptyPage("That page number is less than 1")
        return number

    def _slice(self, bottom: int, top: int):
        if self.ranked is not None:
            return self.ranked.slice(bottom, top)
        return self.object_list[bottom:top]

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        if self.count_exact:
            top = bottom + self.per_page
            if top + self.orphans >= self.count:
                top = self.count
            return self._get_page(self._slice(bottom, top), number, self)
        # Past the exact limit the count is a guess: whether a next page exists (and whether
        # this one does) is read from the rows themselves, one row beyond the page.
        rows = list(self._slice(bottom, bottom + self.per_page + 1))
        if not rows and number > 1:
            raise EmptyPage("That page contains no results")
        return EstimatedPage(rows[: self.per_page], number, self, more=len(rows) > self.per_page)


class PagePagination(PageNumberPagination):
    page_size = DEFAULT_PAGE_SIZE
    page_size_query_param = "page_size"
    max_page_size = MAX_PAGE_SIZE
    django_paginator_class = BoundedPaginator

    def get_page_size(self, request):
        return page_size_from(request=request)

    def get_page_number(self, request, paginator):
        if request.query_params.get(self.page_query_param) in self.last_page_strings and not paginator.count_exact:
            raise exceptions.ValidationError(
                {"page": ["`last` needs an exact count and this collection is too large; use `?cursor=`."]}
            )
        return super().get_page_number(request, paginator)

    def paginate_queryset(self, queryset, request, view=None):
        raw = request.query_params.get(self.page_query_param)
        # An empty `page` is refused (the schema says integer, minimum 1), not read as page 1.
        if raw not in (None, "last") and not _POSITIVE.fullmatch(raw):
            raise exceptions.ValidationError({"page": ["Must be a positive integer."]})
        # Refuse a too-deep page before any query runs.
        if raw not in (None, "last") and int(raw) * self.get_page_size(request) > max_page_rows():
            raise too_deep()
        try:
            return super().paginate_queryset(queryset, request, view)
        except exceptions.NotFound:
            raise
        except InvalidPage as exc:  # defensive: Django's paginator on odd input
            raise exceptions.NotFound(str(exc)) from exc

    def get_paginated_response(self, data):
        return Response(
            OrderedDict(
                [
                    ("count", self.page.paginator.count),
                    ("count_exact", self.page.paginator.count_exact),
                    ("next", self.get_next_link()),
                    ("previous", self.get_previous_link()),
                    ("results", data),
                ]
            )
        )


class KeysetCursorPagination(CursorPagination):
    ordering = ("created", "id")
    cursor_query_param = "cursor"
    page_size = DEFAULT_PAGE_SIZE
    max_page_size = MAX_PAGE_SIZE

    def get_page_size(self, request):
        return page_size_from(request=request)

    def get_ordering(self, request, queryset, view):
        # Cursor mode has one fixed, unique-enough order; `ordering` is refused with it. A
        # resource without `created` (corrections: `made_at`) names its own timestamp.
        return getattr(view, "cursor_ordering", self.ordering)

    def decode_cursor(self, request):
        if not _BASE64.fullmatch(request.query_params.get(self.cursor_query_param, "")):
            raise exceptions.ValidationError({"cursor": ["Invalid cursor."]})
        try:
            cursor = super().decode_cursor(request)
        except exceptions.NotFound as exc:
            raise exceptions.ValidationError({"cursor": ["Invalid cursor."]}) from exc
        if cursor is not None and cursor.position is not None:
            try:
                # parse_datetime raises for a well-formed but impossible date (2024-13-45).
                position = parse_datetime(cursor.position)
            except (ValueError, OverflowError):
                position = None
            if position is None:
                raise exceptions.ValidationError({"cursor": ["Invalid cursor."]})
        return cursor


class ResourcePagination(BasePagination):
    """Page-number pagination, or cursor pagination when `cursor` is in the query string."""

    def __init__(self):
        self.pages = PagePagination()
        self.cursors = KeysetCursorPagination()
        self.active = self.pages

    def total(self) -> str | None:
        """The row count of the current page-mode request; None in cursor mode (no COUNT)."""
        if self.active is not self.pages:
            return None
        paginator = self.pages.page.paginator
        return f"{paginator.count}{'' if paginator.count_exact else '~'}"

    def paginate_queryset(self, queryset, request, view=None):
        if "cursor" in request.query_params:
            if request.query_params.get("ordering"):
                raise exceptions.ValidationError(
                    {"ordering": ["Cursor mode always orders by creation time; drop `ordering` or `cursor`."]}
                )
            if "page" in request.query_params:
                raise exceptions.ValidationError({"page": ["Use either `page` or `cursor`, not both."]})
            self.active = self.cursors
        return self.active.paginate_queryset(queryset, request, view)

    def get_paginated_response(self, data):
        return self.active.get_paginated_response(data)

    # The HTML view (api/browsable.py) shows the active mode's page links.
    @property
    def display_page_controls(self) -> bool:
        return getattr(self.active, "display_page_controls", False)

    def to_html(self) -> str:
        return self.active.to_html()

    def get_paginated_response_schema(self, schema):
        page_schema = self.pages.get_paginated_response_schema(schema)
        page_schema["required"] = ["next", "previous", "results"]
        page_schema["properties"]["count"]["description"] = (
            "Total matches (page-number mode only): exact up to 1,000, the database's estimate past "
            "that (see `count_exact`)."
        )
        properties = page_schema["properties"]
        page_schema["properties"] = {
            "count": properties.pop("count"),
            "count_exact": {
                "type": "boolean",
                "description": "False when `count` is an estimate (page-number mode only; large "
                "collections on PostgreSQL). Page numbers reach the first 10,000 rows; use `cursor` beyond.",
            },
            **properties,
        }
        page_schema["properties"].update(group_schema())
        return page_schema

    def get_schema_operation_parameters(self, view):
        paging = self.pages.get_schema_operation_parameters(view)
        for param in paging:
            param["schema"]["minimum"] = 1
            if param["name"] == "page_size":
                # Larger values are served as 200 (not refused), so no schema maximum.
                param["description"] = f"Results per page, 1 or more; at most {MAX_PAGE_SIZE} are returned."
        return [
            *paging,
            {
                "name": "cursor",
                "required": False,
                "in": "query",
                "description": "Cursor mode: pass it empty for the first page, then follow `next`. "
                "No `count`; ordered by creation time; not combinable with `page` or `ordering`.",
                "schema": {"type": "string"},
            },
        ]
