"""A detail rendered from plain rows: the detail serializer and the detail selector's
queryset compiled once into one SQL statement per level (the record, then one per
prefetch, the round trips the instance path makes) and a builder per level. A request
then costs its round trips, a tuple per row and a dict per record: no ORM query building,
no model instances, no serializer calls (docs/performance.md, "The uncached treaty
detail"; decision 0028).

The plan walks the queryset's `select_related` and its `Prefetch(..., queryset=...)` tree
beside the serializer's fields. A level's query is the prefetch's own queryset (the
selector's visibility rules, its ordering) filtered to the parents' keys with one array
parameter, so its SQL never changes and only the keys are bound. The same rows give the
conditional-GET validators: one (model, key, version, updated) row per record the instance
path would hold, which is what api/conditional.py hashes. A prefetch the serializer does
not render is still run, as the instance path runs it and hashes its rows.

What cannot be compiled (a method field, a prefetch given as a string, a dotted source, a
relation neither joined nor prefetched) raises `NotCompilable`; the view then renders
through the serializer. The selector's querysets are compiled once per reader scope, so
they must depend on that scope only (no clock, no request), as every selector does.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import quote

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import FieldDoesNotExist
from django.db import connections, models, router
from django.db.models import Prefetch, QuerySet
from rest_framework import fields as drf
from rest_framework import serializers

from api import deprecation
from api.renderers import ORJSONRenderer
from api.rows import NotCompilable, _AnyOf, _identity, _model_field
from api.serializers import PATH_SAFE, AbsoluteURLField, DerivedField, canonical_url_template

# api/conditional.py's `_walk` hashes these attributes of every record it reaches, and
# stops below this depth; a deeper plan could hash a different set, so it is refused.
WALKED = ("version", "updated")
MAX_DEPTH = 4
_KEY = "\x00pactum-detail-key\x00"  # stands for the looked-up value in the compiled SQL


@dataclass(eq=False)
class _Query:
    """A level's values query: its SQL compiled once on PostgreSQL (the keys are one array
    parameter), built per call elsewhere (SQLite spells `IN` with a placeholder per key)."""

    base: QuerySet  # the level's queryset, before the key filter
    lookup: str  # the column the keys select on
    columns: list[str]  # selected after the lookup itself
    exact: bool = False  # `lookup = value` (the record) rather than `lookup = ANY(keys)`
    _compiled: dict = field(default_factory=dict)

    def run(self, keys: list, using: str) -> list[tuple]:
        connection = connections[using]
        if connection.vendor != "postgresql":
            return list(self._values(keys))
        sql, params, slot, converters = self._compiled.get(connection.vendor) or self._compile(using)
        params = list(params)
        params[slot] = keys[0] if self.exact else keys
        with _server_binding_cursor(connection) as cursor:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
        if not converters:
            return rows
        converted = []
        for row in rows:
            row = list(row)
            for position, (functions, expression) in converters:
                for function in functions:
                    row[position] = function(row[position], expression, connection)
            converted.append(tuple(row))
        return converted

    def _values(self, keys) -> QuerySet:
        if self.exact:
            selected = self.base.prefetch_related(None).filter(**{self.lookup: keys[0]})
        elif isinstance(keys, list) and keys and keys[0] is _KEY:
            selected = self.base.prefetch_related(None).filter(_AnyOf(self.lookup, keys))
        else:
            selected = self.base.prefetch_related(None).filter(**{f"{self.lookup}__in": keys})
        return selected.values_list(self.lookup, *self.columns)

    def _compile(self, using: str) -> tuple:
        marker = [_KEY]
        compiler = self._values([_KEY] if self.exact else marker).query.get_compiler(using=using)
        sql, params = compiler.as_sql()
        slots = [i for i, p in enumerate(params) if p is marker or p == _KEY]
        if len(slots) != 1:
            raise NotCompilable(f"the key of {self.base.model.__name__} is not one parameter")
        converters = list(compiler.get_converters([column for column, _, _ in compiler.select]).items())
        compiled = (sql, tuple(params), slots[0], converters)
        self._compiled[connections[using].vendor] = compiled
        return compiled


def _server_binding_cursor(connection):
    """Django's cursor (query logging, execute wrappers, error mapping), binding parameters
    on the server. psycopg then prepares a statement once it has run a few times on the
    connection (`prepare_threshold`), and PostgreSQL stops planning it per request: planning
    was most of each of the detail's ten small queries (0.2-0.36 ms each, 0.08-0.09 ms
    prepared). The SQL never changes, so the statements are few; connections are kept
    (CONN_MAX_AGE), so the statements are reused. Behind a pooler in transaction mode,
    which moves statements between server connections, this would need its prepared
    statement support (PgBouncer 1.21+)."""
    from django.db.backends.postgresql.base import ServerBindingCursor

    connection.close_if_health_check_failed()
    connection.ensure_connection()
    with connection.wrap_database_errors:
        return connection._prepare_cursor(ServerBindingCursor(connection.connection))


@dataclass(eq=False)
class _Load:
    """Records a prefetch puts on each parent: a list, or one record (a forward key)."""

    level: "_Level"
    parent_key: int  # the column of the parent's row that selects its records
    many: bool


@dataclass(eq=False)
class _Level:
    query: _Query
    depth: int
    walked: list = field(default_factory=list)  # (model, then key, version, updated positions)
    loads: list[_Load] = field(default_factory=list)
    build: Callable[[tuple, list], dict] | None = None

    @property
    def columns(self) -> list[str]:
        return self.query.columns

    def index(self, path: str) -> int:
        """Position of `path` in this level's rows (after the lookup column)."""
        if path not in self.columns:
            self.columns.append(path)
        return self.columns.index(path) + 1


