"""Telling prose from code-like strings, and unescaping literals without losing offsets.

Source code and catalogs are full of strings that are not sentences: identifiers, keys,
URLs, paths, SQL, format strings. Linting those only makes noise, so a string counts as
prose when, after removing placeholders, at least half of its words look like natural
words (letters with an optional capital, no underscores, no inner capitals).
"""

from __future__ import annotations

import re

from custlint.sources.mapping import SegmentBuilder

_PLACEHOLDER = re.compile(
    r"%(?:\(\w+\))?[-+ #0]*\d*(?:\.\d+)?[sdifrxXeEgGcpoa%]|\{\{[^{}]*\}\}|\$?\{[^{}]*\}|%\{\w+\}"
)
_URL = re.compile(r"(?:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S*", re.I)
_WORD = re.compile(
    r"[\"'“‘(\[¡¿]*[A-Za-z\u00c0-\u024f][a-z\u00df-\u024f]*(?:['’-][a-z\u00df-\u024f]+)*"
    r"[.,;:!?\"'”’)\]…]*"
)


def is_prose(text: str, min_words: int = 2) -> bool:
    """True when `text` reads like language rather than code, keys or formats."""
    bare = _URL.sub(" ", _PLACEHOLDER.sub(" ", text))
    words = bare.split()
    if len(words) < min_words:
        return False
    natural = sum(1 for w in words if _WORD.fullmatch(w))
    return natural >= min_words and natural * 2 >= len(words)


class Mapped:
    """A small string under construction with one source offset per character."""

    def __init__(self) -> None:
        self.chars: list[str] = []
        self.offsets: list[int] = []
        self.widths: dict[int, int] = {}

    @property
    def text(self) -> str:
        return "".join(self.chars)

    def copy(self, source: str, start: int, end: int) -> None:
        self.chars.extend(source[start:end])
        self.offsets.extend(range(start, end))

    def put(self, text: str, at: int, width: int = 1) -> None:
        self.chars.extend(text)
        self.offsets.extend([at] * len(text))
        if width != 1 and text:
            self.widths[len(self.offsets) - 1] = width

    def gap(self, at: int) -> None:
        if self.chars and not self.chars[-1].isspace():
            self.put(" ", at)

    def emit(self, out: SegmentBuilder, min_words: int = 2, strip: bool = True) -> bool:
        """Add the text as its own block when it reads as prose; returns whether it did."""
        text = self.text
        if not is_prose(text, min_words):
            return False
        start, end = 0, len(text)
        if strip:
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
        out.block_break()
        widths = {i - start: w for i, w in self.widths.items() if start <= i < end}
        out.add(text[start:end], self.offsets[start:end], widths)
        out.block_break()
        return True


def unescape_into(mapped: Mapped, source: str, start: int, end: int, quote: str = "\"'") -> None:
    """Copy a literal's body, resolving backslash escapes: an escaped quote or backslash
    is a copy of that character, `\\n` becomes a newline and any other escape a space,
    both mapped to the backslash."""
    pos = start
    i = source.find("\\", start, end)
    while i >= 0 and i + 1 < end:
        mapped.copy(source, pos, i)
        nxt = source[i + 1]
        if nxt in quote or nxt in "\\/`":
            mapped.copy(source, i + 1, i + 2)
        elif nxt == "n":
            mapped.put("\n", i, 2)
        elif nxt != "\n":
            mapped.gap(i)
        pos = i + 2
        i = source.find("\\", pos, end)
    mapped.copy(source, pos, end)
