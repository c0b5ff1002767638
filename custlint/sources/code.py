"""Source code: comments and prose-like string literals, lexed by Pygments.

Pygments picks the lexer from the file name and reports every token's offset, so comment
markers and quotes can be dropped while each kept character keeps its place. A string is
linted only when it reads like language (`prose.is_prose`): identifiers, keys, URLs,
paths and format strings are left alone. Consecutive line comments join into one block so
a sentence wrapped over several `#` lines stays one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pygments.lexer import Lexer
from pygments.token import Comment, String, _TokenType

from custlint.sources import Document
from custlint.sources.mapping import SegmentBuilder
from custlint.sources.prose import Mapped, unescape_into

_NOT_PROSE_COMMENTS = (Comment.Preproc, Comment.PreprocFile, Comment.Hashbang)
_NOT_PROSE_STRINGS = (String.Regex, String.Symbol, String.Char, String.Other)
_COMMENT_OPEN = re.compile(r"[ \t]*(?:/\*+!?|//+[/!]?|#+|<!--|\{#-?|--+|;+|%+|\*+(?!/))[ \t]?")
_COMMENT_CLOSE = re.compile(r"[ \t]*(?:\*+/|-->|-?#\})[ \t]*$")
_QUOTES = ('"""', "'''", '"', "'", "`")


def lexer_for(path: str) -> Lexer | None:
    """The Pygments lexer for a file name, or None when Pygments has none."""
    from pygments.lexers import get_lexer_for_filename
    from pygments.util import ClassNotFound

    try:
        return get_lexer_for_filename(path, stripnl=False, stripall=False, ensurenl=False)
    except ClassNotFound:
        return None


def read_code(
    path: str, text: str, lexer: Lexer, encoding: str = "utf-8", bom: bool = False
) -> Document:
    """Prose segments of a source file: its comments and prose-like strings."""
    out = SegmentBuilder()
    collect_code(text, lexer.get_tokens_unprocessed(text), out)
    return Document(path=path, text=text, segments=out.build(), encoding=encoding, bom=bom)


def collect_code(
    text: str, tokens: Iterable[tuple[int, _TokenType, str]], out: SegmentBuilder
) -> None:
    """Append comments and prose-like string literals from a token stream to `out`."""
    comment: Mapped | None = None
    comment_end = 0
    literal: list[tuple[int, _TokenType, str]] = []
    depth = 0  # open interpolations ({...}, ${...}) inside the current literal
    for index, ttype, value in tokens:
        if not value:
            continue
        if literal and (ttype in String or depth > 0):
            literal.append((index, ttype, value))
            depth += _interpolation_change(ttype, value)
            continue
        if literal:
            _emit_literal(text, literal, out)
            literal, depth = [], 0
        if ttype in Comment and not any(ttype in t for t in _NOT_PROSE_COMMENTS):
            between = text[comment_end:index]
            if comment is None or between.strip() or between.count("\n") != 1:
                if comment is not None:
                    comment.emit(out)
                comment = Mapped()
            else:
                comment.put("\n", comment_end)
            _comment_into(comment, text, index, index + len(value))
            comment_end = index + len(value)
        elif ttype in String and not any(ttype in t for t in _NOT_PROSE_STRINGS):
            literal.append((index, ttype, value))
            depth += _interpolation_change(ttype, value)
        elif comment is not None and (value.strip() or value.count("\n") > 1):
            comment.emit(out)
            comment = None
    if literal:
        _emit_literal(text, literal, out)
    if comment is not None:
        comment.emit(out)


def _interpolation_change(ttype: _TokenType, value: str) -> int:
    if ttype not in String.Interpol:
        return 0
    return (1 if value.endswith("{") else 0) - (1 if value.startswith("}") else 0)


def _comment_into(mapped: Mapped, text: str, start: int, end: int) -> None:
    """Copy a comment's text without its markers (`#`, `//`, `/* */`, leading `*`)."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        line_end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        opener = _COMMENT_OPEN.match(text, pos, line_end)
        body = opener.end() if opener else pos
        closer = _COMMENT_CLOSE.search(text, body, line_end)
        body_end = closer.start() if closer else line_end
        mapped.copy(text, body, body_end)
        if nl < 0:
            break
        mapped.copy(text, nl, nl + 1)
        pos = nl + 1


def _emit_literal(text: str, parts: list[tuple[int, _TokenType, str]], out: SegmentBuilder) -> None:
    """Add one string literal (affixes, quotes and interpolations removed) if it is prose."""
    spans: list[tuple[int, int] | None] = []  # None: an interpolation or affix, a word gap
    depth = 0
    for index, ttype, value in parts:
        change = _interpolation_change(ttype, value)
        if ttype in String.Affix or ttype in String.Interpol or depth > 0 or change < 0:
            spans.append(None)
        else:
            spans.append((index, index + len(value)))
        depth = max(depth + change, 0)
    real = [s for s in spans if s is not None]
    if not real:
        return
    first, last = real[0], real[-1]
    quote = next((q for q in _QUOTES if text.startswith(q, first[0])), "")
    if (
        not quote
        or not text.startswith(quote, last[1] - len(quote))
        or last[1] - first[0] < 2 * len(quote)
    ):
        return
    mapped = Mapped()
    for span in spans:
        if span is None:
            mapped.gap(mapped.offsets[-1] + 1 if mapped.offsets else first[0])
            continue
        start = max(span[0], first[0] + len(quote))
        end = min(span[1], last[1] - len(quote))
        if end > start:
            unescape_into(mapped, text, start, end, quote[0])
    mapped.emit(out)
