from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.treaty_kind_enum import TreatyKindEnum
from ..models.treaty_status_enum import TreatyStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchedTreatyWriteRequest")


@_attrs_define
class PatchedTreatyWriteRequest:
    """Input for creating and changing a treaty; `supersedes` by slug.

    Attributes:
        title (str | Unset): Full official title in English.
        short_title (str | Unset): Title used in commentary.
        slug (str | Unset): URL identifier.
        kind (TreatyKindEnum | Unset): * `bilateral` - Bilateral
            * `multilateral` - Multilateral
            * `charter` - Charter
        status (TreatyStatusEnum | Unset): * `signed` - Signed, not in force
            * `in_force` - In force
            * `lapsed` - Lapsed
            * `superseded` - Superseded
            * `terminated` - Terminated
        signed_on (datetime.date | None | Unset): Date of signature.
        signed_at (str | Unset): Place of signature.
        in_force_on (datetime.date | None | Unset): Date of entry into force.
        ended_on (datetime.date | None | Unset): Date it ceased to be in force (lapse, supersession, termination).
        duration_terms (str | Unset): Term, renewal and withdrawal rules, in own words.
        description (str | Unset): What the treaty is about.
        article_count (int | None | Unset): Number of articles in the full text (may exceed those recorded).
        supersedes (list[str] | Unset):
        confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
    """

    title: str | Unset = UNSET
    short_title: str | Unset = UNSET
    slug: str | Unset = UNSET
    kind: TreatyKindEnum | Unset = UNSET
    status: TreatyStatusEnum | Unset = UNSET
    signed_on: datetime.date | None | Unset = UNSET
    signed_at: str | Unset = UNSET
    in_force_on: datetime.date | None | Unset = UNSET
    ended_on: datetime.date | None | Unset = UNSET
    duration_terms: str | Unset = UNSET
    description: str | Unset = UNSET
    article_count: int | None | Unset = UNSET
    supersedes: list[str] | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        short_title = self.short_title

        slug = self.slug

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        signed_on: None | str | Unset
        if isinstance(self.signed_on, Unset):
            signed_on = UNSET
        elif isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        signed_at = self.signed_at

        in_force_on: None | str | Unset
        if isinstance(self.in_force_on, Unset):
            in_force_on = UNSET
        elif isinstance(self.in_force_on, datetime.date):
            in_force_on = self.in_force_on.isoformat()
        else:
            in_force_on = self.in_force_on

        ended_on: None | str | Unset
        if isinstance(self.ended_on, Unset):
            ended_on = UNSET
        elif isinstance(self.ended_on, datetime.date):
            ended_on = self.ended_on.isoformat()
        else:
            ended_on = self.ended_on

        duration_terms = self.duration_terms

        description = self.description

        article_count: int | None | Unset
        if isinstance(self.article_count, Unset):
            article_count = UNSET
        else:
            article_count = self.article_count

        supersedes: list[str] | Unset = UNSET
        if not isinstance(self.supersedes, Unset):
            supersedes = self.supersedes

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        editorial_status: str | Unset = UNSET
        if not isinstance(self.editorial_status, Unset):
            editorial_status = self.editorial_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if short_title is not UNSET:
            field_dict["short_title"] = short_title
        if slug is not UNSET:
            field_dict["slug"] = slug
        if kind is not UNSET:
            field_dict["kind"] = kind
        if status is not UNSET:
            field_dict["status"] = status
        if signed_on is not UNSET:
            field_dict["signed_on"] = signed_on
        if signed_at is not UNSET:
            field_dict["signed_at"] = signed_at
        if in_force_on is not UNSET:
            field_dict["in_force_on"] = in_force_on
        if ended_on is not UNSET:
            field_dict["ended_on"] = ended_on
        if duration_terms is not UNSET:
            field_dict["duration_terms"] = duration_terms
        if description is not UNSET:
            field_dict["description"] = description
        if article_count is not UNSET:
            field_dict["article_count"] = article_count
        if supersedes is not UNSET:
            field_dict["supersedes"] = supersedes
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title", UNSET)

        short_title = d.pop("short_title", UNSET)

        slug = d.pop("slug", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: TreatyKindEnum | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = TreatyKindEnum(_kind)

        _status = d.pop("status", UNSET)
        status: TreatyStatusEnum | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = TreatyStatusEnum(_status)

        def _parse_signed_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        signed_on = _parse_signed_on(d.pop("signed_on", UNSET))

        signed_at = d.pop("signed_at", UNSET)

        def _parse_in_force_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                in_force_on_type_0 = datetime.date.fromisoformat(data)

                return in_force_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        in_force_on = _parse_in_force_on(d.pop("in_force_on", UNSET))

        def _parse_ended_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ended_on_type_0 = datetime.date.fromisoformat(data)

                return ended_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ended_on = _parse_ended_on(d.pop("ended_on", UNSET))

        duration_terms = d.pop("duration_terms", UNSET)

        description = d.pop("description", UNSET)

        def _parse_article_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        article_count = _parse_article_count(d.pop("article_count", UNSET))

        supersedes = cast(list[str], d.pop("supersedes", UNSET))

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

        patched_treaty_write_request = cls(
            title=title,
            short_title=short_title,
            slug=slug,
            kind=kind,
            status=status,
            signed_on=signed_on,
            signed_at=signed_at,
            in_force_on=in_force_on,
            ended_on=ended_on,
            duration_terms=duration_terms,
            description=description,
            article_count=article_count,
            supersedes=supersedes,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        patched_treaty_write_request.additional_properties = d
        return patched_treaty_write_request

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
