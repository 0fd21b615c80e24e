#!/usr/bin/env python
"""Run every benchmark in bench/ and collect their results in bench/results/summary.json.

Benchmarks are never timed tests: each script here measures on the current machine and
writes its own JSON file under bench/results/. This runner only executes them in turn and
gathers what they wrote, so one command (`make bench`) refreshes every figure.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results"


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    scripts = sorted(
        p for p in HERE.glob("*.py") if p.name not in {"run.py", "__init__.py"} and not p.name.startswith("_")
    )
    summary: dict[str, dict] = {}
    failed = 0
    for script in scripts:
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=HERE.parent, capture_output=True, text=True)
        summary[script.stem] = {
            "exit_code": proc.returncode,
            "seconds": round(time.perf_counter() - started, 2),
            "stdout_tail": proc.stdout.strip().splitlines()[-15:],
        }
        if proc.returncode:
            failed += 1
            summary[script.stem]["stderr_tail"] = proc.stderr.strip().splitlines()[-15:]
        print(f"{script.name}: exit {proc.returncode} in {summary[script.stem]['seconds']} s")
    for result in sorted(RESULTS.glob("*.json")):
        if result.name != "summary.json":
            summary.setdefault(result.stem, {})["result"] = json.loads(result.read_text())
    (RESULTS / "summary.json").write_text(json.dumps(summary, indent=2, default=str) + "\n")
    print(f"wrote {RESULTS / 'summary.json'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
