from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.article_link_in import ArticleLinkIn
    from ..models.article_link_out import ArticleLinkOut
    from ..models.claim_summary import ClaimSummary
    from ..models.correction import Correction
    from ..models.provision_coding import ProvisionCoding
    from ..models.provision_type_summary import ProvisionTypeSummary
    from ..models.source import Source
    from ..models.takeaway_ref import TakeawayRef
    from ..models.takeaway_summary import TakeawaySummary
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="Article")


@_attrs_define
class Article:
    """`?embed=citing_takeaways`: the takeaways citing the article as summaries (authors,
    publication, date), from the embed's prefetch (commentary.selectors.with_citing_takeaways).

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
            text (str): Full text, where an authoritative one is at hand.
            provision_codings (list[ProvisionCoding]): The provision types of `provision_types`, each with its confidence
                and sources.
            links_out (list[ArticleLinkOut]): Provisions this article echoes or cites.
            links_in (list[ArticleLinkIn]): Provisions that echo or cite this article.
            cited_by (list[TakeawayRef]): Takeaways that cite this article, in citation order.
            sources (list[Source]):
            corrections (list[Correction]): Public corrections, oldest first.
            editorial_status (EditorialStatusEnum): * `draft` - Draft
                * `in_review` - In review
                * `published` - Published
            published_at (datetime.datetime | None): When the record was last published.
            created (datetime.datetime): When the record was created.
            updated (datetime.datetime): When the record last changed.
            version (int): Incremented on every write; the basis of the strong ETag and of If-Match checks.
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
    text: str
    provision_codings: list[ProvisionCoding]
    links_out: list[ArticleLinkOut]
    links_in: list[ArticleLinkIn]
    cited_by: list[TakeawayRef]
    sources: list[Source]
    corrections: list[Correction]
    editorial_status: EditorialStatusEnum
    published_at: datetime.datetime | None
    created: datetime.datetime
    updated: datetime.datetime
    version: int
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

        text = self.text

        provision_codings = []
        for provision_codings_item_data in self.provision_codings:
            provision_codings_item = provision_codings_item_data.to_dict()
            provision_codings.append(provision_codings_item)

        links_out = []
        for links_out_item_data in self.links_out:
            links_out_item = links_out_item_data.to_dict()
            links_out.append(links_out_item)

        links_in = []
        for links_in_item_data in self.links_in:
            links_in_item = links_in_item_data.to_dict()
            links_in.append(links_in_item)

        cited_by = []
        for cited_by_item_data in self.cited_by:
            cited_by_item = cited_by_item_data.to_dict()
            cited_by.append(cited_by_item)

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        corrections = []
        for corrections_item_data in self.corrections:
            corrections_item = corrections_item_data.to_dict()
            corrections.append(corrections_item)

        editorial_status = self.editorial_status.value

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        created = self.created.isoformat()

        updated = self.updated.isoformat()

        version = self.version

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
                "text": text,
                "provision_codings": provision_codings,
                "links_out": links_out,
                "links_in": links_in,
                "cited_by": cited_by,
                "sources": sources,
                "corrections": corrections,
                "editorial_status": editorial_status,
                "published_at": published_at,
                "created": created,
                "updated": updated,
                "version": version,
            }
        )
        if citing_takeaways is not UNSET:
            field_dict["citing_takeaways"] = citing_takeaways
        if claims is not UNSET:
            field_dict["claims"] = claims

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_link_in import ArticleLinkIn  # noqa: PLC0415
        from ..models.article_link_out import ArticleLinkOut  # noqa: PLC0415
        from ..models.claim_summary import ClaimSummary  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.provision_coding import ProvisionCoding  # noqa: PLC0415
        from ..models.provision_type_summary import ProvisionTypeSummary  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.takeaway_ref import TakeawayRef  # noqa: PLC0415
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

        text = d.pop("text")

        provision_codings = []
        _provision_codings = d.pop("provision_codings")
        for provision_codings_item_data in _provision_codings:
            provision_codings_item = ProvisionCoding.from_dict(provision_codings_item_data)

            provision_codings.append(provision_codings_item)

        links_out = []
        _links_out = d.pop("links_out")
        for links_out_item_data in _links_out:
            links_out_item = ArticleLinkOut.from_dict(links_out_item_data)

            links_out.append(links_out_item)

        links_in = []
        _links_in = d.pop("links_in")
        for links_in_item_data in _links_in:
            links_in_item = ArticleLinkIn.from_dict(links_in_item_data)

            links_in.append(links_in_item)

        cited_by = []
        _cited_by = d.pop("cited_by")
        for cited_by_item_data in _cited_by:
            cited_by_item = TakeawayRef.from_dict(cited_by_item_data)

            cited_by.append(cited_by_item)

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        corrections = []
        _corrections = d.pop("corrections")
        for corrections_item_data in _corrections:
            corrections_item = Correction.from_dict(corrections_item_data)

            corrections.append(corrections_item)

        editorial_status = EditorialStatusEnum(d.pop("editorial_status"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("published_at"))

        created = datetime.datetime.fromisoformat(d.pop("created"))

        updated = datetime.datetime.fromisoformat(d.pop("updated"))

        version = d.pop("version")

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

        article = cls(
            id=id,
            url=url,
            treaty=treaty,
            number=number,
            ordinal=ordinal,
            heading=heading,
            summary=summary,
            confidence=confidence,
            provision_types=provision_types,
            text=text,
            provision_codings=provision_codings,
            links_out=links_out,
            links_in=links_in,
            cited_by=cited_by,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
            citing_takeaways=citing_takeaways,
            claims=claims,
        )

        article.additional_properties = d
        return article

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
