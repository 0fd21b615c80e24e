from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.publication_kind_enum import PublicationKindEnum

T = TypeVar("T", bound="PublicationSummary")


@_attrs_define
class PublicationSummary:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        title (str): Title as published.
        kind (PublicationKindEnum): * `takeaways` - Expert takeaways
            * `report` - Report
            * `commentary` - Commentary
        published_on (datetime.date | None): Publication date.
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
    """

    id: UUID
    url: str
    slug: str
    title: str
    kind: PublicationKindEnum
    published_on: datetime.date | None
    confidence: ConfidenceEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        slug = self.slug

        title = self.title

        kind = self.kind.value

        published_on: None | str
        if isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "title": title,
                "kind": kind,
                "published_on": published_on,
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

        kind = PublicationKindEnum(d.pop("kind"))

        def _parse_published_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        published_on = _parse_published_on(d.pop("published_on"))

        confidence = ConfidenceEnum(d.pop("confidence"))

        publication_summary = cls(
            id=id,
            url=url,
            slug=slug,
            title=title,
            kind=kind,
            published_on=published_on,
            confidence=confidence,
        )

        publication_summary.additional_properties = d
        return publication_summary

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
