from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResolveContextRequest")


@_attrs_define
class ResolveContextRequest:
    """Serializer mixin: a JSON body must carry the JSON types the OpenAPI schema states.

    DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
    schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
    (QueryDicts, all strings) keep DRF's coercion.

        Attributes:
            treaty (str | Unset): Slug of the subject treaty: a bare 'Article N' resolves against it.
            date (datetime.date | None | Unset): When the text was written (YYYY-MM-DD).
    """

    treaty: str | Unset = UNSET
    date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        treaty: str | Unset
        if isinstance(self.treaty, Unset):
            treaty = UNSET
        else:
            treaty = self.treaty

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.date):
            date = self.date.isoformat()
        else:
            date = self.date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if treaty is not UNSET:
            field_dict["treaty"] = treaty
        if date is not UNSET:
            field_dict["date"] = date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_treaty(data: object) -> str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(str | Unset, data)

        treaty = _parse_treaty(d.pop("treaty", UNSET))

        def _parse_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.date.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        resolve_context_request = cls(
            treaty=treaty,
            date=date,
        )

        resolve_context_request.additional_properties = d
        return resolve_context_request

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
