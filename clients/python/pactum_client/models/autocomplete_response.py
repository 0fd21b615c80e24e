from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.autocomplete_hit import AutocompleteHit


T = TypeVar("T", bound="AutocompleteResponse")


@_attrs_define
class AutocompleteResponse:
    """
    Attributes:
        q (str):
        results (list[AutocompleteHit]):
    """

    q: str
    results: list[AutocompleteHit]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        results = []
        for results_item_data in self.results:
            results_item = results_item_data.to_dict()
            results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "q": q,
                "results": results,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.autocomplete_hit import AutocompleteHit  # noqa: PLC0415

        d = dict(src_dict)
        q = d.pop("q")

        results = []
        _results = d.pop("results")
        for results_item_data in _results:
            results_item = AutocompleteHit.from_dict(results_item_data)

            results.append(results_item)

        autocomplete_response = cls(
            q=q,
            results=results,
        )

        autocomplete_response.additional_properties = d
        return autocomplete_response

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
