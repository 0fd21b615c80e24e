from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary


T = TypeVar("T", bound="NetworkNode")


@_attrs_define
class NetworkNode:
    """
    Attributes:
        actor (ActorSummary):
        mentions (int): Visible mentions of the actor in the filtered takeaways.
        takeaways (int): Filtered takeaways mentioning the actor.
    """

    actor: ActorSummary
    mentions: int
    takeaways: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor = self.actor.to_dict()

        mentions = self.mentions

        takeaways = self.takeaways

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "mentions": mentions,
                "takeaways": takeaways,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415

        d = dict(src_dict)
        actor = ActorSummary.from_dict(d.pop("actor"))

        mentions = d.pop("mentions")

        takeaways = d.pop("takeaways")

        network_node = cls(
            actor=actor,
            mentions=mentions,
            takeaways=takeaways,
        )

        network_node.additional_properties = d
        return network_node

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
