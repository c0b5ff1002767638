"""Inline suppression: `custlint-disable`, `-enable`, `-disable-next-line` and `-ignore`.

Directives are read from the original text, inside the comments of the document's own
format: `<!-- -->` in Markdown, HTML and templates (and `{# #}` in templates), `..`
comments in reStructuredText, the comment tokens of source code, `#` lines in .po and
YAML files, and any line of plain text. In a .docx, a Word comment whose text starts with
`custlint-ignore` suppresses findings in the paragraph it is anchored to.

    custlint-disable CL101,CL301 -- a reason   findings after it, up to a custlint-enable
    custlint-enable [CL101]                    ends the disables of those rules (no list: all)
    custlint-disable-next-line [RULES]         findings on the next line
    custlint-ignore [RULES]                    findings on the directive's own line

Rules are ids, prefixes or categories, separated by commas or spaces; no list means every
rule; anything after `--` is a reason for the reader. A directive that suppresses nothing
can be reported as rule CL000 (`--report-unused-ignores`), as ruff reports RUF100.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from custlint.finding import Finding
from custlint.sources import Document

UNUSED_RULE = "CL000"
UNUSED_CATEGORY = "suppression"
ALL = "*"
KINDS = ("disable-next-line", "disable", "enable", "ignore")
_DIRECTIVE = re.compile(r"custlint-(disable-next-line|disable|enable|ignore)(?![\w-])[ \t:]*")
_HTML_COMMENT = re.compile(r"<!--(.*?)-->", re.S)
_TEMPLATE_COMMENT = re.compile(r"\{#-?(.*?)-?#\}", re.S)
_RST_COMMENT = re.compile(r"^[ \t]*\.\.[ \t]+(custlint-[^\n]*)$", re.M)
_HASH_COMMENT = re.compile(r"#([^\n]*)")
_LINE = re.compile(r"[^\n]+")
_COMMENT_CLOSE = re.compile(r"[ \t]*(?:\*+/|-->|-?#\})[ \t]*$")


@dataclass(eq=False)
class Directive:
    kind: str
    rules: tuple[str, ...] | None  # None: every rule
    reason: str
    start: int  # offsets of the directive text in the document
    end: int
    line: int  # 1-based line of the directive
    next_line: int  # the line a disable-next-line governs
    text: str
    used: set[str] = field(default_factory=set)

    def selectors(self) -> tuple[str, ...]:
        return self.rules if self.rules is not None else (ALL,)


def matches(selector: str, finding: Finding) -> bool:
    """The selection rules of `--select`: ALL, a category, an id or an id prefix."""
    sel = selector.strip()
    return (
        sel == ALL
        or sel.upper() == "ALL"
        or sel.lower() == finding.category
        or finding.rule.startswith(sel.upper())
    )


def _parse(kind: str, body: str) -> tuple[tuple[str, ...] | None, str]:
    rules_part, _, reason = body.partition("--")
    rules = tuple(r for r in re.split(r"[,\s]+", rules_part.strip()) if r)
    return (rules or None), reason.strip()


def parse_ignore_comment(text: str) -> tuple[str, ...] | bool | None:
    """The rules of a Word comment starting `custlint-ignore` (None: all); False otherwise."""
    m = _DIRECTIVE.match(text.strip())
    if m is None or m.group(1) != "ignore":
        return False
    body = text.strip()[m.end() :].split("\n", 1)[0]
    return _parse("ignore", body)[0]


def _comment_spans(doc: Document) -> list[tuple[int, int]]:
    """(start, end) of the comment bodies of the document's format that may hold a directive."""
    from custlint.sources import files
    from custlint.sources.templates import TEMPLATE_SUFFIXES

    text = doc.text
    suffix = Path(doc.path).suffix.lower()
    if suffix in files.MARKDOWN_SUFFIXES or suffix in files.HTML_SUFFIXES:
        return [m.span(1) for m in _HTML_COMMENT.finditer(text)]
    if suffix in TEMPLATE_SUFFIXES:
        spans = [m.span(1) for m in _HTML_COMMENT.finditer(text)]
        return spans + [m.span(1) for m in _TEMPLATE_COMMENT.finditer(text)]
    if suffix in files.RST_SUFFIXES:
        return [m.span(1) for m in _RST_COMMENT.finditer(text)]
    if suffix in files.PO_SUFFIXES or suffix in files.YAML_SUFFIXES:
        return [m.span(1) for m in _HASH_COMMENT.finditer(text)]
    if suffix in files.CODE_SUFFIXES:
        from pygments.token import Comment

        from custlint.sources.code import lexer_for

        lexer = lexer_for(doc.path)
        if lexer is not None:
            return [
                (i, i + len(value))
                for i, ttype, value in lexer.get_tokens_unprocessed(text)
                if ttype in Comment and value
            ]
    return [m.span() for m in _LINE.finditer(text)]


