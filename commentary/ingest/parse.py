"""Recognise the structure of a multi-expert commentary document.

The parser works on line shapes and positions, never on known content:

- a *byline* is "By" followed by one or more person-shaped names ("By A, B and C");
- a *credit* is a short "Source: …" / "Photo: …" / "Image credit: …" line;
- a *sentence* line is body text: it ends in terminal punctuation or is long;
- a *short* line (no terminal punctuation, few words) is a heading or a role line.

Sections are anchored on bylines, or on a person's name standing alone as a heading with a
role line under it. A byline directly under a short line is *leading* (heading, byline,
role, credit, body); a byline right after body text is *trailing* (heading, body, byline,
role), and then the section's heading is the first short line of the stretch before it.
Everything between the title and the first section is preface (the dek is its first
paragraph); site boilerplate after the first section ("Stay informed…") is cut off.
"""

import datetime
import re
from dataclasses import dataclass, field

from .blocks import Line, format_detect, lines_from_document
from .layouts import layout_find
from .load import DocumentError
from .meta import html_meta, is_dateline, text_dateline
from .shapes import (  # noqa: F401 (byline_parse, normalize_name, Parsed* are part of this module's API)
    BOILERPLATE,
    PREFACE_NOISE,
    ParsedAuthor,
    ParsedSection,
    byline_parse,
    credit_parse,
    is_sentence,
    is_short,
    name_shaped,
    normalize_name,
)


@dataclass
class ParsedDocument:
    title: str
    dek: str
    sections: list[ParsedSection]
    format: str = "text"
    warnings: list[str] = field(default_factory=list)
    published_on: datetime.date | None = None  # read from the document (meta, JSON-LD, dateline)
    url: str = ""  # canonical URL read from the document


# --- structure ---------------------------------------------------------------------------


@dataclass
class _Anchor:
    index: int  # the byline, or the name line
    names: list[str]
    roles: list[str]
    meta_end: int  # first index after the byline/role lines
    leading: bool
    heading_index: int | None  # leading anchors: where the section starts


class _Structure:
    def __init__(self, lines: list[Line]):
        self.lines = lines

    def sentence(self, i: int) -> bool:
        return 0 <= i < len(self.lines) and is_sentence(self.lines[i])

    def short(self, i: int) -> bool:
        return 0 <= i < len(self.lines) and is_short(self.lines[i])

    def credit(self, i: int) -> bool:
        return 0 <= i < len(self.lines) and credit_parse(self.lines[i].text) is not None

    def name_heading(self, i: int) -> bool:
        """A person's name alone as a heading, a role line under it, then the body (or a credit)."""
        line = self.lines[i]
        if not self.short(i) or not name_shaped(line.text, min_tokens=2) or line.text.endswith(":"):
            return False
        if not self.short(i + 1) or self.lines[i + 1].level:
            return False
        return i + 2 >= len(self.lines) or self.sentence(i + 2) or self.credit(i + 2)

    def roles_after(self, index: int, wanted: int, *, trailing: bool) -> list[str]:
        roles: list[str] = []
        j = index + 1
        while len(roles) < wanted and self.short(j) and not self.lines[j].level:
            # After a trailing byline, a short line followed by body is the next section's heading.
            if trailing and (self.sentence(j + 1) or self.credit(j + 1)):
                break
            roles.append(self.lines[j].text)
            j += 1
        return roles

    def anchors(self, start: int) -> list[_Anchor]:
        found: list[_Anchor] = []
        i = start
        while i < len(self.lines):
            parsed = byline_parse(self.lines[i].text)
            if parsed:
                names, inline_role = parsed
                prev = i - 1
                while prev >= start and self.credit(prev):
                    prev -= 1
                floor = found[-1].meta_end if found else start
                leading = prev < floor or not self.sentence(prev)
                roles = [inline_role] if inline_role else self.roles_after(i, len(names), trailing=not leading)
                heading_index = prev if leading and prev >= floor and self.short(prev) else None
                anchor = _Anchor(i, names, roles, i + 1 + (0 if inline_role else len(roles)), leading, heading_index)
                found.append(anchor)
                i = anchor.meta_end
                continue
            if self.name_heading(i):
                anchor = _Anchor(i, [self.lines[i].text], [self.lines[i + 1].text], i + 2, True, i)
                found.append(anchor)
                i += 2
                continue
            i += 1
        return found


