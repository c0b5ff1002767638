"""Reporters only format findings; they never decide which findings to show."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from custlint.finding import Finding

CATEGORY_ORDER = ("descriptor", "locator", "no-phrasing", "suppression")


def summary_line(findings: Sequence[Finding], files: int, technical: int = 0) -> str:
    """The last line of the text report. `technical` counts the files read as technical
    documents by measure (genre `auto`): their refusals and staff shorthand are not looked
    for, and a writer who sees fewer findings than expected should know why."""
    if not findings:
        line = f"All clear: no findings in {files} file{'s' if files != 1 else ''}."
        return line + _technical_note(technical, files)
    counts = Counter(f.category for f in findings)
    parts = ", ".join(f"{c}: {counts[c]}" for c in CATEGORY_ORDER if counts[c])
    safe = sum(1 for f in findings if f.fix == "safe")
    unsafe = sum(1 for f in findings if f.fix == "unsafe")
    n = len(findings)
    plural_n = "s" if n != 1 else ""
    plural_files = "s" if files != 1 else ""
    line = f"Found {n} finding{plural_n} in {files} file{plural_files} ({parts})."
    if safe or unsafe:
        line += f" {safe} with a safe rewrite, {unsafe} with a suggested sentence rewrite."
    return line + _technical_note(technical, files)


def _technical_note(technical: int, files: int) -> str:
    if not technical:
        return ""
    if files == 1:
        which, verb = "It was", "reads it"
    else:
        which = f"{technical} of {files} {'was' if technical == 1 else 'were'}"
        verb = "reads it" if technical == 1 else "reads them"
    return (
        f" {which} read as technical documentation, where refusals are flagged only in"
        f" sentences about what customers buy and bare numbers are not read as people"
        f" (--genre prose {verb} as prose)."
    )


def relative_path(path: str, base: str | None = None) -> str | None:
    """`path` relative to `base` (default: the current folder) with forward slashes.

    CI systems match annotations to files by repository-relative paths; None means the
    path lies outside `base`, so callers fall back to an absolute form.
    """
    root = os.path.abspath(base or os.getcwd())
    full = os.path.abspath(path)
    try:
        rel = os.path.relpath(full, root)
    except ValueError:  # another drive on Windows
        return None
    if rel == ".." or rel.startswith(".." + os.sep):
        return None
    return Path(rel).as_posix()
