"""Plain data the resolver works on: what can be referred to, and what a reference is."""

import datetime
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ArticleEntry:
    id: str
    treaty_id: str
    number: str  # as written: "4", "II"
    ordinal: int


@dataclass
class TreatyEntry:
    id: str
    slug: str
    title: str
    short_title: str = ""
    signed_on: datetime.date | None = None
    party_ids: frozenset[str] = frozenset()
    signatory_ids: frozenset[str] = frozenset()
    articles: list[ArticleEntry] = field(default_factory=list)
    signed_at: str = ""  # "Pyongyang, Kumsusan State Guest House": the first part is the city

    @property
    def year(self) -> int | None:
        return self.signed_on.year if self.signed_on else None

    @property
    def place(self) -> str:
        """The city of signature, lower-cased ("the Beijing treaty")."""
        return self.signed_at.split(",")[0].strip().lower()

    @property
    def roman_numbered(self) -> bool:
        return any(not a.number[:1].isdigit() for a in self.articles)

    def article(self, number: str) -> ArticleEntry | None:
        """The article numbered `number` ("4", "iv", "IV"), matching arabic and roman by ordinal."""
        wanted = number.strip().upper()
        for article in self.articles:
            if article.number.upper() == wanted:
                return article
        ordinal = number_value(wanted)
        for article in self.articles:
            if ordinal is not None and article.ordinal == ordinal:
                return article
        return None


@dataclass(frozen=True)
class ActorEntry:
    id: str
    slug: str
    name: str
    kind: str
    active_from: datetime.date | None = None
    active_until: datetime.date | None = None
    # The organisation this one is an organ of (the UN for its Security Council): a bare
    # organ name ("the Security Council") is that organ only where the parent is named.
    parent_id: str | None = None

    def active_on(self, day: datetime.date | None) -> bool:
        if day is None:
            return True
        return (self.active_from is None or self.active_from <= day) and (
            self.active_until is None or day <= self.active_until
        )


@dataclass(frozen=True)
class ActorName:
    """One string that names an actor: its name, short name or an alias."""

    text: str
    actor_id: str
    kind: str = "name"  # name, short_name, or an ActorAlias kind (demonym, metonym…)
    case_sensitive: bool = True


@dataclass(eq=False)  # compared and hashed by identity: compiled matchers are cached per catalogue
class Catalogue:
    treaties: list[TreatyEntry] = field(default_factory=list)
    actors: list[ActorEntry] = field(default_factory=list)
    names: list[ActorName] = field(default_factory=list)

    def __post_init__(self):
        self.treaty_by_id = {t.id: t for t in self.treaties}
        self.treaty_by_slug = {t.slug: t for t in self.treaties}
        self.actor_by_id = {a.id: a for a in self.actors}


@dataclass
class ResolveContext:
    """Where the text comes from: its publication's subject treaty and date."""

    treaty_id: str | None = None
    date: datetime.date | None = None


LINK_KINDS = ("article", "treaty", "actor")
# Links found with less confidence than this are suggestions: stored for editors, never shown to
# anonymous readers as facts until an editor confirms them (docs/decisions/0013-resolver-trust.md).
SUGGESTION_THRESHOLD = 0.75


@dataclass
class Reference:
    """A span of text the resolver understood.

    Links (`article`, `treaty`, `actor`) point to one catalogue record. Two kinds point to
    none, on purpose: `external` is an instrument or name outside the catalogue ("NATO's
    Article 5", "the Washington Summit Declaration"), recognised so that it is never linked;
    `ambiguous` is a phrase several treaties fit ("the 1961 treaty"), with `candidates`
    for an editor to choose from."""

    kind: str  # "article", "treaty", "actor", "external" or "ambiguous"
    start: int
    end: int
    text: str
    target_id: str  # Article, Treaty or Actor id; "" for external and ambiguous
    confidence: float
    treaty_id: str | None = None  # for articles: their treaty
    rule: str = ""  # which rule found it (for debugging and the review screen)
    candidates: tuple[str, ...] = ()  # ambiguous: the treaty ids that fit

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    @property
    def is_link(self) -> bool:
        return self.kind in LINK_KINDS


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}


def roman_value(text: str) -> int | None:
    if not text or any(ch not in _ROMAN for ch in text):
        return None
    total = 0
    for i, ch in enumerate(text):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total if total > 0 else None


def number_value(text: str) -> int | None:
    """4 -> 4, "IV" -> 4, "4bis" -> 4; None when it is neither."""
    digits = ""
    for ch in text:
        if ch.isdigit():
            digits += ch
        else:
            break
    if digits:
        return int(digits)
    return roman_value(text.upper())
