from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.relation_kind_enum import RelationKindEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.source import Source


T = TypeVar("T", bound="ActorRelation")


@_attrs_define
class ActorRelation:
    """
    Attributes:
        kind (RelationKindEnum): * `leader_of` - Leader of
            * `member_of` - Member of
            * `part_of` - Part of
            * `successor_of` - Successor of
            * `strategic_partnership` - Strategic partnership
            * `alliance` - Alliance
        object_ (ActorSummary):
        start_date (datetime.date | None): When the relation began.
        end_date (datetime.date | None): When it ended, if it has.
        note (str): Qualifications (title held, terms).
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        sources (list[Source]):
    """

    kind: RelationKindEnum
    object_: ActorSummary
    start_date: datetime.date | None
    end_date: datetime.date | None
    note: str
    confidence: ConfidenceEnum
    sources: list[Source]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        object_ = self.object_.to_dict()

        start_date: None | str
        if isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        note = self.note

        confidence = self.confidence.value

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "object": object_,
                "start_date": start_date,
                "end_date": end_date,
                "note": note,
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
        kind = RelationKindEnum(d.pop("kind"))

        object_ = ActorSummary.from_dict(d.pop("object"))

        def _parse_start_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_date_type_0 = datetime.date.fromisoformat(data)

                return start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        start_date = _parse_start_date(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        note = d.pop("note")

        confidence = ConfidenceEnum(d.pop("confidence"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        actor_relation = cls(
            kind=kind,
            object_=object_,
            start_date=start_date,
            end_date=end_date,
            note=note,
            confidence=confidence,
            sources=sources,
        )

        actor_relation.additional_properties = d
        return actor_relation

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