@dataclass(eq=False)
class DetailPlan:
    root: _Level

    @property
    def model(self) -> type[models.Model]:
        return self.root.query.base.model

    def render(self, value, *, using: str) -> tuple[dict | None, list[tuple]]:
        """The record's representation (None when no visible record has `value`) and the
        rows api/conditional.py would hash for it. A value the key's field refuses raises
        ValidationError, as the ORM's lookup would (the view answers 404)."""
        value = _model_field(self.model, self.root.query.lookup).to_python(value)
        rows = self.root.query.run([value], using)
        if not rows:
            return None, []
        walked: dict = {}
        (data,) = _records(self.root, rows[:1], using, walked)
        return data, list(walked.values())


def _records(level: _Level, rows: list[tuple], using: str, walked: dict) -> list:
    for row in rows:
        for model, key, version, updated in level.walked:
            pk = row[key]
            if pk is not None and (model, pk) not in walked:
                walked[(model, pk)] = (
                    model.__name__,
                    pk,
                    None if version is None else row[version],
                    None if updated is None else row[updated],
                )
    loaded = []
    for load in level.loads:
        keys = list(dict.fromkeys(row[load.parent_key] for row in rows if row[load.parent_key] is not None))
        children = load.level.query.run(keys, using) if keys else []
        built = _records(load.level, children, using, walked)
        by_parent: dict = {}
        for child, record in zip(children, built, strict=True):
            by_parent.setdefault(child[0], []).append(record)
        loaded.append(by_parent)
    if level.build is None:
        return [None] * len(rows)
    return [level.build(row, loaded) for row in rows]


def compile_detail(serializer, queryset: QuerySet, *, lookup: str, request) -> DetailPlan:
    """The plan for `serializer` over `queryset`'s records addressed by `lookup`."""
    root = _Level(query=_Query(base=queryset.order_by(), lookup=lookup, columns=[], exact=True), depth=0)
    _Compiler(request).level(root, serializer, queryset)
    return DetailPlan(root=root)


