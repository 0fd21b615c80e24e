from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.event_kind_enum import EventKindEnum

if TYPE_CHECKING:
    from ..models.correction import Correction
    from ..models.event_participant import EventParticipant
    from ..models.source import Source


T = TypeVar("T", bound="Event")


@_attrs_define
class Event:
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
        description (str): What happened.
        participants (list[EventParticipant]):
        sources (list[Source]):
        corrections (list[Correction]): Public corrections, oldest first.
        editorial_status (EditorialStatusEnum): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
        published_at (datetime.datetime | None): When the record was last published.
        created (datetime.datetime): When the record was created.
        updated (datetime.datetime): When the record last changed.
        version (int): Incremented on every write; the basis of the strong ETag and of If-Match checks.
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
    description: str
    participants: list[EventParticipant]
    sources: list[Source]
    corrections: list[Correction]
    editorial_status: EditorialStatusEnum
    published_at: datetime.datetime | None
    created: datetime.datetime
    updated: datetime.datetime
    version: int
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

        description = self.description

        participants = []
        for participants_item_data in self.participants:
            participants_item = participants_item_data.to_dict()
            participants.append(participants_item)

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        corrections = []
        for corrections_item_data in self.corrections:
            corrections_item = corrections_item_data.to_dict()
            corrections.append(corrections_item)

        editorial_status = self.editorial_status.value

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        version = self.version

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
                "description": description,
                "participants": participants,
                "sources": sources,
                "corrections": corrections,
                "editorial_status": editorial_status,
                "published_at": published_at,
                "created": created,
                "updated": updated,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.event_participant import EventParticipant  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415

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

        description = d.pop("description")

        participants = []
        _participants = d.pop("participants")
        for participants_item_data in _participants:
            participants_item = EventParticipant.from_dict(participants_item_data)

            participants.append(participants_item)

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        corrections = []
        _corrections = d.pop("corrections")
        for corrections_item_data in _corrections:
            corrections_item = Correction.from_dict(corrections_item_data)

            corrections.append(corrections_item)

        editorial_status = EditorialStatusEnum(d.pop("editorial_status"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        version = d.pop("version")

        event = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            kind=kind,
            start_date=start_date,
            end_date=end_date,
            place=place,
            confidence=confidence,
            description=description,
            participants=participants,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
        )

        event.additional_properties = d
        return event

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
