from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.expert_summary import ExpertSummary


T = TypeVar("T", bound="Authorship")


@_attrs_define
class Authorship:
    """
    Attributes:
        expert (ExpertSummary):
        position (int): 1-based byline order.
        role (str): Role line as printed with this takeaway.
    """

    expert: ExpertSummary
    position: int
    role: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        expert = self.expert.to_dict()

        position = self.position

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "expert": expert,
                "position": position,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.expert_summary import ExpertSummary  # noqa: PLC0415

        d = dict(src_dict)
        expert = ExpertSummary.from_dict(d.pop("expert"))

        position = d.pop("position")

        role = d.pop("role")

        authorship = cls(
            expert=expert,
            position=position,
            role=role,
        )

        authorship.additional_properties = d
        return authorship

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
