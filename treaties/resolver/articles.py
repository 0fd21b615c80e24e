"""Article references: "Article 4", "Art. 4", "Articles 10 and 11", "Articles 3–5", "Article II",
"Article Four" (words) and "its fourth article" (an ordinal, only with an owner the grammar names).
"an Article Five" is a kind of clause, not a citation.

Which treaty an article belongs to is read from the grammar, never from proximity:
1. the instrument it is attached to: "Article 51 of the UN Charter", "Article 4 in/under the
   2024 treaty"; an "of …" phrase the catalogue does not know ("Article 5 of the North
   Atlantic Treaty") makes it an `external` reference, never a link;
2. a possessive before it: a treaty ("the UN Charter's Article 51"); an actor that is a party
   or signatory of the subject treaty ("Russia's Article 8") means the subject treaty; any
   other owner ("NATO's Article 5", "the Japanese constitution's Article 9") is an outside
   instrument: `external`; so is a bare number right after such an owner's article ("NATO's
   collective-defence article … Article Five"); "…, whose Article 13" belongs to the treaty just named, else `external`;
   "their own Article 5" is never the subject's: the catalogue treaty named last before it
   if that is another, else `external`;
3. a treaty that governs the sentence from before the number, introduced by a preposition
   ("Under the 1961 treaty, Article 4 …"), or that is the subject of the clause the number
   stands in after a preposition ("The 1961 treaty ran for ten years under Article 6");
4. "its/their Article N": the instrument named last before it (this sentence or the one
   before; opening a sentence, not one that was only a prepositional object, and after a
   sentence that opens with "It", the topic that "It" carries: the first instrument the
   sentence before that names); outside the catalogue, the article is `external` too;
5. else the context's subject treaty, whatever other treaty the sentence names after the
   number ("Article 4 applies only in war, the trigger of the Chinese treaty"). A roman
   numeral is not the subject's when the subject numbers its articles in arabic;
6. a number the subject (or governing treaty) lacks goes to the treaty named before it that
   has it, else to the one catalogue treaty with that arabic number, as a suggestion.
An article number the treaty does not have is not a reference. In cases 1 and 2 the treaty
phrase becomes part of the article citation's span and is not a separate treaty reference.
"""

import re
from dataclasses import dataclass

from .catalogue import Catalogue, Reference, ResolveContext, number_value
from .text import clause_bounds, fold, sentence_at

_NUM = r"(?:\d+[a-z]?|[IVXLC]+(?![\w]))"
_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*(?:[-\u2012\u2013\u2014]|to|through)\s*)"
# Numbers written in words ("Article Four", "Articles Four and Five") and ordinals ("its fourth
# article", "the fourth article of their own 1953 treaty") are read as their arabic numbers.
_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
_ORDINAL_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth"]  # fmt: skip
_ORDINAL_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50}
WORD_VALUES = {w: i for i, w in enumerate(_UNITS + _TEENS, start=1)} | dict(_TENS)
WORD_VALUES |= {w: i for i, w in enumerate(_ORDINAL_UNITS + _ORDINAL_TEENS, start=1)} | dict(_ORDINAL_TENS)
for _ten, _value in _TENS.items():
    WORD_VALUES |= {f"{_ten}-{w}": _value + i for i, w in enumerate(_UNITS, start=1)}
    WORD_VALUES |= {f"{_ten}-{w}": _value + i for i, w in enumerate(_ORDINAL_UNITS, start=1)}


