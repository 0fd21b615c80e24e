#!/usr/bin/env python
"""Resolver quality: precision and recall per kind on the seed corpus (against its curated
links) and, separately, on the held-out documents of bench/heldout/, bench/heldout2/,
bench/heldout3/, bench/heldout4/ and bench/heldout5/ (each against its hand-written gold), plus links made
on trap spans and how each held-out layout parsed. bench/heldout/ was partly used while writing the rules;
bench/heldout2/ was written by an evaluator who had not seen them, and its misses then guided
the next rules; bench/heldout3/ was written (gold first) before those rules, as their test.

Runs in a throw-away SQLite database (migrate + load_seed + ingest), never in yours:
    .venv/bin/python bench/resolver_quality.py            # tables, trap links, layouts
    .venv/bin/python bench/resolver_quality.py --summary  # tables only: a blind run, which
                                                          # shows no miss of a test set
    .venv/bin/python bench/resolver_quality.py --set heldout2   # seed and the sets named only
Writes bench/results/resolver_quality.json (with --set: resolver_quality_<sets>.json, so a
partial run never overwrites the all-sets record) and prints tables. Exit status 1 when a target
is missed, a trap span gets a link or a layout parses wrong, so `make bench` shows it.
"""

import json
import os
import sys
import tempfile
from io import StringIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETS = {  # name: (directory, title)
    "heldout": ("heldout", "held-out (bench/heldout/, partly used while writing the rules)"),
    "heldout2": ("heldout2", "held-out 2 (bench/heldout2/, unseen when written; its misses guided later rules)"),
    "heldout3": ("heldout3", "held-out 3 (bench/heldout3/, written before its rules; its misses guided later ones)"),
    "heldout4": ("heldout4", "held-out 4 (bench/heldout4/, gold first; blind first run, then its misses guided rules)"),
    "heldout5": ("heldout5", "held-out 5 (bench/heldout5/, gold first; blind first run, then its misses guided rules)"),
    "heldout6": ("heldout6", "held-out 6 (bench/heldout6/, gold first; blind first run, then its misses guided rules)"),
    "heldout7": ("heldout7", "held-out 7 (bench/heldout7/, gold first; blind first run, then its misses guided rules)"),
    "heldout8": ("heldout8", "held-out 8 (bench/heldout8/, gold first; blind first run)"),
}
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

        report = {"seed": resolver_quality_measure()}
        for name, (directory, _) in _chosen().items():
            report[name] = heldout_measure(directory=ROOT / "bench" / directory)
    results = ROOT / "bench" / "results"
    results.mkdir(exist_ok=True)
    out = results / _results_name()
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n")
    summary = "--summary" in sys.argv[1:]
    ok = _table("seed (rules were written against it)", report["seed"])
    for name, (_, title) in _chosen().items():
        ok = _heldout_print(title, report[name], summary=summary) and ok
    print(f"wrote {out}")
    return 0 if ok else 1


def _names() -> list[str]:
    args = sys.argv[1:]
    return [args[i + 1] for i, arg in enumerate(args[:-1]) if arg == "--set"]


def _results_name() -> str:
    """resolver_quality.json for the full run (seed and every set); a run limited with --set
    writes resolver_quality_<sets>.json, so it never overwrites the all-sets record."""
    names = _names()
    return f"resolver_quality_{'_'.join(sorted(names))}.json" if names else "resolver_quality.json"


def _chosen() -> dict:
    """The sets named with --set (all when none is), so a test set can stay unseen while
    rules are worked on."""
    names = _names()
    unknown = set(names) - set(SETS)
    if unknown:
        sys.exit(f"unknown set(s): {', '.join(sorted(unknown))}; known: {', '.join(SETS)}")
    return {name: SETS[name] for name in SETS if not names or name in names}


def _heldout_print(title: str, heldout: dict, *, summary: bool = False) -> bool:
    ok = _table(title, heldout)
    clean = not heldout["trap_links"] and not any(row["problems"] for row in heldout["layouts"])
    if summary:
        found = sum(row["found"] for row in heldout["external_and_ambiguous"])
        print(
            f"trap spans: {heldout['traps']}, links on them: {len(heldout['trap_links'])}; "
            f"layouts with problems: {sum(bool(row['problems']) for row in heldout['layouts'])}; "
            f"external/ambiguous reported: {found} of {len(heldout['external_and_ambiguous'])}"
        )
        return ok and clean
    print(f"trap spans: {heldout['traps']}, links on them: {len(heldout['trap_links'])}")
    for line in heldout["trap_links"]:
        print(f"  TRAP LINK {line}")
    for row in heldout["layouts"]:
        print(f"  layout {row['layout']:18} {row['file']:28} {'ok' if not row['problems'] else row['problems']}")
    for row in heldout["external_and_ambiguous"]:
        print(f"  {row['kind']:9} {row['text']!r}: {'reported' if row['found'] else 'NOT reported'}")
    return ok and clean


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
