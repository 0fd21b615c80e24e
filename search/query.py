"""Parse a user's `q` into a small, safe query tree, and render it for each backend.

Semantics (websearch style, the same on PostgreSQL and SQLite):
- bare words are ANDed: `mutual defense` finds records containing both stems;
- "double quotes" make a phrase (an unbalanced quote runs to the end of q);
- `-word` or `-"a phrase"` excludes records containing it;
- `or` between two items makes an alternative: `alliance or partnership`.
- a single word also matches its British/American spelling (`defence` finds "defense",
  `labor` finds "labour", `organise` finds "organize"): think-tank commentary mixes both,
  and neither Porter nor Snowball stemming joins them. Phrases are matched as written.

Words are runs of letters and digits; every other character is a separator, so user input
can never reach FTS5 or tsquery syntax (no operators, no column filters, no NEAR, no `*`).
English stop words are dropped from bare words on both backends (PostgreSQL's english
configuration drops them anyway); inside a phrase they are kept.
"""

import re
from dataclasses import dataclass

# Upper bounds that keep a hostile q cheap: characters read, and items kept.
MAX_QUERY_CHARS = 1000
MAX_ITEMS = 32

_WORD = re.compile(r"[^\W_]+")
_TOKEN = re.compile(r'(-?)"([^"]*)(?:"|$)|(\S+)')

# PostgreSQL's english.stop (Snowball), so SQLite drops the same words.
_STOP_WORDS_TEXT = """
    i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers
    herself it its itself they them their theirs themselves what which who whom this that these those am is
    are was were be been being have has had having do does did doing a an the and but if or because as until
    while of at by for with about against between into through during before after above below to from up
    down in out on off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will just don should now
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())


# British <-> American spelling endings: (ending, replacement, shortest word it applies to).
# General English rules, not a word list; a variant that is no real word simply matches
# nothing. Short words are left alone ("four" is not "for", "size" is not "sise").
_SPELLING_ENDINGS = (
    ("ence", "ense", 6),
    ("ense", "ence", 6),
    ("our", "or", 6),
    ("or", "our", 5),
    ("isation", "ization", 8),
    ("ization", "isation", 8),
    ("ise", "ize", 6),
    ("ize", "ise", 6),
    ("ised", "ized", 7),
    ("ized", "ised", 7),
    ("ising", "izing", 8),
    ("izing", "ising", 8),
    ("yse", "yze", 6),
    ("yze", "yse", 6),
    ("tre", "ter", 5),
    ("ter", "tre", 6),
    ("ogue", "og", 7),
)


def spelling_variants(word: str) -> list[str]:
    """The other spellings of `word` (lower case), never a stop word."""
    lower = word.lower()
    variants = []
    for ending, replacement, shortest in _SPELLING_ENDINGS:
        if len(lower) >= shortest and lower.endswith(ending):
            variant = lower[: -len(ending)] + replacement
            if variant not in STOP_WORDS and variant != lower and variant not in variants:
                variants.append(variant)
    return variants


def _with_variants(item: "Item") -> list["Item"]:
    if len(item.words) != 1:
        return [item]
    return [item, *(Item(words=(v,), negated=item.negated) for v in spelling_variants(item.words[0]))]


@dataclass(frozen=True)
class Item:
    """A word (one entry in `words`) or a phrase (several), possibly negated."""

    words: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    """Conjunction of groups; each group is a disjunction of positive items. Plus exclusions."""

    groups: tuple[tuple[Item, ...], ...]
    excluded: tuple[Item, ...]

    def to_fts5(self) -> str:
        """An FTS5 MATCH expression. Every word is a double-quoted string token, so nothing
        the user typed is ever parsed as FTS5 syntax."""

        def item(i: Item) -> str:
            return '"' + " ".join(w.lower() for w in i.words) + '"'

        def group(g: tuple[Item, ...]) -> str:
            return item(g[0]) if len(g) == 1 else "(" + " OR ".join(item(i) for i in g) + ")"

        expr = " AND ".join(group(g) for g in self.groups)
        if self.excluded:
            expr = f"({expr}) NOT (" + " OR ".join(item(i) for i in self.excluded) + ")"
        return expr

    def to_websearch(self) -> str:
        """A string for PostgreSQL's websearch_to_tsquery, rebuilt from the tree so both
        backends see the same structure (websearch_to_tsquery itself never raises)."""

        def item(i: Item) -> str:
            text = " ".join(i.words)
            text = f'"{text}"' if len(i.words) > 1 else text
            return ("-" if i.negated else "") + text

        parts = [" or ".join(item(i) for i in g) for g in self.groups]
        parts += [item(i) for i in self.excluded]
        return " ".join(parts)

    def terms(self) -> list[str]:
        """The positive words, for highlighting in the portable fallback."""
        return [w for g in self.groups for i in g for w in i.words]


def parse_query(q: str | None) -> ParsedQuery | None:
    """Parse `q`; None when it has no positive, non-stop word (nothing to search for)."""
    if not q:
        return None
    raw = _TOKEN.findall(q[:MAX_QUERY_CHARS])
    groups: list[list[Item]] = []
    excluded: list[Item] = []
    pending_or = False
    for neg_quote, phrase, bare in raw:
        if bare and bare.lower() == "or":
            pending_or = bool(groups)
            continue
        if phrase or neg_quote:
            negated, words = bool(neg_quote), tuple(_WORD.findall(phrase))
        else:
            negated = bare.startswith("-") and len(bare) > 1
            # A bare token like "U.S." becomes a phrase of its parts, as tokenizers split it.
            words = tuple(_WORD.findall(bare[1:] if negated else bare))
        # Only stop words carry nothing on PostgreSQL; drop them on SQLite as well.
        if all(w.lower() in STOP_WORDS for w in words):
            continue
        if len(groups) + len(excluded) >= MAX_ITEMS:
            break
        items = _with_variants(Item(words=words, negated=negated))
        if negated:
            excluded.extend(items)
            pending_or = False
        elif pending_or:
            groups[-1].extend(items)
            pending_or = False
        else:
            groups.append(items)
    if not groups:
        return None
    return ParsedQuery(groups=tuple(tuple(g) for g in groups), excluded=tuple(excluded))
