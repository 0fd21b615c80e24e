"""The sentence around a span of a takeaway body: the quote in its context.

Plain rules, no language model: a sentence ends at `.`, `!` or `?` (with any closing quote
or bracket) followed by white space and then an upper-case letter, a digit or an opening
quote, or at a paragraph break. Abbreviations that commonly end in a full stop before a
capital ("U.S.", "Art.", "Mr.") do not end a sentence. A sentence longer than
MAX_SENTENCE_CHARS is cut to that many characters around the span, so a list of rows
stays small whatever the body.
"""

import re

MAX_SENTENCE_CHARS = 600
_END = re.compile(r"""[.!?]['"’”)\]]*\s+(?=[A-Z0-9"“‘'(\[])|\n\s*\n""")
_ABBREVIATIONS = ("U.S.", "U.N.", "U.K.", "Art.", "Arts.", "Mr.", "Ms.", "Mrs.", "Dr.", "No.", "St.", "Gen.", "vs.")


def _ends_abbreviation(body: str, end: int) -> bool:
    head = body[max(0, end - 6) : end + 1].rstrip()
    return any(head.endswith(abbreviation) for abbreviation in _ABBREVIATIONS)


def sentence_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """[first, last) of the sentence holding body[start:end] (several if the span crosses)."""
    first = 0
    for match in _END.finditer(body, 0, start):
        if not _ends_abbreviation(body, match.start()):
            first = match.end()
    last = len(body)
    for match in _END.finditer(body, end):
        if not _ends_abbreviation(body, match.start()):
            last = match.start() + 1 if body[match.start()] in ".!?" else match.start()
            break
    last = len(body[:last].rstrip())
    if last - first > MAX_SENTENCE_CHARS:
        room = max(0, MAX_SENTENCE_CHARS - (end - start)) // 2
        first, last = max(first, start - room), min(last, end + room)
    return first, last


def sentence_around(body: str, start: int, end: int) -> str:
    first, last = sentence_bounds(body, start, end)
    return body[first:last].strip()
