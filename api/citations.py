"""Citation exports: one CSL-JSON item per record, rendered as CSL-JSON, BibTeX or RIS.

Each citable resource declares a `citation_serializer_class` that turns a record into a
CSL-JSON item (the richest of the three vocabularies: typed names, date parts, legal
sections). BibTeX and RIS are derived from that item here, so the three formats can never
disagree about a record. Every item carries the record's versioned permalink
(`<detail url>?version=N`, served from the history tables), so a citation pins the text
that was read. Choices and mappings: docs/decisions/0018-citation-exports.md.
"""

import datetime
import re
from collections.abc import Iterable, Iterator
from typing import Any

from rest_framework import serializers
from rest_framework.renderers import BaseRenderer

from api.renderers import dumps

CSL_MEDIA_TYPE = "application/vnd.citationstyles.csl+json"
BIBTEX_MEDIA_TYPE = "application/x-bibtex"
RIS_MEDIA_TYPE = "application/x-research-info-systems"
CITATION_FORMATS = ("csl", "bibtex", "ris")
ARCHIVE = "Pactum"


# --- building CSL-JSON items -------------------------------------------------------------
def person(name: str) -> dict[str, str]:
    """A CSL name from a full name as published ("Jenny Town" -> family Town, given Jenny).
    One-word names stay literal rather than be guessed at."""
    parts = name.strip().rsplit(" ", 1)
    if len(parts) == 1:
        return {"literal": name.strip()}
    return {"family": parts[1], "given": parts[0]}


def date_parts(value: datetime.date | datetime.datetime | None) -> dict | None:
    if value is None:
        return None
    return {"date-parts": [[value.year, value.month, value.day]]}


def permalink(url: str | None, version: int) -> str | None:
    return f"{url}?version={version}" if url else None


