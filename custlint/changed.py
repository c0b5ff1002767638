"""`--changed-since REF`: lint only what changed against a git ref, for large repositories."""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Sequence

from custlint.errors import InputError
from custlint.finding import Finding

_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")

# Every line of a file git does not know yet counts as changed.
ALL_LINES = None


def _git(args: Sequence[str], cwd: str) -> str:
    try:
        result = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
        )
    except FileNotFoundError:
        raise InputError("--changed-since needs git, which is not installed") from None
    if result.returncode != 0:
        message = (result.stderr.strip().splitlines() or ["git failed"])[-1]
        raise InputError(f"--changed-since: {message}")
    return result.stdout


def changed_lines(ref: str, cwd: str = ".") -> dict[str, set[int] | None]:
    """Changed line numbers per file (absolute paths), new files with every line."""
    top = _git(["rev-parse", "--show-toplevel"], cwd).strip()
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except InputError:
        raise InputError(f"--changed-since: unknown git ref '{ref}'") from None
    diff = _git(["diff", "--no-color", "--no-ext-diff", "-U0", ref, "--"], top)
    changed: dict[str, set[int] | None] = {}
    current: set[int] | None = None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            name = line[4:]
            if name == "/dev/null":
                current = None
                continue
            name = name[2:] if name.startswith("b/") else name
            current = changed.setdefault(os.path.join(top, name), set())
        elif line.startswith("@@") and current is not None:
            m = _HUNK.match(line)
            if m:
                start, count = int(m.group(1)), int(m.group(2) or 1)
                current.update(range(start, start + count))
    others = _git(["ls-files", "--others", "--exclude-standard", "-z"], top)
    for name in filter(None, others.split("\0")):
        changed[os.path.join(top, name)] = ALL_LINES
    return changed


def keep_changed(findings: Sequence[Finding], changed: dict[str, set[int] | None]) -> list[Finding]:
    out = []
    for f in findings:
        key = os.path.abspath(f.path)
        if key not in changed:
            continue
        lines = changed[key]
        if lines is ALL_LINES or any(n in lines for n in range(f.line, f.end_line + 1)):
            out.append(f)
    return out
