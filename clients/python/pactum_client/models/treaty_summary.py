from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.treaty_kind_enum import TreatyKindEnum
from ..models.treaty_status_enum import TreatyStatusEnum

T = TypeVar("T", bound="TreatySummary")


@_attrs_define
class TreatySummary:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        title (str): Full official title in English.
        short_title (str): Title used in commentary.
        kind (TreatyKindEnum): * `bilateral` - Bilateral
            * `multilateral` - Multilateral
            * `charter` - Charter
        status (TreatyStatusEnum): * `signed` - Signed, not in force
            * `in_force` - In force
            * `lapsed` - Lapsed
            * `superseded` - Superseded
            * `terminated` - Terminated
        signed_on (datetime.date | None): Date of signature.
        in_force_on (datetime.date | None): Date of entry into force.
        ended_on (datetime.date | None): Date it ceased to be in force (lapse, supersession, termination).
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
    """

    id: UUID
    url: str
    slug: str
    title: str
    short_title: str
    kind: TreatyKindEnum
    status: TreatyStatusEnum
    signed_on: datetime.date | None
    in_force_on: datetime.date | None
    ended_on: datetime.date | None
    confidence: ConfidenceEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        slug = self.slug

        title = self.title

        short_title = self.short_title

        kind = self.kind.value

        status = self.status.value

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        in_force_on: None | str
        if isinstance(self.in_force_on, datetime.date):
            in_force_on = self.in_force_on.isoformat()
        else:
            in_force_on = self.in_force_on

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "title": title,
                "short_title": short_title,
                "kind": kind,
                "status": status,
                "signed_on": signed_on,
                "in_force_on": in_force_on,
                "ended_on": ended_on,
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

        title = d.pop("title")

        short_title = d.pop("short_title")

        kind = TreatyKindEnum(d.pop("kind"))

        status = TreatyStatusEnum(d.pop("status"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        def _parse_in_force_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_on_type_0 = datetime.date.fromisoformat(data)

                return in_force_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        in_force_on = _parse_in_force_on(d.pop("in_force_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        confidence = ConfidenceEnum(d.pop("confidence"))

        treaty_summary = cls(
            id=id,
            url=url,
            slug=slug,
            title=title,
            short_title=short_title,
            kind=kind,
            status=status,
            signed_on=signed_on,
            in_force_on=in_force_on,
            ended_on=ended_on,
            confidence=confidence,
        )

        treaty_summary.additional_properties = d
        return treaty_summary

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
