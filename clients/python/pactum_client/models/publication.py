from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.publication_kind_enum import PublicationKindEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.correction import Correction
    from ..models.source import Source
    from ..models.takeaway_summary import TakeawaySummary
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="Publication")


@_attrs_define
class Publication:
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
        web_url (None | str): Where it is published; null when unknown.
        dek (str): Summary line under the title.
        publisher (ActorSummary | None):
        subject_treaty (None | TreatySummary):
        takeaways (list[TakeawaySummary]):
        sources (list[Source]):
        corrections (list[Correction]): Public corrections, oldest first.
        editorial_status (EditorialStatusEnum): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
        published_at (datetime.datetime | None): When the record was last published.
        created (datetime.datetime): When the record was created.
        updated (datetime.datetime): When the record last changed.
        version (int): Incremented on every write; the basis of the strong ETag and of If-Match checks.
    """

    id: UUID
    url: str
    slug: str
    title: str
    kind: PublicationKindEnum
    published_on: datetime.date | None
    confidence: ConfidenceEnum
    web_url: None | str
    dek: str
    publisher: ActorSummary | None
    subject_treaty: None | TreatySummary
    takeaways: list[TakeawaySummary]
    sources: list[Source]
    corrections: list[Correction]
    editorial_status: EditorialStatusEnum
    published_at: datetime.datetime | None
    created: datetime.datetime
    updated: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

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

        web_url: None | str
        web_url = self.web_url

        dek = self.dek

        publisher: dict[str, Any] | None
        if isinstance(self.publisher, ActorSummary):
            publisher = self.publisher.to_dict()
        else:
            publisher = self.publisher

        subject_treaty: dict[str, Any] | None
        if isinstance(self.subject_treaty, TreatySummary):
            subject_treaty = self.subject_treaty.to_dict()
        else:
            subject_treaty = self.subject_treaty

        takeaways = []
        for takeaways_item_data in self.takeaways:
            takeaways_item = takeaways_item_data.to_dict()
            takeaways.append(takeaways_item)

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
                "web_url": web_url,
                "dek": dek,
                "publisher": publisher,
                "subject_treaty": subject_treaty,
                "takeaways": takeaways,
                "sources": sources,
                "corrections": corrections,
                "editorial_status": editorial_status,
                "published_at": published_at,
                "created": created,
                "updated": updated,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.takeaway_summary import TakeawaySummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

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

        def _parse_web_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        web_url = _parse_web_url(d.pop("web_url"))

        dek = d.pop("dek")

        def _parse_publisher(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                publisher_type_1 = ActorSummary.from_dict(data)

                return publisher_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        publisher = _parse_publisher(d.pop("publisher"))

        def _parse_subject_treaty(data: object) -> None | TreatySummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subject_treaty_type_1 = TreatySummary.from_dict(data)

                return subject_treaty_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TreatySummary, data)

        subject_treaty = _parse_subject_treaty(d.pop("subject_treaty"))

        takeaways = []
        _takeaways = d.pop("takeaways")
        for takeaways_item_data in _takeaways:
            takeaways_item = TakeawaySummary.from_dict(takeaways_item_data)

            takeaways.append(takeaways_item)

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

        publication = cls(
            id=id,
            url=url,
            slug=slug,
            title=title,
            kind=kind,
            published_on=published_on,
            confidence=confidence,
            web_url=web_url,
            dek=dek,
            publisher=publisher,
            subject_treaty=subject_treaty,
            takeaways=takeaways,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
        )

        publication.additional_properties = d
        return publication

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
