"""Building segments piece by piece while keeping every character's original offset.

Readers copy stretches of the source into a `SegmentBuilder` and put synthetic separators
between prose pieces (a blank line between blocks, a space where inline code was cut out)
so that separate pieces never merge into one sentence. A synthetic character maps to the
offset just after the last copied character, so a span that ends on one still ends right
after real text; decoded characters (entities, escapes) map to where their source starts.
"""

from __future__ import annotations

import html
import re
from array import array
from collections.abc import Mapping, Sequence

from custlint.sources import Segment

BLOCK_BREAK = "\n\n"
# Named and numeric character references as HTML5 reads them (`html.unescape`'s pattern).
_ENTITY = re.compile(r"&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)")


class SegmentBuilder:
    """Collects text with a per-character map back into the source."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._offsets = array("q")
        self._widths: dict[int, int] = {}
        self._last = ""

    def __len__(self) -> int:
        return len(self._offsets)

    def ends_with_space(self) -> bool:
        """True when empty or after whitespace: more whitespace adds nothing."""
        return not self._offsets or self._last.isspace()

    def copy(self, source: str, start: int, end: int) -> None:
        """Append `source[start:end]` verbatim."""
        if end <= start:
            return
        self._parts.append(source[start:end])
        self._offsets.extend(range(start, end))
        self._last = source[end - 1]

    def copy_flowing(self, source: str, start: int, end: int) -> None:
        """Append `source[start:end]` with its line breaks read as spaces, same length.

        Prose that the format reflows (HTML text, a Markdown or reST paragraph) goes on across
        a line break however raggedly it was wrapped, so the engine must not take a short line
        for a note that ends there, as it does in plain text."""
        if end <= start:
            return
        chars: list[str] = []
        offsets: list[int] = []
        for i in range(start, end):
            ch = source[i]
            if ch == "\r" and i + 1 < len(source) and source[i + 1] == "\n":
                continue  # a CRLF reads as one space, as an LF does
            chars.append(" " if ch in "\r\n" else ch)
            offsets.append(i)
        if chars:
            self.add("".join(chars), offsets)

    def add(
        self, text: str, offsets: Sequence[int], widths: Mapping[int, int] | None = None
    ) -> None:
        """Append text whose characters come from the given offsets (decoded or copied);
        `widths` gives the source length of characters that stand for more than one."""
        if not text:
            return
        if widths:
            base = len(self._offsets)
            self._widths.update({base + i: w for i, w in widths.items() if i < len(text)})
        self._parts.append(text)
        self._offsets.extend(offsets)
        self._last = text[-1]

    def decoded(self, text: str, at: int, width: int = 1) -> None:
        """Append text decoded from the `width` source characters starting at `at`."""
        self.add(text, [at] * len(text))
        if width != 1 and text:
            self._widths[len(self._offsets) - 1] = width

    def synthetic(self, text: str) -> None:
        """Append separator characters that are not in the source."""
        if not text:
            return
        at = self._offsets[-1] + 1 if self._offsets else 0
        self.add(text, [at] * len(text))

    def gap(self) -> None:
        """Keep the words on both sides of a removed piece apart."""
        if self._offsets and not self._last.isspace():
            self.synthetic(" ")

    def block_break(self) -> None:
        """End the current block: what follows never joins its last sentence."""
        if not self._offsets:
            return
        text = "".join(self._parts[-2:])
        if text.endswith(BLOCK_BREAK):
            return
        self.synthetic("\n" if text.endswith("\n") else BLOCK_BREAK)

    def build(self) -> list[Segment]:
        """The collected text as one segment, or none when nothing was collected."""
        text = "".join(self._parts)
        if not text.strip():
            return []
        return [Segment(text, 0, self._offsets, self._widths or None)]


def copy_decoding_entities(out: SegmentBuilder, source: str, start: int, end: int) -> None:
    """Append `source[start:end]` with character references decoded, each mapped to its `&`."""
    pos = start
    for m in _ENTITY.finditer(source, start, end):
        decoded = html.unescape(m.group())
        if decoded == m.group():
            continue
        out.copy(source, pos, m.start())
        out.decoded(decoded, m.start(), m.end() - m.start())
        pos = m.end()
    out.copy(source, pos, end)


def line_spans(text: str) -> list[tuple[int, int]]:
    """Start and end (without the line break, and without a trailing CR) of every line."""
    spans = []
    pos = 0
    length = len(text)
    while pos <= length:
        nl = text.find("\n", pos)
        stop = length if nl < 0 else nl
        end = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        spans.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    return spans
