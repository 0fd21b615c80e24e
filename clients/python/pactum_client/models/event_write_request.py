from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.event_kind_enum import EventKindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="EventWriteRequest")


@_attrs_define
class EventWriteRequest:
    """Input for creating and changing an event.

    Attributes:
        name (str): Short descriptive name.
        slug (str): URL identifier.
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
        end_date (datetime.date | None | Unset): Last day, for multi-day events.
        place (str | Unset): Where it happened.
        description (str | Unset): What happened.
        confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
    """

    name: str
    slug: str
    kind: EventKindEnum
    start_date: datetime.date
    end_date: datetime.date | None | Unset = UNSET
    place: str | Unset = UNSET
    description: str | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        kind = self.kind.value

        start_date = self.start_date.isoformat()

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        place = self.place

        description = self.description

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        editorial_status: str | Unset = UNSET
        if not isinstance(self.editorial_status, Unset):
            editorial_status = self.editorial_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "slug": slug,
                "kind": kind,
                "start_date": start_date,
            }
        )
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if place is not UNSET:
            field_dict["place"] = place
        if description is not UNSET:
            field_dict["description"] = description
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        kind = EventKindEnum(d.pop("kind"))

        start_date = datetime.date.fromisoformat(d.pop("start_date"))

        def _parse_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        end_date = _parse_end_date(d.pop("end_date", UNSET))

        place = d.pop("place", UNSET)

        description = d.pop("description", UNSET)

        _confidence = d.pop("confidence", UNSET)
        confidence: ConfidenceEnum | Unset
        if isinstance(_confidence, Unset):
            confidence = UNSET
        else:
            confidence = ConfidenceEnum(_confidence)

        _editorial_status = d.pop("editorial_status", UNSET)
        editorial_status: EditorialStatusEnum | Unset
        if isinstance(_editorial_status, Unset):
            editorial_status = UNSET
        else:
            editorial_status = EditorialStatusEnum(_editorial_status)

        event_write_request = cls(
            name=name,
            slug=slug,
            kind=kind,
            start_date=start_date,
            end_date=end_date,
            place=place,
            description=description,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        event_write_request.additional_properties = d
        return event_write_request

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
