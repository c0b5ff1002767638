"""Words per second: custlint (two stages, one and two processes), the naive baseline (same
rules, every sentence through `nlp.pipe`) and proselint, all as whole processes on the same
corpus in the same run. Prints medians and ratios, for each corpus in benchmarks/corpus.py
(`prose`: Python's reference topics and standard-library docstrings; `customer`: the same
interleaved with our customer-service rows; neither repeats at the default size).

Both corpora are technical documents by custlint's own measure (`engine/genre.py`: 49% and
39% of their blocks show code or programming words), so by default they are read as such
and its refusal and staff-shorthand rules mostly stand aside. `--genre prose` reads them as
prose, every rule at work: the figure for customer-facing text of the same size. Both are
timed by default, the naive baseline with the same reading as custlint.

    python benchmarks/throughput.py [--runs 3] [--words 250000] [--corpus prose customer]
                                    [--genre auto prose]

proselint is the peer users would pick instead: `pip install proselint` (the `bench` extra).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import CORPORA, build
from timing import compile_bytecode, timed

from custlint.config import GENRES

NAIVE = """
import sys
from custlint.config import Settings, active_rules
from custlint.engine.genre import read_as_technical
from custlint.engine.linter import Linter
text = open(sys.argv[1], encoding="utf-8").read()
technical = read_as_technical([text], sys.argv[2])
linter = Linter(active_rules(Settings()), two_stage=False)
print(len(linter.lint_texts([text], [technical])[0]))
"""


def measure(corpus: str, words: int, runs: int, genre: str) -> None:
    text = build(words, corpus)
    words = len(text.split())
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "corpus.txt"
        path.write_text(text, encoding="utf-8")
        py = sys.executable
        check = [py, "-m", "custlint", "check", "--no-cache", "--fail-on", "never"]
        check += ["--genre", genre]
        rows = {
            "custlint --jobs 1": timed([*check, "--jobs", "1", str(path)], runs),
            "custlint --jobs 2": timed([*check, "--jobs", "2", str(path)], runs),
            "naive full pipeline": timed([py, "-c", NAIVE, str(path), genre], max(1, runs // 2)),
        }
        proselint = shutil.which("proselint") or str(Path(py).parent / "proselint")
        if Path(proselint).exists():
            rows["proselint"] = timed([proselint, "check", str(path)], runs)
    print(f"corpus {corpus!r}, --genre {genre}: {words:,} words, medians of {runs}")
    for name, seconds in rows.items():
        print(f"  {name:22} {seconds:7.2f} s  {words / seconds:9,.0f} words/s")
    base = rows["naive full pipeline"]
    one, two = rows["custlint --jobs 1"], rows["custlint --jobs 2"]
    print(f"  ratio custlint/naive (jobs 1): {base / one:.1f}x")
    if "proselint" in rows:
        peer = rows["proselint"]
        print(f"  ratio custlint/proselint: jobs 1 {peer / one:.2f}x, jobs 2 {peer / two:.2f}x")
    print(f"  ratio jobs 2 / jobs 1: {one / two:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--words", type=int, default=250_000)
    parser.add_argument("--corpus", nargs="+", choices=CORPORA, default=list(CORPORA))
    parser.add_argument("--genre", nargs="+", choices=GENRES, default=["auto", "prose"])
    args = parser.parse_args()
    compile_bytecode()
    for corpus in args.corpus:
        for genre in args.genre:
            measure(corpus, args.words, args.runs, genre)


if __name__ == "__main__":
    main()
