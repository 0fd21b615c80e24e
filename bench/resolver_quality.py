#!/usr/bin/env python
"""Resolver quality: precision and recall per kind on the seed corpus (against its curated
links) and, separately, on the held-out documents of bench/heldout/ (against their
hand-written gold), plus links made on trap spans and how each held-out layout parsed.

Runs in a throw-away SQLite database (migrate + load_seed + ingest), never in yours:
    .venv/bin/python bench/resolver_quality.py
Writes bench/results/resolver_quality.json and prints tables. Exit status 1 when a target
is missed, a trap span gets a link or a layout parses wrong, so `make bench` shows it.
"""

import json
import os
import sys
import tempfile
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        os.environ.pop("REDIS_URL", None)
        os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
        import django

        django.setup()
        from django.core.management import call_command

        call_command("migrate", verbosity=0)
        call_command("load_seed", stdout=StringIO())
        from commentary.resolver_quality import heldout_measure, resolver_quality_measure

        seed = resolver_quality_measure()
        heldout = heldout_measure()
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    report = {"seed": seed, "heldout": heldout}
    (results / "resolver_quality.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    ok = _table("seed (rules were written against it)", seed)
    ok = _table("held-out (bench/heldout/, gold written before any rule change)", heldout) and ok
    print(f"trap spans: {heldout['traps']}, links on them: {len(heldout['trap_links'])}")
    for line in heldout["trap_links"]:
        print(f"  TRAP LINK {line}")
    for row in heldout["layouts"]:
        print(f"  layout {row['layout']:18} {row['file']:24} {'ok' if not row['problems'] else row['problems']}")
    for row in heldout["external_and_ambiguous"]:
        print(f"  {row['kind']:9} {row['text']!r}: {'reported' if row['found'] else 'NOT reported'}")
    print(f"wrote {results / 'resolver_quality.json'}")
    clean = not heldout["trap_links"] and not any(row["problems"] for row in heldout["layouts"])
    return 0 if ok and clean else 1


def _table(title: str, report: dict) -> bool:
    print(title)
    print(f"  {'kind':8} {'gold':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}  targets (P/R)")
    for kind in ("article", "treaty", "actor"):
        row = report[kind]
        targets = row["targets"]
        mark = "ok" if row["meets_targets"] else "MISSED"
        print(
            f"  {kind:8} {row['gold']:>5} {row['predicted']:>6} {row['true_positives']:>8} "
            f"{row['precision']:>10.3f} {row['recall']:>7.3f}  ≥{targets['precision']}/≥{targets['recall']} {mark}"
        )
    return all(report[kind]["meets_targets"] for kind in ("article", "treaty", "actor"))


if __name__ == "__main__":
    sys.exit(main())
