from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PaginatedArticleListListGroupsItem")


@_attrs_define
class PaginatedArticleListListGroupsItem:
    """
    Attributes:
        key (list[None | str]): One key per grouped field: a slug, code, `treaty-slug:number` or enum value.
        key_display_name (list[None | str]):
        count (int): Records of the filtered collection in this group.
    """

    key: list[None | str]
    key_display_name: list[None | str]
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = []
        for key_item_data in self.key:
            key_item: None | str
            key_item = key_item_data
            key.append(key_item)

        key_display_name = []
        for key_display_name_item_data in self.key_display_name:
            key_display_name_item: None | str
            key_display_name_item = key_display_name_item_data
            key_display_name.append(key_display_name_item)

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "key_display_name": key_display_name,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = []
        _key = d.pop("key")
        for key_item_data in _key:

            def _parse_key_item(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            key_item = _parse_key_item(key_item_data)

            key.append(key_item)

        key_display_name = []
        _key_display_name = d.pop("key_display_name")
        for key_display_name_item_data in _key_display_name:

            def _parse_key_display_name_item(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            key_display_name_item = _parse_key_display_name_item(key_display_name_item_data)

            key_display_name.append(key_display_name_item)

        count = d.pop("count")

        paginated_article_list_list_groups_item = cls(
            key=key,
            key_display_name=key_display_name,
            count=count,
        )

        paginated_article_list_list_groups_item.additional_properties = d
        return paginated_article_list_list_groups_item

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
