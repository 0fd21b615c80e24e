"""Line shapes the structural parsers read: bylines, credits, names, sentences, short lines.

Shapes only, never known content: a name is capitalised words, a byline is "By" and names, a
sentence ends like one or is long, anything else short is a heading or a role line.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from .blocks import Line

_PARTICLES = {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "bin", "ibn", "al", "la", "le", "dos"}
# Words that make a comma-separated byline part a job title rather than a name
# ("By Jane Doe, Senior Fellow"): a general vocabulary of role nouns, not any one site's.
ROLE_WORDS = {
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
BOILERPLATE = re.compile(
    r"^(?:stay (?:informed|up[ -]to[ -]date|in touch|connected)|subscribe\b|sign up\b|join our\b|"
    r"get (?:our|the) (?:latest|newsletter)|newsletter\b|follow us\b|share (?:this|on|the)\b|"
    r"related (?:posts|articles|content|reading|experts|topics)\b|more from\b|you may also like|i['’]?m interested in|"
    r"©|copyright\b|all rights reserved|back to top|tags?:|"
    r"this (?:interview|conversation|transcript) (?:has been|was) (?:edited|condensed)|"
    # related-links and see-also lines ("More on this story: …", "Read more: …", "Share: X ·
    # Email"): with their colon, so that prose opening "See also how …" stays
    r"(?:more on this (?:story|topic|subject)|read more|see also|related(?: links| stories| coverage)?|"
    r"further reading|more coverage|recommended(?: reading)?|share)\s*[:：])",
    re.IGNORECASE,
)
PREFACE_NOISE = re.compile(
    r"\b(?:also available (?:on|at)|originally (?:published|appeared)|first (?:published|appeared))\b", re.IGNORECASE
)
MAX_HEADING_CHARS = 120
MAX_HEADING_WORDS = 18


def _name_tokens_ok(tokens: list[str]) -> bool:
    for token in tokens:
        bare = token.strip(".,")
        if bare.lower() in _PARTICLES:
            continue
        if not bare or not bare[0].isupper() or bare.lower() in ROLE_WORDS:
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
