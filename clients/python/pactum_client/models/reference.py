from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reference_kind_enum import ReferenceKindEnum

if TYPE_CHECKING:
    from ..models.actor_summary import ActorSummary
    from ..models.article_summary import ArticleSummary
    from ..models.treaty_summary import TreatySummary


T = TypeVar("T", bound="Reference")


@_attrs_define
class Reference:
    """One reference found in the text, with the resolved record's summary.

    `external` references name an instrument or place outside the catalogue ("NATO's Article 5",
    "the Washington Summit Declaration"): understood, deliberately not linked, so every record
    field is null. `ambiguous` ones fit several treaties, listed in `candidates`.

        Attributes:
            kind (ReferenceKindEnum): * `article` - article
                * `treaty` - treaty
                * `actor` - actor
                * `external` - external
                * `ambiguous` - ambiguous
            start (int): Offset of the first character in the text, in Unicode code points.
            end (int): Offset just past the last character (code points).
            text (str): The matched text: text[start:end].
            confidence (float): Resolver confidence from 0 to 1.
            suggestion (bool): A link below the confidence threshold: a suggestion for an editor, not a fact.
            rule (str): Which resolver rule found it (for reviewers).
            treaty (None | TreatySummary): The treaty (also for articles).
            article (ArticleSummary | None):
            actor (ActorSummary | None):
            candidates (list[TreatySummary]): For ambiguous references: the treaties that fit; empty otherwise.
    """

    kind: ReferenceKindEnum
    start: int
    end: int
    text: str
    confidence: float
    suggestion: bool
    rule: str
    treaty: None | TreatySummary
    article: ArticleSummary | None
    actor: ActorSummary | None
    candidates: list[TreatySummary]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        kind = self.kind.value

        start = self.start

        end = self.end

        text = self.text

        confidence = self.confidence

        suggestion = self.suggestion

        rule = self.rule

        treaty: dict[str, Any] | None
        if isinstance(self.treaty, TreatySummary):
            treaty = self.treaty.to_dict()
        else:
            treaty = self.treaty

        article: dict[str, Any] | None
        if isinstance(self.article, ArticleSummary):
            article = self.article.to_dict()
        else:
            article = self.article

        actor: dict[str, Any] | None
        if isinstance(self.actor, ActorSummary):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        candidates = []
        for candidates_item_data in self.candidates:
            candidates_item = candidates_item_data.to_dict()
            candidates.append(candidates_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "start": start,
                "end": end,
                "text": text,
                "confidence": confidence,
                "suggestion": suggestion,
                "rule": rule,
                "treaty": treaty,
                "article": article,
                "actor": actor,
                "candidates": candidates,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.actor_summary import ActorSummary  # noqa: PLC0415
        from ..models.article_summary import ArticleSummary  # noqa: PLC0415
        from ..models.treaty_summary import TreatySummary  # noqa: PLC0415

        d = dict(src_dict)
        kind = ReferenceKindEnum(d.pop("kind"))

        start = d.pop("start")

        end = d.pop("end")

        text = d.pop("text")

        confidence = d.pop("confidence")

        suggestion = d.pop("suggestion")

        rule = d.pop("rule")

        def _parse_treaty(data: object) -> None | TreatySummary:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                treaty_type_1 = TreatySummary.from_dict(data)

                return treaty_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TreatySummary, data)

        treaty = _parse_treaty(d.pop("treaty"))

        def _parse_article(data: object) -> ArticleSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                article_type_1 = ArticleSummary.from_dict(data)

                return article_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ArticleSummary | None, data)

        article = _parse_article(d.pop("article"))

        def _parse_actor(data: object) -> ActorSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_1 = ActorSummary.from_dict(data)

                return actor_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ActorSummary | None, data)

        actor = _parse_actor(d.pop("actor"))

        candidates = []
        _candidates = d.pop("candidates")
        for candidates_item_data in _candidates:
            candidates_item = TreatySummary.from_dict(candidates_item_data)

            candidates.append(candidates_item)

        reference = cls(
            kind=kind,
            start=start,
            end=end,
            text=text,
            confidence=confidence,
            suggestion=suggestion,
            rule=rule,
            treaty=treaty,
            article=article,
            actor=actor,
            candidates=candidates,
        )

        reference.additional_properties = d
        return reference

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
