"""A hostile-input corpus (issue 11): many hostile values × every query parameter of every
list, export and computed endpoint, × every field of every write serializer (POST and
PATCH), × the headers and path segments. Nothing may be a 5xx; every refusal is
problem+json with a matching status; a refused write writes nothing.

The corpus is built from the live router and the serializers, so a new endpoint, filter or
field is covered without editing this file. `CORPUS_SIZE` below counts the requests."""

import json
from urllib.parse import quote

import pytest
from rest_framework.test import APIClient

from api.v1.urls import router
from api.viewsets import PAGING_PARAMS, SHAPING_PARAMS
from tests.api_support import build_world

pytestmark = pytest.mark.django_db
PROBLEM = "application/problem+json"

CONTROL = ["\x00", "a\x00b", "\x1b[31m", "\x7f", "\x85"]
HOSTILE = [
    *CONTROL,
    "%",
    "%s%(x)s%n",
    "'; DROP TABLE treaties_treaty; --",
    "../../etc/passwd",
    "9" * 400,
    "-1",
    "0",
    "1e309",
    "NaN",
    "\u0663",  # ARABIC-INDIC DIGIT THREE
    "\u00b2",  # SUPERSCRIPT TWO
    "\U0001d7d9",  # MATHEMATICAL DOUBLE-STRUCK DIGIT ONE
    "2024-13-45",
    "0000-00-00",
    "\u202eabc",
    "\U0001f4a5",
    " ",
    "",
    "a" * 5000,
    "[" * 500,
    "a:b:c",
]
# Exports share the list's filter code; they get a representative subset.
EXPORT_SUBSET = {"\x00", "%", "9" * 400, "\u0663", ""}
CORPUS_SIZE = {"requests": 0}


@pytest.fixture(scope="module", autouse=True)
def _report_corpus_size():
    yield
    print(f"\nHostile-input corpus: {CORPUS_SIZE['requests']} requests")


@pytest.fixture
def world():
    return build_world()


@pytest.fixture
def client():
    return APIClient(raise_request_exception=False)


def check(response, *, expect: int | None = None, case: str = "") -> None:
    CORPUS_SIZE["requests"] += 1
    content = b"".join(response.streaming_content) if response.streaming else response.content
    assert response.status_code < 500, (case, content[:500])
    if expect is not None:
        assert response.status_code == expect, (case, content[:500])
    if response.status_code >= 400:
        assert response["Content-Type"] == PROBLEM, (case, content[:300])
        body = json.loads(content)
        assert body["status"] == response.status_code
        assert isinstance(body["title"], str) and isinstance(body["detail"], str) and body["detail"]


def viewsets() -> list[tuple[str, type]]:
    return [(prefix, viewset) for prefix, viewset, _ in router.registry]


def list_params(viewset) -> list[str]:
    names = list(SHAPING_PARAMS) + list(PAGING_PARAMS)
    if viewset.filterset_class is not None:
        names += list(viewset.filterset_class.base_filters) + ["ordering"]
    return names


# One test per collection, every parameter inside it: the requests only read, so one world
# serves them all (a world per parameter was a third of this file's time, twice per CI run).
LIST_CASES = [(prefix, list_params(viewset)) for prefix, viewset in viewsets()]


@pytest.mark.parametrize(("prefix", "params"), LIST_CASES, ids=[p for p, _ in LIST_CASES])
def test_hostile_values_in_every_list_and_export_parameter(client, world, prefix, params):
    for param in params:
        for value in HOSTILE:
            query = f"{param}={quote(value, safe='')}"
            expect = 400 if value in CONTROL else None
            check(client.get(f"/api/v1/{prefix}/?{query}"), expect=expect, case=query)
            if param not in PAGING_PARAMS and value in EXPORT_SUBSET:
                check(client.get(f"/api/v1/{prefix}/export/?{query}"), expect=expect, case=f"export?{query}")


COMPUTED = [
    ("/api/v1/search/?q=treaty&{}", ["q", "type", "limit", "offset"]),
    ("/api/v1/articles/{art}/lineage/?{}", ["depth"]),
    ("/api/v1/articles/{art}/commentary/?{}", []),
    ("/api/v1/actors/ru/co-mentions/?{}", []),
]


@pytest.mark.parametrize(("template", "params"), COMPUTED, ids=[t.split("?")[0] for t, _ in COMPUTED])
def test_hostile_values_in_computed_endpoints(client, world, template, params):
    for param in [*params, "unknown"]:
        for value in HOSTILE:
            query = f"{param}={quote(value, safe='')}"
            path = template.replace("{art}", str(world.art4.pk)).replace("{}", query)
            check(client.get(path), expect=400 if value in CONTROL else None)


@pytest.mark.parametrize("prefix", [p for p, _ in viewsets()])
def test_hostile_path_segments(client, world, prefix):
    for value in HOSTILE:
        segment = quote(value, safe="")
        if not segment:
            continue
        expect = 400 if value in CONTROL else None
        for path in (f"/api/v1/{prefix}/{segment}/", f"/api/v1/{prefix}/{segment}/history/"):
            check(client.get(path), expect=expect)
    for value in HOSTILE:
        segment = quote(value, safe="")
        if segment:
            check(client.get(f"/api/v1/treaties/new-treaty/articles/{segment}/"))
            check(client.get(f"/api/v1/treaties/{segment}/articles/4/"))


# --- bodies ---------------------------------------------------------------------------------
def nested(depth: int):
    value = "x"
    for _ in range(depth):
        value = [value]
    return value


