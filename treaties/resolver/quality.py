"""Precision and recall of resolver output against curated references (pure data).

An automatic reference counts as correct when a curated one has the same kind and target
and an overlapping span; each curated reference is matched at most once. Trap spans are
places where no link of the given kinds may be made (an alliance's "Article 5", a city
inside a summit's name); every link overlapping one is counted as a trap link.
"""

import re
from dataclasses import dataclass

KINDS = ("article", "treaty", "actor")


@dataclass(frozen=True)
class Item:
    kind: str  # article, treaty, actor
    target: str
    start: int
    end: int
    text: str = ""
    where: str = ""  # e.g. the takeaway slug


@dataclass(frozen=True)
class Trap:
    kinds: tuple[str, ...]
    start: int
    end: int
    text: str = ""
    where: str = ""


def quality_compare(*, predicted: list[Item], gold: list[Item]) -> dict:
    """Per kind: true positives, precision, recall, and the misses for inspection."""
    report: dict[str, dict] = {}
    for kind in KINDS:
        pred = sorted((p for p in predicted if p.kind == kind), key=lambda i: (i.where, i.start))
        wanted = [g for g in gold if g.kind == kind]
        unmatched = list(wanted)
        false_positives = []
        for item in pred:
            hit = next(
                (g for g in unmatched if (g.where, g.target) == (item.where, item.target)
                 and g.start < item.end and item.start < g.end),
                None,
            )  # fmt: skip
            if hit is None:
                false_positives.append(item)
            else:
                unmatched.remove(hit)
        tp = len(pred) - len(false_positives)
        report[kind] = {
            "predicted": len(pred),
            "gold": len(wanted),
            "true_positives": tp,
            "precision": round(tp / len(pred), 4) if pred else 1.0,
            "recall": round(tp / len(wanted), 4) if wanted else 1.0,
            "false_positives": [_describe(i) for i in false_positives],
            "false_negatives": [_describe(i) for i in unmatched],
        }
    return report


def trap_links(*, predicted: list[Item], traps: list[Trap]) -> list[str]:
    """Links of a forbidden kind that overlap a trap span."""
    return [
        f"{_describe(item)} (trap {trap.text!r})"
        for trap in traps
        for item in predicted
        if item.where == trap.where and item.kind in trap.kinds and item.start < trap.end and trap.start < item.end
    ]


def _describe(item: Item) -> str:
    return f"{item.where}@{item.start}-{item.end} {item.text!r} -> {item.target}"


def gold_spans(*, body: str, entries: list[dict]) -> list[tuple[dict, int, int]]:
    """(entry, start, end) for hand-written `{text, occurrence}` entries, as in seed/curation.yaml:
    the Nth whole-word, case-sensitive match (`all` with a `count`); inside one list the
    longest text wins, so a match inside a longer entry's span is not counted. Raises
    ValueError when an entry is not found, so edited documents cannot shift gold silently."""
    order = sorted(range(len(entries)), key=lambda i: -len(entries[i]["text"]))
    claimed: list[tuple[int, int]] = []
    found: list[tuple[dict, int, int]] = []
    for i in order:
        entry = entries[i]
        words = r"\s+".join(re.escape(word) for word in entry["text"].split())
        free = [
            (m.start(), m.end())
            for m in re.finditer(rf"(?<!\w){words}(?!\w)", body)
            if not any(m.start() < e and s < m.end() for s, e in claimed)
        ]
        occurrence = entry.get("occurrence", 1)
        if occurrence == "all":
            if len(free) != entry.get("count"):
                raise ValueError(f"{entry['text']!r}: expected {entry.get('count')} occurrences, found {len(free)}")
            spans = free
        elif 1 <= occurrence <= len(free):
            spans = [free[occurrence - 1]]
        else:
            raise ValueError(f"{entry['text']!r}: occurrence {occurrence} not found in {body[:60]!r}…")
        claimed.extend(spans)
        found.extend((entry, s, e) for s, e in spans)
    return sorted(found, key=lambda f: f[1])
