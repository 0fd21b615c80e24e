from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Subscription")


@_attrs_define
class Subscription:
    """
    Attributes:
        id (UUID):
        url (str): Where deliveries are POSTed (public addresses only).
        active (bool):
        created (datetime.datetime):
        secret (None | str): The HMAC-SHA256 key: shown once, in the answer to POST.
        resource (str | Unset): Only changes of this kind of record.
        treaty (str | Unset): Only changes about this treaty (slug).
        article (str | Unset): About this article (treaty-slug:number).
        actor (str | Unset): Only changes about this actor (slug).
    """

    id: UUID
    url: str
    active: bool
    created: datetime.datetime
    secret: None | str
    resource: str | Unset = UNSET
    treaty: str | Unset = UNSET
    article: str | Unset = UNSET
    actor: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        url = self.url

        active = self.active

        created = self.created.isoformat()

        secret: None | str
        secret = self.secret

        resource = self.resource

        treaty = self.treaty

        article = self.article

        actor = self.actor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
                "active": active,
                "created": created,
                "secret": secret,
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
        id = UUID(d.pop("id"))

        url = d.pop("url")

        active = d.pop("active")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        def _parse_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        secret = _parse_secret(d.pop("secret"))

        resource = d.pop("resource", UNSET)

        treaty = d.pop("treaty", UNSET)

        article = d.pop("article", UNSET)

        actor = d.pop("actor", UNSET)

        subscription = cls(
            id=id,
            url=url,
            active=active,
            created=created,
            secret=secret,
            resource=resource,
            treaty=treaty,
            article=article,
            actor=actor,
        )

        subscription.additional_properties = d
        return subscription

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
