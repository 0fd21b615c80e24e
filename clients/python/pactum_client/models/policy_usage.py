from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PolicyUsage")


@_attrs_define
class PolicyUsage:
    """
    Attributes:
        policy (str): Policy name, as in the RateLimit-Policy and RateLimit headers.
        applies_to (str): Which requests count against it.
        limit (int): Requests allowed per window (the header's `q`).
        window (int): Window length in seconds (`w`).
        used (int): Requests counted in the current window, this one included.
        remaining (int): Requests left in the current window (`r`).
        reset (int): Seconds until the window restarts (`t`).
    """

    policy: str
    applies_to: str
    limit: int
    window: int
    used: int
    remaining: int
    reset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policy = self.policy

        applies_to = self.applies_to

        limit = self.limit

        window = self.window

        used = self.used

        remaining = self.remaining

        reset = self.reset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policy": policy,
                "applies_to": applies_to,
                "limit": limit,
                "window": window,
                "used": used,
                "remaining": remaining,
                "reset": reset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        policy = d.pop("policy")

        applies_to = d.pop("applies_to")

        limit = d.pop("limit")

        window = d.pop("window")

        used = d.pop("used")

        remaining = d.pop("remaining")

        reset = d.pop("reset")

        policy_usage = cls(
            policy=policy,
            applies_to=applies_to,
            limit=limit,
            window=window,
            used=used,
            remaining=remaining,
            reset=reset,
        )

        policy_usage.additional_properties = d
        return policy_usage

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
