"""Scaling: time and peak memory of `custlint check` for 10k, 100k and 1M words (one file,
`--jobs 1` and `--jobs 2`), and `--jobs 2` against `--jobs 1` on 100 files.

The `customer` corpus is read with `--genre prose`, every rule at work, as the worst case
(by its own measure it is a technical document, where most rules stand aside).

    python benchmarks/scaling.py [--sizes 10000,100000,1000000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import build


def run(cmd: list[str]) -> tuple[float, float]:
    """Seconds and the peak resident memory (MB) of the largest process in the tree."""
    script = (
        "import resource, subprocess, sys, time;"
        "t = time.perf_counter();"
        "subprocess.run(sys.argv[1:], capture_output=True);"
        "dt = time.perf_counter() - t;"
        "print(dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", script, *cmd], capture_output=True, text=True)
    seconds, rss = out.stdout.split()
    return float(seconds), int(rss) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    args = parser.parse_args()
    check = [sys.executable, "-m", "custlint", "check", "--no-cache", "--fail-on", "never"]
    check += ["--genre", "prose"]
    with tempfile.TemporaryDirectory() as tmp:
        print("words      jobs  seconds  words/s   peak MB")
        for size in (int(s) for s in args.sizes.split(",")):
            path = Path(tmp) / f"c{size}.txt"
            path.write_text(build(size, "customer"), encoding="utf-8")
            words = len(path.read_text(encoding="utf-8").split())
            for jobs in (1, 2):
                seconds, peak = run([*check, "--jobs", str(jobs), str(path)])
                print(
                    f"{words:>9,}  {jobs:>4}  {seconds:7.1f}  {words / seconds:8,.0f}  {peak:7.0f}"
                )
        folder = Path(tmp) / "files"
        folder.mkdir()
        text = build(200_000, "customer").split("\n\n")
        chunk = max(1, len(text) // 100)
        for i in range(100):
            (folder / f"doc{i:03}.txt").write_text("\n\n".join(text[i * chunk : (i + 1) * chunk]))
        t1, _ = run([*check, "--jobs", "1", str(folder)])
        t2, _ = run([*check, "--jobs", "2", str(folder)])
        print(f"100 files: jobs 1 {t1:.1f} s, jobs 2 {t2:.1f} s, speed-up {t1 / t2:.2f}x")


if __name__ == "__main__":
    main()