WRONG_JSON = [
    5,
    1.5,
    10**400,
    True,
    None,
    [],
    {},
    [5],
    [{}],
    "",
    "a\x00b",
    "x" * 100_000,
    "%s%(x)s",
    "\u0663",
    "2024-13-45",
    nested(40),
]
WRITE_VIEWSETS = [
    (prefix, viewset) for prefix, viewset in viewsets() if getattr(viewset, "write_serializer_class", None)
]


def write_fields(viewset) -> list[str]:
    return [name for name, field in viewset.write_serializer_class().fields.items() if not field.read_only]


WRITE_CASES = [(prefix, field) for prefix, viewset in WRITE_VIEWSETS for field in write_fields(viewset)]


def encode(value) -> bytes:
    if isinstance(value, int) and abs(value) > 10**300:
        return json.dumps(value).encode()  # json.dumps writes every digit
    return json.dumps(value).encode()


@pytest.mark.parametrize(("prefix", "field"), WRITE_CASES, ids=[f"{p}.{f}" for p, f in WRITE_CASES])
def test_wrong_json_for_every_write_field_writes_nothing(client, editor, prefix, field):
    # No world: with every other required field missing the answer is a 400 whatever exists.
    viewset = dict(WRITE_VIEWSETS)[prefix]
    model = viewset.write_serializer_class.Meta.model
    client.force_authenticate(editor)
    before = model._default_manager.count()
    for value in WRONG_JSON:
        body = b'{"' + field.encode() + b'": ' + encode(value) + b"}"
        response = client.post(f"/api/v1/{prefix}/", data=body, content_type="application/json")
        check(response, expect=400)  # every other required field is missing, at least
        assert model._default_manager.count() == before, (field, value)


def detail_path(prefix: str, obj) -> str:
    viewset = dict(WRITE_VIEWSETS)[prefix]
    return f"/api/v1/{prefix}/{getattr(obj, viewset.lookup_field)}/"


@pytest.mark.parametrize(("prefix", "field"), WRITE_CASES, ids=[f"{p}.{f}" for p, f in WRITE_CASES])
def test_wrong_json_patch_changes_nothing_when_refused(client, world, editor, prefix, field):
    viewset = dict(WRITE_VIEWSETS)[prefix]
    model = viewset.write_serializer_class.Meta.model
    pk = model._default_manager.order_by("created").values_list("pk", flat=True).first()
    client.force_authenticate(editor)
    for value in WRONG_JSON[::2]:  # POST covers every value; PATCH (a GET each) half of them
        path = detail_path(prefix, model._default_manager.get(pk=pk))  # an accepted value may change the slug
        etag = client.get(path)["ETag"]
        version = model._default_manager.get(pk=pk).version
        body = b'{"' + field.encode() + b'": ' + encode(value) + b"}"
        response = client.patch(path, data=body, content_type="application/json", HTTP_IF_MATCH=etag)
        check(response)
        if response.status_code >= 400:
            assert model._default_manager.get(pk=pk).version == version, (field, value)


MALFORMED_BODIES = [
    b"",
    b"{",
    b"[1, 2",
    b"null",
    b"[]",
    b'"text"',
    b"5",
    b"NaN",
    b'{"a": NaN}',
    b'{"a": Infinity}',
    b"\xff\xfe\x00",
    b'{"a": "\\ud800"}',
    b"[" * 100_000,
    b'{"a": 1' + b"1" * 5000 + b"}",
    b'{"\\u0000": 1}',
]


@pytest.mark.parametrize("prefix", [p for p, _ in WRITE_VIEWSETS] + ["resolve"])
def test_malformed_json_bodies(client, world, editor, prefix):
    client.force_authenticate(editor)
    for body in MALFORMED_BODIES:
        check(client.post(f"/api/v1/{prefix}/", data=body, content_type="application/json"), expect=400)


@pytest.mark.parametrize("content_type", ["text/plain", "application/xml", "application/json; charset=latin-1"])
def test_unsupported_or_odd_content_types(client, world, editor, content_type):
    client.force_authenticate(editor)
    check(client.post("/api/v1/topics/", data=b'{"name": "x"}', content_type=content_type))


HEADERS = {
    "HTTP_X_CHANGE_REASON": ["a\x01b", "\x7f", "x" * 10_000, "%s%n", "\u0663"],
    "HTTP_ACCEPT": ["\x01", "*/*;q=NaN", "text/csv;q=2", "x" * 5000, "application/json;version=%s"],
    "HTTP_X_REQUEST_ID": ["\x00", "x" * 1000, "%s", "../../"],
    "HTTP_IF_NONE_MATCH": ['"' + "9" * 5000 + '"', "W/", "\x01", "*"],
    "HTTP_IF_MODIFIED_SINCE": ["not a date", "Mon, 99 Foo 9999 99:99:99 GMT", "\x01"],
    "HTTP_AUTHORIZATION": ["Token", "Token \x00", "Token " + "a" * 5000, "Bearer %s", "Basic !!!"],
}


@pytest.mark.parametrize("header", sorted(HEADERS))
def test_hostile_headers(client, world, editor, header):
    for value in HEADERS[header]:
        expect = 400 if any(ord(c) < 32 and c != "\t" or ord(c) == 127 for c in value) else None
        check(client.get("/api/v1/treaties/", **{header: value}), expect=expect)
        check(client.post("/api/v1/resolve/", {"text": "Article 4"}, format="json", **{header: value}))
        client.force_authenticate(editor)
        response = client.post("/api/v1/topics/", {"name": "Hdr", "slug": "hdr"}, format="json", **{header: value})
        client.force_authenticate(None)
        check(response)
        from commentary.models import Topic

        if response.status_code >= 400:
            assert not Topic.objects.filter(slug="hdr").exists()
        Topic.objects.filter(slug="hdr").delete()
