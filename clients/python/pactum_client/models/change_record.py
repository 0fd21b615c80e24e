from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ChangeRecord")


@_attrs_define
class ChangeRecord:
    """
    Attributes:
        resource (str): The kind of record (treaty, takeaway...).
        id (UUID): The record's UUID.
        key (str): Slug, code or UUID it was addressed by then.
        label (str): Its name then.
        version (int): Its version after the change.
        url (None | str): Its API URL (a tombstone's answers 404 now).
    """

    resource: str
    id: UUID
    key: str
    label: str
    version: int
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource

        id = str(self.id)

        key = self.key

        label = self.label

        version = self.version

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "id": id,
                "key": key,
                "label": label,
                "version": version,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = d.pop("resource")

        id = UUID(d.pop("id"))

        key = d.pop("key")

        label = d.pop("label")

        version = d.pop("version")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        change_record = cls(
            resource=resource,
            id=id,
            key=key,
            label=label,
            version=version,
            url=url,
        )

        change_record.additional_properties = d
        return change_record

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
