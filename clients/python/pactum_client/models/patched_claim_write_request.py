from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.stance_enum import StanceEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedClaimWriteRequest")


@_attrs_define
class PatchedClaimWriteRequest:
    """Input for a claim: a span of a takeaway's body (the quote must stand there), its
    stance and paraphrase, and what it is about (replaced whole when given).

        Attributes:
            takeaway (str | Unset): URL identifier.
            start (int | Unset): Offset of the first character in the takeaway body.
            end (int | Unset): Offset just past the last character.
            quote (str | Unset): The text of the span, as it stands in the body.
            stance (StanceEnum | Unset): * `supports` - Supports
                * `opposes` - Opposes
                * `warns` - Warns
                * `neutral` - Neutral
                * `predicts` - Predicts
            paraphrase (str | Unset): The claim in one short sentence, in the editor's words.
            articles (list[str] | Unset): Articles as `<treaty-slug>:<number>`.
            treaties (list[str] | Unset): Treaty slugs.
            actors (list[str] | Unset): Actor slugs.
            confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
                * `probable` - Probable
                * `unverified` - Unverified
            editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
                * `in_review` - In review
                * `published` - Published
    """

    takeaway: str | Unset = UNSET
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    quote: str | Unset = UNSET
    stance: StanceEnum | Unset = UNSET
    paraphrase: str | Unset = UNSET
    articles: list[str] | Unset = UNSET
    treaties: list[str] | Unset = UNSET
    actors: list[str] | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        takeaway = self.takeaway

        start = self.start

        end = self.end

        quote = self.quote

        stance: str | Unset = UNSET
        if not isinstance(self.stance, Unset):
            stance = self.stance.value

        paraphrase = self.paraphrase

        articles: list[str] | Unset = UNSET
        if not isinstance(self.articles, Unset):
            articles = self.articles

        treaties: list[str] | Unset = UNSET
        if not isinstance(self.treaties, Unset):
            treaties = self.treaties

        actors: list[str] | Unset = UNSET
        if not isinstance(self.actors, Unset):
            actors = self.actors

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        editorial_status: str | Unset = UNSET
        if not isinstance(self.editorial_status, Unset):
            editorial_status = self.editorial_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if takeaway is not UNSET:
            field_dict["takeaway"] = takeaway
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if quote is not UNSET:
            field_dict["quote"] = quote
        if stance is not UNSET:
            field_dict["stance"] = stance
        if paraphrase is not UNSET:
            field_dict["paraphrase"] = paraphrase
        if articles is not UNSET:
            field_dict["articles"] = articles
        if treaties is not UNSET:
            field_dict["treaties"] = treaties
        if actors is not UNSET:
            field_dict["actors"] = actors
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        takeaway = d.pop("takeaway", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        quote = d.pop("quote", UNSET)

        _stance = d.pop("stance", UNSET)
        stance: StanceEnum | Unset
        if isinstance(_stance, Unset):
            stance = UNSET
        else:
            stance = StanceEnum(_stance)

        paraphrase = d.pop("paraphrase", UNSET)

        articles = cast(list[str], d.pop("articles", UNSET))

        treaties = cast(list[str], d.pop("treaties", UNSET))

        actors = cast(list[str], d.pop("actors", UNSET))

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

        patched_claim_write_request = cls(
            takeaway=takeaway,
            start=start,
            end=end,
            quote=quote,
            stance=stance,
            paraphrase=paraphrase,
            articles=articles,
            treaties=treaties,
            actors=actors,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        patched_claim_write_request.additional_properties = d
        return patched_claim_write_request

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