def _paragraphs(lines: list[Line]) -> tuple[list[str], str]:
    """Join lines of one block into paragraphs; pull out the first credit line."""
    paragraphs: list[str] = []
    credit = ""
    last_block = None
    for line in lines:
        found = credit_parse(line.text)
        if found is not None and len(line.text) <= 200:
            credit = credit or found
            last_block = None
            continue
        if paragraphs and line.block == last_block and not line.level:
            paragraphs[-1] = f"{paragraphs[-1]} {line.text}"
        else:
            paragraphs.append(line.text)
        last_block = line.block
    return paragraphs, credit


def _assign_roles(names: list[str], roles: list[str]) -> list[ParsedAuthor]:
    if len(roles) == 1 and len(names) > 1:
        split = [r.strip() for r in roles[0].split(";")]
        roles = split if len(split) == len(names) else roles * len(names)
    return [ParsedAuthor(name, roles[i] if i < len(roles) else "") for i, name in enumerate(names)]


# A publisher's or wire's banner above the headline ("FAR SHORE NEWSWIRE -- ANALYSIS", "DELTA
# POST | OPINION", "RIVER WIRE: COMMENTARY"): all capitals, a name and a section label split by a
# dash, bar, slash or colon, a few words at most. It is no headline when a title-like line follows.
_BANNER = re.compile(r"^(?P<name>[^a-z]{2,50}?)\s*(?:\s--?\s|\s[—–|/]\s|:\s)\s*(?P<label>[^a-z]{2,30})$")


def _is_banner(text: str) -> bool:
    match = _BANNER.match(text.strip())
    return bool(match) and len(text.split()) <= 8 and all(any(c.isalpha() for c in match[g]) for g in ("name", "label"))


def _title_like(line: Line) -> bool:
    """A headline: some lower case, not body text, not a byline, a credit or a dateline."""
    return any(c.islower() for c in line.text) and is_short(line) and not is_dateline(line.text)


