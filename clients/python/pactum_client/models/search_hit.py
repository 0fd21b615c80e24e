from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.search_hit_type_enum import SearchHitTypeEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.article_summary import ArticleSummary
    from ..models.expert_summary import ExpertSummary
    from ..models.takeaway_summary import TakeawaySummary
    from ..models.treaty_summary import TreatySummary


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
        record (ActorSummary | ArticleSummary | ExpertSummary | TakeawaySummary | TreatySummary):
    """

    type_: SearchHitTypeEnum
    id: UUID
    slug: None | str
    title: str
    url: None | str
    snippet: str
    rank: float
    record: ActorSummary | ArticleSummary | ExpertSummary | TakeawaySummary | TreatySummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.expert_summary import ExpertSummary  # noqa: PLC0415
        from ..models.takeaway_summary import TakeawaySummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        type_ = self.type_.value

        id = str(self.id)

        slug: None | str
        slug = self.slug

        title = self.title

        url: None | str
        url = self.url

        snippet = self.snippet

        rank = self.rank

        record: dict[str, Any]
        if isinstance(self.record, TreatySummary):
            record = self.record.to_dict()
        elif isinstance(self.record, ArticleSummary):
            record = self.record.to_dict()
        elif isinstance(self.record, TakeawaySummary):
            record = self.record.to_dict()
        elif isinstance(self.record, ExpertSummary):
            record = self.record.to_dict()
        else:
            record = self.record.to_dict()

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
                "record": record,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.expert_summary import ExpertSummary  # noqa: PLC0415
        from ..models.takeaway_summary import TakeawaySummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

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

        def _parse_record(
            data: object,
        ) -> ActorSummary | ArticleSummary | ExpertSummary | TakeawaySummary | TreatySummary:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_hit_record_type_0 = TreatySummary.from_dict(data)

                return componentsschemas_search_hit_record_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_hit_record_type_1 = ArticleSummary.from_dict(data)

                return componentsschemas_search_hit_record_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_hit_record_type_2 = TakeawaySummary.from_dict(data)

                return componentsschemas_search_hit_record_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_search_hit_record_type_3 = ExpertSummary.from_dict(data)

                return componentsschemas_search_hit_record_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_search_hit_record_type_4 = ActorSummary.from_dict(data)

            return componentsschemas_search_hit_record_type_4

        record = _parse_record(d.pop("record"))

        search_hit = cls(
            type_=type_,
            id=id,
            slug=slug,
            title=title,
            url=url,
            snippet=snippet,
            rank=rank,
            record=record,
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
