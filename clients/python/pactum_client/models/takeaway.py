from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum

if TYPE_CHECKING:
    from ..models.authorship import Authorship
    from ..models.correction import Correction
    from ..models.publication_summary import PublicationSummary
    from ..models.takeaway_citation import TakeawayCitation
    from ..models.takeaway_mention import TakeawayMention
    from ..models.topic_summary import TopicSummary


T = TypeVar("T", bound="Takeaway")


@_attrs_define
class Takeaway:
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
        body (str): Full text; paragraphs are separated by a blank line. Spans index into it.
        image_credit (str): Image credit line ("Source: …"), if any.
        topics (list[TopicSummary]):
        citations (list[TakeawayCitation]):
        mentions (list[TakeawayMention]):
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
    heading: str
    position: int
    publication: PublicationSummary
    authors: list[Authorship]
    confidence: ConfidenceEnum
    body: str
    image_credit: str
    topics: list[TopicSummary]
    citations: list[TakeawayCitation]
    mentions: list[TakeawayMention]
    corrections: list[Correction]
    editorial_status: EditorialStatusEnum
    published_at: datetime.datetime | None
    created: datetime.datetime
    updated: datetime.datetime
    version: int
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

        body = self.body

        image_credit = self.image_credit

        topics = []
        for topics_item_data in self.topics:
            topics_item = topics_item_data.to_dict()
            topics.append(topics_item)

        citations = []
        for citations_item_data in self.citations:
            citations_item = citations_item_data.to_dict()
            citations.append(citations_item)

        mentions = []
        for mentions_item_data in self.mentions:
            mentions_item = mentions_item_data.to_dict()
            mentions.append(mentions_item)

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
                "heading": heading,
                "position": position,
                "publication": publication,
                "authors": authors,
                "confidence": confidence,
                "body": body,
                "image_credit": image_credit,
                "topics": topics,
                "citations": citations,
                "mentions": mentions,
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
        from ..models.authorship import Authorship  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.publication_summary import PublicationSummary  # noqa: PLC0415
        from ..models.takeaway_citation import TakeawayCitation  # noqa: PLC0415
        from ..models.takeaway_mention import TakeawayMention  # noqa: PLC0415
        from ..models.topic_summary import TopicSummary  # noqa: PLC0415

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

        body = d.pop("body")

        image_credit = d.pop("image_credit")

        topics = []
        _topics = d.pop("topics")
        for topics_item_data in _topics:
            topics_item = TopicSummary.from_dict(topics_item_data)

            topics.append(topics_item)

        citations = []
        _citations = d.pop("citations")
        for citations_item_data in _citations:
            citations_item = TakeawayCitation.from_dict(citations_item_data)

            citations.append(citations_item)

        mentions = []
        _mentions = d.pop("mentions")
        for mentions_item_data in _mentions:
            mentions_item = TakeawayMention.from_dict(mentions_item_data)

            mentions.append(mentions_item)

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

        takeaway = cls(
            id=id,
            url=url,
            slug=slug,
            heading=heading,
            position=position,
            publication=publication,
            authors=authors,
            confidence=confidence,
            body=body,
            image_credit=image_credit,
            topics=topics,
            citations=citations,
            mentions=mentions,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
        )

        takeaway.additional_properties = d
        return takeaway

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
