"""Start-up: `custlint check` on one short file (cold: no cache; cached), `--version`, and a
pre-commit-like run over 50 small Markdown files (uncached and fully cached), as medians.

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from timing import compile_bytecode, timed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    compile_bytecode()
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
            "--version": timed([*py, "--version"], args.runs, one),
            "one-line file, cold": timed([*py, "check", "note.md"], args.runs, one, clear(one)),
            "one-line file, cached": timed([*py, "check", "note.md"], args.runs, one),
            "50 Markdown files, cold": timed([*py, "check", "."], args.runs, many, clear(many)),
            "50 Markdown files, cached": timed([*py, "check", "."], args.runs, many),
        }
    for name, seconds in rows.items():
        print(f"  {name:28} {seconds:6.2f} s (median of {args.runs})")


if __name__ == "__main__":
    main()
