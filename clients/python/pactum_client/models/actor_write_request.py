from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_kind_enum import ActorKindEnum
from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActorWriteRequest")


@_attrs_define
class ActorWriteRequest:
    """Input for creating and changing an actor; relations by slug.

    Attributes:
        name (str): Canonical full name.
        slug (str): URL identifier.
        kind (ActorKindEnum): * `state` - State
            * `person` - Person
            * `international_organization` - International organization
            * `grouping` - Grouping
            * `think_tank` - Think tank
            * `media` - Media
        short_name (str | Unset): Common short name (Russia, NATO).
        iso3 (None | str | Unset): ISO 3166-1 alpha-3 code, for states only.
        wikidata_qid (None | str | Unset): Wikidata item identifier (Q-number).
        description (str | Unset): One-paragraph description.
        active_from (datetime.date | None | Unset): When the actor came into being.
        active_until (datetime.date | None | Unset): When the actor ceased to exist (the USSR in 1991).
        parent (None | str | Unset): URL identifier.
        country (None | str | Unset): URL identifier.
        confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
    """

    name: str
    slug: str
    kind: ActorKindEnum
    short_name: str | Unset = UNSET
    iso3: None | str | Unset = UNSET
    wikidata_qid: None | str | Unset = UNSET
    description: str | Unset = UNSET
    active_from: datetime.date | None | Unset = UNSET
    active_until: datetime.date | None | Unset = UNSET
    parent: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        kind = self.kind.value

        short_name = self.short_name

        iso3: None | str | Unset
        if isinstance(self.iso3, Unset):
            iso3 = UNSET
        else:
            iso3 = self.iso3

        wikidata_qid: None | str | Unset
        if isinstance(self.wikidata_qid, Unset):
            wikidata_qid = UNSET
        else:
            wikidata_qid = self.wikidata_qid

        description = self.description

        active_from: None | str | Unset
        if isinstance(self.active_from, Unset):
            active_from = UNSET
        elif isinstance(self.active_from, datetime.date):
            active_from = self.active_from.isoformat()
        else:
            active_from = self.active_from

        active_until: None | str | Unset
        if isinstance(self.active_until, Unset):
            active_until = UNSET
        elif isinstance(self.active_until, datetime.date):
            active_until = self.active_until.isoformat()
        else:
            active_until = self.active_until

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

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
            }
        )
        if short_name is not UNSET:
            field_dict["short_name"] = short_name
        if iso3 is not UNSET:
            field_dict["iso3"] = iso3
        if wikidata_qid is not UNSET:
            field_dict["wikidata_qid"] = wikidata_qid
        if description is not UNSET:
            field_dict["description"] = description
        if active_from is not UNSET:
            field_dict["active_from"] = active_from
        if active_until is not UNSET:
            field_dict["active_until"] = active_until
        if parent is not UNSET:
            field_dict["parent"] = parent
        if country is not UNSET:
            field_dict["country"] = country
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

        kind = ActorKindEnum(d.pop("kind"))

        short_name = d.pop("short_name", UNSET)

        def _parse_iso3(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iso3 = _parse_iso3(d.pop("iso3", UNSET))

        def _parse_wikidata_qid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wikidata_qid = _parse_wikidata_qid(d.pop("wikidata_qid", UNSET))

        description = d.pop("description", UNSET)

        def _parse_active_from(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_from_type_0 = datetime.date.fromisoformat(data)

                return active_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        active_from = _parse_active_from(d.pop("active_from", UNSET))

        def _parse_active_until(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_until_type_0 = datetime.date.fromisoformat(data)

                return active_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        active_until = _parse_active_until(d.pop("active_until", UNSET))

        def _parse_parent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent = _parse_parent(d.pop("parent", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

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

        actor_write_request = cls(
            name=name,
            slug=slug,
            kind=kind,
            short_name=short_name,
            iso3=iso3,
            wikidata_qid=wikidata_qid,
            description=description,
            active_from=active_from,
            active_until=active_until,
            parent=parent,
            country=country,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        actor_write_request.additional_properties = d
        return actor_write_request

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
