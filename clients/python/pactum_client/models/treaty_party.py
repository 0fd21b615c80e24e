from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.confidence_enum import ConfidenceEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.source import Source


T = TypeVar("T", bound="TreatyParty")


@_attrs_define
class TreatyParty:
    """
    Attributes:
        actor (ActorSummary):
        signed_on (datetime.date | None): When this party signed.
        ratified_on (datetime.date | None): When this party ratified.
        signatory (ActorSummary | None):
        signatory_title (str): The signatory's title as given at signature.
        confidence (ConfidenceEnum): * `confirmed` - Confirmed
            * `probable` - Probable
            * `unverified` - Unverified
        sources (list[Source]):
    """

    actor: ActorSummary
    signed_on: datetime.date | None
    ratified_on: datetime.date | None
    signatory: ActorSummary | None
    signatory_title: str
    confidence: ConfidenceEnum
    sources: list[Source]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415

        actor = self.actor.to_dict()

        signed_on: None | str
        if isinstance(self.signed_on, datetime.date):
            signed_on = self.signed_on.isoformat()
        else:
            signed_on = self.signed_on

        ratified_on: None | str
        if isinstance(self.ratified_on, datetime.date):
            ratified_on = self.ratified_on.isoformat()
        else:
            ratified_on = self.ratified_on

        signatory: dict[str, Any] | None
        if isinstance(self.signatory, ActorSummary):
            signatory = self.signatory.to_dict()
        else:
            signatory = self.signatory

        signatory_title = self.signatory_title

        confidence = self.confidence.value

        sources = []
        for sources_item_data in self.sources:
            sources_item = sources_item_data.to_dict()
            sources.append(sources_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "actor": actor,
                "signed_on": signed_on,
                "ratified_on": ratified_on,
                "signatory": signatory,
                "signatory_title": signatory_title,
                "confidence": confidence,
                "sources": sources,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.source import Source  # noqa: PLC0415

        d = dict(src_dict)
        actor = ActorSummary.from_dict(d.pop("actor"))

        def _parse_signed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                signed_on_type_0 = datetime.date.fromisoformat(data)

                return signed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        signed_on = _parse_signed_on(d.pop("signed_on"))

        def _parse_ratified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ratified_on_type_0 = datetime.date.fromisoformat(data)

                return ratified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        ratified_on = _parse_ratified_on(d.pop("ratified_on"))

        def _parse_signatory(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                signatory_type_1 = ActorSummary.from_dict(data)

                return signatory_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        signatory = _parse_signatory(d.pop("signatory"))

        signatory_title = d.pop("signatory_title")

        confidence = ConfidenceEnum(d.pop("confidence"))

        sources = []
        _sources = d.pop("sources")
        for sources_item_data in _sources:
            sources_item = Source.from_dict(sources_item_data)

            sources.append(sources_item)

        treaty_party = cls(
            actor=actor,
            signed_on=signed_on,
            ratified_on=ratified_on,
            signatory=signatory,
            signatory_title=signatory_title,
            confidence=confidence,
            sources=sources,
        )

        treaty_party.additional_properties = d
        return treaty_party

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
