from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="ClaimArticle")


@_attrs_define
class ClaimArticle:
    """An article a claim is about, with its treaty.

    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        treaty (TreatySummary):
        number (str): Number as written in the treaty ("4", "II", "51").
        heading (str): Heading or short subject.
    """

    id: UUID
    url: str
    treaty: TreatySummary
    number: str
    heading: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        treaty = self.treaty.to_dict()

        number = self.number

        heading = self.heading

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "treaty": treaty,
                "number": number,
                "heading": heading,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        treaty = TreatySummary.from_dict(d.pop("treaty"))

        number = d.pop("number")

        heading = d.pop("heading")

        claim_article = cls(
            id=id,
            url=url,
            treaty=treaty,
            number=number,
            heading=heading,
        )

        claim_article.additional_properties = d
        return claim_article

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
