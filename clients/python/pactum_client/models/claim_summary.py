from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.stance_enum import StanceEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.claim_article import ClaimArticle
    from ..models.takeaway_summary import TakeawaySummary
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="ClaimSummary")


@_attrs_define
class ClaimSummary:
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
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.claim_article import ClaimArticle  # noqa: PLC0415
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

        claim_summary = cls(
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
        )

        claim_summary.additional_properties = d
        return claim_summary

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