def compact(item: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values: CSL processors treat a present empty field as a value."""
    return {key: value for key, value in item.items() if value not in (None, "", [], {})}


class CitationItemSerializer(serializers.Serializer):
    """Base of the per-resource citation shapes: `url` (declared by the subclass with
    `api_url`) is resolved by DRF, the rest of the CSL item by `item()`. Never queries:
    the resource's `citation_selector` joins what `item()` reads."""

    def item(self, obj, *, url: str | None, link: str | None) -> dict[str, Any]:
        raise NotImplementedError

    def to_representation(self, instance):
        # DRF keeps ?format= on reversed URLs; the permalink must not carry it.
        url = (super().to_representation(instance).get("url") or "").split("?")[0] or None
        link = permalink(url, instance.version)
        base = {
            "archive": ARCHIVE,
            "archive_location": link,
            "version": str(instance.version),
            "custom": {"permalink": link, "api_url": url, "uuid": str(instance.pk)},
        }
        item = self.item(instance, url=url, link=link)
        return compact({**base, **item, "custom": {**base["custom"], **item.get("custom", {})}})


def items_of(data: Any) -> list[dict]:
    """The CSL items in a response body: a page (`results`), a list, or one record."""
    if isinstance(data, dict) and "results" in data:
        return list(data["results"])
    if isinstance(data, list):
        return data
    return [data] if data else []


# --- BibTeX ----------------------------------------------------------------------------
_BIBTEX_TYPES = {"chapter": "incollection", "report": "techreport", "treaty": "misc", "legislation": "misc"}
_BIBTEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_BIBTEX_ESCAPE = re.compile("|".join(re.escape(char) for char in _BIBTEX_SPECIALS))


def bibtex_escape(value: str) -> str:
    """LaTeX-escape a value so braces always balance; UTF-8 is kept (biber, bibtexparser)."""
    flat = " ".join(str(value).split())
    return _BIBTEX_ESCAPE.sub(lambda match: _BIBTEX_SPECIALS[match.group(0)], flat)


def _bibtex_names(names: list[dict]) -> str:
    # Institutions are braced so BibTeX never splits them into given and family names.
    return " and ".join(
        f"{{{bibtex_escape(name['literal'])}}}"
        if "literal" in name
        else f"{bibtex_escape(name['family'])}, {bibtex_escape(name['given'])}"
        for name in names
    )


def bibtex_key(item: dict) -> str:
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", str(item.get("id", "record")))


def bibtex_entry(item: dict) -> str:
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    fields: list[tuple[str, str]] = []
    if item.get("author"):
        fields.append(("author", _bibtex_names(item["author"])))
    fields += [("title", item.get("title", ""))]
    if item["type"] == "chapter":
        fields.append(("booktitle", item.get("container-title", "")))
    if item["type"] == "report":
        fields.append(("institution", item.get("publisher", "")))
    fields += [
        ("publisher", item.get("publisher", "") if item["type"] != "report" else ""),
        ("address", item.get("publisher-place") or item.get("event-place", "")),
        ("chapter", item.get("section", "")),
        ("year", str(parts[0]) if parts else ""),
        ("month", str(parts[1]) if len(parts) > 1 else ""),
        ("date", "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts))),
        ("url", item.get("URL", "")),
        ("note", item.get("note", "")),
        ("version", item.get("version", "")),
        ("permalink", item.get("archive_location", "")),
    ]
    body = ",\n".join(
        f"  {name} = {{{value if name == 'author' else bibtex_escape(value)}}}" for name, value in fields if value
    )
    return f"@{_BIBTEX_TYPES.get(item['type'], 'misc')}{{{bibtex_key(item)},\n{body}\n}}\n"


# --- RIS -------------------------------------------------------------------------------
_RIS_TYPES = {"chapter": "CHAP", "report": "RPRT", "treaty": "LEGAL", "legislation": "LEGAL"}


def _ris_value(value: Any) -> str:
    return " ".join(str(value).split())


def ris_lines(item: dict) -> Iterator[str]:
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    yield f"TY  - {_RIS_TYPES.get(item['type'], 'GEN')}"
    yield f"ID  - {item.get('id', '')}"
    for name in item.get("author", []):
        yield f"AU  - {name['literal'] if 'literal' in name else name['family'] + ', ' + name['given']}"
    tags = [
        ("TI", item.get("title")),
        ("T2", item.get("container-title")),
        ("SE", item.get("section")),
        ("PB", item.get("publisher")),
        ("CY", item.get("publisher-place") or item.get("event-place")),
        ("PY", str(parts[0]) if parts else None),
        ("DA", "/".join(f"{p:02d}" if i else str(p) for i, p in enumerate(parts)) if parts else None),
        ("UR", item.get("URL")),
        ("UR", item.get("archive_location") if item.get("archive_location") != item.get("URL") else None),
        ("DB", item.get("archive")),
        ("ET", item.get("version")),
        ("N1", item.get("note")),
        ("AB", item.get("abstract")),
    ]
    for tag, value in tags:
        if value:
            yield f"{tag}  - {_ris_value(value)}"
    yield "ER  - "


# --- renderers -------------------------------------------------------------------------
def render_bibtex(items: Iterable[dict]) -> Iterator[str]:
    for item in items:
        yield bibtex_entry(item) + "\n"


def render_ris(items: Iterable[dict]) -> Iterator[str]:
    for item in items:
        yield "\r\n".join(ris_lines(item)) + "\r\n\r\n"


def render_csl(items: Iterable[dict]) -> Iterator[bytes]:
    """A JSON array streamed item by item (CSL-JSON is an array of items)."""
    yield b"["
    for position, item in enumerate(items):
        yield (b",\n" if position else b"\n") + dumps(item)
    yield b"\n]\n"


class CSLJSONRenderer(BaseRenderer):
    media_type = CSL_MEDIA_TYPE
    format = "csl"
    charset = None

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return b"".join(render_csl(items_of(data)))


class BibTeXRenderer(BaseRenderer):
    media_type = BIBTEX_MEDIA_TYPE
    format = "bibtex"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return "".join(render_bibtex(items_of(data))).encode("utf-8")


class RISRenderer(BaseRenderer):
    media_type = RIS_MEDIA_TYPE
    format = "ris"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        return "".join(render_ris(items_of(data))).encode("utf-8")


CITATION_RENDERERS = (CSLJSONRenderer, BibTeXRenderer, RISRenderer)
STREAMS = {
    "csl": (render_csl, CSL_MEDIA_TYPE),
    "bibtex": (lambda items: (part.encode() for part in render_bibtex(items)), f"{BIBTEX_MEDIA_TYPE}; charset=utf-8"),
    "ris": (lambda items: (part.encode() for part in render_ris(items)), f"{RIS_MEDIA_TYPE}; charset=utf-8"),
}
