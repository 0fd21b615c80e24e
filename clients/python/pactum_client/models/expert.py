from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.correction import Correction
    from ..models.source import Source
    from ..models.takeaway_summary import TakeawaySummary


T = TypeVar("T", bound="Expert")


@_attrs_define
class Expert:
    """
    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        slug (str): URL identifier.
        name (str): Full name as published.
        role (str): Current role line (takeaways keep the role as written then).
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        aliases (list[str]): Other spellings.
        affiliation (ActorSummary | None):
        profile_url (None | str): Profile page; null when unknown.
        takeaways (list[TakeawaySummary]):
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
    name: str
    role: str
    confidence: ConfidenceEnum
    aliases: list[str]
    affiliation: ActorSummary | None
    profile_url: None | str
    takeaways: list[TakeawaySummary]
    sources: list[Source]
    corrections: list[Correction]
    editorial_status: EditorialStatusEnum
    published_at: datetime.datetime | None
    created: datetime.datetime
    updated: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415

        id = str(self.id)

        url = self.url

        slug = self.slug

        name = self.name

        role = self.role

        confidence = self.confidence.value

        aliases = self.aliases

        affiliation: dict[str, Any] | None
        if isinstance(self.affiliation, ActorSummary):
            affiliation = self.affiliation.to_dict()
        else:
            affiliation = self.affiliation

        profile_url: None | str
        profile_url = self.profile_url

        takeaways = []
        for takeaways_item_data in self.takeaways:
            takeaways_item = takeaways_item_data.to_dict()
            takeaways.append(takeaways_item)

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
                "name": name,
                "role": role,
                "confidence": confidence,
                "aliases": aliases,
                "affiliation": affiliation,
                "profile_url": profile_url,
                "takeaways": takeaways,
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
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415
        from ..models.takeaway_summary import TakeawaySummary  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        slug = d.pop("slug")

        name = d.pop("name")

        role = d.pop("role")

        confidence = ConfidenceEnum(d.pop("confidence"))

        aliases = cast(list[str], d.pop("aliases"))

        def _parse_affiliation(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                affiliation_type_1 = ActorSummary.from_dict(data)

                return affiliation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        affiliation = _parse_affiliation(d.pop("affiliation"))

        def _parse_profile_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        profile_url = _parse_profile_url(d.pop("profile_url"))

        takeaways = []
        _takeaways = d.pop("takeaways")
        for takeaways_item_data in _takeaways:
            takeaways_item = TakeawaySummary.from_dict(takeaways_item_data)

            takeaways.append(takeaways_item)

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

        expert = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            role=role,
            confidence=confidence,
            aliases=aliases,
            affiliation=affiliation,
            profile_url=profile_url,
            takeaways=takeaways,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
        )

        expert.additional_properties = d
        return expert

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
