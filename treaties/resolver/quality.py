"""Precision and recall of resolver output against curated references (pure data).

An automatic reference counts as correct when a curated one has the same kind and target
and an overlapping span; each curated reference is matched at most once.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Item:
    kind: str  # article, treaty, actor
    target: str
    start: int
    end: int
    text: str = ""
    where: str = ""  # e.g. the takeaway slug


def quality_compare(*, predicted: list[Item], gold: list[Item]) -> dict:
    """Per kind: true positives, precision, recall, and the misses for inspection."""
    report: dict[str, dict] = {}
    for kind in ("article", "treaty", "actor"):
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


def _describe(item: Item) -> str:
    return f"{item.where}@{item.start}-{item.end} {item.text!r} -> {item.target}"
