from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="TakeawayWriteRequest")


@_attrs_define
class TakeawayWriteRequest:
    """Input for a takeaway. A new body moves its citation and mention spans along
    (commentary.services.takeaway_update).

        Attributes:
            publication (str): URL identifier.
            position (int): 1-based order within the publication.
            heading (str): Section heading.
            slug (str): URL identifier.
            body (str): Full text; paragraphs are separated by a blank line. Spans index into it.
            image_credit (str | Unset): Image credit line ("Source: …"), if any.
            authors (list[str] | Unset): Expert slugs in byline order; replaces the byline.
            topics (list[str] | Unset):
            confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
                * `probable` - Probable
                * `unverified` - Unverified
            editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
                * `in_review` - In review
                * `published` - Published
    """

    publication: str
    position: int
    heading: str
    slug: str
    body: str
    image_credit: str | Unset = UNSET
    authors: list[str] | Unset = UNSET
    topics: list[str] | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        publication = self.publication

        position = self.position

        heading = self.heading

        slug = self.slug

        body = self.body

        image_credit = self.image_credit

        authors: list[str] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = self.authors

        topics: list[str] | Unset = UNSET
        if not isinstance(self.topics, Unset):
            topics = self.topics

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
                "publication": publication,
                "position": position,
                "heading": heading,
                "slug": slug,
                "body": body,
            }
        )
        if image_credit is not UNSET:
            field_dict["image_credit"] = image_credit
        if authors is not UNSET:
            field_dict["authors"] = authors
        if topics is not UNSET:
            field_dict["topics"] = topics
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        publication = d.pop("publication")

        position = d.pop("position")

        heading = d.pop("heading")

        slug = d.pop("slug")

        body = d.pop("body")

        image_credit = d.pop("image_credit", UNSET)

        authors = cast(list[str], d.pop("authors", UNSET))

        topics = cast(list[str], d.pop("topics", UNSET))

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

        takeaway_write_request = cls(
            publication=publication,
            position=position,
            heading=heading,
            slug=slug,
            body=body,
            image_credit=image_credit,
            authors=authors,
            topics=topics,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        takeaway_write_request.additional_properties = d
        return takeaway_write_request

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
