from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ArticleWriteRequest")


@_attrs_define
class ArticleWriteRequest:
    """Input for an article; its number must be unique within the treaty.

    Attributes:
        treaty (str): URL identifier.
        number (str): Number as written in the treaty ("4", "II", "51").
        ordinal (int): Position for sorting (II → 2).
        heading (str | Unset): Heading or short subject.
        summary (str | Unset): What the article provides, in own words.
        text (str | Unset): Full text, where an authoritative one is at hand.
        provision_types (list[str] | Unset):
        confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
    """

    treaty: str
    number: str
    ordinal: int
    heading: str | Unset = UNSET
    summary: str | Unset = UNSET
    text: str | Unset = UNSET
    provision_types: list[str] | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        treaty = self.treaty

        number = self.number

        ordinal = self.ordinal

        heading = self.heading

        summary = self.summary

        text = self.text

        provision_types: list[str] | Unset = UNSET
        if not isinstance(self.provision_types, Unset):
            provision_types = self.provision_types

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
                "treaty": treaty,
                "number": number,
                "ordinal": ordinal,
            }
        )
        if heading is not UNSET:
            field_dict["heading"] = heading
        if summary is not UNSET:
            field_dict["summary"] = summary
        if text is not UNSET:
            field_dict["text"] = text
        if provision_types is not UNSET:
            field_dict["provision_types"] = provision_types
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        treaty = d.pop("treaty")

        number = d.pop("number")

        ordinal = d.pop("ordinal")

        heading = d.pop("heading", UNSET)

        summary = d.pop("summary", UNSET)

        text = d.pop("text", UNSET)

        provision_types = cast(list[str], d.pop("provision_types", UNSET))

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

        article_write_request = cls(
            treaty=treaty,
            number=number,
            ordinal=ordinal,
            heading=heading,
            summary=summary,
            text=text,
            provision_types=provision_types,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        article_write_request.additional_properties = d
        return article_write_request

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
