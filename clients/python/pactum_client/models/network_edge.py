from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NetworkEdge")


@_attrs_define
class NetworkEdge:
    """
    Attributes:
        source (str): Actor slug (the smaller id of the pair).
        target (str): Actor slug.
        weight (int): Filtered takeaways mentioning both actors.
        takeaways (list[str]): Up to 20 of those takeaways (slugs).
    """

    source: str
    target: str
    weight: int
    takeaways: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        weight = self.weight

        takeaways = self.takeaways

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
                "weight": weight,
                "takeaways": takeaways,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        target = d.pop("target")

        weight = d.pop("weight")

        takeaways = cast(list[str], d.pop("takeaways"))

        network_edge = cls(
            source=source,
            target=target,
            weight=weight,
            takeaways=takeaways,
        )

        network_edge.additional_properties = d
        return network_edge

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
