from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_hit_type_enum import SearchHitTypeEnum

T = TypeVar("T", bound="SearchHit")


@_attrs_define
class SearchHit:
    """One hit. Reads only the SearchHit and its already-fetched object (no queries).

    Attributes:
        type_ (SearchHitTypeEnum): * `treaty` - treaty
            * `article` - article
            * `takeaway` - takeaway
            * `expert` - expert
            * `actor` - actor
        id (UUID): UUID of the record.
        slug (None | str): Slug of the record, where it has one.
        title (str): Display title: title, heading or name.
        url (None | str): Absolute URL of the record's detail endpoint.
        snippet (str): HTML-escaped excerpt; matched words are wrapped in <mark>.
        rank (float): Relevance, higher is better; comparable within one response.
    """

    type_: SearchHitTypeEnum
    id: UUID
    slug: None | str
    title: str
    url: None | str
    snippet: str
    rank: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        id = str(self.id)

        slug: None | str
        slug = self.slug

        title = self.title

        url: None | str
        url = self.url

        snippet = self.snippet

        rank = self.rank

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "slug": slug,
                "title": title,
                "url": url,
                "snippet": snippet,
                "rank": rank,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SearchHitTypeEnum(d.pop("type"))

        id = UUID(d.pop("id"))

        def _parse_slug(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        slug = _parse_slug(d.pop("slug"))

        title = d.pop("title")

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        snippet = d.pop("snippet")

        rank = d.pop("rank")

        search_hit = cls(
            type_=type_,
            id=id,
            slug=slug,
            title=title,
            url=url,
            snippet=snippet,
            rank=rank,
        )

        search_hit.additional_properties = d
        return search_hit

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
