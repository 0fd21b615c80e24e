from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpertWriteRequest")


@_attrs_define
class ExpertWriteRequest:
    """Input for an expert; affiliation by actor slug.

    Attributes:
        name (str): Full name as published.
        slug (str): URL identifier.
        aliases (list[str] | Unset): Other spellings of the name (strings, at most 50).
        role (str | Unset): Current role line (takeaways keep the role as written then).
        affiliation (None | str | Unset): URL identifier.
        profile_url (str | Unset): Profile page.
        confidence (ConfidenceEnum | Unset): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        editorial_status (EditorialStatusEnum | Unset): * `draft` - Draft
            * `in_review` - In review
            * `published` - Published
    """

    name: str
    slug: str
    aliases: list[str] | Unset = UNSET
    role: str | Unset = UNSET
    affiliation: None | str | Unset = UNSET
    profile_url: str | Unset = UNSET
    confidence: ConfidenceEnum | Unset = UNSET
    editorial_status: EditorialStatusEnum | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        slug = self.slug

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        role = self.role

        affiliation: None | str | Unset
        if isinstance(self.affiliation, Unset):
            affiliation = UNSET
        else:
            affiliation = self.affiliation

        profile_url: str | Unset
        if isinstance(self.profile_url, Unset):
            profile_url = UNSET
        else:
            profile_url = self.profile_url

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
                "name": name,
                "slug": slug,
            }
        )
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if role is not UNSET:
            field_dict["role"] = role
        if affiliation is not UNSET:
            field_dict["affiliation"] = affiliation
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if editorial_status is not UNSET:
            field_dict["editorial_status"] = editorial_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        slug = d.pop("slug")

        aliases = cast(list[str], d.pop("aliases", UNSET))

        role = d.pop("role", UNSET)

        def _parse_affiliation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        affiliation = _parse_affiliation(d.pop("affiliation", UNSET))

        def _parse_profile_url(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        profile_url = _parse_profile_url(d.pop("profile_url", UNSET))

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

        expert_write_request = cls(
            name=name,
            slug=slug,
            aliases=aliases,
            role=role,
            affiliation=affiliation,
            profile_url=profile_url,
            confidence=confidence,
            editorial_status=editorial_status,
        )

        expert_write_request.additional_properties = d
        return expert_write_request

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
