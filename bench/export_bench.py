#!/usr/bin/env python
"""Nested-resource benchmark: takeaway list latency, cursor walk and NDJSON export memory as
rows grow (takeaways carry prefetched authors, citations and mentions, unlike bench/api_bench.py's actors).

    python bench/export_bench.py [N ...]  (default sizes: 1000 5000; DATABASE_URL picks the DB,
                                           default a throwaway SQLite file under /tmp)

For each size it bulk-creates N published takeaways (each with an author, a citation and a
mention) on top of the seed, then measures through Django's test client:
- list latency (p50/p95 over repeats) for page 1 and page_size=200,
- the time of the last cursor page reached by walking `next` links (constant per page),
- the peak Python memory while streaming `/takeaways/export/?format=ndjson` (tracemalloc),
  which must stay flat as N grows (the export streams in chunks).
Results go to bench/results/api.json. It is never a timed test.
"""

import json
import os
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
# Every request comes from one address: lift the rate limits, or the bench measures 429s.
os.environ.setdefault("ANON_THROTTLE_RATE", "1000000/minute")
os.environ.setdefault("TOKEN_THROTTLE_RATE", "1000000/minute")
if "DATABASE_URL" not in os.environ:
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.gettempdir()}/pactum-export-bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

from actors.models import Actor  # noqa: E402
from commentary.models import Citation, Expert, Mention, Publication, Takeaway, TakeawayAuthor  # noqa: E402
from core.models import EditorialStatus  # noqa: E402
from treaties.models import Treaty  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "export.json"
REPEATS = 15
PUBLISHED = EditorialStatus.PUBLISHED
BODY = "Article 4 of the new treaty echoes the 1961 treaty. Russia and North Korea signed it.\n\nSecond paragraph."


def _grow_to(n: int) -> None:
    """Bulk-create synthetic takeaways until there are n of them (plus the seed's)."""
    publication = Publication.objects.get(slug="takeaways-from-the-kim-putin-summit")
    expert = Expert.objects.first()
    treaty = Treaty.objects.get(slug="russia-dprk-2024")
    actor = Actor.objects.get(slug="russia")
    have = Takeaway.objects.filter(slug__startswith="bench-").count()
    new = [
        Takeaway(
            publication=publication,
            position=100 + i,
            heading=f"Synthetic takeaway {i}",
            slug=f"bench-{i}",
            body=BODY,
            editorial_status=PUBLISHED,
        )
        for i in range(have, n)
    ]
    Takeaway.objects.bulk_create(new, batch_size=500)
    TakeawayAuthor.objects.bulk_create([TakeawayAuthor(takeaway=t, expert=expert, position=1) for t in new], 500)
    Citation.objects.bulk_create(
        [Citation(takeaway=t, treaty=treaty, start=0, end=9, quote=BODY[:9]) for t in new], batch_size=500
    )
    Mention.objects.bulk_create(
        [Mention(takeaway=t, actor=actor, start=52, end=58, quote=BODY[52:58]) for t in new], batch_size=500
    )


def _timed(client: Client, url: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{url} answered {response.status_code}: {response.content[:300]!r}")
    return elapsed, len(response.content)


def _latency(client: Client, url: str) -> dict:
    _timed(client, url)  # warm caches and connections
    samples = sorted(_timed(client, url)[0] for _ in range(REPEATS))
    return {"p50_ms": round(statistics.median(samples), 2), "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 2)}


def _deepest_cursor_page(client: Client) -> dict:
    url, pages, last_ms = "/api/v1/takeaways/?cursor=&page_size=200", 0, 0.0
    while url:
        started = time.perf_counter()
        body = client.get(url).json()
        last_ms = (time.perf_counter() - started) * 1000
        pages += 1
        url = body.get("next")
    return {"pages": pages, "last_page_ms": round(last_ms, 2)}


def _export_peak(client: Client) -> dict:
    tracemalloc.start()
    response = client.get("/api/v1/takeaways/export/?format=ndjson")
    lines = sum(chunk.count(b"\n") for chunk in response.streaming_content)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"rows": lines, "peak_python_kib": round(peak / 1024)}


def main(sizes: list[int]) -> dict:
    call_command("migrate", verbosity=0)
    call_command("load_seed", verbosity=0)
    client = Client()
    report = {"vendor": connection.vendor, "repeats": REPEATS, "sizes": {}}
    for n in sizes:
        _grow_to(n)
        report["sizes"][n] = {
            "takeaways_list": _latency(client, "/api/v1/takeaways/"),
            "takeaways_list_200": _latency(client, "/api/v1/takeaways/?page_size=200"),
            "takeaways_filtered": _latency(client, "/api/v1/takeaways/?mentions=russia&cites_treaty=russia-dprk-2024"),
            "citations_list": _latency(client, "/api/v1/citations/"),
            "cursor_walk": _deepest_cursor_page(client),
            "ndjson_export": _export_peak(client),
        }
        print(n, json.dumps(report["sizes"][n]))
    return report


if __name__ == "__main__":
    sizes = [int(arg) for arg in sys.argv[1:]] or [1000, 5000]
    result = main(sizes)
    RESULTS.parent.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2) + "\n")
    print(f"wrote {RESULTS}")
