"""Human output in the style of rustc and ruff: location, rule, message, the line with the
span underlined, then the suggested rewrite."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from custlint.finding import Finding
from custlint.sources import Document

Style = Callable[..., str]

SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "blue"}


def _plain(text: str, **_: object) -> str:
    return text


def render(
    findings: Sequence[Finding],
    documents: dict[str, Document],
    style: Style = _plain,
) -> str:
    out = []
    for f in findings:
        colour = SEVERITY_COLOURS.get(f.severity, "yellow")
        location = style(f"{f.path}:{f.line}:{f.column}:", bold=True)
        code = style(f.rule, fg=colour, bold=True)
        where = f" ({f.location})" if f.location else ""  # .docx: "table 2, row 3, cell 1"
        out.append(f"{location} {code} {f.message}{where}")
        doc = documents.get(f.path)
        if doc is not None:
            out.extend(_snippet(f, doc, style))
        out.append("")
    return "\n".join(out)


def _snippet(f: Finding, doc: Document, style: Style) -> list[str]:
    line = doc.line_text(f.line).expandtabs(1)
    gutter = " " * len(str(f.line))
    end_col = f.end_column if f.end_line == f.line else len(line) + 1
    width = max(1, end_col - f.column)
    shown = line
    offset = 0
    if len(line) > 160:  # keep long paragraphs readable: show a window around the span
        offset = max(0, f.column - 60)
        shown = ("…" if offset else "") + line[offset : offset + 160]
        offset -= 1 if offset else 0
    caret = " " * (f.column - 1 - offset) + style("^" * width, fg="red", bold=True)
    lines = [
        style(f"{gutter} |", fg="blue"),
        style(f"{f.line} |", fg="blue") + f" {shown}",
        style(f"{gutter} |", fg="blue") + f" {caret}",
    ]
    if f.replacements:
        label = "safe fix" if f.fix == "safe" else "suggested rewrite"
        lines.append(style(f"{gutter} = ", fg="blue") + f"{label}: {f.replacements[0]}")
    if f.suggestion and (not f.replacements or f.fix != "safe"):
        lines.append(style(f"{gutter} = ", fg="blue") + f"help: {f.suggestion}")
    return lines
