from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_link_kind_enum import ArticleLinkKindEnum

T = TypeVar("T", bound="LineageEdge")


@_attrs_define
class LineageEdge:
    """
    Attributes:
        source (UUID): Id of the linking article.
        target (UUID): Id of the linked article.
        kind (ArticleLinkKindEnum): * `echoes` - Echoes
            * `cites` - Cites
            * `supersedes` - Supersedes
        note (str): Why the link holds.
    """

    source: UUID
    target: UUID
    kind: ArticleLinkKindEnum
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = str(self.source)

        target = str(self.target)

        kind = self.kind.value

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
                "kind": kind,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = UUID(d.pop("source"))

        target = UUID(d.pop("target"))

        kind = ArticleLinkKindEnum(d.pop("kind"))

        note = d.pop("note")

        lineage_edge = cls(
            source=source,
            target=target,
            kind=kind,
            note=note,
        )

        lineage_edge.additional_properties = d
        return lineage_edge

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
