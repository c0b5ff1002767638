"""HTML: text nodes plus alt, title, aria-label and placeholder attributes.

The standard library's `html.parser` reports the line and column of every tag, text run
and character reference, which gives exact offsets; lxml only knows an element's line.
It also never reads a DTD, so there is no entity expansion and no network access. Text in
script, style, code, pre, template, noscript and svg is skipped; block elements end a
sentence; template tags (`{{ ... }}`, `{% ... %}`) are blanked out before parsing.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from custlint.sources import Document
from custlint.sources.mapping import SegmentBuilder, copy_decoding_entities

SKIP = frozenset({"script", "style", "code", "pre", "template", "noscript", "svg", "math"})
INLINE = frozenset(
    {
        "a",
        "abbr",
        "b",
        "bdi",
        "bdo",
        "cite",
        "data",
        "del",
        "dfn",
        "em",
        "font",
        "i",
        "ins",
        "kbd",
        "mark",
        "q",
        "s",
        "samp",
        "small",
        "span",
        "strong",
        "sub",
        "sup",
        "time",
        "u",
        "var",
        "wbr",
        "code",
        "label",
    }
)
PROSE_ATTRIBUTES = ("alt", "title", "aria-label", "placeholder")
_ATTRIBUTE = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"'`=<]+)))?""")
_TEMPLATE_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def blank_template_tags(text: str, pattern: re.Pattern[str] = _TEMPLATE_TAG) -> str:
    """Replace template tags by spaces (newlines kept) so every offset stays the same."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def read_html(path: str, text: str, encoding: str = "utf-8", bom: bool = False) -> Document:
    """Prose segments of an HTML file, mapped to exact offsets in `text`."""
    out = SegmentBuilder()
    collect_html(blank_template_tags(text), out)
    return Document(path=path, text=text, segments=out.build(), encoding=encoding, bom=bom)


def collect_html(source: str, out: SegmentBuilder) -> None:
    """Append the prose of `source` (HTML) to `out`."""
    parser = _Collector(source, out)
    parser.feed(source)
    parser.close()


class _Collector(HTMLParser):
    def __init__(self, source: str, out: SegmentBuilder) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.out = out
        self.starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.skip: list[str] = []
        self.done = 0  # everything before this offset has been handled

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """A '<![' that opens no marked section ('<![# '), on which the standard library
        raises AssertionError, is what a browser makes of it: a bogus comment up to '>'."""
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position  # the failed scan had moved it on
            return self.parse_bogus_comment(i, report)

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, opening=True)
        if self.skip:
            return
        self._attributes(tag)
        if tag in SKIP:
            self.skip.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, opening=True)
        if not self.skip:
            self._attributes(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skip:
            while self.skip and self.skip.pop() != tag:
                pass
            if tag in INLINE:
                self.out.gap()
            return
        self._tag(tag, opening=False)

    def _tag(self, tag: str, opening: bool) -> None:
        if self.skip:
            return
        if tag in INLINE:
            if tag == "code" and opening:
                self.out.gap()
            return
        self.out.block_break()

    def _attributes(self, tag: str) -> None:
        raw = self.get_starttag_text() or ""
        start = self._offset()
        if not self.source.startswith(raw, start):
            return
        name_end = start + 1 + len(tag)
        for m in _ATTRIBUTE.finditer(self.source, name_end, start + len(raw)):
            if m.group(1).lower() not in PROSE_ATTRIBUTES:
                continue
            group = next((g for g in (2, 3, 4) if m.group(g) is not None), None)
            if group is None or not m.group(group).strip():
                continue
            self.out.block_break()
            copy_decoding_entities(self.out, self.source, m.start(group), m.end(group))
            self.out.block_break()

    def handle_data(self, data: str) -> None:
        if self.skip or not data or (not data.strip() and self.out.ends_with_space()):
            return
        start = self._offset()
        if not self.source.startswith(data, start):
            found = self.source.find(data, start)
            if found < 0:
                return
            start = found
        end = start + len(data)
        start = max(start, self.done)  # what a bogus declaration gave back as text
        if end <= start:
            return
        self.out.copy_flowing(self.source, start, end)
        self.done = end

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        if self.skip:
            return
        start = self._offset()
        if start < self.done:
            return
        m = re.compile(r"&#?[0-9A-Za-z]{1,32};?").match(self.source, start)
        if m is None:
            return
        copy_decoding_entities(self.out, self.source, m.start(), m.end())
        self.done = m.end()
