from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autocomplete_hit_type_enum import AutocompleteHitTypeEnum
from ..models.match_enum import MatchEnum

T = TypeVar("T", bound="AutocompleteHit")


@_attrs_define
class AutocompleteHit:
    """
    Attributes:
        type_ (AutocompleteHitTypeEnum): * `actor` - actor
            * `treaty` - treaty
            * `expert` - expert
            * `event` - event
            * `publication` - publication
            * `topic` - topic
            * `provision-type` - provision-type
        id (UUID): UUID of the record.
        key (str): Slug (provision types: code), as the filters take it.
        display_name (str): Name or title.
        hint (None | str): A disambiguating detail: kind, role, date.
        url (str): The record's detail endpoint.
        match (MatchEnum): * `prefix` - prefix
            * `word` - word
            * `similar` - similar
    """

    type_: AutocompleteHitTypeEnum
    id: UUID
    key: str
    display_name: str
    hint: None | str
    url: str
    match: MatchEnum
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = str(self.id)

        key = self.key

        display_name = self.display_name

        hint: None | str
        hint = self.hint

        url = self.url

        match = self.match.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "key": key,
                "display_name": display_name,
                "hint": hint,
                "url": url,
                "match": match,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = AutocompleteHitTypeEnum(d.pop("type"))

        id = UUID(d.pop("id"))

        key = d.pop("key")

        display_name = d.pop("display_name")

        def _parse_hint(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        hint = _parse_hint(d.pop("hint"))

        url = d.pop("url")

        match = MatchEnum(d.pop("match"))

        autocomplete_hit = cls(
            type_=type_,
            id=id,
            key=key,
            display_name=display_name,
            hint=hint,
            url=url,
            match=match,
        )

        autocomplete_hit.additional_properties = d
        return autocomplete_hit

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
