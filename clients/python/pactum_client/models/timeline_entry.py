from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.timeline_entry_kind_enum import TimelineEntryKindEnum
from ..models.timeline_entry_type_enum import TimelineEntryTypeEnum

T = TypeVar("T", bound="TimelineEntry")


@_attrs_define
class TimelineEntry:
    """
    Attributes:
        date (datetime.date): When it happened (an event's first day).
        end_date (datetime.date | None): An event's last day, when it spans several.
        kind (TimelineEntryKindEnum): * `event` - event
            * `signed` - signed
            * `in_force` - in_force
            * `ended` - ended
            * `published` - published
        title (str): What happened, in words.
        type_ (TimelineEntryTypeEnum): * `event` - event
            * `treaty` - treaty
            * `publication` - publication
        key (str): The record's slug.
        url (str): The record's detail endpoint.
    """

    date: datetime.date
    end_date: datetime.date | None
    kind: TimelineEntryKindEnum
    title: str
    type_: TimelineEntryTypeEnum
    key: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        end_date: None | str
        if isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        kind = self.kind.value

        title = self.title

        type_ = self.type_.value

        key = self.key

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "end_date": end_date,
                "kind": kind,
                "title": title,
                "type": type_,
                "key": key,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        def _parse_end_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_date_type_0 = datetime.date.fromisoformat(data)

                return end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        end_date = _parse_end_date(d.pop("end_date"))

        kind = TimelineEntryKindEnum(d.pop("kind"))

        title = d.pop("title")

        type_ = TimelineEntryTypeEnum(d.pop("type"))

        key = d.pop("key")

        url = d.pop("url")

        timeline_entry = cls(
            date=date,
            end_date=end_date,
            kind=kind,
            title=title,
            type_=type_,
            key=key,
            url=url,
        )

        timeline_entry.additional_properties = d
        return timeline_entry

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
