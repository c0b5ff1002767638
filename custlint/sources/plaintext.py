"""Plain text: the whole file is prose."""

from __future__ import annotations

from custlint.sources import Document, Segment


def read_text(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """The whole text as one segment, offsets unchanged."""
    return Document(path=path, text=text, segments=[Segment(text)], encoding=encoding, bom=bom)
