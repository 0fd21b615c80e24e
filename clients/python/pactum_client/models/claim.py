from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.stance_enum import StanceEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.claim_article import ClaimArticle
    from ..models.correction import Correction
    from ..models.source import Source
    from ..models.takeaway_summary import TakeawaySummary
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="Claim")


@_attrs_define
class Claim:
    """What an expert says about provisions, treaties or actors: the span, the sentence
    holding it, the stance and the paraphrase, who said it and what it is about.

        Attributes:
            id (UUID): Stable public identifier.
            url (str):
            takeaway (TakeawaySummary):
            stance (StanceEnum): * `supports` - Supports
                * `opposes` - Opposes
                * `warns` - Warns
                * `neutral` - Neutral
                * `predicts` - Predicts
            paraphrase (str): The claim in one short sentence, in the editor's words.
            quote (str): The text of the span, as it stands in the body.
            start (int): Offset of the first character in the takeaway body.
            end (int): Offset just past the last character.
            sentence (str): The sentence of the takeaway body holding the span.
            articles (list[ClaimArticle]):
            treaties (list[TreatySummary]):
            actors (list[ActorSummary]):
            confidence (ConfidenceEnum): * `confirmed` - Confirmed
                * `probable` - Probable
                * `unverified` - Unverified
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
    takeaway: TakeawaySummary
    stance: StanceEnum
    paraphrase: str
    quote: str
    start: int
    end: int
    sentence: str
    articles: list[ClaimArticle]
    treaties: list[TreatySummary]
    actors: list[ActorSummary]
    confidence: ConfidenceEnum
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

        takeaway = self.takeaway.to_dict()

        stance = self.stance.value

        paraphrase = self.paraphrase

        quote = self.quote

        start = self.start

        end = self.end

        sentence = self.sentence

        articles = []
        for articles_item_data in self.articles:
            articles_item = articles_item_data.to_dict()
            articles.append(articles_item)

        treaties = []
        for treaties_item_data in self.treaties:
            treaties_item = treaties_item_data.to_dict()
            treaties.append(treaties_item)

        actors = []
        for actors_item_data in self.actors:
            actors_item = actors_item_data.to_dict()
            actors.append(actors_item)

        confidence = self.confidence.value

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
                "takeaway": takeaway,
                "stance": stance,
                "paraphrase": paraphrase,
                "quote": quote,
                "start": start,
                "end": end,
                "sentence": sentence,
                "articles": articles,
                "treaties": treaties,
                "actors": actors,
                "confidence": confidence,
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
        from ..models.claim_article import ClaimArticle  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.takeaway_summary import TakeawaySummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        takeaway = TakeawaySummary.from_dict(d.pop("takeaway"))

        stance = StanceEnum(d.pop("stance"))

        paraphrase = d.pop("paraphrase")

        quote = d.pop("quote")

        start = d.pop("start")

        end = d.pop("end")

        sentence = d.pop("sentence")

        articles = []
        _articles = d.pop("articles")
        for articles_item_data in _articles:
            articles_item = ClaimArticle.from_dict(articles_item_data)

            articles.append(articles_item)

        treaties = []
        _treaties = d.pop("treaties")
        for treaties_item_data in _treaties:
            treaties_item = TreatySummary.from_dict(treaties_item_data)

            treaties.append(treaties_item)

        actors = []
        _actors = d.pop("actors")
        for actors_item_data in _actors:
            actors_item = ActorSummary.from_dict(actors_item_data)

            actors.append(actors_item)

        confidence = ConfidenceEnum(d.pop("confidence"))

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

        claim = cls(
            id=id,
            url=url,
            takeaway=takeaway,
            stance=stance,
            paraphrase=paraphrase,
            quote=quote,
            start=start,
            end=end,
            sentence=sentence,
            articles=articles,
            treaties=treaties,
            actors=actors,
            confidence=confidence,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
        )

        claim.additional_properties = d
        return claim

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
