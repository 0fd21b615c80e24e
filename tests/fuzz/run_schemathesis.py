#!/usr/bin/env python3
"""Fuzz the live API against its own OpenAPI schema with schemathesis (issue 11).

Starts gunicorn on 127.0.0.1 on a free port with a fresh, seeded database (a SQLite file
in a temporary directory, or the database named by FUZZ_DATABASE_URL), creates an editor
and a token, then runs schemathesis over every operation twice: anonymously and with the
editor's token, with all four phases (examples, coverage, fuzzing, stateful). The bar is
zero 5xx and zero schema violations: any failed check fails the run.

    .venv/bin/python tests/fuzz/run_schemathesis.py            # CI budget (a few minutes)
    .venv/bin/python tests/fuzz/run_schemathesis.py --nightly  # >= 100 examples per operation

Reports (JUnit XML and a pytest file reproducing each failure) go to --report-dir
(default: a temporary directory, printed at the end); --out writes the figures (cases per
identity, seed, time) as JSON. See docs/decisions/0015-schema-fuzzing.md.
"""

import argparse
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SCHEMA_PATH = "/api/v1/schema/"

BUDGETS = {
    # Enough to reach every operation in every phase, on 2 cores, in a few minutes.
    "ci": {"max_examples": 8, "seed": 20261202},
    # The bar: at least 100 examples per operation.
    "nightly": {"max_examples": 100, "seed": None},
}
# Every check schemathesis has, except those that judge API design rather than contract:
# - positive_data_acceptance: schema-valid input may still be refused (an unknown slug is a
#   400 by design: "an unknown identifier is a 400, never an empty result");
# - use_after_free / ensure_resource_availability: stateful heuristics that assume a DELETE
#   makes a resource disappear and a POST makes one appear at a guessed link;
# - ignored_auth / object_level_authorization: public reads are open by design.
EXCLUDED_CHECKS = (
    "positive_data_acceptance",
    "use_after_free",
    "ensure_resource_availability",
    "ignored_auth",
    "object_level_authorization",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def manage(env: dict, *args: str, capture: bool = False) -> str:
    result = subprocess.run(
        [str(BIN / "python"), "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        text=True,
        stdout=subprocess.PIPE if capture else None,
    )
    return (result.stdout or "").strip()


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - local server
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"The server did not answer {url} within {timeout}s.")


def schemathesis(base: str, *, budget: dict, label: str, token: str | None, report_dir: Path, workers: int) -> int:
    args = [
        str(BIN / "st"),
        "--config-file",
        str(Path(__file__).with_name("schemathesis.toml")),
        "run",
        base + SCHEMA_PATH,
        "--checks",
        "all",
        "--exclude-checks",
        ",".join(EXCLUDED_CHECKS),
        "--phases",
        "examples,coverage,fuzzing,stateful",
        "--max-examples",
        str(budget["max_examples"]),
        "--workers",
        str(workers),
        "--request-timeout",
        "30",
        "--generation-database",
        "none",
        "--no-shrink" if label.endswith("ci") else "--continue-on-failure",
        "--report",
        "junit,pytest",
        "--report-dir",
        str(report_dir / label),
        "--no-color",
        "--warnings",
        "off",
    ]
    if budget["seed"] is not None:
        args += ["--seed", str(budget["seed"])]
    if token:
        args += ["-H", f"Authorization: Token {token}"]
    print(f"\n=== schemathesis: {label} ===", flush=True)
    # Echo the output as it comes, and keep it for the summary.
    process = subprocess.Popen(args, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines = []
    for line in process.stdout:
        print(line, end="", flush=True)
        lines.append(line)
    return process.wait(), "".join(lines)


def summarise(output: str) -> dict:
    """The figures schemathesis prints at the end of a run: cases, seed, duration."""
    cases = re.search(r"^\s*(\d+) generated(.*)$", output, re.MULTILINE)
    counts = dict(re.findall(r"(\d+) (passed|skipped)", cases.group(2))) if cases else {}
    counts = {kind: int(n) for n, kind in counts.items()}
    operations = re.search(r"Tested: (\d+)", output)
    seed = re.search(r"^Seed: (\d+)", output, re.MULTILINE)
    took = re.search(r" in ([0-9.]+)s =+\s*$", output, re.MULTILINE)
    return {
        "operations_tested": int(operations.group(1)) if operations else None,
        "cases_generated": int(cases.group(1)) if cases else None,
        "cases_passed": counts.get("passed"),
        "unique_failures": int(unique.group(1)) if (unique := re.search(r"(\d+) unique failure", output)) else 0,
        "seed": seed.group(1) if seed else None,
        "seconds": float(took.group(1)) if took else None,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--nightly", action="store_true", help="At least 100 examples per operation.")
    parser.add_argument("--max-examples", type=int, help="Override the budget's examples per operation.")
    parser.add_argument("--only", choices=["anonymous", "editor"], help="Run one identity only.")
    parser.add_argument("--report-dir", type=Path, help="Where reports go (default: a temporary directory).")
    parser.add_argument("--workers", type=int, default=1, help="schemathesis workers (default 1).")
    parser.add_argument("--out", type=Path, help="Write a JSON summary here (e.g. bench/results/fuzz-nightly.json).")
    options = parser.parse_args()

    budget = dict(BUDGETS["nightly" if options.nightly else "ci"])
    if options.max_examples:
        budget["max_examples"] = options.max_examples
    workdir = Path(tempfile.mkdtemp(prefix="pactum-fuzz-"))
    report_dir = options.report_dir or workdir / "reports"
    report_dir.mkdir(parents=True, exist_ok=True)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("DATABASE_URL", "REDIS_URL", "DATABASE_REPLICA_URL", "DJANGO_SETTINGS_MODULE")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=os.environ.get("FUZZ_DATABASE_URL") or f"sqlite:///{workdir / 'fuzz.sqlite3'}",
        # The fuzzer must not be throttled into 429s (429 is documented everywhere, but
        # every request being a 429 would test nothing).
        RESOLVE_THROTTLE_RATE="100000/minute",
        ANON_THROTTLE_RATE="1000000/minute",
        TOKEN_THROTTLE_RATE="1000000/minute",
        PYTHONUNBUFFERED="1",
    )
    print(f"Database: {env['DATABASE_URL']}", flush=True)
    manage(env, "migrate", "--noinput", "-v", "0")
    manage(env, "load_seed")
    # A throw-away editor; its password must pass Django's validators like any staff account's.
    manage(env, "create_editor", "fuzz-editor", "--password", secrets.token_urlsafe(24))
    token = manage(env, "create_token", "fuzz-editor", "--name", "schemathesis", "--days", "1", capture=True)

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server_log = (workdir / "server.log").open("w")
    server = subprocess.Popen(
        [
            str(BIN / "gunicorn"),
            "config.wsgi",
            # The production worker: its own answers to over-long request lines and headers
            # are problem+json, as the schema says (core/gunicorn_worker.py).
            "--worker-class",
            "core.gunicorn_worker.QueueTimedThreadWorker",
            # No request-line limit here: generated queries run long, and the bar is the API's
            # own validation (a 400 per parameter). The 414/431 answers themselves are tested
            # against the production limits in tests/config/test_gunicorn_errors.py.
            "--limit-request-line",
            "0",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--threads",
            "2",
            "--timeout",
            "60",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    started = time.monotonic()
    failures = 0
    summary = {"budget": budget, "identities": {}}
    try:
        wait_for(base + SCHEMA_PATH)
        identities = [("anonymous", None), ("editor", token)]
        if options.only:
            identities = [(name, key) for name, key in identities if name == options.only]
        for name, key in identities:
            label = f"{name}-{'nightly' if options.nightly else 'ci'}"
            code, output = schemathesis(
                base, budget=budget, label=label, token=key, report_dir=report_dir, workers=options.workers
            )
            summary["identities"][name] = {"exit_code": code, **summarise(output)}
            failures += code != 0
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        server_log.close()
    elapsed = time.monotonic() - started
    log = (workdir / "server.log").read_text()
    server_errors = [line for line in log.splitlines() if "Traceback" in line]
    print(f"\nFuzzing took {elapsed:.0f}s; reports in {report_dir}", flush=True)
    if server_errors:
        print(f"The server logged {len(server_errors)} tracebacks: see {workdir / 'server.log'}")
        failures += 1
    if options.out:
        summary.update(
            schemathesis_version=subprocess.run(
                [str(BIN / "st"), "--version"], capture_output=True, text=True
            ).stdout.strip(),
            server_tracebacks=len(server_errors),
            seconds=round(elapsed),
            load_average_1m=round(os.getloadavg()[0], 1),
            passed=not failures,
        )
        options.out.write_text(json.dumps(summary, indent=2) + "\n")
    if failures:
        print("Schema fuzzing FAILED.")
        return 1
    if not options.report_dir and not os.environ.get("FUZZ_KEEP"):
        shutil.rmtree(workdir, ignore_errors=True)
    print("Schema fuzzing passed: no 5xx, no schema violation.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
