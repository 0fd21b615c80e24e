"""Deterministic English policy prose for the scale corpus.

A small phrase-structure grammar over a hand-written policy vocabulary. Word choice inside
each class is Zipf-skewed (the first words of each list are the common ones), so a few
terms ("security", "military", "cooperation") occur in a large share of bodies (about half
the bodies contain both "military" and "cooperation"), as they do
in real think-tank commentary, and most occur rarely: full-text search then has frequent
and selective words to be measured with. Nothing here touches the database.
"""

import random
from itertools import accumulate

ADJECTIVES = [
    "economic",
    "strategic",
    "military",
    "nuclear",
    "regional",
    "security",
    "bilateral",
    "diplomatic",
    "political",
    "new",
    "multilateral",
    "defence",
    "financial",
    "naval",
    "technological",
    "humanitarian",
    "legal",
    "energy",
    "territorial",
    "maritime",
    "conventional",
    "joint",
    "foreign",
    "domestic",
    "global",
    "international",
    "northern",
    "eastern",
    "western",
    "southern",
    "sovereign",
    "cyber",
    "trade",
    "binding",
    "formal",
    "informal",
    "mutual",
    "collective",
    "long-term",
    "short-term",
    "unprecedented",
    "contested",
    "fragile",
    "durable",
    "limited",
    "broad",
    "narrow",
    "ambiguous",
    "explicit",
    "implicit",
    "credible",
    "costly",
    "symbolic",
    "pragmatic",
    "cautious",
    "assertive",
    "reciprocal",
    "asymmetric",
    "covert",
]

NOUNS = [
    "security",
    "alliance",
    "treaty",
    "agreement",
    "cooperation",
    "sanctions",
    "deterrence",
    "partnership",
    "support",
    "assistance",
    "relations",
    "arms",
    "trade",
    "exports",
    "talks",
    "summit",
    "commitment",
    "obligation",
    "provision",
    "clause",
    "defence",
    "region",
    "border",
    "government",
    "leadership",
    "negotiations",
    "framework",
    "pressure",
    "influence",
    "investment",
    "aid",
    "technology",
    "missiles",
    "weapons",
    "troops",
    "forces",
    "exercises",
    "intelligence",
    "ratification",
    "signature",
    "withdrawal",
    "enforcement",
    "compliance",
    "verification",
    "inspections",
    "stability",
    "escalation",
    "crisis",
    "conflict",
    "ceasefire",
    "mediation",
    "guarantees",
    "consultations",
    "reassurance",
    "credibility",
    "blockade",
    "embargo",
    "corridor",
    "pipeline",
    "reserves",
    "transfers",
    "ammunition",
    "satellites",
    "shipyards",
    "diplomacy",
    "leverage",
    "dependence",
    "autonomy",
    "neutrality",
    "balancing",
    "hedging",
    "coercion",
    "retaliation",
]

VERBS = [
    "strengthens",
    "deepens",
    "signals",
    "undermines",
    "expands",
    "formalises",
    "limits",
    "complicates",
    "reinforces",
    "threatens",
    "reshapes",
    "tests",
    "extends",
    "constrains",
    "revives",
    "weakens",
    "clarifies",
    "obscures",
    "accelerates",
    "delays",
    "supports",
    "challenges",
    "replaces",
    "echoes",
    "mirrors",
    "commits",
    "reaffirms",
    "codifies",
    "broadens",
    "narrows",
]

ADVERBS = [
    "quietly",
    "openly",
    "formally",
    "gradually",
    "sharply",
    "effectively",
    "largely",
    "partly",
    "explicitly",
    "directly",
]

PREPOSITIONS = ["with", "against", "between", "across", "beyond", "within", "under", "through", "despite", "toward"]

OPENERS = [
    "In practice,",
    "On paper,",
    "For now,",
    "Over time,",
    "Crucially,",
    "Taken together,",
    "By contrast,",
    "In the short term,",
    "Above all,",
    "Seen from the region,",
]


def _cumulative(words: list[str], exponent: float) -> list[float]:
    return list(accumulate(1.0 / (rank**exponent) for rank in range(1, len(words) + 1)))


class Prose:
    """Sentences, headings and paragraphs from one seeded random.Random."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self._weights = {
            id(words): _cumulative(words, 0.9) for words in (ADJECTIVES, NOUNS, VERBS, ADVERBS, PREPOSITIONS)
        }

    def _pick(self, words: list[str]) -> str:
        return self.rng.choices(words, cum_weights=self._weights[id(words)])[0]

    def noun_phrase(self) -> str:
        rng = self.rng
        words = ["the"] if rng.random() < 0.5 else []
        if rng.random() < 0.7:
            words.append(self._pick(ADJECTIVES))
        words.append(self._pick(NOUNS))
        if rng.random() < 0.3:
            words.append(self._pick(NOUNS))
        return " ".join(words)

    def clause(self) -> str:
        rng = self.rng
        parts = [self.noun_phrase()]
        if rng.random() < 0.2:
            parts.append(self._pick(ADVERBS))
        parts += [self._pick(VERBS), self.noun_phrase()]
        if rng.random() < 0.6:
            parts += [self._pick(PREPOSITIONS), self.noun_phrase()]
        return " ".join(parts)

    def sentence(self, subject: str | None = None) -> str:
        """A sentence; with `subject`, it leads the sentence (an actor or article reference)."""
        rng = self.rng
        if subject is not None:
            text = f"{subject} {self._pick(VERBS)} {self.noun_phrase()}"
            if rng.random() < 0.5:
                text += f" {self._pick(PREPOSITIONS)} {self.noun_phrase()}"
            return text + "."
        text = self.clause()
        if rng.random() < 0.25:
            text = f"{rng.choice(OPENERS)} {text}"
        elif rng.random() < 0.3:
            text += f", and {self.clause()}"
        return text[0].upper() + text[1:] + "."

    def heading(self) -> str:
        text = f"{self._pick(ADJECTIVES)} {self._pick(NOUNS)} {self._pick(VERBS)} {self.noun_phrase()}"
        return text[0].upper() + text[1:]

    def title(self, words: int = 4) -> str:
        picked = [self._pick(ADJECTIVES if i % 2 == 0 else NOUNS) for i in range(words)]
        return " ".join(w.capitalize() for w in picked)
