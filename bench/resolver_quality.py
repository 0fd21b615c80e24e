#!/usr/bin/env python
"""Resolver quality on the seed corpus: precision and recall per kind against curated links.

Runs in a throw-away SQLite database (migrate + load_seed), never in yours:
    .venv/bin/python bench/resolver_quality.py
Writes bench/results/resolver_quality.json and prints a table. Exit status 1 when a target
is missed, so `make bench` shows it.
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
        from commentary.resolver_quality import resolver_quality_measure

        report = resolver_quality_measure()
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "resolver_quality.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    print(f"{'kind':8} {'gold':>5} {'found':>6} {'correct':>8} {'precision':>10} {'recall':>7}  targets (P/R)")
    for kind, row in report.items():
        targets = row["targets"]
        mark = "ok" if row["meets_targets"] else "MISSED"
        print(
            f"{kind:8} {row['gold']:>5} {row['predicted']:>6} {row['true_positives']:>8} "
            f"{row['precision']:>10.3f} {row['recall']:>7.3f}  ≥{targets['precision']}/≥{targets['recall']} {mark}"
        )
    print(f"wrote {results / 'resolver_quality.json'}")
    return 0 if all(row["meets_targets"] for row in report.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
