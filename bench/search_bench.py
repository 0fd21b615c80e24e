#!/usr/bin/env python
"""Search benchmark: seed N synthetic takeaways and time apply_search on the current DB.

    python bench/search_bench.py [N]        (default N=5000; DATABASE_URL picks the DB)

Everything runs inside one transaction that is rolled back, so the database is left as it
was. Writes go through bulk_create, so the insert time includes the search triggers'
cost. Results go to bench/results/search.json (one entry per vendor). Never a timed test.
"""

import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.local")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402

from commentary.models import Publication, PublicationKind, Takeaway  # noqa: E402
from core.models import EditorialStatus  # noqa: E402
from search import apply_search, search_all  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "search.json"
REPEATS = 5
_VOCABULARY_TEXT = """
    treaty alliance sanctions summit deterrence partnership missile cooperation security assistance
    economy energy diplomacy sovereignty ratification negotiation strategy region border nuclear
    military exercise technology labour tourism grain oil satellite artillery envoy delegation
"""
VOCABULARY = _VOCABULARY_TEXT.split()
# Planted at known rates so queries hit known fractions of the rows.
PLANTED = {"zephyr": 0.001, "quasar": 0.01, "nebula": 0.1}
QUERIES = {
    "rare word (0.1%)": "zephyr",
    "uncommon word (1%)": "quasar",
    "common word (10%)": "nebula",
    "very common word": "treaty",
    "two words AND": "nebula alliance",
    "phrase": '"military and other assistance"',
    "exclusion": "nebula -sanctions",
    "or": "zephyr or quasar",
}


def _body(rng: random.Random) -> str:
    words = [rng.choice(VOCABULARY) for _ in range(120)]
    for word, rate in PLANTED.items():
        if rng.random() < rate:
            words.insert(rng.randrange(len(words)), word)
    if rng.random() < 0.02:
        words[10:10] = ["military", "and", "other", "assistance"]
    return " ".join(words) + "."


def _time(fn) -> float:
    samples = []
    for _ in range(REPEATS):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return round(statistics.median(samples), 2)


def main(n: int) -> dict:
    rng = random.Random(42)
    result: dict = {"vendor": connection.vendor, "takeaways": n, "repeats": REPEATS, "queries": {}}
    with transaction.atomic():
        publication = Publication.objects.create(
            title="Bench", slug="bench-search", kind=PublicationKind.REPORT, editorial_status=EditorialStatus.PUBLISHED
        )
        rows = [
            Takeaway(
                publication=publication,
                position=i + 1,
                heading=" ".join(rng.choice(VOCABULARY) for _ in range(5)).capitalize(),
                slug=f"bench-{i}",
                body=_body(rng),
                editorial_status=EditorialStatus.PUBLISHED,
            )
            for i in range(n)
        ]
        started = time.perf_counter()
        for start in range(0, n, 1000):
            Takeaway.objects.bulk_create(rows[start : start + 1000])
        result["insert_ms_per_row"] = round((time.perf_counter() - started) * 1000 / n, 3)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE search_searchdocument, commentary_takeaway, commentary_publication")
        base = Takeaway.objects.public()
        for label, q in QUERIES.items():
            qs = apply_search(base, q)
            count = qs.count()
            result["queries"][label] = {
                "q": q,
                "matches": count,
                "count_ms": _time(qs.count),
                "first_page_ms": _time(lambda qs=qs: list(qs[:20])),
                "search_all_ms": _time(lambda q=q: search_all(q=q, limit=20)),
            }
            print(f"{label:22} {count:6d} matches  {result['queries'][label]}")
        plan = apply_search(base, "zephyr")[:20].explain()
        result["plan_rare_word"] = plan.splitlines()
        result["uses_fulltext_index"] = ("search_document_vector_" in plan) or ("VIRTUAL TABLE" in plan)
        transaction.set_rollback(True)
    return result


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    out = main(n)
    RESULTS.parent.mkdir(exist_ok=True)
    previous = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    previous[out["vendor"]] = out
    RESULTS.write_text(json.dumps(previous, indent=2) + "\n")
    print(f"insert {out['insert_ms_per_row']} ms/row; fulltext index used: {out['uses_fulltext_index']}")
    print(f"wrote {RESULTS}")
