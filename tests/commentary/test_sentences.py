"""The sentence around a span (commentary/sentences.py)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from commentary.sentences import MAX_SENTENCE_CHARS, sentence_around, sentence_bounds

BODY = (
    "Russia and North Korea signed a treaty. The U.S. reacted at once: Japan worried too! "
    "Is Art. 4 new? It echoes 1961.\n\nA new paragraph without a full stop"
)


def _around(word: str) -> str:
    start = BODY.index(word)
    return sentence_around(BODY, start, start + len(word))


def test_the_sentence_holding_the_span():
    assert _around("treaty") == "Russia and North Korea signed a treaty."
    assert _around("Japan") == "The U.S. reacted at once: Japan worried too!"


def test_a_span_that_begins_a_sentence_gets_that_sentence_only():
    # The boundary is recognised by the capital after it, which is the span's first letter.
    assert _around("The U.S.") == "The U.S. reacted at once: Japan worried too!"
    assert _around("Is Art.") == "Is Art. 4 new?"
    assert _around("Russia") == "Russia and North Korea signed a treaty."


def test_closing_quotes_and_brackets_stay_with_their_sentence():
    body = 'She said "No more!" Then she left. (It ended there.) Next came silence.'
    for word, sentence in (("more", 'She said "No more!"'), ("ended", "(It ended there.)")):
        start = body.index(word)
        assert sentence_around(body, start, start + len(word)) == sentence


def test_abbreviations_do_not_end_a_sentence():
    assert _around("4") == "Is Art. 4 new?"


def test_paragraph_breaks_end_a_sentence():
    assert _around("1961") == "It echoes 1961."
    assert _around("paragraph") == "A new paragraph without a full stop"


def test_long_sentences_are_cut_around_the_span():
    body = "word " * 500 + "Japan " + "word " * 500
    start = body.index("Japan")
    found = sentence_around(body, start, start + 5)
    assert "Japan" in found and len(found) <= MAX_SENTENCE_CHARS


def _scan_bounds(body: str, start: int, end: int) -> tuple[int, int]:
    """sentence_bounds as first written: a scan from the body's start for every span."""
    from commentary.sentences import _END, _ends_abbreviation

    first = 0
    for match in _END.finditer(body, 0, min(len(body), start + 1)):
        if match.end() <= start and not _ends_abbreviation(body, match.start()):
            first = match.end()
    last = len(body)
    for match in _END.finditer(body, end):
        if not _ends_abbreviation(body, match.start()):
            closing = re.match(r"""[.!?]['"’”)\]]*""", body[match.start() :])
            last = match.start() + (closing.end() if closing else 0)
            break
    last = len(body[:last].rstrip())
    if last - first > MAX_SENTENCE_CHARS:
        room = max(0, MAX_SENTENCE_CHARS - (end - start)) // 2
        first, last = max(first, start - room), min(last, end + room)
    return first, last


# Pieces of prose that make every kind of boundary, abbreviation and near miss.
_PIECES = [
    "a",
    "b",
    "Z",
    "9",
    " ",
    "  ",
    "\n",
    "\n\n",
    " \n \n ",
    ".",
    "!",
    "?",
    '"',
    "’",
    "”",
    ")",
    "(",
    "U.S.",
    "Art.",
    "No. ",
]


@settings(max_examples=3000, deadline=None)
@given(pieces=st.lists(st.sampled_from(_PIECES), max_size=60), data=st.data())
def test_one_scan_per_body_finds_the_bounds_a_scan_per_span_finds(pieces, data):
    body = "".join(pieces)
    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    assert sentence_bounds(body, start, end) == _scan_bounds(body, start, end)