def _words(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_CARDINAL = rf"(?i:(?:{_words(_TENS)})-(?:{_words(_UNITS)})|{_words(_UNITS + _TEENS + list(_TENS))})(?![\w-])"
_ORDINAL = (
    rf"(?i:(?:{_words(_TENS)})-(?:{_words(_ORDINAL_UNITS)})"
    rf"|{_words(_ORDINAL_UNITS + _ORDINAL_TEENS + list(_ORDINAL_TENS))})(?![\w-])"
)
# A list in words takes "and"/"or" only: after a comma, "Article Four, one of …" is prose.
_ARTICLES = re.compile(
    rf"(?<![\w])(?P<kw>Articles?|ARTICLES?|articles?|Arts?\.|arts?\.)\s*"
    rf"(?P<nums>{_NUM}(?:{_SEP}{_NUM})*|{_CARDINAL}(?:\s+(?:and|or)\s+{_CARDINAL})*)"
)
# "its fourth article", "the fourth article of the 1961 treaty": an ordinal before the noun.
_ORDINAL_ARTICLE = re.compile(rf"(?<![\w-])(?P<nums>{_ORDINAL})\s+(?P<kw>[Aa]rticle)(?![\w])")
# An ordinal article needs an owner the grammar names (of, a possessive, its/their, whose):
# "the first article of this series" is a newspaper's, so there is no subject-treaty fallback.
_NAMED_OWNER_RULES = {"article:of-treaty", "article:treaty-possessive", "article:party-possessive",
                      "article:pronoun-owner", "article:whose-treaty"}  # fmt: skip
_RANGE = re.compile(r"^\s*(?:[-\u2012\u2013\u2014]|to|through)\s*$")


def _numbers(text: str, offset: int) -> list[tuple[str, int, int, bool]]:
    """(number, start, end, inside_range) for each number written, expanding ranges."""
    found = [
        (_arabic(m.group(0)), offset + m.start(), offset + m.end())
        for m in re.finditer(rf"{_NUM}|{_CARDINAL}|{_ORDINAL}", text)
    ]
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


def _arabic(number: str) -> str:
    """ "Four", "fourth", "twenty-two" -> "4", "4", "22"; any other number as written."""
    value = WORD_VALUES.get(number.lower())
    return str(value) if value else number


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


_PREPOSITION_BEFORE = re.compile(r"\b(?:from|with|to|than|like|unlike|of|on|by|into|beside|over)\s+$", re.I)
# The noun phrase that owns an article with "'s", back to its determiner (at most two modifiers).
_POSSESSOR = re.compile(
    r"(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>[\w-]+)$"
)
_TIME_WORDS = {"today", "yesterday", "tomorrow", "year", "week", "month", "day", "decade", "century", "monday",
               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "summer", "winter", "spring",
               "autumn"}  # fmt: skip
# "NATO's collective-defence article", "the Alliance's own article": an owner's article named
# without a number.
_OWNED_ARTICLE = re.compile(r"(?P<owner>[\w.]+)'s?\s+(?:[\w-]+\s+){0,3}?article\b(?!\s*\d)")
# "stops short of an Article Five", "a new Article 5": a kind of clause, not the one in a
# text; but a text that "has an Article II" owns it.
_INDEFINITE = re.compile(
    r"(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bcontains\s)(?<!\bincludes\s)"
    r"\b(?:an?|any|another)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_GOVERNING = re.compile(r"\b(?:under|in|by|according\s+to|per|within|of)\s+$", re.IGNORECASE)
_ATTACHED = re.compile(r"\s+(of|in|under)\s+(?:the\s+)?")
_PRONOUN = re.compile(r"\b(?:its|their)\s+$", re.IGNORECASE)
# "their own Article 5": "own" contrasts the possessor's instrument with the one under
# discussion, so it is never the subject treaty's article.
_OWN = re.compile(r"\b(?:its|their|his|her|our)\s+own\s+$", re.IGNORECASE)
_WHOSE = re.compile(r",?\s+whose\s+$", re.IGNORECASE)


@dataclass
class _Owner:
    treaty_id: str | None = None
    confidence: float = 0.0
    rule: str = ""
    attached: Reference | None = None  # the treaty phrase that names the owner, absorbed in the span
    external: tuple[int, int] | None = None  # span of an external reference, when the owner is outside


class ArticleMatcher:
    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue

    def find(self, text, context: ResolveContext, treaties: list[Reference], sentences, actors=()):
        """(article and external references, treaty references absorbed into them)."""
        folded = fold(text)
        refs: list[Reference] = []
        absorbed: list[Reference] = []
        matches = list(_ARTICLES.finditer(folded)) + list(_ORDINAL_ARTICLE.finditer(folded))
        for match in sorted(matches, key=lambda m: m.start()):
            ordinal = match.re is _ORDINAL_ARTICLE
            if not ordinal and match.group("kw")[0] == "a" and not match.group("nums")[0].isdigit():
                continue  # "article I" in lower case is too often prose
            if not ordinal and _INDEFINITE.search(folded, max(0, match.start() - 30), match.start()):
                continue  # "stops short of an Article Five": a kind of clause, no citation
            sentence = sentence_at(sentences, match.start())
            owner = self._owner(folded, match, context, treaties, actors, sentence, sentences)
            if ordinal and not owner.external and owner.rule not in _NAMED_OWNER_RULES:
                continue
            if owner.external:
                start, end = owner.external
                refs.append(Reference("external", start, end, text[start:end], "", 0.9, rule=owner.rule))
                absorbed.extend(t for t in treaties if t.kind != "treaty" and start <= t.start and t.end <= end)
                continue
            treaty = self.catalogue.treaty_by_id.get(owner.treaty_id) if owner.treaty_id else None
            if owner.rule in {"article:subject", "article:governing-treaty", ""} and not _holds(treaty, match):
                owner = self._elsewhere(match, treaties, refs) or owner
                treaty = self.catalogue.treaty_by_id.get(owner.treaty_id) if owner.treaty_id else None
            if treaty:
                refs.extend(self._numbers(text, match, treaty, owner, absorbed))
        return refs, absorbed

    def _numbers(self, text, match, treaty, owner: _Owner, absorbed) -> list[Reference]:
        numbers = _numbers(match.group("nums"), match.start("nums"))
        attached, rule = owner.attached, owner.rule
        if rule in {"article:subject", "article:governing-treaty"} and not treaty.roman_numbered:
            numbers = [n for n in numbers if n[0][0].isdigit()]  # "Article II" is another treaty's
        if attached and any(treaty.article(n[0]) for n in numbers):
            absorbed.append(attached)
        refs = []
        for index, (number, start, end, in_range) in enumerate(numbers):
            article = treaty.article(number)
            if not article:
                continue
            span_start = match.start() if index == 0 else start
            if match.re is _ORDINAL_ARTICLE:
                end = match.end()  # "fourth article": the noun comes after the number
            # The treaty phrase that names the article's treaty is part of the citation:
            # "the UN Charter's Article 51", "Article 1 of the 1961 treaty".
            if attached and rule == "article:treaty-possessive" and index == 0:
                span_start = attached.start
            if attached and rule == "article:of-treaty" and index == len(numbers) - 1:
                end = attached.end
            confidence = owner.confidence - (0.05 if in_range else 0)
            refs.append(
                Reference("article", span_start, end, text[span_start:end], article.id, confidence, treaty.id, rule)
            )
        return refs

    @staticmethod
    def _pronoun_owner(match, pronoun, treaties, sentence, sentences, folded="") -> _Owner | None:
        """ "its Article 6": the instrument named last before it, in its sentence or the one
        before; outside the catalogue, the article is outside too."""
        lo = sentence_at(sentences, sentence[0] - 2)[0] if sentences and sentence[0] > 1 else sentence[0]
        named = [t for t in treaties if t.kind in ("treaty", "external") and lo <= t.start and t.end <= pronoun.start()]
        if not named:
            return None
        last = max(named, key=lambda t: t.end)
        if not folded[sentence[0] : pronoun.start()].strip(" \"'("):
            # "The Russia–Iran treaty borrows its title from the Pyongyang text. Its Article 3 …":
            # a pronoun opening its sentence stands for an instrument the sentence before was
            # about, not for one that was only the object of a preposition there.
            topics = [t for t in named if not _PREPOSITION_BEFORE.search(folded, max(0, t.start - 12), t.start)]
            last = max(topics, key=lambda t: t.end) if topics else last
            last = _carried_topic(treaties, sentences, sentence, folded) or last
        if last.kind == "external":
            return _Owner(rule="external:pronoun", external=(pronoun.start(), match.end()))
        return _Owner(last.target_id, 0.85, "article:pronoun-owner")

    def _elsewhere(self, match, treaties, refs) -> _Owner | None:
        """A bare number the subject treaty does not have ("Article 51", "Article VII" in a
        piece on an arabic-numbered treaty): the treaty named most recently before it that has
        it, else the one catalogue treaty that has an article of that (arabic) number."""
        named = [(t.start, t.target_id) for t in treaties if t.kind == "treaty" and t.end <= match.start()]
        named += [(r.start, r.treaty_id) for r in refs if r.kind == "article" and r.treaty_id]
        for _, treaty_id in sorted(named, reverse=True):
            if _holds(self.catalogue.treaty_by_id.get(treaty_id), match, every=True):
                return _Owner(treaty_id, 0.75, "article:named-before")
        if not match.group("nums")[0].isdigit():
            return None  # "Article V" alone is as often NATO's as any catalogue treaty's
        holders = [t for t in self.catalogue.treaties if _holds(t, match, every=True)]
        return _Owner(holders[0].id, 0.7, "article:only-holder") if len(holders) == 1 else None

    def _owner(self, folded, match, context, treaties, actors, sentence, sentences=()) -> _Owner:
        links = [t for t in treaties if t.kind == "treaty"]
        if attached := self._attached(folded, match, treaties, links, sentence):
            return attached
        if possessive := self._possessive(folded, match, context, treaties, links, actors):
            return possessive
        if own := _OWN.search(folded, max(0, match.start() - 12), match.start()):
            owner = self._pronoun_owner(match, own, treaties, sentence, sentences, folded)
            if owner and owner.treaty_id and owner.treaty_id != context.treaty_id:
                return owner
            return _Owner(rule="external:own", external=(own.start(), match.end()))
        pronoun = _PRONOUN.search(folded, max(0, match.start() - 8), match.start())
        if pronoun and (owner := self._pronoun_owner(match, pronoun, treaties, sentence, sentences, folded)):
            return owner
        if whose := _WHOSE.search(folded, max(0, match.start() - 12), match.start()):
            named = next((t for t in links if t.end == whose.start()), None)
            if named:
                return _Owner(named.target_id, 0.9, "article:whose-treaty")
            return _Owner(rule="external:whose", external=(match.start(), match.end()))
        governing = [
            t
            for t in links
            if sentence[0] <= t.start < match.start()
            and _GOVERNING.search(folded, max(sentence[0], t.start - 16), t.start)
            and not _owns_another_article(folded, t)
        ]
        if governing:
            return _Owner(max(governing, key=lambda t: t.start).target_id, 0.75, "article:governing-treaty")
        if owner := self._clause_subject(folded, match, links, sentence):
            return owner
        if owner := self._outside_article_before(folded, match, context, links, actors, sentence, sentences):
            return owner
        if context.treaty_id:
            return _Owner(context.treaty_id, 0.85, "article:subject")
        return _Owner()

    def _outside_article_before(self, folded, match, context, links, actors, sentence, sentences):
        """ "NATO's collective-defence article is the model. It is not: Article Five …": a bare
        number right after an outside owner's article (in its sentence or the one before, with
        no catalogue treaty named in between) is that owner's article, not the subject's."""
        lo = sentence_at(sentences, sentence[0] - 2)[0] if sentences and sentence[0] > 1 else sentence[0]
        subject = self.catalogue.treaty_by_id.get(context.treaty_id) if context.treaty_id else None
        inside = subject.party_ids | subject.signatory_ids if subject else frozenset()
        for noun in reversed(list(_OWNED_ARTICLE.finditer(folded, lo, match.start()))):
            if any(noun.end() <= t.start < match.start() for t in links):
                return None
            edge = noun.start() + len(noun.group("owner"))
            owner = next((a for a in actors if a.end == edge), None)
            if owner is not None and owner.target_id not in inside:
                return _Owner(rule="external:owner-before", external=(match.start(), match.end()))
        return None

    def _clause_subject(self, folded, match, links, sentence) -> _Owner | None:
        """ "The 1961 treaty ran for ten years under Article 6": an article in a prepositional
        phrase belongs to the treaty that is the subject of its clause, if that treaty has it."""
        if not _GOVERNING.search(folded, max(sentence[0], match.start() - 16), match.start()):
            return None
        lo, _ = clause_bounds(folded, match.start(), *sentence)
        first = next((t for t in links if lo <= t.start < match.start()), None)
        if first is None or folded[lo : first.start].strip(" \"“'") or _owns_another_article(folded, first):
            return None
        if not _holds(self.catalogue.treaty_by_id.get(first.target_id), match, every=True):
            return None
        return _Owner(first.target_id, 0.75, "article:clause-subject")

    def _attached(self, folded, match, treaties, links, sentence) -> _Owner | None:
        after = _ATTACHED.match(folded, match.end())
        if not after:
            return None
        starts = {after.end(), after.start(1) + len(after.group(1)) + 1}
        starts |= {s + 1 for s in starts} | {after.start(1) + len(after.group(1)) + n for n in range(1, 3)}
        following = next((t for t in links if t.start in starts), None)
        if following:
            return _Owner(following.target_id, 0.95, "article:of-treaty", following)
        if after.group(1).lower() != "of":
            return None  # "Article 4 in the text": not an instrument
        # "Article 5 of <a phrase the catalogue does not know>" names an outside instrument:
        # falling back to the subject treaty would cite the wrong article.
        outside = next((t for t in treaties if t.kind != "treaty" and t.start in starts), None)
        end = outside.end if outside else _phrase_end(folded, after.end(), sentence[1])
        return _Owner(rule="external:of", external=(match.start(), end))

    def _possessive(self, folded, match, context, treaties, links, actors) -> _Owner | None:
        before = re.search(r"'s?\s+$", folded[max(0, match.start() - 4) : match.start()])
        if not before:
            return None
        edge = match.start() - len(before.group(0))
        preceding = next((t for t in links if t.end == edge), None)
        if preceding:
            return _Owner(preceding.target_id, 0.95, "article:treaty-possessive", preceding)
        owner = next((a for a in actors if a.end == edge), None) or next((t for t in treaties if t.end == edge), None)
        if owner is None:
            # "The Japanese constitution's Article 9", "the statute's Article 2": any other
            # owner is an instrument outside the catalogue (a time word is no owner: "today's").
            noun = _POSSESSOR.search(folded, max(0, edge - 60), edge)
            if noun is None or noun.group("noun").lower() in _TIME_WORDS:
                return None
            return _Owner(rule="external:possessive", external=(noun.start(), match.end()))
        subject = self.catalogue.treaty_by_id.get(context.treaty_id) if context.treaty_id else None
        if owner.kind == "actor" and subject and owner.target_id in subject.party_ids | subject.signatory_ids:
            return _Owner(subject.id, 0.85, "article:party-possessive")
        return _Owner(rule="external:possessive", external=(owner.start, match.end()))


_IT_OPENS = re.compile(r"[\s\"'(“‘]*it\s", re.IGNORECASE)


def _carried_topic(treaties, sentences, sentence, folded) -> Reference | None:
    """ "The Sino–DPRK treaty still counts. It was signed five days after the Soviet one. Its
    Article II …": when the sentence before opens with "It", that "It" carries the topic of the
    sentence before it, and so does the "Its" that follows: the first treaty that sentence names
    other than as a prepositional object (up to three sentences back along a chain of "It")."""
    current = sentence
    for _ in range(3):
        if not sentences or current[0] <= 1:
            return None
        before = sentence_at(sentences, current[0] - 2)
        if before[0] >= current[0] or not _IT_OPENS.match(folded, before[0]):
            return None
        if before[0] <= 1:
            return None
        earlier = sentence_at(sentences, before[0] - 2)
        if earlier[0] >= before[0]:
            return None
        subjects = [
            t
            for t in treaties
            if t.kind in ("treaty", "external")
            and earlier[0] <= t.start < earlier[1]
            and not _PREPOSITION_BEFORE.search(folded, max(0, t.start - 12), t.start)
        ]
        if subjects:
            return min(subjects, key=lambda t: t.start)
        current = before
    return None


def _holds(treaty, match, *, every: bool = False) -> bool:
    """Does `treaty` have the article(s) written, numbered the same way (arabic or roman)?"""
    if treaty is None:
        return False
    numbers = [n for n, *_ in _numbers(match.group("nums"), match.start("nums"))]
    held = [
        (article := treaty.article(n)) is not None and article.number[:1].isdigit() == n[:1].isdigit() for n in numbers
    ]
    return all(held) if every else any(held)


_PHRASE_STOP = re.compile(r"[,;:.!?()]|\s[-\u2013\u2014]\s|\b(?:which|that|who|is|was|are|were|has|had|would|will)\b")
_INSTRUMENT = re.compile(
    r"\b(?:treaty|pact|agreement|accord|convention|charter|declaration|memorandum|protocol|statute|act)\b", re.I
)


def _phrase_end(folded: str, start: int, limit: int) -> int:
    """End of the instrument's name after "of": its keyword, else the clause's end."""
    stop = _PHRASE_STOP.search(folded, start, limit)
    hi = stop.start() if stop else limit
    keyword = _INSTRUMENT.search(folded, start, hi)
    return keyword.end() if keyword else len(folded[:hi].rstrip())
