from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.claim_summary import ClaimSummary
    from ..models.provision_type_summary import ProvisionTypeSummary
    from ..models.takeaway_summary import TakeawaySummary
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="ArticleList")


@_attrs_define
class ArticleList:
    """An article row of `/articles/`; the summary plus what `embed` may add.

    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        treaty (TreatySummary):
        number (str): Number as written in the treaty ("4", "II", "51").
        ordinal (int): Position for sorting (II → 2).
        heading (str): Heading or short subject.
        summary (str): What the article provides, in own words.
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        provision_types (list[ProvisionTypeSummary]):
        citing_takeaways (list[TakeawaySummary] | Unset): With `embed=citing_takeaways`: the takeaways citing this
            article, in citation order.
        claims (list[ClaimSummary] | Unset): With `embed=claims`: what experts say about it.
    """

    id: UUID
    url: str
    treaty: TreatySummary
    number: str
    ordinal: int
    heading: str
    summary: str
    confidence: ConfidenceEnum
    provision_types: list[ProvisionTypeSummary]
    citing_takeaways: list[TakeawaySummary] | Unset = UNSET
    claims: list[ClaimSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        treaty = self.treaty.to_dict()

        number = self.number

        ordinal = self.ordinal

        heading = self.heading

        summary = self.summary

        confidence = self.confidence.value

        provision_types = []
        for provision_types_item_data in self.provision_types:
            provision_types_item = provision_types_item_data.to_dict()
            provision_types.append(provision_types_item)

        citing_takeaways: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.citing_takeaways, Unset):
            citing_takeaways = []
            for citing_takeaways_item_data in self.citing_takeaways:
                citing_takeaways_item = citing_takeaways_item_data.to_dict()
                citing_takeaways.append(citing_takeaways_item)

        claims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = []
            for claims_item_data in self.claims:
                claims_item = claims_item_data.to_dict()
                claims.append(claims_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "treaty": treaty,
                "number": number,
                "ordinal": ordinal,
                "heading": heading,
                "summary": summary,
                "confidence": confidence,
                "provision_types": provision_types,
            }
        )
        if citing_takeaways is not UNSET:
            field_dict["citing_takeaways"] = citing_takeaways
        if claims is not UNSET:
            field_dict["claims"] = claims

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.claim_summary import ClaimSummary  # noqa: PLC0415
        from ..models.provision_type_summary import ProvisionTypeSummary  # noqa: PLC0415
        from ..models.takeaway_summary import TakeawaySummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        treaty = TreatySummary.from_dict(d.pop("treaty"))

        number = d.pop("number")

        ordinal = d.pop("ordinal")

        heading = d.pop("heading")

        summary = d.pop("summary")

        confidence = ConfidenceEnum(d.pop("confidence"))

        provision_types = []
        _provision_types = d.pop("provision_types")
        for provision_types_item_data in _provision_types:
            provision_types_item = ProvisionTypeSummary.from_dict(provision_types_item_data)

            provision_types.append(provision_types_item)

        _citing_takeaways = d.pop("citing_takeaways", UNSET)
        citing_takeaways: list[TakeawaySummary] | Unset = UNSET
        if _citing_takeaways is not UNSET:
            citing_takeaways = []
            for citing_takeaways_item_data in _citing_takeaways:
                citing_takeaways_item = TakeawaySummary.from_dict(citing_takeaways_item_data)

                citing_takeaways.append(citing_takeaways_item)

        _claims = d.pop("claims", UNSET)
        claims: list[ClaimSummary] | Unset = UNSET
        if _claims is not UNSET:
            claims = []
            for claims_item_data in _claims:
                claims_item = ClaimSummary.from_dict(claims_item_data)

                claims.append(claims_item)

        article_list = cls(
            id=id,
            url=url,
            treaty=treaty,
            number=number,
            ordinal=ordinal,
            heading=heading,
            summary=summary,
            confidence=confidence,
            provision_types=provision_types,
            citing_takeaways=citing_takeaways,
            claims=claims,
        )

        article_list.additional_properties = d
        return article_list

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
