from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.article_link_kind_enum import ArticleLinkKindEnum

if TYPE_CHECKING:
    from ..models.article_summary import ArticleSummary


T = TypeVar("T", bound="ArticleLinkOut")


@_attrs_define
class ArticleLinkOut:
    """
    Attributes:
        kind (ArticleLinkKindEnum): * `echoes` - Echoes
            * `cites` - Cites
            * `supersedes` - Supersedes
        note (str): Why the link holds.
        target (ArticleSummary):
    """

    kind: ArticleLinkKindEnum
    note: str
    target: ArticleSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        note = self.note

        target = self.target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "note": note,
                "target": target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415

        d = dict(src_dict)
        kind = ArticleLinkKindEnum(d.pop("kind"))

        note = d.pop("note")

        target = ArticleSummary.from_dict(d.pop("target"))

        article_link_out = cls(
            kind=kind,
            note=note,
            target=target,
        )

        article_link_out.additional_properties = d
        return article_link_out

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
