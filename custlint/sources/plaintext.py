"""Plain text: the whole file is prose, read without the stars and underscores of emphasis.

E-mails and chat keep Markdown's habit of `*not*`, `**never**` and `_only_` without being
Markdown. Left in, the stars split "do *not* accept" into tokens that no pattern of the
candidate pass expects, so such a refusal was found only by a full parse. The markers are
dropped from the segment (with a map back to the original), as the Markdown reader does.
"""

from __future__ import annotations

import re

from custlint.sources import Document, Segment
from custlint.sources.mapping import SegmentBuilder

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
    out = SegmentBuilder()
    pos = 0
    for m in _EMPHASIS.finditer(text, first.start()):
        out.copy(text, pos, m.start())
        out.copy(text, m.start(2), m.end(2))
        pos = m.end()
    out.copy(text, pos, len(text))
    return out.build() or [Segment(text)]
