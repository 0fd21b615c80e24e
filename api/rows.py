"""Summary rows straight from `values_list()`: a serializer compiled once into columns and a
row builder, so an export renders a million rows without a model instance or a serializer
call per row (docs/performance.md section 5).

`compile_rows(serializer, queryset, request)` reads the (already `?fields=`-shaped) summary
serializer: plain fields become columns (one join per nested forward relation), URL fields
become a template filled with the row's key, nested single-record serializers become nested
dicts (None when their foreign key is null). Two kinds of per-row values that are not
columns of the row are side-loaded, one query per chunk of rows each, never one per row:

- a list of nested records (`many=True`) whose source the queryset prefetches with a
  `Prefetch(..., queryset=...)`: the same queryset (so the selector's visibility rules,
  ordering and all) filtered to the chunk's parent keys, as values, built by a compiled child;
- a `DerivedField` (api.serializers): its function is called with the declared attributes,
  columns of the row, or read by primary key from the related record when the path crosses
  a relation (a takeaway body is read once per chunk, not once per mention of it).

The output is the serializer's own output, byte for byte through orjson; the tests compare
them. Anything else (a method field, a property, a list the queryset does not prefetch)
raises `NotCompilable` and the caller renders through the serializer instead.
"""

import dataclasses
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import islice
from urllib.parse import quote

from django.db import connections, models
from django.db.models import F, Func, Prefetch, QuerySet
from psycopg.types.string import TextLoader
from rest_framework import fields as drf
from rest_framework import serializers

from api.serializers import PATH_SAFE, AbsoluteURLField, DerivedField, canonical_url_template

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
# Model fields whose database value is the instance's attribute value, whatever the cursor
# (a DerivedField's function gets the same argument on both paths; UUIDs arrive as text on
# the streaming path, so they are not among them).
_PLAIN_ARGUMENTS = (models.CharField, models.TextField, models.IntegerField, models.BooleanField, models.FloatField)


class NotCompilable(Exception):
    """The serializer renders something that is not a column of the row."""


def _fetch(values: QuerySet, *, text_uuids: bool) -> list[tuple]:
    """All rows of a (small, per-chunk) values query. With `text_uuids` (the streaming
    path), UUIDs come as text like the main rows', so keys from both match."""
    connection = connections[values.db]
    compiler = values.query.get_compiler(using=values.db)
    sql, params = compiler.as_sql()
    converters = compiler.get_converters([column for column, _, _ in compiler.select])
    if not text_uuids or converters:
        rows = list(values)
        if text_uuids:  # keys as the streaming cursor gives them
            rows = [(str(row[0]) if isinstance(row[0], uuid.UUID) else row[0], *row[1:]) for row in rows]
        return rows
    with connection.cursor() as cursor:
        cursor.cursor.adapters.register_loader("uuid", TextLoader)
        cursor.execute(sql, params)
        return cursor.fetchall()


class _AnyOf(Func):
    """`column = ANY(%s)`: a chunk's keys as one array parameter. An IN list has a
    placeholder per key, each prepared by Django and split out again by the driver: a
    sixth of a citation export's time with a thousand keys per chunk."""

    output_field = models.BooleanField()

    def __init__(self, lookup: str, keys: list):
        super().__init__(F(lookup))
        self.keys = keys

    def as_sql(self, compiler, connection, **extra):
        column, params = compiler.compile(self.source_expressions[0])
        kind = self.source_expressions[0].output_field.db_type(connection)
        return f"{column} = ANY(%s::{kind}[])", (*params, self.keys)


def _among(queryset: QuerySet, lookup: str, keys: set) -> QuerySet:
    """`queryset` filtered to `lookup` in `keys` (one array parameter on PostgreSQL)."""
    if connections[queryset.db].vendor == "postgresql":
        return queryset.filter(_AnyOf(lookup, list(keys)))
    return queryset.filter(**{f"{lookup}__in": keys})


@dataclass(eq=False)
class _RelatedColumns:
    """Attributes of the record a forward relation points at, by its primary key."""

    key: int  # index of the foreign key in the row
    model: type[models.Model]
    attributes: list[str] = dataclasses.field(default_factory=list)

    def load(self, chunk: list[tuple], *, text_uuids: bool) -> dict:
        keys = {row[self.key] for row in chunk} - {None}
        # no ordering: the model's default one joined and sorted each chunk's bodies
        values = _among(self.model._base_manager.order_by(), "pk", keys).values_list("pk", *self.attributes)
        return {row[0]: row[1:] for row in _fetch(values, text_uuids=text_uuids)}


