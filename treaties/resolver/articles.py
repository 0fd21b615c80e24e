"""Article references: "Article 4", "Art. 4", "Articles 10 and 11", "Articles 3–5", "Article II".

Which treaty an article belongs to, in order:
1. a treaty reference right after it: "Article 51 of the UN Charter";
2. a treaty reference right before it, possessive: "the UN Charter's Article 51";
3. another treaty named in the same sentence (not the subject treaty): bare numbers then
   belong to that treaty, never to the subject ("Article 4" in a sentence about the 1961
   treaty is that treaty's Article 4, or nothing when it has none);
4. the context's subject treaty, unless an unrecognised "of …" phrase follows the number
   (then it belongs to an instrument outside the catalogue, and is not a reference).
An article number the treaty does not have is not a reference. In cases 1 and 2 the treaty
phrase becomes part of the article citation's span and is not a separate treaty reference.
"""

import re

from .catalogue import Catalogue, Reference, ResolveContext, number_value
from .text import fold, sentence_at

_NUM = r"(?:\d+[a-z]?|[IVXLC]+(?![\w]))"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*(?:[-\u2012\u2013\u2014]|to|through)\s*)"
_ARTICLES = re.compile(
    rf"(?<![\w])(?P<kw>Articles?|ARTICLES?|articles?|Arts?\.|arts?\.)\s*(?P<nums>{_NUM}(?:{_SEP}{_NUM})*)"
)
_RANGE = re.compile(r"^\s*(?:[-\u2012\u2013\u2014]|to|through)\s*$")


def _numbers(text: str, offset: int) -> list[tuple[str, int, int, bool]]:
    """(number, start, end, inside_range) for each number written, expanding ranges."""
    found = [(m.group(0), offset + m.start(), offset + m.end()) for m in re.finditer(_NUM, text)]
    result: list[tuple[str, int, int, bool]] = []
    for index, (number, start, end) in enumerate(found):
        if index and _RANGE.match(text[found[index - 1][2] - offset : start - offset]):
            low, high = number_value(found[index - 1][0]), number_value(number)
            roman = not number[0].isdigit()
            if low is not None and high is not None and 0 < high - low <= 50:
                span_start = found[index - 1][1]
                for value in range(low + 1, high):
                    result.append((_as_roman(value) if roman else str(value), span_start, end, True))
        result.append((number, start, end, False))
    return result


def _as_roman(value: int) -> str:
    numerals = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
    out = ""
    for size, letters in numerals:
        while value >= size:
            out, value = out + letters, value - size
    return out


_OWNER_BEFORE = re.compile(rf"(?:Articles?|Arts?\.)\s*{_NUM}(?:{_SEP}{_NUM})*\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"'s?\s+(?:Articles?|Arts?\.)\s*\d", re.IGNORECASE)


def _owns_another_article(folded: str, treaty: Reference) -> bool:
    """True when the treaty phrase is the owner of an explicit article citation ("Article 51
    of the UN Charter", "the UN Charter's Article 51"): it is named for that article only,
    so it must not claim the sentence's bare article numbers ("Article 4 invokes Article 51
    of the UN Charter" still cites the subject treaty's Article 4)."""
    before = folded[max(0, treaty.start - 40) : treaty.start]
    return bool(_OWNER_BEFORE.search(before) or _OWNER_AFTER.match(folded, treaty.end))


class ArticleMatcher:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue

    def find(self, text, context: ResolveContext, treaties: list[Reference], sentences):
        """(article references, treaty references absorbed into them)."""
        folded = fold(text)
        refs: list[Reference] = []
        absorbed: list[Reference] = []
        for match in _ARTICLES.finditer(folded):
            if match.group("kw")[0] == "a" and not match.group("nums")[0].isdigit():
                continue  # "article I" in lower case is too often prose
            sentence = sentence_at(sentences, match.start())
            treaty_id, confidence, rule, attached = self._treaty_for(folded, match, context, treaties, sentence)
            treaty = self.catalogue.treaty_by_id.get(treaty_id) if treaty_id else None
            if not treaty:
                continue
            numbers = _numbers(match.group("nums"), match.start("nums"))
            if attached and any(treaty.article(n[0]) for n in numbers):
                absorbed.append(attached)
            for index, (number, start, end, in_range) in enumerate(numbers):
                article = treaty.article(number)
                if not article:
                    continue
                span_start = match.start() if index == 0 else start
                # The treaty phrase that names the article's treaty is part of the citation:
                # "the UN Charter's Article 51", "Article 1 of the 1961 treaty".
                if attached and rule == "article:treaty-possessive" and index == 0:
                    span_start = attached.start
                if attached and rule == "article:of-treaty" and index == len(numbers) - 1:
                    end = attached.end
                refs.append(
                    Reference(
                        "article",
                        span_start,
                        end,
                        text[span_start:end],
                        article.id,
                        confidence - (0.05 if in_range else 0),
                        treaty_id=treaty.id,
                        rule=rule,
                    )
                )
        return refs, absorbed

    def _treaty_for(self, folded, match, context, treaties, sentence):
        after = re.match(r"\s+of\s+(?:the\s+)?", folded[match.end() : match.end() + 12])
        if after:
            starts = {match.end() + after.end(), match.end() + len(re.match(r"\s+of\s+", after.group(0)).group(0))}
            following = next((t for t in treaties if t.start in starts), None)
            if following:
                return following.target_id, 0.95, "article:of-treaty", following
            # "Article 5 of <a phrase the treaty rules did not recognise>" ("of its 1961
            # alliance", "of the Geneva Convention") names an instrument outside the
            # catalogue: falling back to the subject treaty would cite the wrong article.
            return None, 0.0, "", None
        before = re.search(r"'s?\s+$", folded[max(0, match.start() - 4) : match.start()])
        if before:
            edge = match.start() - len(before.group(0))
            preceding = next((t for t in treaties if t.end == edge), None)
            if preceding:
                return preceding.target_id, 0.95, "article:treaty-possessive", preceding
        others = [
            t
            for t in treaties
            if sentence[0] <= t.start < sentence[1]
            and t.target_id != context.treaty_id
            and not (t.start >= match.end() and re.match(r"\s+of\s+", folded[match.end() : t.start]))
            and not _owns_another_article(folded, t)
        ]
        if others:
            nearest = min(others, key=lambda t: abs(t.start - match.start()))
            return nearest.target_id, 0.7, "article:sentence-treaty", None
        if context.treaty_id:
            return context.treaty_id, 0.85, "article:subject", None
        return None, 0.0, "", None