class _Compiler:
    def __init__(self, request):
        self.request = request

    def level(self, level: _Level, serializer, queryset: QuerySet) -> None:
        model = queryset.model
        related = queryset.query.select_related
        if related is True:
            raise NotCompilable("select_related() without names")
        self.walk(level, model, "", related or {}, level.depth)
        prefetches = self.prefetches(queryset)
        rendered = self.rendered(serializer, prefetches)
        for attr, prefetch in prefetches.items():
            level.loads.append(self.load(level, model, prefetch, rendered.get(attr)))
        if serializer is not None:
            getters = self.serializer(level, serializer, model, "", related or {}, prefetches)
            level.build = _builder(getters)

    def walk(self, level: _Level, model, prefix: str, related: dict, depth: int) -> None:
        if depth > MAX_DEPTH:
            raise NotCompilable("deeper than the validators walk")
        positions = [level.index(prefix + "pk")]
        for name in WALKED:
            try:
                model_field = model._meta.get_field(name)
            except FieldDoesNotExist:
                if hasattr(model, name):
                    raise NotCompilable(f"{model.__name__}.{name} is not a column") from None
                positions.append(None)
                continue
            positions.append(level.index(prefix + model_field.name))
        level.walked.append((model, *positions))
        for name, below in related.items():
            self.walk(level, _related_model(model, name), f"{prefix}{name}__", below, depth + 1)

    @staticmethod
    def prefetches(queryset: QuerySet) -> dict[str, Prefetch]:
        found = {}
        for lookup in queryset._prefetch_related_lookups:
            if not isinstance(lookup, Prefetch) or lookup.queryset is None or "__" in lookup.prefetch_through:
                raise NotCompilable(f"{lookup!r} is not a one-step Prefetch with a queryset")
            found[lookup.prefetch_to] = lookup
        return found

    @staticmethod
    def rendered(serializer, prefetches: dict) -> dict:
        """Prefetched attribute -> the serializer that renders its records."""
        if serializer is None:
            return {}
        found = {}
        for field_ in _readable(serializer):
            if field_.source_attrs and field_.source_attrs[0] in prefetches:
                if len(field_.source_attrs) != 1 or not isinstance(field_, serializers.BaseSerializer):
                    raise NotCompilable(f"{field_.field_name} renders a prefetch as a scalar")
                found[field_.source_attrs[0]] = getattr(field_, "child", field_)
        return found

    def load(self, level: _Level, model, prefetch: Prefetch, serializer) -> _Load:
        relation = _model_field(model, prefetch.prefetch_through)
        child = prefetch.queryset
        parent_key, many = "pk", True
        if isinstance(relation, GenericRelation):
            # By the content type's natural key, not its id: a plan outlives a flush that
            # renumbers the content types (the test suite's transactional tests do).
            meta = (model._meta.concrete_model if relation.for_concrete_model else model)._meta
            content_type = relation.content_type_field_name
            child = child.filter(
                **{f"{content_type}__app_label": meta.app_label, f"{content_type}__model": meta.model_name}
            )
            lookup = relation.object_id_field_name
        elif relation.many_to_one and relation.concrete:  # a forward key: one record
            if not relation.target_field.primary_key:
                raise NotCompilable(f"{relation.name} points at a non-key field")
            lookup, parent_key, many = "pk", relation.attname, False
        elif relation.one_to_many:  # a reverse foreign key
            if not relation.field.target_field.primary_key:
                raise NotCompilable(f"{relation.name} joins on a non-key field")
            lookup = relation.field.attname
        elif isinstance(relation, models.ManyToManyField):
            lookup = relation.related_query_name()
        elif isinstance(relation, models.ManyToManyRel):
            lookup = relation.field.name
        else:
            raise NotCompilable(f"{prefetch.prefetch_through} is not a relation this plan loads")
        below = _Level(query=_Query(base=child, lookup=lookup, columns=[]), depth=level.depth + 1)
        self.level(below, serializer, child)
        return _Load(level=below, parent_key=level.index(parent_key), many=many)

    def serializer(self, level: _Level, serializer, model, prefix: str, related: dict, prefetches: dict) -> list:
        return [
            (field_.field_name, self.field(level, field_, model, prefix, related, prefetches))
            for field_ in _readable(serializer)
        ]

    def field(self, level: _Level, field_, model, prefix: str, related: dict, prefetches: dict) -> Callable:
        if isinstance(field_, DerivedField):
            return self.derived(level, field_, model, prefix)
        if isinstance(field_, AbsoluteURLField):
            return self.url(level, field_, model, prefix)
        if isinstance(field_, serializers.ManyRelatedField | drf.SerializerMethodField):
            raise NotCompilable(f"{field_.field_name} renders a list or a computed value")
        if field_.source == "*" or len(field_.source_attrs) != 1:
            raise NotCompilable(f"{field_.field_name} has a dotted or whole-object source")
        name = field_.source_attrs[0]
        if not prefix and name in prefetches:
            return self.prefetched(level, field_, name, prefetches)
        model_field = _model_field(model, name)
        if isinstance(field_, serializers.BaseSerializer) and not model_field.is_relation:
            return self.value(level, field_, prefix + name, convert=True)  # a nested shape over a JSON value
        if isinstance(field_, serializers.BaseSerializer):
            return self.joined(level, field_, model_field, prefix, related)
        if model_field.is_relation or not model_field.concrete:
            raise NotCompilable(f"{field_.field_name} renders a relation as a scalar")
        return self.value(level, field_, prefix + name, convert=not _identity(field_, model_field))

    @staticmethod
    def value(level: _Level, field_, path: str, *, convert: bool) -> Callable:
        position = level.index(path)
        if not convert:
            return lambda row, loaded: row[position]
        represent = field_.to_representation
        return lambda row, loaded: None if row[position] is None else represent(row[position])

    def prefetched(self, level: _Level, field_, name: str, prefetches: dict) -> Callable:
        slot = list(prefetches).index(name)
        load = level.loads[slot]
        key = load.parent_key
        if isinstance(field_, serializers.ListSerializer) and load.many:
            return lambda row, loaded: loaded[slot].get(row[key]) or []
        if not isinstance(field_, serializers.ListSerializer) and not load.many:
            return lambda row, loaded: (loaded[slot].get(row[key]) or [None])[0]
        raise NotCompilable(f"{field_.field_name}: a list rendered as one record, or the reverse")

    def joined(self, level: _Level, field_, model_field, prefix: str, related: dict) -> Callable:
        """A forward relation joined by `select_related`, rendered from the joined columns."""
        name = model_field.name
        if not (model_field.many_to_one or model_field.one_to_one) or name not in related:
            raise NotCompilable(f"{field_.field_name} is neither joined nor prefetched")
        below = f"{prefix}{name}__"
        getters = self.serializer(level, field_, model_field.related_model, below, related[name], {})
        build = _builder(getters)
        if not model_field.null:
            return build
        key = level.index(prefix + model_field.attname)
        return lambda row, loaded: None if row[key] is None else build(row, loaded)

    def url(self, level: _Level, field_: AbsoluteURLField, model, prefix: str) -> Callable:
        position = level.index(prefix + field_.lookup_field)
        template = canonical_url_template(field_, self.request)
        head, _, tail = template.partition(AbsoluteURLField.SENTINEL)

        def url(row, loaded):
            value = row[position]
            if value is None or value == "":
                return None
            return head + quote(str(value), safe=PATH_SAFE) + tail

        return url

    def derived(self, level: _Level, field_: DerivedField, model, prefix: str) -> Callable:
        positions = []
        for path in field_.paths:
            if "." in path or not _model_field(model, path).concrete or _model_field(model, path).is_relation:
                raise NotCompilable(f"{field_.field_name}: {path} is not a column of the record")
            positions.append(level.index(prefix + path))
        function = field_.function
        return lambda row, loaded: function(*(row[p] for p in positions))


