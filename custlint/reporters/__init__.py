"""Reporters only format findings; they never decide which findings to show."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from custlint.finding import Finding

CATEGORY_ORDER = ("descriptor", "locator", "no-phrasing")


def summary_line(findings: Sequence[Finding], files: int) -> str:
    if not findings:
        return f"All clear: no findings in {files} file{'s' if files != 1 else ''}."
    counts = Counter(f.category for f in findings)
    parts = ", ".join(f"{c}: {counts[c]}" for c in CATEGORY_ORDER if counts[c])
    safe = sum(1 for f in findings if f.fix == "safe")
    unsafe = sum(1 for f in findings if f.fix == "unsafe")
    n = len(findings)
    line = f"Found {n} finding{'s' if n != 1 else ''} in {files} file{'s' if files != 1 else ''} ({parts})."
    if safe or unsafe:
        line += f" {safe} with a safe rewrite, {unsafe} with a suggested sentence rewrite."
    return line
