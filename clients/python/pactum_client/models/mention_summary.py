from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_method_enum import LinkMethodEnum
from ..models.review_status_enum import ReviewStatusEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.authorship import Authorship
    from ..models.takeaway_ref import TakeawayRef


T = TypeVar("T", bound="MentionSummary")


@_attrs_define
class MentionSummary:
    """Who said it and the sentence around the span: from the takeaway the selector joined
    (body included) and its prefetched byline, so no query per row.

        Attributes:
            id (UUID): Stable public identifier.
            url (str):
            takeaway (TakeawayRef):
            actor (ActorSummary):
            start (int): Offset of the first character in the takeaway body.
            end (int): Offset just past the last character.
            quote (str): The text of the span, as it stands in the body.
            method (LinkMethodEnum): * `editor` - Curated by an editor
                * `auto` - Found automatically
            review_status (ReviewStatusEnum): * `pending` - Not yet reviewed
                * `confirmed` - Confirmed
                * `rejected` - Rejected
            score (float): Resolver confidence from 0 to 1 (1 for editor links).
            authors (list[Authorship]):
            sentence (str): The sentence of the takeaway body holding the span.
    """

    id: UUID
    url: str
    takeaway: TakeawayRef
    actor: ActorSummary
    start: int
    end: int
    quote: str
    method: LinkMethodEnum
    review_status: ReviewStatusEnum
    score: float
    authors: list[Authorship]
    sentence: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        takeaway = self.takeaway.to_dict()

        actor = self.actor.to_dict()

        start = self.start

        end = self.end

        quote = self.quote

        method = self.method.value

        review_status = self.review_status.value

        score = self.score

        authors = []
        for authors_item_data in self.authors:
            authors_item = authors_item_data.to_dict()
            authors.append(authors_item)

        sentence = self.sentence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "takeaway": takeaway,
                "actor": actor,
                "start": start,
                "end": end,
                "quote": quote,
                "method": method,
                "review_status": review_status,
                "score": score,
                "authors": authors,
                "sentence": sentence,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.authorship import Authorship  # noqa: PLC0415
        from ..models.takeaway_ref import TakeawayRef  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        takeaway = TakeawayRef.from_dict(d.pop("takeaway"))

        actor = ActorSummary.from_dict(d.pop("actor"))

        start = d.pop("start")

        end = d.pop("end")

        quote = d.pop("quote")

        method = LinkMethodEnum(d.pop("method"))

        review_status = ReviewStatusEnum(d.pop("review_status"))

        score = d.pop("score")

        authors = []
        _authors = d.pop("authors")
        for authors_item_data in _authors:
            authors_item = Authorship.from_dict(authors_item_data)

            authors.append(authors_item)

        sentence = d.pop("sentence")

        mention_summary = cls(
            id=id,
            url=url,
            takeaway=takeaway,
            actor=actor,
            start=start,
            end=end,
            quote=quote,
            method=method,
            review_status=review_status,
            score=score,
            authors=authors,
            sentence=sentence,
        )

        mention_summary.additional_properties = d
        return mention_summary

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
