"""Flatten text, Markdown or HTML into `Line`s: the one shape the structural parser reads.

Each format only tells us two things the parser cannot guess from plain lines: which lines
the author marked as headings (and at what level), and which lines belong to the same
paragraph (so hard-wrapped paragraphs are joined again).
"""

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup, Comment, Doctype, NavigableString, Tag
from markdown_it import MarkdownIt

FORMATS = ("text", "markdown", "html")


@dataclass(frozen=True)
class Line:
    text: str
    block: int  # lines of one block (paragraph) share this number
    level: int = 0  # heading level marked in the source (1-6), 0 when unmarked
    marker: str = ""  # "-" for a list item: a survey's "- Name, title" attribution is one in Markdown


_WS = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def _clean(text: str) -> str:
    """HTML whitespace is not significant: collapse it."""
    return _WS.sub(" ", text).strip()


def _strip(text: str) -> str:
    """Text and Markdown keep inner spacing as written, so body text stays byte-equal to the source."""
    return text.strip(" \t\r\n\u00a0\u200b\ufeff")


def format_detect(*, text: str, filename: str | None = None) -> str:
    """The document's format, from the file extension or else from its content."""
    suffix = (filename or "").lower().rsplit(".", 1)[-1] if filename and "." in filename else ""
    if suffix in {"html", "htm", "xhtml"}:
        return "html"
    if suffix in {"md", "markdown", "mdown"}:
        return "markdown"
    if suffix == "txt":
        return "text"
    head = text.lstrip()[:2000].lower()
    if head.startswith("<") and re.search(r"<(html|body|p|h[1-6]|div|article)\b", head):
        return "html"
    if re.search(r"^#{1,6} \S", text, re.MULTILINE):
        return "markdown"
    return "text"


def lines_from_text(text: str) -> list[Line]:
    """Blank lines separate blocks; every non-blank line is kept."""
    lines, block = [], 0
    for raw in text.splitlines():
        cleaned = _strip(raw)
        if not cleaned:
            block += 1
            continue
        lines.append(Line(cleaned, block))
    return lines


def _inline_text(token) -> str:
    parts = []
    for child in token.children or []:
        if child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
        elif child.type in {"text", "code_inline", "html_inline"}:
            parts.append(child.content if child.type != "html_inline" else "")
        elif child.type == "image":
            parts.append(child.content)
    return "".join(parts)


def _closing_note_start(tokens) -> int | None:
    """Where a closing note begins: the last thematic break (`---`) when everything after it is
    paragraphs set wholly in emphasis ("*This interview was recorded on … Related: …*"), with no
    heading: an edit note or a related-links line is the page's, not the last writer's."""
    breaks = [i for i, token in enumerate(tokens) if token.type == "hr"]
    if not breaks:
        return None
    after = tokens[breaks[-1] + 1 :]
    inlines = [token for token in after if token.type == "inline"]
    if not inlines or any(token.type == "heading_open" for token in after):
        return None
    for token in inlines:
        kinds = [child.type for child in token.children or [] if child.type != "text" or child.content.strip()]
        if not kinds or kinds[0] not in {"em_open", "strong_open"} or kinds[-1] not in {"em_close", "strong_close"}:
            return None
        depth = 0
        for kind in kinds[:-1]:  # the opening emphasis must close only at the very end
            depth += 1 if kind in {"em_open", "strong_open"} else -1 if kind in {"em_close", "strong_close"} else 0
            if depth == 0:
                return None
    return breaks[-1]


def lines_from_markdown(text: str) -> list[Line]:
    """Headings keep their level; a paragraph's soft line breaks become separate lines of one block.
    A closing note after the last rule (see `_closing_note_start`) is left out."""
    tokens = MarkdownIt("commonmark").parse(text)
    if (cut := _closing_note_start(tokens)) is not None:
        tokens = tokens[:cut]
    lines: list[Line] = []
    level, block, items = 0, 0, 0
    for token in tokens:
        if token.type == "heading_open":
            level = int(token.tag[1])
        elif token.type in {"list_item_open", "list_item_close"}:
            items += 1 if token.type == "list_item_open" else -1
        elif token.type == "inline":
            block += 1
            for part in _inline_text(token).split("\n"):
                if cleaned := _strip(part):
                    lines.append(Line(cleaned, block, level, "-" if items else ""))
        elif token.type == "heading_close":
            level = 0
    return lines


