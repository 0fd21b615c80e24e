from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.actor_kind_enum import ActorKindEnum
from ..models.confidence_enum import ConfidenceEnum
from ..models.editorial_status_enum import EditorialStatusEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.actor_alias import ActorAlias
    from ..models.actor_relation import ActorRelation
    from ..models.actor_summary import ActorSummary
    from ..models.claim_summary import ClaimSummary
    from ..models.correction import Correction
    from ..models.source import Source


T = TypeVar("T", bound="Actor")


@_attrs_define
class Actor:
    """Fields listed in `embed_fields` render only when the request asked for them
    (`?embed=`): the view puts the requested names in the context under "embed", and only
    then was their prefetch added. Without that key (schema generation) every field stays.

        Attributes:
            id (UUID): Stable public identifier.
            url (str):
            slug (str): URL identifier.
            name (str): Canonical full name.
            short_name (str): Common short name (Russia, NATO).
            kind (ActorKindEnum): * `state` - State
                * `person` - Person
                * `international_organization` - International organization
                * `grouping` - Grouping
                * `think_tank` - Think tank
                * `media` - Media
            iso3 (None | str): ISO 3166-1 alpha-3 code, for states only.
            confidence (ConfidenceEnum): * `confirmed` - Confirmed
                * `probable` - Probable
                * `unverified` - Unverified
            wikidata_qid (None | str): Wikidata item identifier (Q-number).
            description (str): One-paragraph description.
            active_from (datetime.date | None): When the actor came into being.
            active_until (datetime.date | None): When the actor ceased to exist (the USSR in 1991).
            parent (ActorSummary | None):
            country (ActorSummary | None):
            aliases (list[ActorAlias]):
            relations (list[ActorRelation]):
            sources (list[Source]):
            corrections (list[Correction]): Public corrections, oldest first.
            editorial_status (EditorialStatusEnum): * `draft` - Draft
                * `in_review` - In review
                * `published` - Published
            published_at (datetime.datetime | None): When the record was last published.
            created (datetime.datetime): When the record was created.
            updated (datetime.datetime): When the record last changed.
            version (int): Incremented on every write; the basis of the strong ETag and of If-Match checks.
            claims (list[ClaimSummary] | Unset): With `embed=claims`: what experts say about it.
    """

    id: UUID
    url: str
    slug: str
    name: str
    short_name: str
    kind: ActorKindEnum
    iso3: None | str
    confidence: ConfidenceEnum
    wikidata_qid: None | str
    description: str
    active_from: datetime.date | None
    active_until: datetime.date | None
    parent: ActorSummary | None
    country: ActorSummary | None
    aliases: list[ActorAlias]
    relations: list[ActorRelation]
    sources: list[Source]
    corrections: list[Correction]
    editorial_status: EditorialStatusEnum
    published_at: datetime.datetime | None
    created: datetime.datetime
    updated: datetime.datetime
    version: int
    claims: list[ClaimSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415

        id = str(self.id)

        url = self.url

        slug = self.slug

        name = self.name

        short_name = self.short_name

        kind = self.kind.value

        iso3: None | str
        iso3 = self.iso3

        confidence = self.confidence.value

        wikidata_qid: None | str
        wikidata_qid = self.wikidata_qid

        description = self.description

        active_from: None | str
        if isinstance(self.active_from, datetime.date):
            active_from = self.active_from.isoformat()
        else:
            active_from = self.active_from

        active_until: None | str
        if isinstance(self.active_until, datetime.date):
            active_until = self.active_until.isoformat()
        else:
            active_until = self.active_until

        parent: dict[str, Any] | None
        if isinstance(self.parent, ActorSummary):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        country: dict[str, Any] | None
        if isinstance(self.country, ActorSummary):
            country = self.country.to_dict()
        else:
            country = self.country

        aliases = []
        for aliases_item_data in self.aliases:
            aliases_item = aliases_item_data.to_dict()
            aliases.append(aliases_item)

        relations = []
        for relations_item_data in self.relations:
            relations_item = relations_item_data.to_dict()
            relations.append(relations_item)

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

        claims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = []
            for claims_item_data in self.claims:
                claims_item = claims_item_data.to_dict()
                claims.append(claims_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "slug": slug,
                "name": name,
                "short_name": short_name,
                "kind": kind,
                "iso3": iso3,
                "confidence": confidence,
                "wikidata_qid": wikidata_qid,
                "description": description,
                "active_from": active_from,
                "active_until": active_until,
                "parent": parent,
                "country": country,
                "aliases": aliases,
                "relations": relations,
                "sources": sources,
                "corrections": corrections,
                "editorial_status": editorial_status,
                "published_at": published_at,
                "created": created,
                "updated": updated,
                "version": version,
            }
        )
        if claims is not UNSET:
            field_dict["claims"] = claims

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_alias import ActorAlias  # noqa: PLC0415
        from ..models.actor_relation import ActorRelation  # noqa: PLC0415
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.claim_summary import ClaimSummary  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        slug = d.pop("slug")

        name = d.pop("name")

        short_name = d.pop("short_name")

        kind = ActorKindEnum(d.pop("kind"))

        def _parse_iso3(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        iso3 = _parse_iso3(d.pop("iso3"))

        confidence = ConfidenceEnum(d.pop("confidence"))

        def _parse_wikidata_qid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        wikidata_qid = _parse_wikidata_qid(d.pop("wikidata_qid"))

        description = d.pop("description")

        def _parse_active_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_from_type_0 = datetime.date.fromisoformat(data)

                return active_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        active_from = _parse_active_from(d.pop("active_from"))

        def _parse_active_until(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                active_until_type_0 = datetime.date.fromisoformat(data)

                return active_until_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        active_until = _parse_active_until(d.pop("active_until"))

        def _parse_parent(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_1 = ActorSummary.from_dict(data)

                return parent_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        parent = _parse_parent(d.pop("parent"))

        def _parse_country(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                country_type_1 = ActorSummary.from_dict(data)

                return country_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        country = _parse_country(d.pop("country"))

        aliases = []
        _aliases = d.pop("aliases")
        for aliases_item_data in _aliases:
            aliases_item = ActorAlias.from_dict(aliases_item_data)

            aliases.append(aliases_item)

        relations = []
        _relations = d.pop("relations")
        for relations_item_data in _relations:
            relations_item = ActorRelation.from_dict(relations_item_data)

            relations.append(relations_item)

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

        _claims = d.pop("claims", UNSET)
        claims: list[ClaimSummary] | Unset = UNSET
        if _claims is not UNSET:
            claims = []
            for claims_item_data in _claims:
                claims_item = ClaimSummary.from_dict(claims_item_data)

                claims.append(claims_item)

        actor = cls(
            id=id,
            url=url,
            slug=slug,
            name=name,
            short_name=short_name,
            kind=kind,
            iso3=iso3,
            confidence=confidence,
            wikidata_qid=wikidata_qid,
            description=description,
            active_from=active_from,
            active_until=active_until,
            parent=parent,
            country=country,
            aliases=aliases,
            relations=relations,
            sources=sources,
            corrections=corrections,
            editorial_status=editorial_status,
            published_at=published_at,
            created=created,
            updated=updated,
            version=version,
            claims=claims,
        )

        actor.additional_properties = d
        return actor

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
