"""Summary rows straight from `values_list()`: a serializer compiled once into columns and a
row builder, so an export renders a million rows without a model instance or a serializer
call per row (docs/performance.md section 5).

`compile_rows(serializer, model, request)` reads the (already `?fields=`-shaped) summary
serializer: plain fields become columns (one join per nested forward relation), URL fields
become a template filled with the row's key, nested single-record serializers become nested
dicts (None when their foreign key is null). The output is the serializer's own output,
byte for byte through orjson; the tests compare them. A serializer with something that
cannot come from a column (a list of nested records, a method field, a property) raises
`NotCompilable` and the caller renders through the serializer instead.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import quote

from django.db import connections, models
from django.db.models import QuerySet
from psycopg.types.string import TextLoader
from rest_framework import fields as drf
from rest_framework import serializers

from api.serializers import PATH_SAFE, AbsoluteURLField, canonical_url_template

# Serializer field → model fields whose database value the serializer returns unchanged
# (after orjson: UUIDs and dates encode exactly as DRF renders them).
_IDENTITY = {
    drf.CharField: (models.CharField, models.TextField),
    drf.SlugField: (models.CharField,),
    drf.ChoiceField: (models.CharField,),
    drf.IntegerField: (models.IntegerField, models.PositiveIntegerField, models.PositiveSmallIntegerField),
    drf.FloatField: (models.FloatField,),
    drf.BooleanField: (models.BooleanField,),
    drf.UUIDField: (models.UUIDField,),
    drf.DateField: (models.DateField,),
}


class NotCompilable(Exception):
    """The serializer renders something that is not a column of the row."""


@dataclass
class RowPlan:
    columns: list[str]
    build: Callable[[tuple], dict]

    def rows(self, queryset: QuerySet, *, chunk_size: int) -> Iterator[dict]:
        """Rows in `chunk_size` FETCHes from a server-side cursor. Call it inside a
        transaction: on PostgreSQL the cursor is then not WITH HOLD and streams."""
        build = self.build
        values = queryset.values_list(*self.columns)
        if values.query.is_empty():  # `.none()`, e.g. a q without a searchable word: no SQL at all
            return
        connection = connections[queryset.db]
        compiler = values.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        converters = compiler.get_converters([column for column, _, _ in compiler.select])
        if connection.vendor != "postgresql" or converters or not connection.in_atomic_block:
            for row in values.iterator(chunk_size=chunk_size):
                yield build(row)
            return
        with connection.cursor() as plain:
            # A JIT compile costs a fifth of a second before the first row, for a plan
            # that streams by index and gains nothing from it.
            plain.execute("SET LOCAL jit = off")
        with connection.chunked_cursor() as cursor:
            # UUIDs as their text: the JSON wants text, and parsing a million UUID objects
            # only to print them again was a fifth of the export's Python time.
            cursor.cursor.adapters.register_loader("uuid", TextLoader)
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(chunk_size):
                for row in chunk:
                    yield build(row)


def _model_field(model, name: str):
    try:
        return model._meta.get_field(name)
    except Exception as exc:  # FieldDoesNotExist, or a property/annotation name
        raise NotCompilable(f"{model.__name__}.{name} is not a model field") from exc


def _identity(field, model_field) -> bool:
    kinds = _IDENTITY.get(type(field))
    if kinds is None or type(model_field) in (models.DateTimeField,):
        return False
    return isinstance(model_field, kinds)


def compile_rows(serializer, model, request) -> RowPlan:
    """Compile once per export: the row builder is one generated expression (a dict display
    over the tuple), the cheapest Python can build a nested dict in."""
    compiler = _Compiler(request)
    expression = compiler.serializer(serializer, model, "")
    build = eval(f"lambda v: {expression}", compiler.namespace)  # noqa: S307 - our own expression
    return RowPlan(columns=compiler.columns, build=build)


def _quoter() -> Callable[[object], str]:
    """Percent-encode a key for a URL path, remembering recent ones (slugs repeat a lot)."""
    cache: dict = {}

    def quoted(value) -> str:
        text = cache.get(value)
        if text is None:
            if len(cache) > 100_000:
                cache.clear()
            text = cache[value] = quote(str(value), safe=PATH_SAFE)
        return text

    return quoted


class _Compiler:
    def __init__(self, request):
        self.request = request
        self.columns: list[str] = []
        self.namespace: dict = {"__builtins__": {"str": str}, "q": _quoter()}

    def column(self, path: str) -> str:
        if path not in self.columns:
            self.columns.append(path)
        return f"v[{self.columns.index(path)}]"

    def name(self, value) -> str:
        key = f"n{len(self.namespace)}"
        self.namespace[key] = value
        return key

    def serializer(self, serializer, model, prefix: str) -> str:
        items = [f"{key!r}: {self.field(field, model, prefix)}" for key, field in serializer.fields.items()]
        return "{" + ", ".join(items) + "}"

    def field(self, field, model, prefix: str) -> str:
        if isinstance(field, serializers.ListSerializer | serializers.ManyRelatedField | drf.SerializerMethodField):
            raise NotCompilable(f"{field.field_name} renders a list or a computed value")
        if isinstance(field, AbsoluteURLField):
            return self.url(field, model, prefix)
        if field.source == "*" or len(field.source_attrs) != 1:
            raise NotCompilable(f"{field.field_name} has a dotted or whole-object source")
        model_field = _model_field(model, field.source_attrs[0])
        path = prefix + field.source_attrs[0]
        if isinstance(field, serializers.BaseSerializer):
            if not (model_field.many_to_one or model_field.one_to_one) or not model_field.concrete:
                raise NotCompilable(f"{field.field_name} is not a forward relation")
            nested = self.serializer(field, model_field.related_model, path + "__")
            return f"(None if {self.column(path)} is None else {nested})" if model_field.null else nested
        if model_field.is_relation:
            raise NotCompilable(f"{field.field_name} renders a relation as a scalar")
        value = self.column(path)
        if _identity(field, model_field):
            return value
        return f"(None if {value} is None else {self.name(field.to_representation)}({value}))"

    def url(self, field, model, prefix: str) -> str:
        model_field = _model_field(model, field.lookup_field)
        value = self.column(prefix + field.lookup_field)
        head, _, tail = canonical_url_template(field, self.request).partition(AbsoluteURLField.SENTINEL)
        head, tail = self.name(head), self.name(tail)
        if isinstance(model_field, models.UUIDField):  # a UUID's text needs no escaping
            text = f"{head} + str({value}) + {tail}"
        else:
            text = f"{head} + q({value}) + {tail}"
        if model_field.primary_key:
            return text
        return f'(None if {value} is None or {value} == "" else {text})'
