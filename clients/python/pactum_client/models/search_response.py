from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.search_hit import SearchHit
    from ..models.search_response_counts import SearchResponseCounts


T = TypeVar("T", bound="SearchResponse")


@_attrs_define
class SearchResponse:
    """A page of hits with per-type counts (visible records only) and offset paging links.

    Attributes:
        q (str): The query as received.
        count (int): Total matches over the requested types.
        count_exact (bool): False when a type matched more records than the ranked candidates (2,000 per type,
            PostgreSQL): its count, and so `count`, is then the database's estimate.
        counts (SearchResponseCounts): Matches per requested type, e.g. {'treaty': 2, 'article': 5}.
        limit (int):
        offset (int):
        next_ (None | str): Next page, or null.
        previous (None | str): Previous page, or null.
        results (list[SearchHit]):
    """

    q: str
    count: int
    count_exact: bool
    counts: SearchResponseCounts
    limit: int
    offset: int
    next_: None | str
    previous: None | str
    results: list[SearchHit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        count = self.count

        count_exact = self.count_exact

        counts = self.counts.to_dict()

        limit = self.limit

        offset = self.offset

        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "q": q,
                "count": count,
                "count_exact": count_exact,
                "counts": counts,
                "limit": limit,
                "offset": offset,
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.search_hit import SearchHit  # noqa: PLC0415
        from ..models.search_response_counts import SearchResponseCounts  # noqa: PLC0415

        d = dict(src_dict)
        q = d.pop("q")

        count = d.pop("count")

        count_exact = d.pop("count_exact")

        counts = SearchResponseCounts.from_dict(d.pop("counts"))

        limit = d.pop("limit")

        offset = d.pop("offset")

        def _parse_next_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_ = _parse_next_(d.pop("next"))

        def _parse_previous(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        previous = _parse_previous(d.pop("previous"))

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = SearchHit.from_dict(results_item_data)

            results.append(results_item)

        search_response = cls(
            q=q,
            count=count,
            count_exact=count_exact,
            counts=counts,
            limit=limit,
            offset=offset,
            next_=next_,
            previous=previous,
            results=results,
        )

        search_response.additional_properties = d
        return search_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
