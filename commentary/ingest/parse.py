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
import unicodedata
from dataclasses import dataclass, field

from .blocks import Line, format_detect, lines_from_document
from .load import DocumentError


@dataclass
class ParsedAuthor:
    name: str
    role: str = ""


@dataclass
class ParsedSection:
    heading: str
    authors: list[ParsedAuthor]
    image_credit: str = ""
    paragraphs: list[str] = field(default_factory=list)
    role_line: str = ""

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class ParsedDocument:
    title: str
    dek: str
    sections: list[ParsedSection]
    format: str = "text"
    warnings: list[str] = field(default_factory=list)
    published_on: datetime.date | None = None  # read from the document (meta, JSON-LD, dateline)
    url: str = ""  # canonical URL read from the document


# --- line shapes -------------------------------------------------------------------------

_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "dos"}
# Words that make a comma-separated byline part a job title rather than a name
# ("By Jane Doe, Senior Fellow"): a general vocabulary of role nouns, not any one site's.
_ROLE_WORDS = {
    "fellow", "director", "professor", "president", "chair", "chairman", "editor", "analyst", "researcher",
    "associate", "manager", "head", "lead", "senior", "adjunct", "visiting", "program", "programme", "center",
    "centre", "institute", "university", "staff", "correspondent", "contributor", "scholar", "lecturer",
}  # fmt: skip
_BYLINE = re.compile(r"^(?:by|BY|By)\s+(?P<names>.+?)\s*$")
_NAME_SPLIT = re.compile(r"\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_CREDIT = re.compile(
    r"^(?:(?:image|photo|photograph|picture|cover|header|feature)\s+)?"
    r"(?:source|credit|credits|photo|image|photograph|courtesy)\s*[:：]\s*(?P<credit>\S.{0,200})$",
    re.IGNORECASE,
)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]»]*$")
_BOILERPLATE = re.compile(
    r"^(?:stay (?:informed|up[ -]to[ -]date|in touch|connected)|subscribe\b|sign up\b|join our\b|"
    r"get (?:our|the) (?:latest|newsletter)|newsletter\b|follow us\b|share (?:this|on)\b|"
    r"related (?:posts|articles|content|reading)\b|more from\b|you may also like|i['’]?m interested in|"
    r"©|copyright\b|all rights reserved|back to top|tags?:)",
    re.IGNORECASE,
)
_PREFACE_NOISE = re.compile(
    r"\b(?:also available (?:on|at)|originally (?:published|appeared)|first (?:published|appeared))\b", re.IGNORECASE
)
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 18


def _name_tokens_ok(tokens: list[str]) -> bool:
    for token in tokens:
        bare = token.strip(".,")
        if bare.lower() in _PARTICLES:
            continue
        if not bare or not bare[0].isupper() or bare.lower() in _ROLE_WORDS:
            return False
        if not all(ch.isalpha() or ch in "'’-." for ch in bare):
            return False
    return True


def name_shaped(text: str, *, min_tokens: int = 1) -> bool:
    """A person's name: 1-5 capitalised words (particles and initials allowed), no digits."""
    tokens = text.split()
    return min_tokens <= len(tokens) <= 5 and _name_tokens_ok(tokens)


def byline_parse(text: str) -> tuple[list[str], str] | None:
    """(names, role written on the same line) for a "By …" line, else None."""
    match = _BYLINE.match(text)
    if not match or len(text) > 200:
        return None
    parts = [p.strip(" .") for p in _NAME_SPLIT.split(match["names"]) if p.strip(" .")]
    names: list[str] = []
    for index, part in enumerate(parts):
        if name_shaped(part):
            names.append(part)
            continue
        if names and index > 0:  # "By Jane Doe, Senior Fellow at X": the rest is a role
            rest = match["names"].split(part, 1)[0]
            return names, match["names"][len(rest) :].strip()
        return None
    return (names, "") if names else None


def credit_parse(text: str) -> str | None:
    match = _CREDIT.match(text)
    return match["credit"].strip() if match else None


def is_sentence(line: Line) -> bool:
    """Body text: ends like a sentence, or is too long or wordy to be a heading or role."""
    if line.level:
        return False
    text = line.text
    return bool(_TERMINAL.search(text)) or len(text) > MAX_HEADING_CHARS or len(text.split()) > MAX_HEADING_WORDS


def is_short(line: Line) -> bool:
    """Heading- or role-shaped: not body text, not a byline, not a credit."""
    return not is_sentence(line) and byline_parse(line.text) is None and credit_parse(line.text) is None


def normalize_name(name: str) -> str:
    """Comparison key for people's names: no diacritics, case, hyphens or punctuation."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = re.sub(r"[-‐‑–—_.'’]", " ", bare.casefold())
    return " ".join(bare.split())


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


def _title_index(lines: list[Line]) -> int:
    for i, line in enumerate(lines):
        if line.level == 1:
            return i
    return 0


def _cut_boilerplate(lines: list[Line], after: int) -> list[Line]:
    for i in range(after, len(lines)):
        if _BOILERPLATE.match(lines[i].text):
            return lines[:i]
    return lines


def document_parse(*, text: str, fmt: str | None = None, filename: str | None = None) -> ParsedDocument:
    """Parse a document into title, dek and sections; raises DocumentError when none are found."""
    fmt = fmt or format_detect(text=text, filename=filename)
    lines = lines_from_document(text=text, fmt=fmt)
    if not lines:
        raise DocumentError(f"{filename or 'document'}: no text found")
    title_at = _title_index(lines)
    title, body_lines = lines[title_at].text, lines[title_at + 1 :]
    structure = _Structure(body_lines)
    anchors = structure.anchors(0)
    if not anchors:
        raise DocumentError(
            f"{filename or 'document'}: no recognisable sections "
            "(expected section headings with an author line such as 'By Jane Doe')"
        )
    body_lines = _cut_boilerplate(body_lines, anchors[0].index)
    structure = _Structure(body_lines)
    anchors = [a for a in structure.anchors(0) if a.index < len(body_lines)]
    return _assemble(title, fmt, body_lines, structure, anchors)


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
    dek_paragraphs, _ = _paragraphs([line for line in preface if not _PREFACE_NOISE.search(line.text)])
    return ParsedDocument(
        title=title, dek=dek_paragraphs[0] if dek_paragraphs else "", sections=kept, format=fmt, warnings=warnings
    )
