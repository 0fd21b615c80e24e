from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.corrected_record import CorrectedRecord
    from ..models.correction_change import CorrectionChange


T = TypeVar("T", bound="CorrectionList")


@_attrs_define
class CorrectionList:
    """A public correction in the corrections list, with the record it corrects.

    Attributes:
        id (UUID): Stable public identifier.
        url (str):
        record (CorrectedRecord):
        made_at (datetime.datetime): When the correction was made.
        version (int): The record's version that carries the correction.
        reason (str): The editor's reason for the change.
        changes (list[CorrectionChange]):
    """

    id: UUID
    url: str
    record: CorrectedRecord
    made_at: datetime.datetime
    version: int
    reason: str
    changes: list[CorrectionChange]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        record = self.record.to_dict()

        made_at = self.made_at.isoformat()

        version = self.version

        reason = self.reason

        changes = []
        for changes_item_data in self.changes:
            changes_item = changes_item_data.to_dict()
            changes.append(changes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "record": record,
                "made_at": made_at,
                "version": version,
                "reason": reason,
                "changes": changes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.corrected_record import CorrectedRecord  # noqa: PLC0415
        from ..models.correction_change import CorrectionChange  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        url = d.pop("url")

        record = CorrectedRecord.from_dict(d.pop("record"))

        made_at = datetime.datetime.fromisoformat(d.pop("made_at"))

        version = d.pop("version")

        reason = d.pop("reason")

        changes = []
        _changes = d.pop("changes")
        for changes_item_data in _changes:
            changes_item = CorrectionChange.from_dict(changes_item_data)

            changes.append(changes_item)

        correction_list = cls(
            id=id,
            url=url,
            record=record,
            made_at=made_at,
            version=version,
            reason=reason,
            changes=changes,
        )

        correction_list.additional_properties = d
        return correction_list

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
