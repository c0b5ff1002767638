"""Plain text: the whole file is prose, read without the stars and underscores of emphasis.

E-mails and chat keep Markdown's habit of `*not*`, `**never**` and `_only_` without being
Markdown. Left in, the stars split "do *not* accept" into tokens that no pattern of the
candidate pass expects, so such a refusal was found only by a full parse. The markers are
dropped from the segment (with a map back to the original), as the Markdown reader does.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import overload

from custlint.sources import Document, Segment

# An emphasis marker pair on one line: opens before a non-space and closes after one, with
# no word character or other marker outside either end, so `*args`, `2 * 3 * 4`,
# `snake_case_name`, `__init__`, `/_private/` paths and `_name_@example.com` stay as written.
_EMPHASIS = re.compile(r"(?<![\w*/])(\*\*\*|\*\*|\*|_)(?=[^\s*_])([^\n]*?[^\s*_])\1(?![\w*@])")


def read_text(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """The whole text as one segment; offsets unchanged unless emphasis markers were cut."""
    return Document(
        path=path, text=text, segments=without_emphasis(text), encoding=encoding, bom=bom
    )


def without_emphasis(text: str) -> list[Segment]:
    """`text` as one segment, with each emphasis pair's markers left out."""
    first = _EMPHASIS.search(text)
    if first is None:
        return [Segment(text)]
    parts = []
    starts = [0]  # where each kept stretch starts in the segment …
    shifts = [0]  # … and how many characters were cut before it
    stretches = []
    pos = 0
    for m in _EMPHASIS.finditer(text, first.start()):
        stretches += [(pos, m.start()), (m.start(2), m.end(2))]
        pos = m.end()
    stretches.append((pos, len(text)))
    kept = 0
    for start, end in stretches:
        if end > start:
            starts.append(kept)
            shifts.append(start - kept)
            parts.append(text[start:end])
            kept += end - start
    read = "".join(parts)
    if not read.strip():
        return [Segment(text)]
    return [Segment(read, 0, CutOffsets(starts, shifts, len(read)))]


class CutOffsets(Sequence[int]):
    """The offsets in a file of a text that is the file with a few stretches cut out.

    The text keeps the file's characters in order, so each stretch between cuts maps by
    a constant shift: a list of stretches instead of one array entry per character, which
    took a third of a second to build for a large file."""

    def __init__(self, starts: list[int], shifts: list[int], length: int) -> None:
        self.starts = starts
        self.shifts = shifts
        self.length = length

    def __len__(self) -> int:
        return self.length

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.length))]
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError(i)
        return i + self.shifts[bisect_right(self.starts, i) - 1]
