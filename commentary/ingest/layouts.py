"""Publishing layouts that are not anchored on a "By …" line under each heading.

Each reader takes the flattened lines after the title and returns the sections it finds,
or None when the document does not have its shape. They read shapes and positions only:

- **table of contents**: a run of two or more "Name: heading" lines (often after a "Click to
  jump to an expert reaction:" line); each heading reappears later as a line of its own and
  opens that expert's section, which has no byline. A closing bio line ("Name is a senior
  fellow at …") ends the section and gives the role.
- **live blog**: two or more timestamp lines ("18:40 KST — Jane Doe", "16:05 — Analysis by
  Jane Doe"), newest first; the author is named in the timestamp line or on the entry's first
  line ("By Jane Doe" or a name alone).
- **Q&A interview**: "Q: …" questions, each answered in "A: …" paragraphs by the one expert
  the standfirst introduces ("Name is a senior researcher at …"); each question is a section.
- **survey**: answers followed by their attribution "- Name, title, institution" (a list
  item in Markdown and HTML), grouped under category headings; the role is the rest of that
  line, and the answer's enclosing quotation marks are not part of the body.
"""

import re
from dataclasses import dataclass

from .blocks import Line
from .shapes import ROLE_WORDS, ParsedAuthor, ParsedSection, byline_parse, is_sentence, name_shaped, normalize_name


@dataclass
class Layout:
    name: str
    sections: list[tuple[ParsedSection, list[Line]]]  # each section with its body lines
    first: int  # index of the first line that belongs to a section (the preface ends here)
    warnings: list[str]


# --- table of contents -------------------------------------------------------------------------

_CONTENTS = re.compile(r"^(?P<name>[^:]{3,60}?)\s*:\s+(?P<heading>\S.{2,200})$")
_JUMP = re.compile(r"\b(?:jump|skip|go)\s+to\b|\bcontents\b|\bin this (?:piece|article)\b", re.IGNORECASE)


def _heading_key(text: str) -> str:
    return " ".join(text.casefold().strip(" .:;!?\"'“”‘’").split())


def _contents_run(lines: list[Line]) -> list[tuple[int, str, str]]:
    """The first run of two or more consecutive "Name: heading" lines."""
    run: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        match = _CONTENTS.match(line.text)
        if match and not line.level and name_shaped(match["name"], min_tokens=2):
            if run and run[-1][0] != i - 1:
                if len(run) >= 2:
                    return run
                run = []
            run.append((i, match["name"].strip(), match["heading"].strip()))
        elif len(run) >= 2:
            return run
        else:
            run = []
    return run if len(run) >= 2 else []


def _bio(lines: list[Line], name: str) -> tuple[int, str] | None:
    """(index, role) of the closing "Name is a senior fellow at …" line for `name`, if any."""
    wanted = {normalize_name(name), normalize_name(name.split()[-1])}
    pattern = re.compile(r"^(?P<who>.{2,60}?)\s+(?:is|was|serves as)\s+(?:a|an|the)?\s*(?P<role>.+?)\.?$")
    for i in range(len(lines) - 1, -1, -1):
        match = pattern.match(lines[i].text)
        if match and normalize_name(match["who"]) in wanted and len(lines[i].text) <= 400:
            return i, match["role"].strip()
    return None


def toc_layout(lines: list[Line]) -> Layout | None:
    run = _contents_run(lines)
    if not run:
        return None
    positions, after = [], run[-1][0] + 1
    for _, _, heading in run:
        at = next((j for j in range(after, len(lines)) if _heading_key(lines[j].text) == _heading_key(heading)), None)
        if at is None:
            return None  # a contents list whose headings do not recur is not this layout
        positions.append(at)
        after = at + 1
    sections, warnings = [], []
    for n, ((_, name, heading), at) in enumerate(zip(run, positions, strict=True)):
        end = positions[n + 1] if n + 1 < len(positions) else len(lines)
        body = lines[at + 1 : end]
        role = ""
        if bio := _bio(body, name):
            body, role = body[: bio[0]], bio[1]  # the bio closes the section
        else:
            warnings.append(f"section {heading!r}: no closing bio line for {name}")
        sections.append((ParsedSection(lines[at].text, [ParsedAuthor(name, role)], role_line=role), body))
    first = run[0][0] - (1 if run[0][0] and _JUMP.search(lines[run[0][0] - 1].text) else 0)
    return Layout("table of contents", sections, first, warnings)


# --- live blog ---------------------------------------------------------------------------------

_STAMP = re.compile(
    r"^(?P<stamp>(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5}\b)?)"
    r"(?:\s*(?:[—–|-]|:)\s*(?P<rest>\S.{0,150}))?$",
    re.IGNORECASE,
)
_BY_PREFIX = re.compile(r"^(?:[\w ]{0,30}?\bby\s+)?(?P<name>.+)$", re.IGNORECASE)


def _name_in(text: str) -> str | None:
    """A person's name alone, or after "By"/"Analysis by"/"Update by"."""
    match = _BY_PREFIX.match(text.strip())
    name = match["name"].strip(" .") if match else ""
    return name if name_shaped(name, min_tokens=2) else None


