"""Measure the resolver on stored takeaways against their curated (method=editor) references.

Used by bench/resolver_quality.py and by a test that holds the quality targets. The resolver
runs on the bodies only: curated rows are read afterwards, for the comparison.
"""

from commentary.models import Citation, LinkMethod, Mention, Takeaway
from commentary.references import takeaway_context
from treaties.resolver import catalogue_load, resolve
from treaties.resolver.quality import Item, quality_compare

TARGETS = {
    "article": {"precision": 0.95, "recall": 0.95},
    "treaty": {"precision": 0.9, "recall": 0.8},
    "actor": {"precision": 0.95, "recall": 0.9},
}


def resolver_quality_measure(*, publication_slug: str | None = None) -> dict:
    takeaways = Takeaway.objects.select_related("publication").order_by("publication__slug", "position")
    if publication_slug:
        takeaways = takeaways.filter(publication__slug=publication_slug)
    catalogue = catalogue_load()
    predicted: list[Item] = []
    for takeaway in takeaways:
        for ref in resolve(takeaway.body, takeaway_context(takeaway=takeaway), catalogue=catalogue):
            predicted.append(Item(ref.kind, ref.target_id, ref.start, ref.end, ref.text, takeaway.slug))
    gold: list[Item] = []
    curated = {"takeaway__in": list(takeaways), "method": LinkMethod.EDITOR}
    for citation in Citation.objects.filter(**curated).select_related("takeaway"):
        kind, target = ("article", citation.article_id) if citation.article_id else ("treaty", citation.treaty_id)
        gold.append(Item(kind, str(target), citation.start, citation.end, citation.quote, citation.takeaway.slug))
    for mention in Mention.objects.filter(**curated).select_related("takeaway"):
        gold.append(
            Item("actor", str(mention.actor_id), mention.start, mention.end, mention.quote, mention.takeaway.slug)
        )
    report = quality_compare(predicted=predicted, gold=gold)
    for kind, targets in TARGETS.items():
        report[kind]["targets"] = targets
        report[kind]["meets_targets"] = all(report[kind][k] >= v for k, v in targets.items())
    return report