@dataclass(eq=False)
class _PrefetchedList:
    """The records a `Prefetch` puts on each parent, rendered by a compiled child builder."""

    key: int  # index of the parent's primary key in the row
    queryset: QuerySet  # the prefetch's own queryset, already filtered to visible records
    parent_lookup: str  # from the prefetched model back to the parent
    columns: list[str]
    build: Callable[[tuple], dict]

    def load(self, chunk: list[tuple], *, text_uuids: bool) -> dict:
        keys = {row[self.key] for row in chunk} - {None}
        queryset = _among(self.queryset.prefetch_related(None), self.parent_lookup, keys)
        values = queryset.values_list(self.parent_lookup, *self.columns)
        lists: dict = {}
        build = self.build
        for row in _fetch(values, text_uuids=text_uuids):
            lists.setdefault(row[0], []).append(build(row[1:]))
        return lists


@dataclass
class RowPlan:
    columns: list[str]
    build: Callable[[tuple, tuple], dict]
    loads: list = dataclasses.field(default_factory=list)

    def rows(self, queryset: QuerySet, *, chunk_size: int) -> Iterator[dict]:
        """Rows in `chunk_size` FETCHes from a server-side cursor. Call it inside a
        transaction: on PostgreSQL the cursor is then not WITH HOLD and streams."""
        values = queryset.prefetch_related(None).values_list(*self.columns)
        if values.query.is_empty():  # `.none()`, e.g. a q without a searchable word: no SQL at all
            return
        connection = connections[queryset.db]
        compiler = values.query.get_compiler(using=queryset.db)
        sql, params = compiler.as_sql()
        converters = compiler.get_converters([column for column, _, _ in compiler.select])
        if connection.vendor != "postgresql" or converters or not connection.in_atomic_block:
            rows = values.iterator(chunk_size=chunk_size)
            while chunk := list(islice(rows, chunk_size)):
                yield from self.chunk(chunk, text_uuids=False)
            return
        with connection.cursor() as plain:
            # A JIT compile costs a fifth of a second before the first row, for a plan
            # that streams by index and gains nothing from it.
            plain.execute("SET LOCAL jit = off")
            if self.loads:
                # Each chunk's side-loads look up about a thousand keys. At the default
                # random_page_cost (4, spinning disks) PostgreSQL scanned the whole byline
                # table in parallel for them (42 ms a chunk at 200k takeaways) instead of
                # the takeaway_id index (7-12 ms); a database read from memory or SSD
                # costs about the same per page either way.
                plain.execute("SET LOCAL random_page_cost = 1.1")
        with connection.chunked_cursor() as cursor:
            # UUIDs as their text: the JSON wants text, and parsing a million UUID objects
            # only to print them again was a fifth of the export's Python time.
            cursor.cursor.adapters.register_loader("uuid", TextLoader)
            cursor.execute(sql, params)
            while chunk := cursor.fetchmany(chunk_size):
                yield from self.chunk(chunk, text_uuids=True)

    def chunk(self, chunk: list[tuple], *, text_uuids: bool) -> Iterator[dict]:
        build = self.build
        loaded = tuple(load.load(chunk, text_uuids=text_uuids) for load in self.loads)
        for row in chunk:
            yield build(row, loaded)


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


def _forward(model, name: str):
    """The model a non-null forward relation `name` of `model` points at (by primary key)."""
    model_field = _model_field(model, name)
    if not (model_field.many_to_one or model_field.one_to_one) or not model_field.concrete or model_field.null:
        raise NotCompilable(f"{model.__name__}.{name} is not a required forward relation")
    if not model_field.target_field.primary_key:
        raise NotCompilable(f"{model.__name__}.{name} points at a non-key field")
    return model_field.related_model


