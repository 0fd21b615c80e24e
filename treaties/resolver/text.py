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


# An en dash between two words joins them ("Soviet–North Korean"); spaced, or an em dash, it
# breaks the clause.
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2012\u2014\u2015]|\s[-\u2013]\s|(?<!\w)\u2013|\u2013(?!\w)")


def clause_bounds(text: str, index: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around `index` within [lo, hi): bounded by commas, semicolons, brackets, dashes."""
    start = lo
    for match in _CLAUSE_BREAK.finditer(text, lo, index):
        start = match.end()
    found = _CLAUSE_BREAK.search(text, index, hi)
    return start, found.start() if found else hi


YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
TREATY_KEYWORD = re.compile(r"\b(treaty|pact|agreement|accord|convention|charter|alliance)\b", re.IGNORECASE)
_PHRASE_WORD = re.compile(r"[\w'\"().\u2013-]+")
_PHRASE_DETERMINERS = {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our"}
_PHRASE_BREAKS = {"and", "or", "to", "for", "in", "on", "of", "is", "was", "has", "have", "had", "be", "by"}
_TAIL_WORDS = {"between", "with", "signed", "concluded", "of", "since", "from"}


def treaty_phrase_spans(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Rough extents of the treaty noun phrases in [lo, hi): up to six modifier words before
    the keyword, and its tail to the end of the clause when one follows ("the 1961 treaty with
    Moscow", "the treaty Moscow signed with Pyongyang in 2000"). A year inside such a phrase
    dates that treaty, not the rest of the sentence."""
    spans = []
    for match in TREATY_KEYWORD.finditer(folded, lo, hi):
        start = match.start()
        for word in reversed(list(_PHRASE_WORD.finditer(folded, max(lo, start - 80), match.start()))[-6:]):
            if folded[word.end() : start].strip(' "') or word.group(0).lower() in _PHRASE_BREAKS:
                break
            start = word.start()
            if word.group(0).lower() in _PHRASE_DETERMINERS:
                break  # the phrase begins at its determiner
        end = match.end()
        tail = _PHRASE_WORD.search(folded, end, hi)
        if (
            tail
            and not folded[end : tail.start()].strip()
            and (tail.group(0).lower() in _TAIL_WORDS or tail.group(0)[0].isupper())
        ):
            end = clause_bounds(folded, end, end, hi)[1]
        spans.append((start, end))
    return spans


@lru_cache(maxsize=32)
def _starts(sentences: tuple[tuple[int, int], ...]) -> list[int]:
    return [start for start, _ in sentences]
