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


T = TypeVar("T", bound="TakeawayMention")


@_attrs_define
class TakeawayMention:
    """A mention nested in its takeaway.

    Attributes:
        id (UUID): Stable public identifier.
        url (str):
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
    """

    id: UUID
    url: str
    actor: ActorSummary
    start: int
    end: int
    quote: str
    method: LinkMethodEnum
    review_status: ReviewStatusEnum
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        actor = self.actor.to_dict()

        start = self.start

        end = self.end

        quote = self.quote

        method = self.method.value

        review_status = self.review_status.value

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "actor": actor,
                "start": start,
                "end": end,
                "quote": quote,
                "method": method,
                "review_status": review_status,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        actor = ActorSummary.from_dict(d.pop("actor"))

        start = d.pop("start")

        end = d.pop("end")

        quote = d.pop("quote")

        method = LinkMethodEnum(d.pop("method"))

        review_status = ReviewStatusEnum(d.pop("review_status"))

        score = d.pop("score")

        takeaway_mention = cls(
            id=id,
            url=url,
            actor=actor,
            start=start,
            end=end,
            quote=quote,
            method=method,
            review_status=review_status,
            score=score,
        )

        takeaway_mention.additional_properties = d
        return takeaway_mention

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
