from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.source import Source


T = TypeVar("T", bound="EventParticipant")


@_attrs_define
class EventParticipant:
    """
    Attributes:
        actor (ActorSummary):
        role (str): Role in the event (host, guest, signatory).
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        sources (list[Source]):
    """

    actor: ActorSummary
    role: str
    confidence: ConfidenceEnum
    sources: list[Source]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor = self.actor.to_dict()

        role = self.role

        confidence = self.confidence.value

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "role": role,
                "confidence": confidence,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        actor = ActorSummary.from_dict(d.pop("actor"))

        role = d.pop("role")

        confidence = ConfidenceEnum(d.pop("confidence"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        event_participant = cls(
            actor=actor,
            role=role,
            confidence=confidence,
            sources=sources,
        )

        event_participant.additional_properties = d
        return event_participant

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
