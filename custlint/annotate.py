"""An annotated copy of a .docx: a Word comment on each flagged span, and tracked changes.

The annotator walks the same paragraphs in the same order as the reader
(`custlint.sources.docx.word_paragraphs`), so line N of `Document.text` is paragraph N,
and a finding's column is a character of that paragraph. For each paragraph with
findings it:

1. maps every character of the paragraph's text to the run that holds it, exactly as the
   reader computed the text (python-docx's rules for the body, headers and footers: runs
   of the paragraph and of its hyperlinks; the reader's rules for footnotes and endnotes),
   and checks that the mapped text is the line custlint linted;
2. splits runs at every span edge, copying the run's `w:rPr`, so each span is a whole
   number of runs and the formatting of every character is unchanged;
3. with `track_changes`, wraps the runs of each safe rewrite (the ones `apply_fixes`
   would apply) in `w:del` (`w:t` becomes `w:delText`) followed by a `w:ins` run with the
   replacement and the first deleted run's formatting;
4. anchors a comment (author "custlint") on the span: `w:commentRangeStart` before it,
   `w:commentRangeEnd` and a `w:commentReference` run after it.

Word does not allow comments in headers and footers, so a finding there gets a comment at
the start (header) or end (footer) of its section's body text, naming where it is and
quoting the words; its tracked change, if any, is made in the header or footer itself.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import itertools
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from custlint.errors import InputError
from custlint.finding import Finding
from custlint.sources import Document

AUTHOR = "custlint"
INITIALS = "CL"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "})
_NOTE_STORIES = ("footnote", "endnote")
_WRAPPERS = (f"{_W}del", f"{_W}ins")


@dataclass
class Annotated:
    """The annotated copy as bytes, and what went into it."""

    data: bytes
    comments: int = 0
    tracked: int = 0
    skipped: list[str] = field(default_factory=list)


def comment_text(finding: Finding, where: str | None = None) -> str:
    """What a comment says: the rule and message, then the rewrite or the advice."""
    lines = []
    if where:
        quoted = " ".join(finding.match.split())
        lines.append(f"In the {where}: '{quoted}'")
    lines.append(f"{finding.rule}: {finding.message}")
    if finding.replacements and finding.replacements[0] != finding.match:
        label = "Rewrite" if finding.fix == "safe" else "Suggested rewrite"
        lines.append(f"{label}: {finding.replacements[0]}")
    if finding.suggestion:
        lines.append(f"Suggestion: {finding.suggestion}")
    return "\n".join(lines)


def annotate_docx(
    data: bytes,
    document: Document,
    findings: Iterable[Finding],
    *,
    track_changes: bool = False,
    now: dt.datetime | None = None,
) -> Annotated:
    """The .docx in `data` with a comment per finding (and tracked safe rewrites).

    `document` and `findings` must come from linting these same bytes. `data` itself is
    never changed; the copy is returned as bytes.
    """
    import docx
    from lxml import etree

    from custlint.fixer import select_fixes
    from custlint.sources.docx import word_paragraphs

    findings = list(findings)
    word = docx.Document(io.BytesIO(data))
    note_roots: dict[str, tuple[Any, Any]] = {}
    paragraphs = word_paragraphs(word, note_roots)
    lines = document.text.split("\n")
    if len(paragraphs) != len(lines):
        raise InputError(f"{document.path}: cannot map the findings back to its paragraphs")

    fixes = {id(f) for f in select_fixes(document.text, findings)} if track_changes else set()
    date = (now or dt.datetime.now(dt.timezone.utc)).strftime("%Y-%m-%dT%H:%M:%SZ")
    roots = {id(r): r for r in _roots(word, paragraphs, note_roots)}
    ids = itertools.count(_max_id(roots.values()) + len(findings) + 1)
    result = Annotated(b"")

    by_line: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        if f.end_line != f.line:
            result.skipped.append(f"{f.path}:{f.line}: {f.rule} spans paragraphs; not annotated")
            continue
        by_line[f.line].append(f)

    line_starts = list(itertools.accumulate((len(x) + 1 for x in lines), initial=0))
    for number, found in sorted(by_line.items()):
        paragraph = paragraphs[number - 1]
        notes = paragraph.story in _NOTE_STORIES
        base = line_starts[number - 1]
        runs = _RunMap(paragraph.element, notes)
        if runs.text().translate(_LINE_BREAKS) != lines[number - 1]:
            for f in found:
                result.skipped.append(
                    f"{f.path}:{f.line}: {f.rule} in {paragraph.location}: the paragraph's "
                    "runs do not match its text; not annotated"
                )
            continue
        spans = [(f, f.start - base, f.end - base) for f in found]
        for edge in sorted({e for _, s, t in spans for e in (s, t)}):
            runs.split_at(edge)
        covered = [(f, runs.covering(s, t)) for f, s, t in spans]
        anchors: dict[int, tuple[Any, Any]] = {}
        for f, rs in covered:
            if rs and id(f) in fixes:
                anchors[id(f)] = _track(rs, f.replacements[0], ids, date)
                result.tracked += 1
        for f, rs in covered:
            if not rs:
                result.skipped.append(f"{f.path}:{f.line}: {f.rule}: empty span; not annotated")
                continue
            first, last = anchors.get(id(f), (rs[0], rs[-1]))
            if paragraph.story in ("header", "footer"):
                target = _section_paragraph(word, paragraph.section, paragraph.story == "footer")
                comment = word.comments.add_comment(
                    comment_text(f, paragraph.location), AUTHOR, INITIALS
                )
                _point_markers(target, comment.comment_id, at_end=paragraph.story == "footer")
            else:
                comment = word.comments.add_comment(comment_text(f), AUTHOR, INITIALS)
                _range_markers(_outside_wrapper(first), _outside_wrapper(last), comment.comment_id)
            result.comments += 1

    for part, root in note_roots.values():
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    word.save(out)
    result.data = out.getvalue()
    return result


def _roots(word: Any, paragraphs: list, note_roots: dict) -> Iterator[Any]:
    yield word.element
    for p in paragraphs:
        yield p.element.getroottree().getroot()
    for _, root in note_roots.values():
        yield root


def _max_id(roots: Iterable[Any]) -> int:
    """The largest numeric `w:id` in the parts, so new revision ids never collide."""
    top = 0
    for root in roots:
        for el in root.iter():
            value = el.get(f"{_W}id") if isinstance(el.tag, str) else None
            if value is not None and value.lstrip("-").isdigit():
                top = max(top, int(value))
    return top


def _piece(el: Any, notes: bool) -> str:
    """The text a run child contributes, as the reader counts it."""
    tag = el.tag
    if tag == f"{_W}t":
        return el.text or ""
    if notes:
        if tag == f"{_W}tab":
            return "\t"
        if tag in (f"{_W}br", f"{_W}cr"):
            return " "
        return ""
    if tag in (f"{_W}tab", f"{_W}ptab"):
        return "\t"
    if tag == f"{_W}br":
        return "\n" if el.get(f"{_W}type", "textWrapping") == "textWrapping" else ""
    if tag == f"{_W}cr":
        return "\n"
    if tag == f"{_W}noBreakHyphen":
        return "-"
    return ""


class _RunMap:
    """The runs of one paragraph that hold its text, with their character ranges."""

    def __init__(self, p: Any, notes: bool) -> None:
        self.p = p
        self.notes = notes

    def runs(self) -> list[Any]:
        if self.notes:
            seen: dict[int, Any] = {}
            for el in self.p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
                parent = el.getparent()
                if parent.tag == f"{_W}r":
                    seen.setdefault(id(parent), parent)
            return list(seen.values())
        out = []
        for child in self.p:
            if child.tag == f"{_W}r":
                out.append(child)
            elif child.tag == f"{_W}hyperlink":
                out.extend(c for c in child if c.tag == f"{_W}r")
        return out

    def ranges(self) -> list[tuple[Any, int, int]]:
        out = []
        pos = 0
        for r in self.runs():
            n = sum(len(_piece(c, self.notes)) for c in r)
            out.append((r, pos, pos + n))
            pos += n
        return out

    def text(self) -> str:
        return "".join(_piece(c, self.notes) for r in self.runs() for c in r)

    def split_at(self, offset: int) -> None:
        """Make `offset` a run boundary (a no-op where it already is one)."""
        for r, start, end in self.ranges():
            if start < offset < end:
                _split_run(r, offset - start, self.notes)
                return

    def covering(self, start: int, end: int) -> list[Any]:
        """The runs that hold exactly the characters [start, end), after `split_at` both."""
        return [
            r for r, a, b in self.ranges() if start <= a and b <= end and (a < b or start < a < end)
        ]


def _split_run(r: Any, at: int, notes: bool) -> Any:
    """Split run `r` before its character `at`; the new second run gets a copy of `w:rPr`."""
    second = r.makeelement(r.tag, dict(r.attrib))
    rpr = r.find(f"{_W}rPr")
    if rpr is not None:
        second.append(copy.deepcopy(rpr))
    pos = 0
    moving = False
    for child in list(r):
        if child.tag == f"{_W}rPr":
            continue
        if moving:
            second.append(child)
            continue
        n = len(_piece(child, notes))
        if pos + n <= at:
            pos += n
            moving = n > 0 and pos == at
            continue
        k = at - pos  # only a w:t holds more than one character
        text = child.text or ""
        child.text = text[:k]
        child.set(_XML_SPACE, "preserve")
        tail = child.makeelement(child.tag, {})
        tail.text = text[k:]
        tail.set(_XML_SPACE, "preserve")
        second.append(tail)
        moving = True
    r.addnext(second)
    return second


def _track(runs: list[Any], replacement: str, ids: Iterator[int], date: str) -> tuple[Any, Any]:
    """Wrap `runs` in `w:del` (one per parent) and add a `w:ins` run after the last one."""
    attrs = {f"{_W}author": AUTHOR, f"{_W}date": date}
    groups: list[list[Any]] = []
    for r in runs:
        if groups and groups[-1][0].getparent() is r.getparent():
            groups[-1].append(r)
        else:
            groups.append([r])
    dels = []
    for group in groups:
        first, last = group[0], group[-1]
        wrapper = first.makeelement(f"{_W}del", {f"{_W}id": str(next(ids)), **attrs})
        first.addprevious(wrapper)
        el = wrapper.getnext()
        while el is not None:
            following = el.getnext()
            wrapper.append(el)
            if el is last:
                break
            el = following
        for r in group:
            for t in r.iter(f"{_W}t"):
                t.tag = f"{_W}delText"
            for t in r.iter(f"{_W}instrText"):
                t.tag = f"{_W}delInstrText"
        dels.append(wrapper)
    ins = dels[-1].makeelement(f"{_W}ins", {f"{_W}id": str(next(ids)), **attrs})
    run = ins.makeelement(f"{_W}r", {})
    rpr = runs[0].find(f"{_W}rPr")
    if rpr is not None:
        run.append(copy.deepcopy(rpr))
    t = run.makeelement(f"{_W}t", {_XML_SPACE: "preserve"})
    t.text = replacement
    run.append(t)
    ins.append(run)
    dels[-1].addnext(ins)
    return dels[0], ins


def _outside_wrapper(el: Any) -> Any:
    """A run inside a w:del or w:ins is anchored from outside it (a comment reference run
    must not itself be a deletion)."""
    parent = el.getparent()
    return parent if parent is not None and parent.tag in _WRAPPERS else el


def _markers(el: Any, comment_id: int) -> tuple[Any, Any, Any]:
    cid = {f"{_W}id": str(comment_id)}
    start = el.makeelement(f"{_W}commentRangeStart", cid)
    end = el.makeelement(f"{_W}commentRangeEnd", cid)
    ref = el.makeelement(f"{_W}r", {})
    rpr = ref.makeelement(f"{_W}rPr", {})
    rpr.append(ref.makeelement(f"{_W}rStyle", {f"{_W}val": "CommentReference"}))
    ref.append(rpr)
    ref.append(ref.makeelement(f"{_W}commentReference", cid))
    return start, end, ref


def _range_markers(first: Any, last: Any, comment_id: int) -> None:
    start, end, ref = _markers(first, comment_id)
    first.addprevious(start)
    last.addnext(ref)
    last.addnext(end)


def _point_markers(p: Any, comment_id: int, *, at_end: bool) -> None:
    """A comment on a point: at the start of paragraph `p` (after its w:pPr) or its end."""
    start, end, ref = _markers(p, comment_id)
    if at_end:
        p.extend([start, end, ref])
        return
    index = 1 if len(p) and p[0].tag == f"{_W}pPr" else 0
    for offset, el in enumerate((start, end, ref)):
        p.insert(index + offset, el)


def _section_paragraph(word: Any, section: int, last: bool) -> Any:
    """The first (or last) top-level body paragraph of a 1-based section."""
    body = word.element.body
    current = 1
    chosen: dict[int, list[Any]] = defaultdict(list)
    for p in body.iterchildren(f"{_W}p"):
        chosen[current].append(p)
        ppr = p.find(f"{_W}pPr")
        if ppr is not None and ppr.find(f"{_W}sectPr") is not None:
            current += 1
    candidates = chosen.get(section) or next((v for v in chosen.values() if v), None)
    if not candidates:
        return word.add_paragraph()._p
    return candidates[-1] if last else candidates[0]
