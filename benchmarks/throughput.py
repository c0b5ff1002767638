"""Throughput of `lint_text` and start-up time of `custlint check`, as medians.

The corpus is real English prose that ships with every CPython: the reference
documentation topics in `pydoc_data.topics` (technical prose, few candidates), mixed with
the team's own labeled customer-service sentences in `data/labeled/` (dense in
candidates), so both the cheap first stage and the parser are exercised.

    python benchmarks/throughput.py [--runs 3] [--no-judge]

Each figure is printed with the trained judge on and off (`--no-judge`: only the rules).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> str:
    from pydoc_data.topics import topics

    docs = "\n\n".join(topics[k] for k in sorted(topics))
    labeled = []
    for path in sorted((ROOT / "data" / "labeled").glob("*.jsonl")):
        labeled += [
            json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()
        ]
    return docs + "\n\n" + "\n\n".join(labeled)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-judge", action="store_true", help="measure the rules alone")
    args = parser.parse_args()
    for judge in (False,) if args.no_judge else (False, True):
        measure(args.runs, judge)


def measure(runs: int, judge: bool) -> None:
    from custlint.config import Settings

    settings = Settings(judge=judge)
    flag = "--judge" if judge else "--no-judge"
    print(f"== {flag}")

    import custlint

    text = corpus()
    words = len(text.split())
    custlint.lint_text("Warm-up: the passenger in 17F. Room 412 wants towels.", settings)
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        found = custlint.lint_text(text, settings)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(f"corpus: {words:,} words (pydoc topics + data/labeled), {len(found)} findings")
    print(f"lint_text: median {median:.2f} s over {runs} runs = {words / median:,.0f} words/s")

    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        note = "The passengers in row 12 asked for water. Room 412 wants towels.\n"
        one.write_text(note, encoding="utf-8")
        starts = []
        for _ in range(max(runs, 5)):
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "custlint", "check", flag, str(one)], capture_output=True
            )
            starts.append(time.perf_counter() - start)
        version = []
        for _ in range(max(runs, 5)):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "custlint", "--version"], capture_output=True)
            version.append(time.perf_counter() - start)
    print(
        f"start-up, `custlint check` on a one-line file: median {statistics.median(starts):.2f} s"
    )
    print(f"start-up, `custlint --version`: median {statistics.median(version):.2f} s")


if __name__ == "__main__":
    main()
