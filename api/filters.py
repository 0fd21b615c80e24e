"""Shared filter vocabulary for every v1 FilterSet.

Semantics, decided once: repeating a parameter ORs its values (`?party=russia&party=china`
is either), different parameters AND (`?party=russia&status=in_force` is both). `*_all`
parameters AND their repeated values; `exclude_*` parameters leave out every record that
matches any of their values (`?participant_all=vladimir-putin&participant_all=kim-jong-un
&exclude_participant=xi-jinping`). Both forms are generated from each relation filter by
`ResourceFilterSet.get_filters`, so every relation filter has them: `<name>_all` where a
record can hold several related rows (filters declared with `via`; a single foreign key
cannot equal two values) and `exclude_<name>` for all. Relations filter by slug (or code,
or UUID) and an unknown identifier is a 400, never an empty result, so typos do not pass
silently.
Relation filters are `Exists` subqueries over the reader's visible rows: no joins, no
DISTINCT, and a draft never makes a published record match.
"""

import inspect
import re
import uuid
from collections.abc import Callable

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions
from rest_framework.filters import OrderingFilter

from api.visibility import published_only_for
from search import apply_search

MAX_VALUES = 50
REPEATABLE = " Repeatable: repeated values are ORed; different parameters are ANDed."
REPEATABLE_ALL = " Repeatable: a record must match every value (AND)."
EXCLUDE = " Leaves out records matching any of these values (negation of `{name}`)."
_SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,200}$")
_ARTICLE_NUMBER = re.compile(r"^[-a-zA-Z0-9_.()]{1,16}$")

Resolver = Callable[[str], Q | None]


def by_slug(value: str) -> Q | None:
    return Q(slug=value) if _SLUG.match(value) else None


def by_code(value: str) -> Q | None:
    return Q(code=value) if _SLUG.match(value) else None


def by_slug_or_iso3(value: str) -> Q | None:
    if not _SLUG.match(value):
        return None
    query = Q(slug=value)
    return query | Q(iso3=value.upper()) if len(value) == 3 else query


def by_uuid(value: str) -> Q | None:
    try:
        return Q(id=uuid.UUID(value))
    except ValueError:
        return None


def by_article_ref(value: str) -> Q | None:
    """An article UUID, or `treaty-slug:number` (`russia-dprk-2024:4`)."""
    if ":" in value:
        slug, _, number = value.partition(":")
        if _SLUG.match(slug) and _ARTICLE_NUMBER.match(number):
            return Q(treaty__slug=slug, number=number)
        return None
    return by_uuid(value)


class RefMultipleChoiceField(forms.ModelMultipleChoiceField):
    """Resolves each value with a resolver (slug, ISO code, UUID…); unknown ones are errors."""

    def __init__(self, *args, resolve: Resolver, noun: str, **kwargs):
        self.resolve = resolve
        self.noun = noun
        super().__init__(*args, **kwargs)

    def _check_values(self, value):
        values = list(dict.fromkeys(str(v).strip() for v in value))
        if len(values) > MAX_VALUES:
            raise ValidationError("At most %(max)s values.", code="too_many", params={"max": MAX_VALUES})
        found, errors = [], []
        for raw in values:
            query = self.resolve(raw)
            match = self.queryset.filter(query).first() if query is not None else None
            if match is None:
                # User input goes in params, never into the message: messages are %-formatted.
                errors.append(
                    ValidationError(
                        'Unknown %(noun)s "%(value)s".', code="invalid_choice", params={"noun": self.noun, "value": raw}
                    )
                )
            else:
                found.append(match)
        if errors:
            raise ValidationError(errors)
        return found


