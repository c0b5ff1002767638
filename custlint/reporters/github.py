"""`--format github`: GitHub Actions workflow commands, one annotation per finding.

GitHub turns each `::warning file=…::message` line a step prints into an annotation on
the pull request's diff, so findings appear where the text was written.
"""

from __future__ import annotations

from collections.abc import Sequence

from custlint.finding import Finding
from custlint.reporters import relative_path

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    """Escape a command's message, as @actions/core's escapeData does."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """Escape a property value, as @actions/core's escapeProperty does (also ':' and ',')."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(f: Finding, base: str | None = None) -> str:
    """One workflow command line for a finding (paths relative to the checkout root)."""
    path = relative_path(f.path, base) or f.path.replace("\\", "/")
    props = {
        "file": path,
        "line": f.line,
        "col": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
        "title": f"{f.rule} ({f.category})",
    }
    rendered = ",".join(f"{key}={escape_property(str(value))}" for key, value in props.items())
    level = LEVELS.get(f.severity, "warning")
    return f"::{level} {rendered}::{escape_data(f.message)}"


def render(findings: Sequence[Finding], base: str | None = None) -> str:
    """All commands, one per line; empty when there is nothing to annotate."""
    return "".join(command(f, base) + "\n" for f in findings)
