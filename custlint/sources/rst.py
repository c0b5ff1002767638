"""reStructuredText: prose of paragraphs, titles, lists, tables, footnotes and admonitions.

A line-based reader rather than docutils: docutils rewrites text (and needs the whole
document to be valid) while a linter needs the exact column of every word. Skipped: literal
blocks after `::`, bodies of code-like directives, options and arguments of the rest,
comments, hyperlink targets, substitution definitions, section adornments, inline literals
and the content of code-like roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from custlint.sources import Document
from custlint.sources.mapping import SegmentBuilder, line_spans

SKIP_DIRECTIVES = frozenset(
    {
        "code",
        "code-block",
        "sourcecode",
        "math",
        "raw",
        "literalinclude",
        "include",
        "highlight",
        "image",
        "productionlist",
        "graphviz",
        "digraph",
        "doctest",
        "testcode",
        "testoutput",
        "testsetup",
        "testcleanup",
        "ipython",
        "jupyter-execute",
        "csv-table",
        "toctree",
        "mermaid",
        "plantuml",
        "parsed-literal",
        "autosummary",
        "automodule",
        "autoclass",
        "autofunction",
        "automethod",
        "autoattribute",
        "autodata",
        "program-output",
        "command-output",
        "meta",
        "contents",
        "sectnum",
        "header",
        "footer",
        "default-role",
        "role",
        "class",
        "tabularcolumns",
        "index",
        "only",
        "ifconfig",
        "literal",
    }
)
# Directives whose argument on the first line is prose (a title or the start of the body).
PROSE_ARGUMENT = frozenset(
    {
        "note",
        "warning",
        "tip",
        "hint",
        "important",
        "attention",
        "caution",
        "danger",
        "error",
        "seealso",
        "todo",
        "admonition",
        "topic",
        "sidebar",
        "rubric",
        "table",
        "list-table",
        "versionadded",
        "versionchanged",
        "deprecated",
        "epigraph",
        "highlights",
        "pull-quote",
    }
)
PROSE_ROLES = frozenset(
    {
        "emphasis",
        "strong",
        "sub",
        "sup",
        "subscript",
        "superscript",
        "title-reference",
        "title",
        "t",
        "abbr",
        "term",
        "ref",
        "doc",
        "guilabel",
        "menuselection",
        "dfn",
        "numref",
    }
)
_ADORNMENT_CHARS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_DIRECTIVE = re.compile(r"\.\.\s+(\|[^|]+\|\s+)?([\w:.+-]+)::(?:\s+|$)")
_TARGET = re.compile(r"\.\.\s+(?:_|__:)")
_FOOTNOTE = re.compile(r"\.\.\s+\[(?:\d+|#[\w-]*|\*|[\w.-]+)\]\s*")
_BULLET = re.compile(r"(?:[-*+•‣⁃]|\(?(?:\d+|#|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)])\s+")
_FIELD = re.compile(r":[^:\s][^:]*:(?:\s+|$)")
_LINE_BLOCK = re.compile(r"\|\s+")
_GRID_BORDER = re.compile(r"\+(?:[-=]+\+)+\s*$")
_SIMPLE_BORDER = re.compile(r"=+(?: +=+)+\s*$")
_OPTION = re.compile(r":[\w-]+:")
_INLINE = re.compile(
    r"""(?P<literal>``\S(?:.*?\S)?``)
      | (?P<role>:(?P<rname>[\w.+:-]+):`(?P<rc>(?:\\.|[^`\\])+)`)
      | (?P<rolepost>`(?P<rpc>(?:\\.|[^`\\])+)`:(?P<rpname>[\w.+:-]+):)
      | (?P<ref>`(?P<refc>(?:\\.|[^`\\])+)`__?)
      | (?P<interp>`(?P<ic>(?:\\.|[^`\\])+)`)
      | (?P<target>_`(?P<tc>[^`]+)`)
      | (?P<sub>\|[^|\s](?:[^|\n]*[^|\s])?\|(?:__?)?)
      | (?P<fnref>\[(?:\d+|\#[\w-]*|\*|[\w.-]+)\]_)
      | (?P<marker>\*\*|\*)
      | (?P<escape>\\.)
      | (?P<wordref>(?<=\w)__?(?=[\s.,;:!?)'"]|$))""",
    re.X | re.S,
)
_LABEL_TARGET = re.compile(r"\s*<[^<>]*>\s*$")


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip())


def read_rst(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Prose segments of a reStructuredText file, mapped to exact offsets in `text`."""
    lines = [_Line(s, e, text[s:e]) for s, e in line_spans(text)]
    out = SegmentBuilder()
    _Reader(text, lines, out).run()
    return Document(path=path, text=text, segments=out.build(), encoding=encoding, bom=bom)


class _Reader:
    def __init__(self, text: str, lines: list[_Line], out: SegmentBuilder) -> None:
        self.text = text
        self.lines = lines
        self.out = out

    def run(self) -> None:
        i = 0
        n = len(self.lines)
        while i < n:
            line = self.lines[i]
            if line.blank:
                i += 1
                continue
            content = line.text.lstrip()
            if content.startswith("..") and (len(content) == 2 or content[2].isspace()):
                i = self._explicit(i)
            elif _GRID_BORDER.match(content):
                i = self._grid_table(i)
            elif _SIMPLE_BORDER.match(content):
                i = self._simple_table(i)
            elif self._is_adornment(i):
                i += 1
            else:
                i = self._paragraph(i)

    def _is_adornment(self, i: int) -> bool:
        content = self.lines[i].text.strip()
        if (
            not content
            or content[0] not in _ADORNMENT_CHARS
            or content != content[0] * len(content)
        ):
            return False
        if content == "::":
            return False
        if len(content) >= 3:
            return True
        prev = self.lines[i - 1] if i else None
        return prev is not None and not prev.blank and len(content) >= len(prev.text.strip())

    def _block_end(self, i: int, indent: int) -> int:
        """First line after `i` that is not blank and not indented deeper than `indent`."""
        j = i + 1
        while j < len(self.lines) and (self.lines[j].blank or self.lines[j].indent > indent):
            j += 1
        return j

    def _explicit(self, i: int) -> int:
        line = self.lines[i]
        indent = line.indent
        content_start = line.start + indent
        content = line.text[indent:]
        directive = _DIRECTIVE.match(content)
        if directive:
            name = directive.group(2).lower().split(":")[-1]
            if directive.group(1) or name in SKIP_DIRECTIVES:
                return self._block_end(i, indent)
            if name in PROSE_ARGUMENT and directive.end() < len(content):
                self.out.block_break()
                self._emit([(content_start + directive.end(), line.end)])
            return self._skip_options(i + 1, indent)
        footnote = _FOOTNOTE.match(content)
        if footnote and not _TARGET.match(content):
            self.lines[i] = _Line(
                content_start + footnote.end(), line.end, content[footnote.end() :]
            )
            return self._paragraph(i, indent_override=indent + 3)
        return self._block_end(i, indent)  # a comment or a hyperlink target

    def _skip_options(self, i: int, indent: int) -> int:
        while i < len(self.lines):
            line = self.lines[i]
            if line.blank or line.indent <= indent or not _OPTION.match(line.text.lstrip()):
                return i
            i += 1
        return i

    def _paragraph(self, i: int, indent_override: int | None = None) -> int:
        first = self.lines[i]
        indent = first.indent
        body = first.text[indent:]
        marker = _BULLET.match(body) or _FIELD.match(body) or _LINE_BLOCK.match(body)
        skip = marker.end() if marker else 0
        text_indent = indent_override if indent_override is not None else indent + skip
        pieces = [(first.start + indent + skip, first.end)]
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            content = line.text.lstrip()
            if line.blank or self._is_adornment(j) or content.startswith(".. "):
                break
            if _BULLET.match(content) and line.indent <= indent:
                break
            if _LINE_BLOCK.match(content) and marker is not None and marker.re is _LINE_BLOCK:
                pieces.append((line.start + line.indent + 2, line.end))
            else:
                pieces.append((line.start + line.indent, line.end))
            j += 1
        if j < len(self.lines) and self._is_adornment(j) and j == i + 1:
            pieces = [(first.start + indent, first.end)]  # a section title
        last_start, last_end = pieces[-1]
        tail = self.text[last_start:last_end].rstrip()
        literal = tail.endswith("::")
        if literal:
            cut = last_start + len(tail) - 2
            before = self.text[last_start:cut]
            keep = cut + 1 if before and not before[-1].isspace() else cut  # "Text::" reads "Text:"
            pieces[-1] = (last_start, keep)
        self.out.block_break()
        self._emit(pieces, flowing=marker is None or marker.re is not _LINE_BLOCK)
        if literal:
            return self._skip_literal(j, text_indent)
        return j

    def _skip_literal(self, j: int, indent: int) -> int:
        while j < len(self.lines) and self.lines[j].blank:
            j += 1
        if j >= len(self.lines):
            return j
        line = self.lines[j]
        if line.indent > indent:
            return self._block_end(j, line.indent - 1)
        quote = line.text.lstrip()[:1]
        if quote and quote in _ADORNMENT_CHARS:  # a quoted literal block
            while j < len(self.lines) and self.lines[j].text.lstrip()[:1] == quote:
                j += 1
        return j

    def _grid_table(self, i: int) -> int:
        border = self.lines[i]
        cols = [k for k, ch in enumerate(border.text) if ch == "+"]
        cells: dict[int, list[tuple[int, int]]] = {}
        j = i + 1
        while j < len(self.lines):
            line = self.lines[j]
            content = line.text.strip()
            if _GRID_BORDER.match(content) or (content.startswith("+") and content.endswith("+")):
                self._flush_cells(cells)
                j += 1
                continue
            if not content.startswith("|"):
                break
            bars = [c for c in cols if c < len(line.text) and line.text[c] == "|"]
            for a, b in pairwise(bars):
                piece = self._strip(line.start + a + 1, line.start + b)
                if piece[0] < piece[1]:
                    cells.setdefault(a, []).append(piece)
            j += 1
        self._flush_cells(cells)
        return j

    def _flush_cells(self, cells: dict[int, list[tuple[int, int]]]) -> None:
        for key in sorted(cells):
            self.out.block_break()
            self._emit(cells[key])
        cells.clear()

    def _simple_table(self, i: int) -> int:
        border = self.lines[i]
        runs = [(m.start(), m.end()) for m in re.finditer(r"=+", border.text)]
        borders = 0
        j = i
        while j < len(self.lines):
            line = self.lines[j]
            content = line.text.strip()
            if _SIMPLE_BORDER.match(content) or re.fullmatch(r"-+(?: +-+)*", content):
                if _SIMPLE_BORDER.match(content):
                    borders += 1
                j += 1
                if borders >= 2 and (j >= len(self.lines) or self.lines[j].blank):
                    break
                continue
            if line.blank:
                j += 1
                continue
            for k, (a, _b) in enumerate(runs):
                b = runs[k + 1][0] if k + 1 < len(runs) else len(line.text)
                piece = self._strip(
                    line.start + min(a, len(line.text)), line.start + min(b, len(line.text))
                )
                if piece[0] < piece[1]:
                    self.out.block_break()
                    self._emit([piece])
            j += 1
        return j

    def _strip(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def _emit(self, pieces: list[tuple[int, int]], flowing: bool = True) -> None:
        """Copy line pieces joined by the line break after each, dropping inline markup.

        In flowing text (a paragraph, a table cell) the line break reads as the space it
        renders as; only a line block keeps its lines apart."""
        chars: list[str] = []
        offsets: list[int] = []
        for k, (start, end) in enumerate(pieces):
            if k:
                nl = self.text.find("\n", pieces[k - 1][1])
                chars.append(" " if flowing else "\n")
                offsets.append(nl if 0 <= nl < start else pieces[k - 1][1])
            chars.extend(self.text[start:end])
            offsets.extend(range(start, end))
        _inline("".join(chars), offsets, self.out)


def _inline(text: str, offsets: list[int], out: SegmentBuilder) -> None:
    pos = 0
    for m in _INLINE.finditer(text):
        _keep(text, offsets, pos, m.start(), out)
        kind = m.lastgroup
        if kind == "role":
            name = m.group("rname").split(":")[-1].lower()
            if name in PROSE_ROLES:
                _keep_label(text, offsets, m.start("rc"), m.end("rc"), out)
            else:
                out.gap()
        elif kind == "rolepost":
            if m.group("rpname").split(":")[-1].lower() in PROSE_ROLES:
                _keep_label(text, offsets, m.start("rpc"), m.end("rpc"), out)
            else:
                out.gap()
        elif kind == "ref":
            _keep_label(text, offsets, m.start("refc"), m.end("refc"), out)
        elif kind == "interp":
            _keep(text, offsets, m.start("ic"), m.end("ic"), out)
        elif kind == "target":
            _keep(text, offsets, m.start("tc"), m.end("tc"), out)
        elif kind == "escape":
            if not text[m.start() + 1].isspace():
                _keep(text, offsets, m.start() + 1, m.end(), out)
        elif kind in ("literal", "sub", "fnref"):
            out.gap()
        pos = m.end()
    _keep(text, offsets, pos, len(text), out)


def _keep_label(text: str, offsets: list[int], start: int, end: int, out: SegmentBuilder) -> None:
    """`label <target>`: keep the label; a bare `<target>` keeps nothing."""
    m = _LABEL_TARGET.search(text, start, end)
    if m is not None:
        end = m.start()
    _keep(text, offsets, start, end, out)


def _keep(text: str, offsets: list[int], start: int, end: int, out: SegmentBuilder) -> None:
    if end > start:
        out.add(text[start:end], offsets[start:end])
