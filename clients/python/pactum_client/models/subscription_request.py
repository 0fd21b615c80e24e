from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SubscriptionRequest")


@_attrs_define
class SubscriptionRequest:
    """
    Attributes:
        url (str): Where deliveries are POSTed (public addresses only).
        resource (str | Unset): Only changes of this kind of record.
        treaty (str | Unset): Only changes about this treaty (slug).
        article (str | Unset): About this article (treaty-slug:number).
        actor (str | Unset): Only changes about this actor (slug).
    """

    url: str
    resource: str | Unset = UNSET
    treaty: str | Unset = UNSET
    article: str | Unset = UNSET
    actor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        resource = self.resource

        treaty = self.treaty

        article = self.article

        actor = self.actor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if resource is not UNSET:
            field_dict["resource"] = resource
        if treaty is not UNSET:
            field_dict["treaty"] = treaty
        if article is not UNSET:
            field_dict["article"] = article
        if actor is not UNSET:
            field_dict["actor"] = actor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        resource = d.pop("resource", UNSET)

        treaty = d.pop("treaty", UNSET)

        article = d.pop("article", UNSET)

        actor = d.pop("actor", UNSET)

        subscription_request = cls(
            url=url,
            resource=resource,
            treaty=treaty,
            article=article,
            actor=actor,
        )

        subscription_request.additional_properties = d
        return subscription_request

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
