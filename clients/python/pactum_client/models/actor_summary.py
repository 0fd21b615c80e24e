from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_kind_enum import ActorKindEnum
from ..models.confidence_enum import ConfidenceEnum

T = TypeVar("T", bound="ActorSummary")


@_attrs_define
class ActorSummary:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        name (str): Canonical full name.
        short_name (str): Common short name (Russia, NATO).
        kind (ActorKindEnum): * `state` - State
            * `person` - Person
            * `international_organization` - International organization
            * `grouping` - Grouping
            * `think_tank` - Think tank
            * `media` - Media
        iso3 (None | str): ISO 3166-1 alpha-3 code, for states only.
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
    """

    id: UUID
    url: str
    slug: str
    name: str
    short_name: str
    kind: ActorKindEnum
    iso3: None | str
    confidence: ConfidenceEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        slug = self.slug

        name = self.name

        short_name = self.short_name

        kind = self.kind.value

        iso3: None | str
        iso3 = self.iso3

        confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "name": name,
                "short_name": short_name,
                "kind": kind,
                "iso3": iso3,
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

        short_name = d.pop("short_name")

        kind = ActorKindEnum(d.pop("kind"))

        def _parse_iso3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        iso3 = _parse_iso3(d.pop("iso3"))

        confidence = ConfidenceEnum(d.pop("confidence"))

        actor_summary = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            short_name=short_name,
            kind=kind,
            iso3=iso3,
            confidence=confidence,
        )

        actor_summary.additional_properties = d
        return actor_summary

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
