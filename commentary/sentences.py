"""The sentence around a span of a takeaway body: the quote in its context.

Plain rules, no language model: a sentence ends at `.`, `!` or `?` (with any closing quote
or bracket) followed by white space and then an upper-case letter, a digit or an opening
quote, or at a paragraph break. Abbreviations that commonly end in a full stop before a
capital ("U.S.", "Art.", "Mr.") do not end a sentence. A sentence longer than
MAX_SENTENCE_CHARS is cut to that many characters around the span, so a list of rows
stays small whatever the body.

The boundaries around a span come from one scan of the whole body, remembered for the last
few bodies: an export renders each span of a takeaway in turn, and scanning the body from
its start again for each span was most of a mention export's time (docs/performance.md
section 5). The result is the same as scanning up to and from the span (a test compares
them).
"""

import re
from bisect import bisect_left
from functools import lru_cache

MAX_SENTENCE_CHARS = 600
_END = re.compile(r"""[.!?]['"’”)\]]*\s+(?=[A-Z0-9"“‘'(\[])|\n\s*\n""")
# A sentence's own closing punctuation: the mark and any closing quotes or brackets after it.
_CLOSING = re.compile(r"""[.!?]['"’”)\]]*""")
_ABBREVIATIONS = ("U.S.", "U.N.", "U.K.", "Art.", "Arts.", "Mr.", "Ms.", "Mrs.", "Dr.", "No.", "St.", "Gen.", "vs.")


def _ends_abbreviation(body: str, end: int) -> bool:
    head = body[max(0, end - 6) : end + 1].rstrip()
    return head.endswith(_ABBREVIATIONS)


@lru_cache(maxsize=64)
def _boundaries(body: str) -> tuple[list[int], list[int]]:
    """Where every boundary match of a scan of the whole body starts and ends."""
    matches = list(_END.finditer(body))
    return [match.start() for match in matches], [match.end() for match in matches]


def _sentence_start(body: str, start: int) -> int:
    """The end of the last boundary (not an abbreviation) that ends at or before `start`.
    The scan sees one character past `start`: a boundary is recognised by the capital that
    follows it, and a span that begins a sentence begins with that capital. Whole-body
    matches ending before `start` are exactly that scan's matches up to there, so only the
    stretch after the last of them is scanned again, with the same stop."""
    starts, ends = _boundaries(body)
    before = bisect_left(ends, start)
    first = None
    for match in _END.finditer(body, ends[before - 1] if before else 0, min(len(body), start + 1)):
        if match.end() <= start and not _ends_abbreviation(body, match.start()):
            first = match.end()
    if first is not None:
        return first
    for index in range(before - 1, -1, -1):
        if not _ends_abbreviation(body, starts[index]):
            return ends[index]
    return 0


def _sentence_end(body: str, end: int) -> int:
    """Where the first boundary (not an abbreviation) a scan from `end` finds begins, its
    punctuation and closing quotes kept. A scan from `end` meets the whole-body matches
    starting there or later, unless a whole-body match runs across `end`: then it is
    scanned as such."""
    starts, ends = _boundaries(body)
    after = bisect_left(starts, end)
    if after and ends[after - 1] > end:
        boundaries = (match.start() for match in _END.finditer(body, end))
    else:
        boundaries = iter(starts[after:])
    for boundary in boundaries:
        if not _ends_abbreviation(body, boundary):
            closing = _CLOSING.match(body, boundary)
            return closing.end() if closing else boundary
    return len(body)


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """[first, last) of the sentence holding body[start:end] (several if the span crosses)."""
    first = _sentence_start(body, start)
    last = len(body[: _sentence_end(body, end)].rstrip())
    if last - first > MAX_SENTENCE_CHARS:
        room = max(0, MAX_SENTENCE_CHARS - (end - start)) // 2
        first, last = max(first, start - room), min(last, end + room)
    return first, last


def sentence_around(body: str, start: int, end: int) -> str:
    first, last = sentence_bounds(body, start, end)
    return body[first:last].strip()
