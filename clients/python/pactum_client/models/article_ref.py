from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum

T = TypeVar("T", bound="ArticleRef")


@_attrs_define
class ArticleRef:
    """An article nested where its treaty is already given (citations).

    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        number (str): Number as written in the treaty ("4", "II", "51").
        ordinal (int): Position for sorting (II → 2).
        heading (str): Heading or short subject.
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
    """

    id: UUID
    url: str
    number: str
    ordinal: int
    heading: str
    confidence: ConfidenceEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        number = self.number

        ordinal = self.ordinal

        heading = self.heading

        confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "number": number,
                "ordinal": ordinal,
                "heading": heading,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        number = d.pop("number")

        ordinal = d.pop("ordinal")

        heading = d.pop("heading")

        confidence = ConfidenceEnum(d.pop("confidence"))

        article_ref = cls(
            id=id,
            url=url,
            number=number,
            ordinal=ordinal,
            heading=heading,
            confidence=confidence,
        )

        article_ref.additional_properties = d
        return article_ref

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
