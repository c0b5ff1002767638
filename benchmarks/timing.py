"""Timing whole processes, as the benchmarks report them: the median of several runs."""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path


def compile_bytecode() -> None:
    """Compile custlint's modules to bytecode first, as `pip install` does: with an editable
    install and PYTHONDONTWRITEBYTECODE set, every run would otherwise compile the source of
    each module changed since the last bytecode write, and start-up would measure that."""
    import compileall

    import custlint

    compileall.compile_dir(Path(custlint.__file__).parent, quiet=1)


def timed(
    cmd: list[str], runs: int, cwd: Path | None = None, before: Callable[[], object] | None = None
) -> float:
    """Median wall time of `cmd` over `runs` runs; `before` runs untimed ahead of each."""
    times = []
    for _ in range(runs):
        if before is not None:
            before()
        start = time.perf_counter()
        subprocess.run(cmd, cwd=cwd, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
    return statistics.median(times)
