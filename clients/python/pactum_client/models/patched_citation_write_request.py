from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.link_method_enum import LinkMethodEnum
from ..models.review_status_enum import ReviewStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedCitationWriteRequest")


@_attrs_define
class PatchedCitationWriteRequest:
    """Input for a citation; the article, if any, as `<treaty-slug>:<number>` of the same treaty.

    Attributes:
        takeaway (str | Unset): URL identifier.
        treaty (str | Unset): URL identifier.
        article (None | str | Unset):
        start (int | Unset): Offset of the first character in the takeaway body.
        end (int | Unset): Offset just past the last character.
        quote (str | Unset): The text of the span, as it stands in the body.
        method (LinkMethodEnum | Unset): * `editor` - Curated by an editor
            * `auto` - Found automatically
        review_status (ReviewStatusEnum | Unset): * `pending` - Not yet reviewed
            * `confirmed` - Confirmed
            * `rejected` - Rejected
        score (float | Unset): Resolver confidence from 0 to 1 (1 for editor links).
    """

    takeaway: str | Unset = UNSET
    treaty: str | Unset = UNSET
    article: None | str | Unset = UNSET
    start: int | Unset = UNSET
    end: int | Unset = UNSET
    quote: str | Unset = UNSET
    method: LinkMethodEnum | Unset = UNSET
    review_status: ReviewStatusEnum | Unset = UNSET
    score: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        takeaway = self.takeaway

        treaty = self.treaty

        article: None | str | Unset
        if isinstance(self.article, Unset):
            article = UNSET
        else:
            article = self.article

        start = self.start

        end = self.end

        quote = self.quote

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        review_status: str | Unset = UNSET
        if not isinstance(self.review_status, Unset):
            review_status = self.review_status.value

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if takeaway is not UNSET:
            field_dict["takeaway"] = takeaway
        if treaty is not UNSET:
            field_dict["treaty"] = treaty
        if article is not UNSET:
            field_dict["article"] = article
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if quote is not UNSET:
            field_dict["quote"] = quote
        if method is not UNSET:
            field_dict["method"] = method
        if review_status is not UNSET:
            field_dict["review_status"] = review_status
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        takeaway = d.pop("takeaway", UNSET)

        treaty = d.pop("treaty", UNSET)

        def _parse_article(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        article = _parse_article(d.pop("article", UNSET))

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        quote = d.pop("quote", UNSET)

        _method = d.pop("method", UNSET)
        method: LinkMethodEnum | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = LinkMethodEnum(_method)

        _review_status = d.pop("review_status", UNSET)
        review_status: ReviewStatusEnum | Unset
        if isinstance(_review_status, Unset):
            review_status = UNSET
        else:
            review_status = ReviewStatusEnum(_review_status)

        score = d.pop("score", UNSET)

        patched_citation_write_request = cls(
            takeaway=takeaway,
            treaty=treaty,
            article=article,
            start=start,
            end=end,
            quote=quote,
            method=method,
            review_status=review_status,
            score=score,
        )

        patched_citation_write_request.additional_properties = d
        return patched_citation_write_request

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
