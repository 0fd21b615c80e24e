from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..models.publication_kind_enum import PublicationKindEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicationWriteRequest")


@_attrs_define
class PublicationWriteRequest:
    """Input for a publication; publisher and subject treaty by slug.

    Attributes:
        title (str): Title as published.
        slug (str): URL identifier.
        kind (PublicationKindEnum): * `takeaways` - Expert takeaways
            * `report` - Report
            * `commentary` - Commentary
        publisher (None | str | Unset): URL identifier.
        published_on (datetime.date | None | Unset): Publication date.
        url (str | Unset): Where it is published.
        dek (str | Unset): Summary line under the title.
        subject_treaty (None | str | Unset): URL identifier.
        confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
    """

    title: str
    slug: str
    kind: PublicationKindEnum
    publisher: None | str | Unset = UNSET
    published_on: datetime.date | None | Unset = UNSET
    url: str | Unset = UNSET
    dek: str | Unset = UNSET
    subject_treaty: None | str | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        slug = self.slug

        kind = self.kind.value

        publisher: None | str | Unset
        if isinstance(self.publisher, Unset):
            publisher = UNSET
        else:
            publisher = self.publisher

        published_on: None | str | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        elif isinstance(self.published_on, datetime.date):
            published_on = self.published_on.isoformat()
        else:
            published_on = self.published_on

        url: str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        dek = self.dek

        subject_treaty: None | str | Unset
        if isinstance(self.subject_treaty, Unset):
            subject_treaty = UNSET
        else:
            subject_treaty = self.subject_treaty

        confidence: str | Unset = UNSET
        if not isinstance(self.confidence, Unset):
            confidence = self.confidence.value

        editorial_status: str | Unset = UNSET
        if not isinstance(self.editorial_status, Unset):
            editorial_status = self.editorial_status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "slug": slug,
                "kind": kind,
            }
        )
        if publisher is not UNSET:
            field_dict["publisher"] = publisher
        if published_on is not UNSET:
            field_dict["published_on"] = published_on
        if url is not UNSET:
            field_dict["url"] = url
        if dek is not UNSET:
            field_dict["dek"] = dek
        if subject_treaty is not UNSET:
            field_dict["subject_treaty"] = subject_treaty
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title = d.pop("title")

        slug = d.pop("slug")

        kind = PublicationKindEnum(d.pop("kind"))

        def _parse_publisher(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        publisher = _parse_publisher(d.pop("publisher", UNSET))

        def _parse_published_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_on_type_0 = datetime.date.fromisoformat(data)

                return published_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_on = _parse_published_on(d.pop("published_on", UNSET))

        def _parse_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        dek = d.pop("dek", UNSET)

        def _parse_subject_treaty(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_treaty = _parse_subject_treaty(d.pop("subject_treaty", UNSET))

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

        publication_write_request = cls(
            title=title,
            slug=slug,
            kind=kind,
            publisher=publisher,
            published_on=published_on,
            url=url,
            dek=dek,
            subject_treaty=subject_treaty,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        publication_write_request.additional_properties = d
        return publication_write_request

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
