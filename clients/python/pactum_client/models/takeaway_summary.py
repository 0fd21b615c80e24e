from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum

if TYPE_CHECKING:
    from ..models.authorship import Authorship
    from ..models.publication_summary import PublicationSummary


T = TypeVar("T", bound="TakeawaySummary")


@_attrs_define
class TakeawaySummary:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        heading (str): Section heading.
        position (int): 1-based order within the publication.
        publication (PublicationSummary):
        authors (list[Authorship]):
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
    """

    id: UUID
    url: str
    slug: str
    heading: str
    position: int
    publication: PublicationSummary
    authors: list[Authorship]
    confidence: ConfidenceEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        slug = self.slug

        heading = self.heading

        position = self.position

        publication = self.publication.to_dict()

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        confidence = self.confidence.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "heading": heading,
                "position": position,
                "publication": publication,
                "authors": authors,
                "confidence": confidence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.authorship import Authorship  # noqa: PLC0415
        from ..models.publication_summary import PublicationSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        slug = d.pop("slug")

        heading = d.pop("heading")

        position = d.pop("position")

        publication = PublicationSummary.from_dict(d.pop("publication"))

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = Authorship.from_dict(authors_item_data)

            authors.append(authors_item)

        confidence = ConfidenceEnum(d.pop("confidence"))

        takeaway_summary = cls(
            id=id,
            url=url,
            slug=slug,
            heading=heading,
            position=position,
            publication=publication,
            authors=authors,
            confidence=confidence,
        )

        takeaway_summary.additional_properties = d
        return takeaway_summary

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
