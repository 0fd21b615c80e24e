from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.treaty_kind_enum import TreatyKindEnum
from ..models.treaty_status_enum import TreatyStatusEnum

if TYPE_CHECKING:
    from ..models.article_summary import ArticleSummary
    from ..models.correction import Correction
    from ..models.event_summary import EventSummary
    from ..models.source import Source
    from ..models.treaty_party import TreatyParty
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="Treaty")


@_attrs_define
class Treaty:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        title (str): Full official title in English.
        short_title (str): Title used in commentary.
        kind (TreatyKindEnum): * `bilateral` - Bilateral
            * `multilateral` - Multilateral
            * `charter` - Charter
        status (TreatyStatusEnum): * `signed` - Signed, not in force
            * `in_force` - In force
            * `lapsed` - Lapsed
            * `superseded` - Superseded
            * `terminated` - Terminated
        signed_on (datetime.date | None): Date of signature.
        in_force_on (datetime.date | None): Date of entry into force.
        ended_on (datetime.date | None): Date it ceased to be in force (lapse, supersession, termination).
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        signed_at (str): Place of signature.
        duration_terms (str): Term, renewal and withdrawal rules, in own words.
        description (str): What the treaty is about.
        article_count (int | None): Number of articles in the full text (may exceed those recorded).
        parties (list[TreatyParty]):
        articles (list[ArticleSummary]):
        supersedes (list[TreatySummary]):
        superseded_by (list[TreatySummary]):
        events (list[EventSummary]):
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
    short_title: str
    kind: TreatyKindEnum
    status: TreatyStatusEnum
    signed_on: datetime.date | None
    in_force_on: datetime.date | None
    ended_on: datetime.date | None
    confidence: ConfidenceEnum
    signed_at: str
    duration_terms: str
    description: str
    article_count: int | None
    parties: list[TreatyParty]
    articles: list[ArticleSummary]
    supersedes: list[TreatySummary]
    superseded_by: list[TreatySummary]
    events: list[EventSummary]
    sources: list[Source]
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

        title = self.title

        short_title = self.short_title

        kind = self.kind.value

        status = self.status.value

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        in_force_on: None | str
        if isinstance(self.in_force_on, datetime.date):
            in_force_on = self.in_force_on.isoformat()
        else:
            in_force_on = self.in_force_on

        ended_on: None | str
        if isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        confidence = self.confidence.value

        signed_at = self.signed_at

        duration_terms = self.duration_terms

        description = self.description

        article_count: int | None
        article_count = self.article_count

        parties = []
        for parties_item_data in self.parties:
            parties_item = parties_item_data.to_dict()
            parties.append(parties_item)

        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)

        supersedes = []
        for supersedes_item_data in self.supersedes:
            supersedes_item = supersedes_item_data.to_dict()
            supersedes.append(supersedes_item)

        superseded_by = []
        for superseded_by_item_data in self.superseded_by:
            superseded_by_item = superseded_by_item_data.to_dict()
            superseded_by.append(superseded_by_item)

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

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
                "short_title": short_title,
                "kind": kind,
                "status": status,
                "signed_on": signed_on,
                "in_force_on": in_force_on,
                "ended_on": ended_on,
                "confidence": confidence,
                "signed_at": signed_at,
                "duration_terms": duration_terms,
                "description": description,
                "article_count": article_count,
                "parties": parties,
                "articles": articles,
                "supersedes": supersedes,
                "superseded_by": superseded_by,
                "events": events,
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
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.event_summary import EventSummary  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.treaty_party import TreatyParty  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        slug = d.pop("slug")

        title = d.pop("title")

        short_title = d.pop("short_title")

        kind = TreatyKindEnum(d.pop("kind"))

        status = TreatyStatusEnum(d.pop("status"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        def _parse_in_force_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_on_type_0 = datetime.date.fromisoformat(data)

                return in_force_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        in_force_on = _parse_in_force_on(d.pop("in_force_on"))

        def _parse_ended_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ended_on = _parse_ended_on(d.pop("ended_on"))

        confidence = ConfidenceEnum(d.pop("confidence"))

        signed_at = d.pop("signed_at")

        duration_terms = d.pop("duration_terms")

        description = d.pop("description")

        def _parse_article_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        article_count = _parse_article_count(d.pop("article_count"))

        parties = []
        _parties = d.pop("parties")
        for parties_item_data in _parties:
            parties_item = TreatyParty.from_dict(parties_item_data)

            parties.append(parties_item)

        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:
            articles_item = ArticleSummary.from_dict(articles_item_data)

            articles.append(articles_item)

        supersedes = []
        _supersedes = d.pop("supersedes")
        for supersedes_item_data in _supersedes:
            supersedes_item = TreatySummary.from_dict(supersedes_item_data)

            supersedes.append(supersedes_item)

        superseded_by = []
        _superseded_by = d.pop("superseded_by")
        for superseded_by_item_data in _superseded_by:
            superseded_by_item = TreatySummary.from_dict(superseded_by_item_data)

            superseded_by.append(superseded_by_item)

        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = EventSummary.from_dict(events_item_data)

            events.append(events_item)

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

        treaty = cls(
            id=id,
            url=url,
            slug=slug,
            title=title,
            short_title=short_title,
            kind=kind,
            status=status,
            signed_on=signed_on,
            in_force_on=in_force_on,
            ended_on=ended_on,
            confidence=confidence,
            signed_at=signed_at,
            duration_terms=duration_terms,
            description=description,
            article_count=article_count,
            parties=parties,
            articles=articles,
            supersedes=supersedes,
            superseded_by=superseded_by,
            events=events,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
        )

        treaty.additional_properties = d
        return treaty

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
