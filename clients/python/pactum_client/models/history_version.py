from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.history_version_type_enum import HistoryVersionTypeEnum

if TYPE_CHECKING:
    from ..models.history_change import HistoryChange


T = TypeVar("T", bound="HistoryVersion")


@_attrs_define
class HistoryVersion:
    """One version of a record (documentation of the history endpoint's items).

    Attributes:
        version (int):
        type_ (HistoryVersionTypeEnum): * `created` - created
            * `changed` - changed
            * `deleted` - deleted
        at (datetime.datetime):
        user (None | str):
        channel (str): admin, api, command or seed.
        reason (str):
        request_id (str):
        changes (list[HistoryChange]):
    """

    version: int
    type_: HistoryVersionTypeEnum
    at: datetime.datetime
    user: None | str
    channel: str
    reason: str
    request_id: str
    changes: list[HistoryChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        type_ = self.type_.value

        at = self.at.isoformat()

        user: None | str
        user = self.user

        channel = self.channel

        reason = self.reason

        request_id = self.request_id

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "type": type_,
                "at": at,
                "user": user,
                "channel": channel,
                "reason": reason,
                "request_id": request_id,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.history_change import HistoryChange  # noqa: PLC0415

        d = dict(src_dict)
        version = d.pop("version")

        type_ = HistoryVersionTypeEnum(d.pop("type"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        def _parse_user(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        user = _parse_user(d.pop("user"))

        channel = d.pop("channel")

        reason = d.pop("reason")

        request_id = d.pop("request_id")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = HistoryChange.from_dict(changes_item_data)

            changes.append(changes_item)

        history_version = cls(
            version=version,
            type_=type_,
            at=at,
            user=user,
            channel=channel,
            reason=reason,
            request_id=request_id,
            changes=changes,
        )

        history_version.additional_properties = d
        return history_version

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
