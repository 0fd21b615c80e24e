from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keyed_by_enum import KeyedByEnum

if TYPE_CHECKING:
    from ..models.policy_usage import PolicyUsage


T = TypeVar("T", bound="Usage")


@_attrs_define
class Usage:
    """
    Attributes:
        keyed_by (KeyedByEnum): * `token` - token
            * `address` - address
        token_name (None | str): The token's name; null for anonymous clients.
        address (None | str): The client address counted (after trusted proxies); null with a token.
        policies (list[PolicyUsage]): Every policy that applies to this client.
    """

    keyed_by: KeyedByEnum
    token_name: None | str
    address: None | str
    policies: list[PolicyUsage]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyed_by = self.keyed_by.value

        token_name: None | str
        token_name = self.token_name

        address: None | str
        address = self.address

        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyed_by": keyed_by,
                "token_name": token_name,
                "address": address,
                "policies": policies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.policy_usage import PolicyUsage  # noqa: PLC0415

        d = dict(src_dict)
        keyed_by = KeyedByEnum(d.pop("keyed_by"))

        def _parse_token_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        token_name = _parse_token_name(d.pop("token_name"))

        def _parse_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        address = _parse_address(d.pop("address"))

        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = PolicyUsage.from_dict(policies_item_data)

            policies.append(policies_item)

        usage = cls(
            keyed_by=keyed_by,
            token_name=token_name,
            address=address,
            policies=policies,
        )

        usage.additional_properties = d
        return usage

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
