"""Where a text breaks into blocks of lines that may not share a sentence.

The candidate pass splits sentences inside these blocks, and the genre test counts them:
both must see the same blocks, so they are cut here once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# A line break ends a sentence when the line before ends like a sentence, or when the
# next line starts like one (a capital, digit, quote or list bullet), or when the line is
# too short to be wrapped prose, or when it is not full: the next line's first word would
# have fitted on it, within a few characters, given the longest line of its paragraph.
# This keeps labels, headings, shorthand notes and one-note-per-line files apart while
# wrapped paragraphs stay joined.
_TERMINAL = '.!?:;"”’)]…'
_STARTER = re.compile(r"^[\s>*#\-+•\d]*[A-Z0-9\"“‘'(\[]")
_WRAP_SLACK = 10
_UNBREAKABLE = re.compile(r"\S{30}")


def split_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of line blocks that may not share a sentence."""
    start = 0
    pos = 0
    lines = text.split("\n")
    widths = _paragraph_widths(lines)
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        stripped = line.rstrip()
        boundary = (
            nxt is None
            or not stripped
            or not nxt.strip()
            or stripped[-1] in _TERMINAL
            or len(stripped) < 60
            or bool(_STARTER.match(nxt))
            or len(stripped) + 1 + len(nxt.split()[0]) <= widths[i] - _WRAP_SLACK
        )
        if boundary:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        pos = end + 1


def _paragraph_widths(lines: list[str]) -> list[int]:
    """For each line, the length of the longest line in its run of non-blank lines.

    A line holding a word too long to wrap (a URL, a path) overflows the width the rest
    was wrapped to, so it is left out of the measure unless every line is like it."""
    widths = [0] * len(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        if j > i:
            run = [line.rstrip() for line in lines[i:j]]
            wrapped = [line for line in run if not _UNBREAKABLE.search(line)] or run
            widths[i:j] = [max(map(len, wrapped))] * (j - i)
            i = j
        else:
            i += 1
    return widths
