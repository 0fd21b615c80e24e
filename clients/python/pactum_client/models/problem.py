from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.problem_errors import ProblemErrors
    from ..models.problem_suggestions import ProblemSuggestions


T = TypeVar("T", bound="Problem")


@_attrs_define
class Problem:
    """RFC 9457 problem details.

    Attributes:
        type_ (str): URI identifying the problem type; `about:blank` for plain HTTP errors.
        title (str): Short summary of the problem type (the HTTP reason phrase).
        status (int): HTTP status code.
        detail (str): What went wrong with this request.
        instance (str | Unset): The request path and query string.
        errors (ProblemErrors | Unset): Per-parameter messages (invalid-parameter problems).
        unknown (list[str] | Unset): Unknown query parameters (unknown-parameter).
        allowed (list[str] | Unset): Parameters this endpoint accepts.
        suggestions (ProblemSuggestions | Unset): "Did you mean": unknown name -> closest allowed one.
    """

    type_: str
    title: str
    status: int
    detail: str
    instance: str | Unset = UNSET
    errors: ProblemErrors | Unset = UNSET
    unknown: list[str] | Unset = UNSET
    allowed: list[str] | Unset = UNSET
    suggestions: ProblemSuggestions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        status = self.status

        detail = self.detail

        instance = self.instance

        errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = self.errors.to_dict()

        unknown: list[str] | Unset = UNSET
        if not isinstance(self.unknown, Unset):
            unknown = self.unknown

        allowed: list[str] | Unset = UNSET
        if not isinstance(self.allowed, Unset):
            allowed = self.allowed

        suggestions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.suggestions, Unset):
            suggestions = self.suggestions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "status": status,
                "detail": detail,
            }
        )
        if instance is not UNSET:
            field_dict["instance"] = instance
        if errors is not UNSET:
            field_dict["errors"] = errors
        if unknown is not UNSET:
            field_dict["unknown"] = unknown
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if suggestions is not UNSET:
            field_dict["suggestions"] = suggestions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.problem_errors import ProblemErrors  # noqa: PLC0415
        from ..models.problem_suggestions import ProblemSuggestions  # noqa: PLC0415

        d = dict(src_dict)
        type_ = d.pop("type")

        title = d.pop("title")

        status = d.pop("status")

        detail = d.pop("detail")

        instance = d.pop("instance", UNSET)

        _errors = d.pop("errors", UNSET)
        errors: ProblemErrors | Unset
        if isinstance(_errors, Unset):
            errors = UNSET
        else:
            errors = ProblemErrors.from_dict(_errors)

        unknown = cast(list[str], d.pop("unknown", UNSET))

        allowed = cast(list[str], d.pop("allowed", UNSET))

        _suggestions = d.pop("suggestions", UNSET)
        suggestions: ProblemSuggestions | Unset
        if isinstance(_suggestions, Unset):
            suggestions = UNSET
        else:
            suggestions = ProblemSuggestions.from_dict(_suggestions)

        problem = cls(
            type_=type_,
            title=title,
            status=status,
            detail=detail,
            instance=instance,
            errors=errors,
            unknown=unknown,
            allowed=allowed,
            suggestions=suggestions,
        )

        problem.additional_properties = d
        return problem

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
