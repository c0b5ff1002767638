"""The judge's cost: words per second and start-up with and without it, and its size.

Runs `custlint check` as whole processes (no cache) on the `customer` corpus of
benchmarks/corpus.py, where candidates are dense and the judge has the most to read, and
on a one-line file; prints medians and the ratios from the same run. The corpus is read
with `--genre prose` (by its own measure it is a technical document, where refusals stand
aside and the judge would have less to read).

    python benchmarks/judge.py [--runs 3] [--words 60000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build
from timing import compile_bytecode, timed

MODEL = Path(__file__).resolve().parent.parent / "custlint" / "judge" / "model"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=60_000)
    args = parser.parse_args()
    compile_bytecode()
    text = build(args.words, "customer")
    words = len(text.split())
    check = [sys.executable, "-m", "custlint", "check", "--no-cache", "--jobs", "1"]
    check += ["--genre", "prose"]
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.txt"
        corpus.write_text(text, encoding="utf-8")
        one = Path(tmp) / "one.txt"
        one.write_text("Room 412 wants more towels, and we cannot move him today.\n")
        rows = {}
        for flag in ("--no-judge", "--judge"):
            rows[flag] = (
                timed([*check, flag, str(corpus)], args.runs),
                timed([*check, flag, str(one)], max(args.runs, 5)),
            )
    meta = json.loads((MODEL / "custlint-judge.json").read_text())
    print(f"customer corpus: {words:,} words; medians of {args.runs} (one-line file: 5)")
    for flag, (seconds, start) in rows.items():
        print(f"  {flag:11} {words / seconds:9,.0f} words/s   one-line file {start:5.2f} s")
    (off, off_start), (on, on_start) = rows["--no-judge"], rows["--judge"]
    print(f"  words/s with the judge: {off / on:.2f}x of without")
    print(f"  start-up with the judge: +{on_start - off_start:.2f} s")
    print(f"  shipped weights: {meta['size_bytes'] / 1e6:.1f} MB in {MODEL}")


if __name__ == "__main__":
    main()
