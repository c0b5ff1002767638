"""Markdown: the prose of headings, paragraphs, list items, tables, quotes, link and alt text.

markdown-it-py gives block tokens with line ranges but inline tokens without positions, so
each inline child is located in its block's source lines from a moving cursor. Code (fenced,
indented, inline), raw HTML, comments, link targets and front matter are left out; a removed
inline piece leaves at most one synthetic space so the words around it stay apart.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token

from custlint.sources import Document, Segment
from custlint.sources.mapping import SegmentBuilder

_FRONT_MATTER = {
    "---": re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M),
    "+++": re.compile(r"^\+\+\+[ \t]*$", re.M),
}
_EMPHASIS = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"})


def _parser() -> MarkdownIt:
    # text_join would merge escapes and entities into plain text and lose their source form.
    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).disable("text_join")


_MD = _parser()


def read_markdown(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Prose segments of a Markdown file, mapped to exact offsets in `text`."""
    norm, back = _normalize(text)
    body_start = _front_matter_end(norm)
    body = norm[body_start:]
    starts = [0] + [i + 1 for i, ch in enumerate(body) if ch == "\n"] + [len(body) + 1]
    out = SegmentBuilder()
    cursor_map: tuple[int, int] | None = None
    cursor = 0
    for token in _MD.parse(body):
        if token.type != "inline" or not token.map or not token.children:
            continue
        first, last = token.map
        lo, hi = starts[first], min(starts[min(last, len(starts) - 1)], len(body))
        if tuple(token.map) != cursor_map:  # table cells of one row share a line: keep going
            cursor_map, cursor = (first, last), lo
        out.block_break()
        cursor = _inline(token.children, body, cursor, hi, out)
    segments = [_shift(s, body_start, back) for s in out.build()]
    return Document(path=path, text=text, segments=segments, encoding=encoding, bom=bom)


def _normalize(text: str) -> tuple[str, Sequence[int] | None]:
    """Text with CRLF and CR turned into LF, as markdown-it reads it, and the way back."""
    if "\r" not in text:
        return text, None
    back = array("q")
    chars = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\r":
            chars.append("\n")
            back.append(i)
            i += 2 if i + 1 < n and text[i + 1] == "\n" else 1
            continue
        chars.append(ch)
        back.append(i)
        i += 1
    return "".join(chars), back


def _front_matter_end(text: str) -> int:
    """Length of a YAML (---) or TOML (+++) front matter block at the very start, else 0."""
    opener = text[:3]
    closing = _FRONT_MATTER.get(opener)
    if closing is None or text[3:4] not in ("\n", " ", "\t") or text[3:].split("\n", 1)[0].strip():
        return 0
    m = closing.search(text, text.find("\n") + 1 if "\n" in text else len(text))
    if m is None:
        return 0
    nl = text.find("\n", m.end())
    return len(text) if nl < 0 else nl + 1


def _shift(segment: Segment, by: int, back: Sequence[int] | None) -> Segment:
    offsets = segment.offsets if segment.offsets is not None else range(len(segment.text))
    limit = len(back) if back is not None else None
    moved = array("q")
    for o in offsets:
        o += by
        if back is not None and limit is not None:
            o = back[o] if o < limit else (back[-1] + 1 if limit else 0)
        moved.append(o)
    return Segment(segment.text, 0, moved, segment.widths)


def _inline(children: list[Token], src: str, pos: int, limit: int, out: SegmentBuilder) -> int:
    """Copy the prose of one inline token's children; returns the cursor after them."""
    skipping = False  # inside an autolink: its text is a URL
    for tok in children:
        kind = tok.type
        if skipping and kind != "link_close":
            continue
        if kind == "text":
            pos = _copy_text(tok.content, src, pos, limit, out)
        elif kind == "text_special":
            i = src.find(tok.markup, pos, limit)
            if i >= 0:
                if tok.info == "escape":
                    out.copy(src, i + 1, i + len(tok.markup))
                else:
                    out.decoded(tok.content, i, len(tok.markup))
                pos = i + len(tok.markup)
        elif kind in ("softbreak", "hardbreak"):
            i = src.find("\n", pos, limit)
            if i >= 0 and kind == "softbreak":
                out.copy_flowing(src, i, i + 1)  # renders as a space
                pos = i + 1
            elif i >= 0:
                out.copy(src, i, i + 1)
                pos = i + 1
            else:
                out.synthetic("\n")
        elif kind == "code_inline":
            pos = _skip_code_span(src, pos, limit, tok.markup)
            out.gap()
        elif kind == "html_inline":
            i = src.find(tok.content, pos, limit)
            if i >= 0:
                pos = i + len(tok.content)
            out.gap()
        elif kind == "link_open":
            if tok.markup in ("autolink", "linkify"):
                skipping = True
                i = src.find("<", pos, limit)
                pos = pos if i < 0 else i + 1
            else:
                i = src.find("[", pos, limit)
                pos = pos if i < 0 else i + 1
        elif kind == "link_close":
            if skipping:
                skipping = False
                i = src.find(">", pos, limit)
                pos = pos if i < 0 else i + 1
                out.gap()
            else:
                pos = _skip_link_tail(src, pos, limit)
        elif kind == "image":
            i = src.find("![", pos, limit)
            if i >= 0:
                out.gap()
                pos = _inline(tok.children or [], src, i + 2, limit, out)
                pos = _skip_link_tail(src, pos, limit)
                out.gap()
        elif kind in _EMPHASIS:
            i = src.find(tok.markup, pos, limit)
            pos = pos if i < 0 else i + len(tok.markup)
    return pos


def _copy_text(content: str, src: str, pos: int, limit: int, out: SegmentBuilder) -> int:
    """Copy a text child found at or after `pos`; a table's `\\|` may stand for `|`."""
    i = src.find(content, pos, limit)
    if i >= 0:
        out.copy(src, i, i + len(content))
        return i + len(content)
    # A table cell's `\\|` reaches the inline parser as `|`: allow a backslash before any char.
    pattern = "".join("\\\\?" + re.escape(ch) for ch in content)
    m = re.compile(pattern).search(src, pos, limit)
    if m is None:
        return pos  # not found: leave the text out rather than map it wrongly
    offsets = []
    k = m.start()
    for ch in content:
        if src[k] != ch:
            k += 1
        offsets.append(k)
        k += 1
    out.add(content, offsets)
    return m.end()


def _skip_code_span(src: str, pos: int, limit: int, ticks: str) -> int:
    i = src.find(ticks, pos, limit)
    if i < 0:
        return pos
    j = i + len(ticks)
    while True:
        k = src.find(ticks, j, limit)
        if k < 0:
            return pos
        end = k + len(ticks)
        if (end >= limit or src[end] != "`") and src[k - 1] != "`":
            return end
        j = end
        while j < limit and src[j] == "`":
            j += 1


def _skip_link_tail(src: str, pos: int, limit: int) -> int:
    """Skip `](target "title")`, `][label]` or `]` after a link's text."""
    i = src.find("]", pos, limit)
    if i < 0:
        return pos
    j = i + 1
    if j < limit and src[j] == "(":
        depth = 0
        while j < limit:
            ch = src[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return i + 1
    if j < limit and src[j] == "[":
        k = src.find("]", j, limit)
        return i + 1 if k < 0 else k + 1
    return j
