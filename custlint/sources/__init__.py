"""Readers turn files into prose segments with a map back to positions in the original.

Every reader returns a `Document`; the engine only ever sees segment text, and findings
are mapped back through `Segment.to_original` and the document's line index.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

_NEWLINE = re.compile("\n")


@dataclass(frozen=True)
class Segment:
    """A stretch of prose; `offsets[i]` is the original index of `text[i]` (None: contiguous).

    Readers pass an `array("q")` for `offsets`: eight bytes a character instead of a tuple
    of int objects, which matters for large documents (plain text, whose only cuts are
    emphasis markers, passes its stretches and their shifts: `plaintext.CutOffsets`).
    `widths[i]` is how many original characters `text[i]` stands for when that is not one
    (a decoded `&rsquo;` is seven), so a span ending on a decoded character ends after its
    whole source.
    """

    text: str
    base: int = 0
    offsets: Sequence[int] | None = None
    widths: Mapping[int, int] | None = None

    def to_original(self, i: int) -> int:
        if self.offsets is None:
            return self.base + i
        return self.offsets[i]

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        last = end - 1
        width = self.widths.get(last, 1) if self.widths else 1
        return self.to_original(start), self.to_original(last) + width


@dataclass
class Document:
    path: str
    text: str
    segments: list[Segment]
    encoding: str = "utf-8"
    bom: bool = False
    # SHA-256 of the bytes read from disk; lets `custlint.fixer.write_fixed` refuse a file
    # that changed since it was linted. None for stdin and in-memory text.
    digest: str | None = None
    # Per line of `text`, where it sits in a file that has no lines of its own (a .docx:
    # "table 2, row 3, cell 1"); empty for formats where line and column say it all.
    locations: list[str] = field(default_factory=list)
    # Lines whose findings a format-level suppression covers (a .docx paragraph with a Word
    # comment starting `custlint-ignore`): 1-based line -> rule selectors, None for all.
    suppressed_lines: dict[int, tuple[str, ...] | None] = field(default_factory=dict)
    # A deferred read: the format's reader, run on first need. A run answered from the
    # result cache never needs the prose segments, so it never parses the markup.
    reader: Callable[..., Document] | None = field(default=None, repr=False, compare=False)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def prose(self) -> list[Segment]:
        """The prose segments, reading the format now if the read was deferred."""
        if self.reader is not None:
            full = self.reader(self.path, self.text, self.encoding, self.bom)
            self.segments = full.segments
            self.locations = full.locations
            self.suppressed_lines = full.suppressed_lines
            self.reader = None
        return self.segments

    def position(self, offset: int) -> tuple[int, int]:
        """1-based line and column of an offset into `text`."""
        if not self._line_starts:
            self._line_starts = [0] + [m.end() for m in _NEWLINE.finditer(self.text)]
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        self.position(0)
        start = self._line_starts[line - 1]
        end = self._line_starts[line] - 1 if line < len(self._line_starts) else len(self.text)
        return self.text[start:end].rstrip("\r")

    def location(self, line: int) -> str | None:
        """A human description of where a 1-based line sits, for formats that need one."""
        if 1 <= line <= len(self.locations):
            return self.locations[line - 1]
        return None
