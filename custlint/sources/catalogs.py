"""Message catalogs: gettext .po (msgstr only), YAML and JSON (string values, not keys).

A catalog holds what customers read, so every translated string is linted; keys, msgids
(the source language, linted where it is written) and the .po header are not. Strings are
unescaped with their offsets kept (`prose.unescape_into`).
"""

from __future__ import annotations

import re

from custlint.sources import Document
from custlint.sources.mapping import SegmentBuilder, line_spans
from custlint.sources.prose import Mapped, unescape_into

_PO_KEYWORD = re.compile(r"\s*(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(?=\")")
_PO_STRING = re.compile(r'\s*"((?:[^"\\]|\\.)*)"\s*$')
_YAML_ITEM = re.compile(r"(?:-[ \t]+)+")
_YAML_KEY = re.compile(
    r"""(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^\s"'#\[{][^#\n]*?)[ \t]*:(?=[ \t]|$)"""
)
_YAML_PROPERTY = re.compile(r"(?:[&!][^\s]*[ \t]+)+")
_YAML_DOUBLE = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)
_YAML_SINGLE = re.compile(r"'((?:[^']|'')*)'", re.S)
_YAML_COMMENT = re.compile(r"[ \t]+#")


def _doc(path: str, text: str, out: SegmentBuilder, encoding: str, bom: bool) -> Document:
    return Document(path=path, text=text, segments=out.build(), encoding=encoding, bom=bom)


def read_po(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Translated strings (msgstr) of a gettext catalog; the header entry is skipped."""
    out = SegmentBuilder()
    keyword = ""
    msgid_empty = True
    current: Mapped | None = None
    for start, end in line_spans(text):
        line = text[start:end]
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PO_KEYWORD.match(line)
        if m:
            if current is not None and not msgid_empty:
                current.emit(out, min_words=1)
            current = None
            keyword = m.group(1)
            if keyword == "msgid":
                msgid_empty = True
            rest = m.end()
        else:
            rest = 0
        s = _PO_STRING.match(line, rest)
        if s is None:
            continue
        if keyword == "msgid" and s.group(1):
            msgid_empty = False
        if keyword.startswith("msgstr"):
            current = current or Mapped()
            unescape_into(current, text, start + s.start(1), start + s.end(1), '"')
    if current is not None and not msgid_empty:
        current.emit(out, min_words=1)
    return _doc(path, text, out, encoding, bom)


def read_json(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """String values of a JSON file (keys are Name.Tag tokens in Pygments' JSON lexer)."""
    from pygments.lexers.data import JsonLexer
    from pygments.token import String

    out = SegmentBuilder()
    for index, ttype, value in JsonLexer().get_tokens_unprocessed(text):
        if ttype in String and len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            mapped = Mapped()
            unescape_into(mapped, text, index + 1, index + len(value) - 1, '"')
            mapped.emit(out)
    return _doc(path, text, out, encoding, bom)


def read_yaml(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Scalar values of a YAML file: plain, quoted and block scalars; keys are skipped."""
    out = SegmentBuilder()
    spans = line_spans(text)
    i = 0
    while i < len(spans):
        i = _yaml_line(text, spans, i, out)
    return _doc(path, text, out, encoding, bom)


def _indent(text: str, span: tuple[int, int]) -> int:
    line = text[span[0] : span[1]]
    return len(line) - len(line.lstrip(" "))


def _yaml_line(text: str, spans: list[tuple[int, int]], i: int, out: SegmentBuilder) -> int:
    """Handle the entry on line `i`; returns the next line to read."""
    start, end = spans[i]
    line = text[start:end]
    stripped = line.strip()
    if not stripped or stripped.startswith(("#", "%", "---", "...")):
        return i + 1
    indent = _indent(text, spans[i])
    pos = start + indent
    item = _YAML_ITEM.match(text, pos, end)
    pos = item.end() if item else pos
    key = _YAML_KEY.match(text, pos, end)
    if key:
        pos = key.end()
        while pos < end and text[pos] in " \t":
            pos += 1
    prop = _YAML_PROPERTY.match(text, pos, end)
    pos = prop.end() if prop else pos
    if pos >= end:
        return i + 1
    first = text[pos]
    mapped = Mapped()
    if first in "|>":
        j = i + 1
        while j < len(spans) and (
            not text[spans[j][0] : spans[j][1]].strip() or _indent(text, spans[j]) > indent
        ):
            s, e = spans[j]
            body = s + min(_indent(text, spans[j]), e - s)
            if mapped.chars:
                mapped.copy(text, s - 1, s)  # the line break before this line
            mapped.copy(text, body, e)
            j += 1
        mapped.emit(out)
        return j
    if first in "\"'":
        pattern = _YAML_DOUBLE if first == '"' else _YAML_SINGLE
        m = pattern.match(text, pos)
        if m is None:
            return i + 1
        if first == '"':
            unescape_into(mapped, text, m.start(1), m.end(1), '"')
        else:
            _single_quoted(mapped, text, m.start(1), m.end(1))
        mapped.emit(out)
        return _line_after(spans, m.end())
    if first in "*[{":
        return i + 1
    comment = _YAML_COMMENT.search(text, pos, end)
    mapped.copy(text, pos, comment.start() if comment else end)
    j = i + 1
    while j < len(spans):  # a plain scalar may go on over more-indented lines
        s, e = spans[j]
        body = text[s:e]
        if (
            not body.strip()
            or _indent(text, spans[j]) <= indent
            or body.strip().startswith(("#", "- "))
        ):
            break
        if _YAML_KEY.match(text, s + _indent(text, spans[j]), e):
            break
        mapped.copy(text, s - 1, s)
        c = _YAML_COMMENT.search(text, s, e)
        mapped.copy(text, s + _indent(text, spans[j]), c.start() if c else e)
        j += 1
    mapped.emit(out)
    return j


def _single_quoted(mapped: Mapped, text: str, start: int, end: int) -> None:
    pos = start
    i = text.find("''", start, end)
    while i >= 0:
        mapped.copy(text, pos, i + 1)
        pos = i + 2
        i = text.find("''", pos, end)
    mapped.copy(text, pos, end)


def _line_after(spans: list[tuple[int, int]], offset: int) -> int:
    for j, (s, e) in enumerate(spans):
        if s <= offset <= e + 1 and offset <= e:
            return j + 1
        if s > offset:
            return j
    return len(spans)