def _readable(serializer) -> list:
    return [field_ for field_ in serializer.fields.values() if not field_.write_only]


def _builder(getters: list) -> Callable[[tuple, list], dict]:
    def build(row, loaded):
        return {name: get(row, loaded) for name, get in getters}

    return build


def _related_model(model, name: str):
    model_field = _model_field(model, name)
    if not (model_field.many_to_one or model_field.one_to_one):
        raise NotCompilable(f"{model.__name__}.{name} is not a forward relation")
    return model_field.related_model


# Compiled plans by view, reader scope, origin and version (URLs are absolute), and
# database vendor; a resource that does not compile is remembered as None. Bounded: the
# origin comes from the Host header (ALLOWED_HOSTS limits it; the bound caps it anyway).
_PLANS: dict = {}
_PLANS_MAX = 64


def detail_plan(view) -> DetailPlan | None:
    """The compiled plan for this retrieve, or None when the serializer path must render it:
    the resource did not opt in (`compiled_detail`), the request shapes the response (any
    query parameter: `fields`, `embed`, `as_of`, `format`, ...), asks for another format
    than JSON, a retired field is still served (its notice is written by the serializer),
    or the shape does not compile."""
    request = view.request
    if not (view.compiled_detail and request.method in ("GET", "HEAD") and not request.query_params):
        return None
    if not isinstance(request.accepted_renderer, ORJSONRenderer) or deprecation.RETIRED_FIELDS or view.citing:
        return None
    using = router.db_for_read(view.get_serializer_class().Meta.model)  # as the queryset's .db
    key = (type(view), view.published_only, request.build_absolute_uri("/"), request.version, connections[using].vendor)
    if key not in _PLANS:
        if len(_PLANS) >= _PLANS_MAX:
            _PLANS.clear()
        try:
            _PLANS[key] = compile_detail(
                view.get_serializer(), view.get_queryset(), lookup=view.lookup_field, request=request
            )
        except NotCompilable:
            _PLANS[key] = None
    return _PLANS[key]
