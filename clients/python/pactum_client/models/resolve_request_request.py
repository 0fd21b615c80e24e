from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resolve_context_request import ResolveContextRequest


T = TypeVar("T", bound="ResolveRequestRequest")


@_attrs_define
class ResolveRequestRequest:
    """Serializer mixin: a JSON body must carry the JSON types the OpenAPI schema states.

    DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
    schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
    (QueryDicts, all strings) keep DRF's coercion.

        Attributes:
            text (str): The text to resolve, at most 100,000 characters.
            context (ResolveContextRequest | Unset): Serializer mixin: a JSON body must carry the JSON types the OpenAPI
                schema states.

                DRF coerces by default (5 is accepted as the string "5", "true" and 1 as true); the
                schema promises clients, and the fuzzer checks, that a wrong type is a 400. Form bodies
                (QueryDicts, all strings) keep DRF's coercion.
    """

    text: str
    context: ResolveContextRequest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
            }
        )
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resolve_context_request import ResolveContextRequest  # noqa: PLC0415

        d = dict(src_dict)
        text = d.pop("text")

        _context = d.pop("context", UNSET)
        context: ResolveContextRequest | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ResolveContextRequest.from_dict(_context)

        resolve_request_request = cls(
            text=text,
            context=context,
        )

        resolve_request_request.additional_properties = d
        return resolve_request_request

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