# Page furniture that never holds the article's text.
_HTML_DROP = ["script", "style", "noscript", "template", "nav", "footer", "form", "aside", "button", "svg", "iframe"]
# Furniture marked by its class or id rather than its tag: share bars, tag lists, related links.
_FURNITURE = re.compile(
    r"(?:^|[-_\s])(?:share|sharing|social|tags?|related|newsletter|breadcrumbs?|subscribe|promo|byline-social)"
    r"(?:$|[-_\s])",
    re.IGNORECASE,
)
_HTML_BLOCKS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "figcaption", "blockquote", "pre", "dt", "dd", "td"}
_HTML_CONTAINERS = {"div", "section", "article", "main", "header", "figure", "body", "span"}


def _html_text(tag: Tag) -> str:
    parts = []
    for node in tag.descendants:
        if isinstance(node, Comment | Doctype):
            continue
        if isinstance(node, NavigableString):
            parts.append(str(node))
        elif node.name == "br":
            parts.append("\n")
    return "".join(parts)


def _is_furniture(tag: Tag) -> bool:
    if tag.name in {"html", "body", "main", "article"} or tag.decomposed:
        return False
    names = " ".join([*(tag.get("class") or []), tag.get("id") or ""])
    return bool(names.strip()) and bool(_FURNITURE.search(names))


def lines_from_html(text: str) -> list[Line]:
    """Block elements in document order; <br> splits lines within one block."""
    soup = BeautifulSoup(text, "html.parser")
    for name in _HTML_DROP:
        for tag in soup.find_all(name):
            tag.decompose()
    for tag in soup.find_all(_is_furniture):
        tag.decompose()
    root = soup.body or soup
    lines: list[Line] = []
    block = 0

    def emit(tag: Tag, level: int, item: bool = False) -> None:
        nonlocal block
        block += 1
        for part in _html_text(tag).split("\n"):
            if cleaned := _clean(part):
                lines.append(Line(cleaned, block, level, "-" if item else ""))

    def walk(node: Tag) -> None:
        loose: list = []
        for child in node.children:
            if isinstance(child, Tag) and (child.name in _HTML_BLOCKS or child.find(_HTML_BLOCKS)):
                if loose:
                    _flush_loose(loose)
                    loose = []
                if child.name in _HTML_BLOCKS and not (child.name in {"li", "blockquote", "td"} and child.find("p")):
                    emit(child, int(child.name[1]) if re.fullmatch(r"h[1-6]", child.name) else 0, child.name == "li")
                else:
                    walk(child)
            else:
                loose.append(child)
        if loose:
            _flush_loose(loose)

    def _flush_loose(nodes: list) -> None:
        # Text sitting directly in a container (<div>By Jane Doe<br>Fellow</div>) is a block too.
        nonlocal block
        block += 1
        buffer = []
        for node in nodes:
            if isinstance(node, Comment | Doctype):
                continue
            if isinstance(node, NavigableString):
                buffer.append(str(node))
            elif node.name == "br":
                buffer.append("\n")
            else:
                buffer.append(_html_text(node))
        for part in "".join(buffer).split("\n"):
            if cleaned := _clean(part):
                lines.append(Line(cleaned, block, 0))

    walk(root)
    if not any(line.level == 1 for line in lines) and soup.title and _clean(soup.title.get_text()):
        lines.insert(0, Line(_clean(soup.title.get_text()), 0, 1))
    return lines


def lines_from_document(*, text: str, fmt: str) -> list[Line]:
    if fmt == "html":
        return lines_from_html(text)
    if fmt == "markdown":
        return lines_from_markdown(text)
    return lines_from_text(text)