def compile_rows(serializer, queryset: QuerySet, request) -> RowPlan:
    """Compile once per export: the row builder is one generated expression (a dict display
    over the tuple and the chunk's side-loaded maps), the cheapest Python can build a nested
    dict in."""
    prefetches = {
        lookup.prefetch_to: lookup
        for lookup in queryset._prefetch_related_lookups
        if isinstance(lookup, Prefetch) and lookup.queryset is not None
    }
    compiler = _Compiler(request, prefetches)
    expression = compiler.serializer(serializer, queryset.model, "")
    return RowPlan(columns=compiler.columns, build=compiler.function(expression, "v, s"), loads=compiler.loads)


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
    def __init__(self, request, prefetches: dict[str, Prefetch] | None = None):
        self.request = request
        self.prefetches = prefetches  # None: a child of a side-load, which loads nothing more
        self.columns: list[str] = []
        self.loads: list = []
        self.namespace: dict = {"__builtins__": {"str": str}, "q": _quoter()}

    def function(self, expression: str, arguments: str) -> Callable:
        return eval(f"lambda {arguments}: {expression}", self.namespace)  # noqa: S307 - our own expression

    def column(self, path: str) -> str:
        return f"v[{self.index(path)}]"

    def index(self, path: str) -> int:
        if path not in self.columns:
            self.columns.append(path)
        return self.columns.index(path)

    def name(self, value) -> str:
        key = f"n{len(self.namespace)}"
        self.namespace[key] = value
        return key

    def serializer(self, serializer, model, prefix: str) -> str:
        items = [f"{key!r}: {self.field(field, model, prefix)}" for key, field in serializer.fields.items()]
        return "{" + ", ".join(items) + "}"

    def field(self, field, model, prefix: str) -> str:
        if isinstance(field, serializers.ListSerializer):
            return self.prefetched_list(field, model, prefix)
        if isinstance(field, DerivedField):
            return self.derived(field, model, prefix)
        if isinstance(field, serializers.ManyRelatedField | drf.SerializerMethodField):
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

    def load(self, load) -> str:
        if self.prefetches is None:
            raise NotCompilable("a side-loaded record loads nothing more")
        self.loads.append(load)
        return f"s[{len(self.loads) - 1}]"

    def derived(self, field: DerivedField, model, prefix: str) -> str:
        """The function over the declared attributes: columns of the row, or (through a
        relation) the related record's columns side-loaded by its key, one query per
        relation per chunk."""
        arguments = []
        for path in field.paths:
            head, *rest = path.split(".")
            if not rest:
                if not isinstance(_model_field(model, head), _PLAIN_ARGUMENTS):
                    raise NotCompilable(f"{field.field_name}: {path} is not a plain value")
                arguments.append(self.column(prefix + head))
                continue
            related = self.related(model, prefix + head, _forward(model, head))
            target = related.model
            for step in rest[:-1]:
                target = _forward(target, step)
            if not isinstance(_model_field(target, rest[-1]), _PLAIN_ARGUMENTS):
                raise NotCompilable(f"{field.field_name}: {path} is not a plain value")
            attribute = "__".join(rest)
            if attribute not in related.attributes:
                related.attributes.append(attribute)
            loaded = self.loads.index(related)
            arguments.append(f"s[{loaded}][v[{related.key}]][{related.attributes.index(attribute)}]")
        return f"{self.name(field.function)}({', '.join(arguments)})"

    def related(self, model, path: str, target) -> _RelatedColumns:
        key = self.index(path)
        for load in self.loads:
            if isinstance(load, _RelatedColumns) and load.key == key:
                return load
        related = _RelatedColumns(key=key, model=target)
        self.load(related)
        return related

    def prefetched_list(self, field, model, prefix: str) -> str:
        """A list the queryset prefetches: its Prefetch's queryset (the selector's visibility
        rules) per chunk of parents, each record built by a compiled child."""
        steps = [part for part in prefix.split("__") if part] + field.source_attrs
        prefetch = (self.prefetches or {}).get("__".join(steps))
        if prefetch is None:
            raise NotCompilable(f"{field.field_name} is a list the queryset does not prefetch")
        for step in field.source_attrs[:-1]:
            model = _forward(model, step)
        parent = "__".join(steps[:-1]) or "pk"
        relation = _model_field(model, prefetch.prefetch_through.split("__")[-1])
        if relation.one_to_many:  # a reverse foreign key
            if not relation.field.target_field.primary_key:
                raise NotCompilable(f"{field.field_name} joins on a non-key field")
            parent_lookup = relation.field.attname
        elif isinstance(relation, models.ManyToManyField):
            parent_lookup = relation.related_query_name()
        else:
            raise NotCompilable(f"{field.field_name} is neither a reverse foreign key nor a forward many-to-many")
        child = _Compiler(self.request)
        expression = child.serializer(field.child, prefetch.queryset.model, "")
        loaded = self.load(
            _PrefetchedList(
                key=self.index(parent),
                queryset=prefetch.queryset,
                parent_lookup=parent_lookup,
                columns=child.columns,
                build=child.function(expression, "v"),
            )
        )
        return f"({loaded}.get(v[{self.index(parent)}]) or [])"
