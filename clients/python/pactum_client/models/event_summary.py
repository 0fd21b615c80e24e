from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.event_kind_enum import EventKindEnum

T = TypeVar("T", bound="EventSummary")


@_attrs_define
class EventSummary:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        name (str): Short descriptive name.
        kind (EventKindEnum): * `summit` - Summit
            * `state_visit` - State visit
            * `signing` - Signing
            * `ratification` - Ratification
            * `exchange_of_instruments` - Exchange of instruments
            * `entry_into_force` - Entry into force
            * `election` - Election
            * `meeting` - Meeting
            * `vote` - Vote
        start_date (datetime.date): First day of the event.
        end_date (datetime.date | None): Last day, for multi-day events.
        place (str): Where it happened.
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
    """

    id: UUID
    url: str
    slug: str
    name: str
    kind: EventKindEnum
    start_date: datetime.date
    end_date: datetime.date | None
    place: str
    confidence: ConfidenceEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        slug = self.slug

        name = self.name

        kind = self.kind.value

        start_date = self.start_date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        place = self.place

        confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "name": name,
                "kind": kind,
                "start_date": start_date,
                "end_date": end_date,
                "place": place,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        slug = d.pop("slug")

        name = d.pop("name")

        kind = EventKindEnum(d.pop("kind"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

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

        place = d.pop("place")

        confidence = ConfidenceEnum(d.pop("confidence"))

        event_summary = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            kind=kind,
            start_date=start_date,
            end_date=end_date,
            place=place,
            confidence=confidence,
        )

        event_summary.additional_properties = d
        return event_summary

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
