"""Start-up: `custlint check` on one short file (cold: no cache; cached), `--version`, and a
pre-commit-like run over 50 small Markdown files (uncached and fully cached), as medians.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def timed(cmd: list[str], cwd: Path, runs: int, before=None) -> float:
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    py = [sys.executable, "-m", "custlint"]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        one = root / "one"
        one.mkdir()
        (one / "note.md").write_text("The passengers in row 12 asked for water.\n")
        many = root / "many"
        many.mkdir()
        for i in range(50):
            (many / f"page{i:02}.md").write_text(
                f"# Page {i}\n\nOur guests in room {100 + i} asked for towels. "
                "The customer in seat 4C is happy.\n\nNo refunds after 30 days.\n"
            )
        import shutil

        def clear(folder: Path):
            return lambda: shutil.rmtree(folder / ".custlint_cache", ignore_errors=True)

        rows = {
            "--version": timed([*py, "--version"], one, args.runs),
            "one-line file, cold": timed([*py, "check", "note.md"], one, args.runs, clear(one)),
            "one-line file, cached": timed([*py, "check", "note.md"], one, args.runs),
            "50 Markdown files, cold": timed([*py, "check", "."], many, args.runs, clear(many)),
            "50 Markdown files, cached": timed([*py, "check", "."], many, args.runs),
        }
    for name, seconds in rows.items():
        print(f"  {name:28} {seconds:6.2f} s (median of {args.runs})")


if __name__ == "__main__":
    main()