@extend_schema_field(OpenApiTypes.STR)
class RefFilter(django_filters.ModelMultipleChoiceFilter):
    """A repeatable relation filter whose values are identifiers resolved by `resolve`.

    Without `via`, it matches `field_name__in` the resolved records. With
    `via=(model, outer, through)`, it keeps rows for which a *visible* `model` row has
    `outer` = the row and `through` in the values, as an `Exists` subquery.
    `all_values=True` requires one such row per value (AND); `negate=True` keeps the rows
    matching none of the values. `variants()` derives both forms from a plain filter.

    Visibility inside the `Exists` leaves out what is already known: the outer row is
    visible (every v1 list is restricted to what the reader may see) and so are the
    values (resolved among visible records), so a link model that can (`public_given`)
    checks only its own rule and the relations not named by a one-step `outer` or
    `through`. `?mentions=russia` on takeaways is then a semi-join over the mention table
    alone, not a re-join of takeaways, publications and actors per row (2.1 s → see
    docs/performance.md section 2)."""

    field_class = RefMultipleChoiceField
    to_many = False  # True in subclasses whose `matches` follows a to-many relation without `via`

    def __init__(
        self,
        *args,
        help_text: str,
        via: tuple | None = None,
        all_values: bool = False,
        negate: bool = False,
        **kwargs,
    ):
        self._spec = (args, dict(kwargs, help_text=help_text, via=via))
        suffix = REPEATABLE_ALL if all_values else REPEATABLE
        kwargs["help_text"] = help_text if negate else help_text + suffix
        self.via = via
        self.all_values = all_values
        self.negate = negate
        super().__init__(*args, **kwargs)

    def variants(self, name: str) -> dict[str, "RefFilter"]:
        """The `<name>_all` (to-many relations only) and `exclude_<name>` forms of this filter."""
        if self.all_values or self.negate:
            return {}
        args, kwargs = self._spec
        kwargs = dict(kwargs, field_name=self.field_name)
        found = {}
        kind = type(self)  # a subclass with its own `matches` keeps it in its variants
        if self.via is not None or self.to_many:
            found[f"{name}_all"] = kind(*args, **dict(kwargs, all_values=True))
        exclude_help = kwargs["help_text"] + REPEATABLE + EXCLUDE.format(name=name)
        found[f"exclude_{name}"] = kind(*args, **dict(kwargs, help_text=exclude_help, negate=True))
        return found

    def matches(self, pks: list) -> Q:
        if self.via is None:
            return Q(**{f"{self.field_name}__in": pks})
        model, outer, through = self.via
        known = frozenset(name for name in (outer, through) if "__" not in name)
        rows = self.parent.visible(model, known=known).filter(**{outer: OuterRef("pk"), f"{through}__in": pks})
        return Q(Exists(rows))

    def filter(self, qs, value):
        if not value:
            return qs
        pks = [obj.pk for obj in value]
        if self.negate:
            return qs.exclude(self.matches(pks))
        groups = [[pk] for pk in pks] if self.all_values else [pks]
        for group in groups:
            qs = qs.filter(self.matches(group))
        return qs


class ChoicesFilter(django_filters.MultipleChoiceFilter):
    """A repeatable enum filter on a model field (values ORed)."""

    def __init__(self, *args, help_text: str, **kwargs):
        kwargs["help_text"] = help_text + REPEATABLE
        super().__init__(*args, **kwargs)


def _takes_known(selector: Callable) -> bool:
    return "known" in inspect.signature(selector).parameters


def visible(model, *, published_only: bool, known: frozenset[str] = frozenset()) -> QuerySet:
    """The rows of `model` the reader may see; `model` may also be a selector function.
    `known`: relations of `model` already known visible, whose checks a link model may skip."""
    if not isinstance(model, type):
        if known and _takes_known(model):
            return model(published_only=published_only, known=known)
        return model(published_only=published_only)
    manager = model._default_manager
    if published_only and known and hasattr(manager, "public_given"):
        return manager.public_given(known)
    return manager.public() if published_only and hasattr(manager, "public") else manager.all()


def visible_for(model) -> Callable:
    """A `queryset=` callable: filter values resolve among the records the reader may see."""
    return lambda request: visible(model, published_only=published_only_for(request=request))


