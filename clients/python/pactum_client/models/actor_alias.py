from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alias_kind_enum import AliasKindEnum

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
    """

    name: str
    kind: AliasKindEnum
    case_sensitive: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind.value

        case_sensitive = self.case_sensitive

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "kind": kind,
                "case_sensitive": case_sensitive,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        kind = AliasKindEnum(d.pop("kind"))

        case_sensitive = d.pop("case_sensitive")

        actor_alias = cls(
            name=name,
            kind=kind,
            case_sensitive=case_sensitive,
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
