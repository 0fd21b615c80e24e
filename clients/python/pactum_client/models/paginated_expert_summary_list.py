from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.expert_summary import ExpertSummary
    from ..models.paginated_expert_summary_list_groups_item import PaginatedExpertSummaryListGroupsItem


T = TypeVar("T", bound="PaginatedExpertSummaryList")


@_attrs_define
class PaginatedExpertSummaryList:
    """
    Attributes:
        next_ (None | str):  Example: http://api.example.org/accounts/?page=4.
        previous (None | str):  Example: http://api.example.org/accounts/?page=2.
        results (list[ExpertSummary]):
        count (int | Unset): Total matches (page-number mode only): exact up to 1,000, the database's estimate past that
            (see `count_exact`). Example: 123.
        count_exact (bool | Unset): False when `count` is an estimate (page-number mode only; large collections on
            PostgreSQL). Page numbers reach the first 10,000 rows; use `cursor` beyond.
        group_by (list[str] | Unset): With `group_by`: the fields grouped by, in order (`results` is then empty).
        groups (list[PaginatedExpertSummaryListGroupsItem] | Unset): With `group_by`: the largest groups of the filtered
            collection, by count.
    """

    next_: None | str
    previous: None | str
    results: list[ExpertSummary]
    count: int | Unset = UNSET
    count_exact: bool | Unset = UNSET
    group_by: list[str] | Unset = UNSET
    groups: list[PaginatedExpertSummaryListGroupsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_: None | str
        next_ = self.next_

        previous: None | str
        previous = self.previous

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        count = self.count

        count_exact = self.count_exact

        group_by: list[str] | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by

        groups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = []
            for groups_item_data in self.groups:
                groups_item = groups_item_data.to_dict()
                groups.append(groups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next": next_,
                "previous": previous,
                "results": results,
            }
        )
        if count is not UNSET:
            field_dict["count"] = count
        if count_exact is not UNSET:
            field_dict["count_exact"] = count_exact
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expert_summary import ExpertSummary  # noqa: PLC0415
        from ..models.paginated_expert_summary_list_groups_item import PaginatedExpertSummaryListGroupsItem  # noqa: PLC0415

        d = dict(src_dict)

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
            results_item = ExpertSummary.from_dict(results_item_data)

            results.append(results_item)

        count = d.pop("count", UNSET)

        count_exact = d.pop("count_exact", UNSET)

        group_by = cast(list[str], d.pop("group_by", UNSET))

        _groups = d.pop("groups", UNSET)
        groups: list[PaginatedExpertSummaryListGroupsItem] | Unset = UNSET
        if _groups is not UNSET:
            groups = []
            for groups_item_data in _groups:
                groups_item = PaginatedExpertSummaryListGroupsItem.from_dict(groups_item_data)

                groups.append(groups_item)

        paginated_expert_summary_list = cls(
            next_=next_,
            previous=previous,
            results=results,
            count=count,
            count_exact=count_exact,
            group_by=group_by,
            groups=groups,
        )

        paginated_expert_summary_list.additional_properties = d
        return paginated_expert_summary_list

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
