"""Text helpers shared by the matchers. Every transformation keeps offsets unchanged."""

import bisect
import re
from functools import lru_cache

# One character in, one character out, so offsets in the normalised text are offsets in the original.
_FOLD = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2010": "-",
        "\u2011": "-",
    }
)
DASHES = "-\u2012\u2013\u2014\u2015"


@lru_cache(maxsize=32)  # the matchers fold the same text several times; strings cache their hash
def fold(text: str) -> str:
    """Unicode quotes and apostrophes to ASCII, odd spaces to spaces, hyphen variants to '-'."""
    return text.translate(_FOLD)


@lru_cache(maxsize=32)
def match_key(text: str) -> str:
    """For name matching: folded, and hyphens equal spaces ("Kim Jong-un" = "Kim Jong Un")."""
    return fold(text).replace("-", " ")


_ABBREVIATIONS = {
    "art", "arts", "no", "nos", "e.g", "i.e", "cf", "vs", "mr", "mrs", "ms", "dr", "st", "gen", "sec", "u.s",
}  # fmt: skip
_SENTENCE_END = re.compile(r"[.!?]['\")\]]*\s+(?=['\"(\[]?[A-Z0-9])|\n\s*\n")


@lru_cache(maxsize=32)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence; abbreviations ("Art.", "e.g.") and initials ("J.") do not end one."""
    folded = fold(text)
    spans, start = [], 0
    for match in _SENTENCE_END.finditer(folded):
        before = folded[start : match.start() + 1]
        word = re.search(r"([\w.]+)\.$", before)
        if word and (word.group(1).lower() in _ABBREVIATIONS or re.fullmatch(r"[A-Z]", word.group(1))):
            continue
        spans.append((start, match.start() + 1))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return tuple(spans)


def sentence_at(sentences: tuple[tuple[int, int], ...], index: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding `index` (binary search)."""
    starts = _starts(sentences)
    at = bisect.bisect_right(starts, index) - 1
    if at >= 0 and sentences[at][0] <= index < sentences[at][1]:
        return sentences[at]
    return (sentences[at][0], sentences[at][1]) if at >= 0 else (0, index + 1)


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]" + DASHES[1:] + r"]|\s-\s")


def clause_bounds(text: str, index: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around `index` within [lo, hi): bounded by commas, semicolons, brackets, dashes."""
    start = lo
    for match in _CLAUSE_BREAK.finditer(text, lo, index):
        start = match.end()
    found = _CLAUSE_BREAK.search(text, index, hi)
    return start, found.start() if found else hi


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@lru_cache(maxsize=32)
def _starts(sentences: tuple[tuple[int, int], ...]) -> list[int]:
    return [start for start, _ in sentences]