class ResourceFilterSet(django_filters.FilterSet):
    """Base of every v1 FilterSet: `q`, `updated_after`, `updated_before`."""

    q = django_filters.CharFilter(
        method="filter_q",
        max_length=500,
        help_text="Full-text search (stemmed; titles weigh more than bodies). Results are ranked "
        "by relevance unless `ordering` is given.",
    )
    updated_after = django_filters.DateFilter(
        field_name="updated", lookup_expr="date__gte", help_text="Changed on or after this date (YYYY-MM-DD)."
    )
    updated_before = django_filters.DateFilter(
        field_name="updated", lookup_expr="date__lte", help_text="Changed on or before this date (YYYY-MM-DD)."
    )

    @classmethod
    def get_filters(cls):
        # Every relation filter gets its AND and negated forms here, once, so no FilterSet
        # can forget them; a form declared by hand (with its own help text) wins.
        filters = super().get_filters()
        for name, filter_ in list(filters.items()):
            if isinstance(filter_, RefFilter):
                for variant_name, variant in filter_.variants(name).items():
                    filters.setdefault(variant_name, variant)
        return filters

    # Set by ResourceFilterBackend before validation: the form then holds only the filters
    # the request names (see get_form_class).
    given_only = False

    def get_form_class(self):
        """With `given_only`, a form field only for each filter the query string names. Building
        and cleaning a field per declared filter (with the `_all` and `exclude_` forms, thirty
        and more, each relation field cloning its visibility queryset) cost 10-20 ms a request
        for filters that were absent and so filter nothing. The HTML view's filter form keeps
        every field."""
        if not self.given_only:
            return super().get_form_class()
        given = [name for name in self.filters if any(key == name or key.startswith(f"{name}_") for key in self.data)]
        fields = {name: self.filters[name].field for name in given}
        return type(f"{type(self).__name__}Form", (self._meta.form,), fields)

    @property
    def published_only(self) -> bool:
        return published_only_for(request=self.request)

    def visible(self, model, *, known: frozenset[str] = frozenset()) -> QuerySet:
        return visible(model, published_only=self.published_only, known=known)

    def filter_q(self, queryset, name, value):
        return apply_search(queryset, value)


def _message(error: ValidationError) -> str:
    """A form error's text. django-filter's own translation does `message % params` even
    without params, so a `%` from user input in a message was a TypeError (a 500)."""
    if not error.params:
        return str(error.message)
    try:
        return str(error.message) % error.params
    except (TypeError, ValueError, KeyError):
        return str(error.message)


_TYPED_FILTERS = (
    django_filters.DateFilter,
    django_filters.DateTimeFilter,
    django_filters.NumberFilter,
    django_filters.BooleanFilter,
    django_filters.UUIDFilter,
    django_filters.ChoiceFilter,
    django_filters.MultipleChoiceFilter,
)
_STRING_FILTERS = (django_filters.ModelMultipleChoiceFilter, django_filters.ModelChoiceFilter)


class ResourceFilterBackend(DjangoFilterBackend):
    """DjangoFilterBackend whose invalid-value errors never format user input."""

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        filterset.given_only = True
        errors = {}
        if not filterset.is_valid():
            errors = {
                name: [_message(error) for error in errors] for name, errors in filterset.form.errors.as_data().items()
            }
        # A typed filter (a date, an enum) given empty would silently mean "no filter"; the
        # schema says it is a date or an enum value, so an empty value is a 400.
        for name, values in request.query_params.lists():
            filter_ = filterset.filters.get(name)
            if isinstance(filter_, _TYPED_FILTERS) and not isinstance(filter_, _STRING_FILTERS) and "" in values:
                errors.setdefault(name, ["This parameter may not be empty."])
        if errors:
            raise exceptions.ValidationError(errors)
        return filterset.qs


class ResourceOrderingFilter(OrderingFilter):
    """Whitelisted ordering; an unknown field is a 400, and a ranked search keeps its order."""

    def remove_invalid_fields(self, queryset, fields, view, request):
        valid = {name for name, _ in self.get_valid_fields(queryset, view, {"request": request})}
        bad = [term for term in fields if term.lstrip("-") not in valid]
        if bad:
            from rest_framework.exceptions import ValidationError as DRFValidationError

            raise DRFValidationError(
                {"ordering": [f'Unknown ordering field "{b}". Allowed: {", ".join(sorted(valid))}.' for b in bad]}
            )
        return fields

    def filter_queryset(self, request, queryset, view):
        if request.query_params.get("q") and not request.query_params.get(self.ordering_param):
            return queryset
        return super().filter_queryset(request, queryset, view)

    def get_schema_operation_parameters(self, view):
        fields = ", ".join(f"`{name}`" for name in view.ordering_fields)
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"Sort by one or more comma-separated fields; prefix `-` for descending. "
                f"Allowed: {fields}.",
                "schema": {"type": "string"},
            }
        ]