def scan(doc: Document) -> list[Directive]:
    """Every directive in a document, in text order."""
    found: list[Directive] = []
    if "custlint-" in doc.text:
        for start, end in _comment_spans(doc):
            _scan_span(doc, start, end, found)
    for line, rules in sorted(doc.suppressed_lines.items()):
        offset = _line_start(doc, line)
        label = "custlint-ignore" + (" " + ",".join(rules) if rules else "")
        found.append(
            Directive("ignore", rules, "", offset, offset, line, line + 1, f"{label} (comment)")
        )
    found.sort(key=lambda d: d.start)
    return found


def _line_start(doc: Document, line: int) -> int:
    doc.position(0)
    starts = doc._line_starts
    return starts[line - 1] if 1 <= line <= len(starts) else len(doc.text)


def _scan_span(doc: Document, start: int, end: int, out: list[Directive]) -> None:
    text = doc.text
    pos = start
    while True:
        m = _DIRECTIVE.search(text, pos, end)
        if m is None:
            return
        nl = text.find("\n", m.end(), end)
        stop = end if nl < 0 else nl
        body = text[m.end() : stop]
        closer = _COMMENT_CLOSE.search(body)
        if closer:
            body = body[: closer.start()]
        body = body.rstrip()
        rules, reason = _parse(m.group(1), body)
        directive_end = m.end() + len(body) if body else m.start() + len(m.group(0).rstrip())
        line, _ = doc.position(m.start())
        last_line, _ = doc.position(end)
        out.append(
            Directive(
                kind=m.group(1),
                rules=rules,
                reason=reason,
                start=m.start(),
                end=directive_end,
                line=line,
                next_line=last_line + 1,
                text=text[m.start() : directive_end],
            )
        )
        pos = max(directive_end, m.end())


def _ranges(directives: list[Directive], length: int) -> list[tuple[Directive, str, int, int]]:
    """(directive, selector, start, end) of each disable, closed by the matching enable."""
    open_: list[tuple[Directive, str, int]] = []
    out = []
    for d in directives:
        if d.kind == "disable":
            open_ += [(d, s, d.end) for s in d.selectors()]
        elif d.kind == "enable":
            wanted = None if d.rules is None else {r.upper() for r in d.rules}
            still = []
            for od, sel, start in open_:
                if wanted is None or sel.upper() in wanted:
                    out.append((od, sel, start, d.start))
                else:
                    still.append((od, sel, start))
            open_ = still
    out += [(od, sel, start, length) for od, sel, start in open_]
    return out


def apply(
    doc: Document, findings: list[Finding]
) -> tuple[list[Finding], list[Finding], list[Directive]]:
    """(kept, suppressed, unused directives) for one document's findings."""
    directives = scan(doc)
    if not directives:
        return findings, [], []
    ranges = _ranges(directives, len(doc.text))
    kept: list[Finding] = []
    suppressed: list[Finding] = []
    for f in findings:
        if any(d.start <= f.start < d.end for d in directives):
            suppressed.append(f)  # the directive's own reason text, in a linted comment
            continue
        hit = False
        for d in directives:
            if (d.kind == "ignore" and d.line == f.line) or (
                d.kind == "disable-next-line" and d.next_line == f.line
            ):
                for sel in d.selectors():
                    if matches(sel, f):
                        d.used.add(sel)
                        hit = True
        for d, sel, start, end in ranges:
            if start <= f.start < end and matches(sel, f):
                d.used.add(sel)
                hit = True
        (suppressed if hit else kept).append(f)
    unused = [
        d for d in directives if d.kind != "enable" and any(s not in d.used for s in d.selectors())
    ]
    return kept, suppressed, unused


def unused_finding(doc: Document, d: Directive) -> Finding:
    """A finding (rule CL000) for a directive, or some of its rules, that suppressed nothing."""
    unused = [s for s in d.selectors() if s not in d.used]
    if d.rules is None or len(unused) == len(d.selectors()):
        message = f"Unused suppression: '{d.text}' matched no finding."
    else:
        message = f"Unused suppression: {', '.join(unused)} in '{d.text}' matched no finding."
    line, col = doc.position(d.start)
    end_line, end_col = doc.position(d.end)
    return Finding(
        path=doc.path,
        line=line,
        column=col,
        end_line=end_line,
        end_column=end_col,
        rule=UNUSED_RULE,
        category=UNUSED_CATEGORY,
        severity="warning",
        message=message,
        match=doc.text[d.start : d.end],
        suggestion="Remove the directive, or the rules in it that no longer match.",
        location=doc.location(line),
        start=d.start,
        end=d.end,
    )
