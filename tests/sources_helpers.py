"""Shared checks for the reader tests: prose present, markup absent, offsets exact."""

from __future__ import annotations

from custlint.sources import Document


def prose(doc: Document) -> str:
    return "\n".join(s.text for s in doc.segments)


def assert_exact_map(doc: Document) -> None:
    """Every segment character maps into the original; copies map to the same character.

    Synthetic characters are whitespace (block breaks, word gaps); decoded characters (an
    entity such as `&rsquo;`) map to the `&` that starts their source.
    """
    for seg in doc.segments:
        for i, ch in enumerate(seg.text):
            o = seg.to_original(i)
            assert 0 <= o <= len(doc.text), (i, ch, o)
            if not ch.isspace():
                assert o < len(doc.text), (i, ch, o)
                assert doc.text[o] == ch or doc.text[o] == "&", (i, ch, doc.text[o])


def assert_word_maps(doc: Document, word: str, at_least: int = 1) -> int:
    """Each occurrence of `word` in the segments maps to the same word in the original."""
    found = 0
    for seg in doc.segments:
        i = seg.text.find(word)
        while i >= 0:
            start, end = seg.span_to_original(i, i + len(word))
            assert doc.text[start:end] == word, (word, doc.text[start:end])
            assert doc.text[seg.to_original(i) : seg.to_original(i) + len(word)] == word
            found += 1
            i = seg.text.find(word, i + 1)
    assert found >= at_least, (word, found)
    return found


def position_of(text: str, needle: str, occurrence: int = 0) -> tuple[int, int]:
    """1-based line and column of the n-th occurrence of `needle` in `text`."""
    i = -1
    for _ in range(occurrence + 1):
        i = text.index(needle, i + 1)
    line = text.count("\n", 0, i) + 1
    col = i - (text.rfind("\n", 0, i) + 1) + 1
    return line, col
