from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alias_kind_enum import AliasKindEnum
from ..models.confidence_enum import ConfidenceEnum

if TYPE_CHECKING:
    from ..models.source import Source


T = TypeVar("T", bound="ActorAlias")


@_attrs_define
class ActorAlias:
    """
    Attributes:
        name (str): The alias as it appears in text.
        kind (AliasKindEnum): * `abbreviation` - Abbreviation
            * `common_name` - Common name
            * `former_name` - Former name
            * `metonym` - Metonym (capital, seat of government)
            * `demonym` - Demonym or adjective
            * `spelling` - Spelling or transliteration variant
        case_sensitive (bool): Match only with this exact capitalisation (so 'US' does not match 'us').
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        sources (list[Source]):
    """

    name: str
    kind: AliasKindEnum
    case_sensitive: bool
    confidence: ConfidenceEnum
    sources: list[Source]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        case_sensitive = self.case_sensitive

        confidence = self.confidence.value

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "case_sensitive": case_sensitive,
                "confidence": confidence,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        kind = AliasKindEnum(d.pop("kind"))

        case_sensitive = d.pop("case_sensitive")

        confidence = ConfidenceEnum(d.pop("confidence"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        actor_alias = cls(
            name=name,
            kind=kind,
            case_sensitive=case_sensitive,
            confidence=confidence,
            sources=sources,
        )

        actor_alias.additional_properties = d
        return actor_alias

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