def liveblog_layout(lines: list[Line]) -> Layout | None:
    stamps = [i for i, line in enumerate(lines) if _STAMP.match(line.text) and not is_sentence(line)]
    if len(stamps) < 2:
        return None
    sections, warnings = [], []
    for n, at in enumerate(stamps):
        end = stamps[n + 1] if n + 1 < len(stamps) else len(lines)
        match = _STAMP.match(lines[at].text)
        body, authors = lines[at + 1 : end], []
        heading = match["stamp"]
        if match["rest"] and (name := _name_in(match["rest"])):
            authors = [ParsedAuthor(name)]
        elif match["rest"]:
            heading = f"{heading} — {match['rest']}"
        if not authors and body:
            parsed = byline_parse(body[0].text)
            if parsed or (not is_sentence(body[0]) and _name_in(body[0].text)):
                names, role = parsed or ([_name_in(body[0].text)], "")
                body = body[1:]
                if not role and len(body) > 1 and not is_sentence(body[0]) and is_sentence(body[1]):
                    role, body = body[0].text, body[1:]  # a role line under the byline
                authors = [ParsedAuthor(name, role) for name in names]
        if not authors:
            warnings.append(f"live-blog entry {heading!r} names no author")
        sections.append((ParsedSection(heading, authors), body))
    return Layout("live blog", sections, stamps[0], warnings)


# --- survey ------------------------------------------------------------------------------------

_ATTRIBUTION = re.compile(r"^(?:[-–—―]\s*)?(?P<name>[^,]{3,60}?)(?:\s*,\s*(?P<role>\S.*))?$")


def _attribution(line: Line) -> ParsedAuthor | None:
    dashed = line.marker == "-" or line.text[:1] in "-–—―"
    match = _ATTRIBUTION.match(line.text) if dashed and len(line.text) <= 250 and not line.level else None
    if not match or not name_shaped(match["name"], min_tokens=2):
        return None
    return ParsedAuthor(match["name"].strip(), (match["role"] or "").strip())


_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’", "«": "»"}


def _unquote(body: list[Line]) -> list[Line]:
    """An answer printed between quotation marks: the marks are typography, not the expert's words."""
    if not body:
        return body
    first, last = body[0].text, body[-1].text
    close = _QUOTES.get(first[:1])
    if not close or not last.endswith(close):
        return body
    body = list(body)
    body[0] = Line(first[1:], body[0].block, body[0].level)
    body[-1] = Line(body[-1].text[:-1], body[-1].block, body[-1].level)
    return [line for line in body if line.text.strip()]


def survey_layout(lines: list[Line]) -> Layout | None:
    marks = [i for i, line in enumerate(lines) if _attribution(line) and i and is_sentence(lines[i - 1])]
    if len(marks) < 2:
        return None
    sections, heading, start, first, heading_at = [], "", None, None, None
    for i, line in enumerate(lines):
        if i in marks:
            author = _attribution(line)
            begin = start if start is not None else _block_start(lines, i - 1)
            if first is None:
                first = heading_at if heading_at is not None else begin
            body = _unquote(lines[begin:i])
            sections.append((ParsedSection(heading or author.name, [author], role_line=author.role), body))
            start = i + 1
        elif line.level or (not is_sentence(line) and i + 1 < len(lines) and is_sentence(lines[i + 1])):
            heading, start, heading_at = line.text, i + 1, i  # a category heading opens the next answers
    return Layout("survey", sections, first or 0, [])


def _block_start(lines: list[Line], i: int) -> int:
    """First line of the paragraph holding line i: the first answer before any heading."""
    while i > 0 and lines[i - 1].block == lines[i].block:
        i -= 1
    return i


# --- Q&A interview -----------------------------------------------------------------------------

_QUESTION = re.compile(r"^(?:Q|Question)\s*[:.\u2013\u2014-]\s*(?P<question>\S.{2,300})$")
_ANSWER = re.compile(r"^(?:A|Answer)\s*[:.\u2013\u2014-]\s*")
# "Oleg Marchenko is a senior researcher at the Vistula Centre." in the standfirst: the one
# expert and their role (the first sentence only; the interviewer's byline is not an expert).
# Without an article the role must open with a role noun ("Jane Doe is professor of history
# at …", "… is director of …"), so that "Jane Doe is ready to talk" is no bio.
_ROLE_NOUN = r"(?i:" + "|".join(sorted(ROLE_WORDS | {"dean", "rector", "chief"})) + r")\b"
_STANDFIRST_BIO = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<who>[A-Z][^.,;:!?]{2,60}?)\s+(?:is|was|serves as)\s+"
    r"(?:(?:a|an|the)\s+|(?=" + _ROLE_NOUN + r"))(?P<role>[^.!?]+?)\."
)


def _interviewee(preface: list[Line]) -> ParsedAuthor | None:
    for line in preface:
        for match in _STANDFIRST_BIO.finditer(line.text):
            if name_shaped(match["who"], min_tokens=2):
                return ParsedAuthor(match["who"].strip(), match["role"].strip())
    return None


def qa_layout(lines: list[Line]) -> Layout | None:
    """An interview: "Q: …" lines (often bold) each followed by an "A: …" answer, the one expert
    named in the standfirst's bio sentence. Each question is a section of that expert."""
    questions = [i for i, line in enumerate(lines) if _QUESTION.match(line.text) and line.text.rstrip().endswith("?")]
    if len(questions) < 2:
        return None
    expert = _interviewee(lines[: questions[0]])
    if expert is None:
        return None  # answers whose speaker the page does not name are no one's takeaways
    sections = []
    for n, at in enumerate(questions):
        end = questions[n + 1] if n + 1 < len(questions) else len(lines)
        body = list(lines[at + 1 : end])
        if body:
            body[0] = Line(_ANSWER.sub("", body[0].text, count=1), body[0].block, body[0].level, body[0].marker)
        heading = _QUESTION.match(lines[at].text)["question"].strip()
        sections.append((ParsedSection(heading, [ParsedAuthor(expert.name, expert.role)], role_line=expert.role), body))
    return Layout("interview", sections, questions[0], [])


LAYOUTS = (toc_layout, qa_layout, liveblog_layout, survey_layout)


def layout_find(lines: list[Line]) -> Layout | None:
    """The first layout whose shape the lines have, tried strongest signal first."""
    for reader in LAYOUTS:
        if found := reader(lines):
            return found
    return None
