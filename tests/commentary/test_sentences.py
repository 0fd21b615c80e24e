"""The sentence around a span (commentary/sentences.py)."""

from commentary.sentences import MAX_SENTENCE_CHARS, sentence_around

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