def _title_index(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if line.level == 1:
            return i
    if len(lines) > 1 and _is_banner(lines[0].text) and _title_like(lines[1]):
        return 1
    return 0


def _cut_boilerplate(lines: list[Line], after: int) -> list[Line]:
    for i in range(after, len(lines)):
        if BOILERPLATE.match(lines[i].text):
            return lines[:i]
    return lines


def document_parse(*, text: str, fmt: str | None = None, filename: str | None = None) -> ParsedDocument:
    """Parse a document into title, dek, date, URL and sections; raises DocumentError when no
    layout is recognised, saying what was found and what was expected."""
    fmt = fmt or format_detect(text=text, filename=filename)
    lines = lines_from_document(text=text, fmt=fmt)
    if not lines:
        raise DocumentError(f"{filename or 'document'}: no text found")
    title_at = _title_index(lines)
    title, body_lines = lines[title_at].text, lines[title_at + 1 :]
    document = _layout_parse(title, fmt, body_lines) or _anchor_parse(title, fmt, body_lines, filename)
    date, url = html_meta(text) if fmt == "html" else (None, "")
    document.published_on = date or text_dateline([line.text for line in lines])
    document.url = url
    return document


def _layout_parse(title: str, fmt: str, lines: list[Line]) -> ParsedDocument | None:
    """Layouts without a byline per section (contents list, live blog, survey)."""
    layout = layout_find(lines)
    if layout is None:
        return None
    lines = _cut_boilerplate(lines, layout.first)
    layout = layout_find(lines)
    if layout is None:
        return None
    sections, warnings = [], list(layout.warnings)
    for section, body in layout.sections:
        section.paragraphs, credit = _paragraphs(body)
        section.image_credit = section.image_credit or credit
        if section.paragraphs:
            sections.append(section)
        else:
            warnings.append(f"section {section.heading!r} has no body text and was skipped")
    if not sections:
        return None
    return ParsedDocument(title, _dek(lines[: layout.first]), sections, fmt, warnings)


def _dek(preface: list[Line]) -> str:
    kept = [line for line in preface if not PREFACE_NOISE.search(line.text) and not is_dateline(line.text)]
    paragraphs, _ = _paragraphs(kept)
    return paragraphs[0] if paragraphs else ""


def _anchor_parse(title: str, fmt: str, body_lines: list[Line], filename: str | None) -> ParsedDocument:
    """Layouts anchored on bylines or on names standing as headings."""
    structure = _Structure(body_lines)
    anchors = structure.anchors(0)
    if not anchors:
        raise DocumentError(_unrecognised(filename, body_lines))
    body_lines = _cut_boilerplate(body_lines, anchors[0].index)
    structure = _Structure(body_lines)
    anchors = [a for a in structure.anchors(0) if a.index < len(body_lines)]
    return _assemble(title, fmt, body_lines, structure, anchors)


_EXPECTED = (
    "expected one of: sections with a 'By Jane Doe' line (before or after the text); a person's name "
    "as a heading with a role line under it; a contents list of 'Name: heading' lines whose headings "
    "recur as sections (closed by 'Name is a … ' bios); timestamped live-blog entries ('18:40 — Jane "
    "Doe'); survey answers each followed by '- Name, title, institution'; an interview of 'Q: …?' "
    "questions and 'A: …' answers whose standfirst says 'Name is a …'"
)


def _unrecognised(filename: str | None, lines: list[Line]) -> str:
    """An error that shows the editor what the parser saw, so the document can be fixed."""
    headings = [line.text for line in lines if line.level or is_short(line)][:6]
    bylines = [
        line.text
        for line in lines
        if byline_parse(line.text) or name_shaped(line.text.lstrip("-–— "), min_tokens=2) or " is a " in line.text[:80]
    ][:6]
    found = f"headings found: {headings or 'none'}; candidate author lines: {bylines or 'none'}"
    return f"{filename or 'document'}: no recognisable sections ({found}; {_EXPECTED})"


def _split_heading(structure: _Structure, lo: int, hi: int) -> int | None:
    """Index of the section heading in lines[lo:hi] of a trailing-byline section."""
    for i in range(lo, hi):
        line = structure.lines[i]
        if (line.level or structure.short(i)) and (structure.sentence(i + 1) or structure.credit(i + 1)):
            return i
    return None


def _assemble(title: str, fmt: str, lines: list[Line], structure: _Structure, anchors: list[_Anchor]) -> ParsedDocument:
    sections: list[ParsedSection] = []
    warnings: list[str] = []
    preface: list[Line] = []
    open_section: tuple[ParsedSection, int] | None = None  # a leading section still collecting body
    cursor = 0

    def close(end: int) -> None:
        nonlocal open_section
        if open_section:
            section, start = open_section
            section.paragraphs, credit = _paragraphs(lines[start:end])
            section.image_credit = section.image_credit or credit
            open_section = None

    for anchor in anchors:
        authors = _assign_roles(anchor.names, anchor.roles)
        role_line = "; ".join(anchor.roles)
        if anchor.leading:
            start = anchor.heading_index if anchor.heading_index is not None else anchor.index
            if open_section:
                close(start)
            elif not sections:
                preface = lines[cursor:start]
            heading = lines[anchor.heading_index].text if anchor.heading_index is not None else anchor.names[0]
            section = ParsedSection(heading=heading, authors=authors, role_line=role_line)
            sections.append(section)
            open_section = (section, anchor.meta_end)
        else:
            lo = open_section[1] if open_section else cursor
            at = _split_heading(structure, lo, anchor.index)
            if at is None:
                warnings.append(f"author line {lines[anchor.index].text!r} has no section heading before it")
                at = lo - 1
            if open_section:
                close(max(at, lo))
            elif not sections:
                preface = lines[cursor : max(at, cursor)]
            paragraphs, credit = _paragraphs(lines[at + 1 : anchor.index])
            heading = lines[at].text if at >= lo else anchor.names[0]
            sections.append(ParsedSection(heading, authors, credit, paragraphs, role_line))
        cursor = anchor.meta_end
    close(len(lines))
    if not open_section and anchors and not anchors[-1].leading and cursor < len(lines):
        warnings.append(f"ignored {len(lines) - cursor} line(s) after the last author line")

    kept = []
    for section in sections:
        if section.paragraphs:
            kept.append(section)
        else:
            warnings.append(f"section {section.heading!r} has no body text and was skipped")
    if not kept:
        raise DocumentError("no recognisable sections (every section found had no body text)")
    return ParsedDocument(title=title, dek=_dek(preface), sections=kept, format=fmt, warnings=warnings)
