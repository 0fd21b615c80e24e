from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.change_kind_enum import ChangeKindEnum

if TYPE_CHECKING:
    from ..models.change_record import ChangeRecord
    from ..models.correction import Correction


T = TypeVar("T", bound="ChangeEvent")


@_attrs_define
class ChangeEvent:
    """
    Attributes:
        cursor (str): Resume after this event with ?since=<cursor>.
        kind (ChangeKindEnum): * `created` - Created (published on creation)
            * `updated` - Updated (a minor fix, or a change to what is attached to it)
            * `published` - Published
            * `unpublished` - Unpublished (tombstone)
            * `deleted` - Deleted (tombstone)
            * `corrected` - Corrected (see the correction)
        occurred_at (datetime.datetime): When.
        tombstone (bool): True for unpublished and deleted: drop the record.
        record (ChangeRecord):
        correction (Correction | None): The public correction, for `corrected`.
    """

    cursor: str
    kind: ChangeKindEnum
    occurred_at: datetime.datetime
    tombstone: bool
    record: ChangeRecord
    correction: Correction | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.correction import Correction  # noqa: PLC0415

        cursor = self.cursor

        kind = self.kind.value

        occurred_at = self.occurred_at.isoformat()

        tombstone = self.tombstone

        record = self.record.to_dict()

        correction: dict[str, Any] | None
        if isinstance(self.correction, Correction):
            correction = self.correction.to_dict()
        else:
            correction = self.correction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "kind": kind,
                "occurred_at": occurred_at,
                "tombstone": tombstone,
                "record": record,
                "correction": correction,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_record import ChangeRecord  # noqa: PLC0415
        from ..models.correction import Correction  # noqa: PLC0415

        d = dict(src_dict)
        cursor = d.pop("cursor")

        kind = ChangeKindEnum(d.pop("kind"))

        occurred_at = datetime.datetime.fromisoformat(d.pop("occurred_at"))

        tombstone = d.pop("tombstone")

        record = ChangeRecord.from_dict(d.pop("record"))

        def _parse_correction(data: object) -> Correction | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                correction_type_1 = Correction.from_dict(data)

                return correction_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Correction | None, data)

        correction = _parse_correction(d.pop("correction"))

        change_event = cls(
            cursor=cursor,
            kind=kind,
            occurred_at=occurred_at,
            tombstone=tombstone,
            record=record,
            correction=correction,
        )

        change_event.additional_properties = d
        return change_event

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
