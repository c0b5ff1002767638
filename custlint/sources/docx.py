"""Word (.docx): body paragraphs and tables (nested too), headers, footers and footnotes.

`Document.text` is one line per paragraph, so a finding's line is the paragraph's number
in reading order (headers, then the body, then footers, footnotes and endnotes) and its
column the character in that paragraph; `Document.locations` says where that paragraph
is ("table 2, row 3, cell 1"). Each paragraph is its own segment: Word has no wrapped
lines, so two paragraphs never share a sentence. A Word comment whose text starts with
`custlint-ignore [RULES]` suppresses findings in the paragraph(s) it is anchored to
(`Document.suppressed_lines`).

The zip is checked before python-docx opens it: sizes come from the central directory
(zipfile never inflates a member past its declared size), and parts with a DTD are
refused, which rules out entity expansion and external entities whatever the XML parser.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from custlint.errors import InputError
from custlint.sources import Document, Segment

MAX_PART_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_PARTS = 10_000
_DTD_MARKERS = tuple(
    marker.encode(codec)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("utf-8", "utf-16-le", "utf-16-be")
)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_NOTES = (("/word/footnotes.xml", "footnote"), ("/word/endnotes.xml", "endnote"))
_LINE_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\x0b": " ", "\x0c": " "})


@dataclass
class _Collected:
    lines: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    # Word comment id -> the rules its `custlint-ignore` names (None: all rules).
    ignore_comments: dict[str, tuple[str, ...] | None] = field(default_factory=dict)
    suppressed: dict[int, tuple[str, ...] | None] = field(default_factory=dict)

    def add(self, text: str, location: str, element: object = None) -> None:
        self.lines.append(text.translate(_LINE_BREAKS))
        self.locations.append(location)
        if element is not None and self.ignore_comments:
            self._suppress(len(self.lines), element)

    def _suppress(self, line: int, element: object) -> None:
        tags = (f"{_W}commentRangeStart", f"{_W}commentReference")
        for el in element.iter(*tags):  # type: ignore[attr-defined]
            cid = el.get(f"{_W}id")
            if cid not in self.ignore_comments:
                continue
            rules = self.ignore_comments[cid]
            if line in self.suppressed:
                before = self.suppressed[line]
                rules = None if before is None or rules is None else before + rules
            self.suppressed[line] = rules


def read_docx(path: str, data: bytes) -> Document:
    """Paragraphs of a .docx as lines, each one a segment; refuses hostile archives."""
    check_archive(path, data)
    import docx

    try:
        word = docx.Document(io.BytesIO(data))
        collected = _Collected()
        _collect(word, collected)
    except InputError:
        raise
    except Exception:
        raise InputError(f"{path}: not a valid .docx file") from None
    text = "\n".join(collected.lines)
    segments = []
    pos = 0
    for line in collected.lines:
        if line.strip():
            segments.append(Segment(line, pos))
        pos += len(line) + 1
    return Document(
        path=path,
        text=text,
        segments=segments,
        locations=collected.locations,
        suppressed_lines=collected.suppressed,
    )


def check_archive(path: str, data: bytes) -> None:
    """Refuse what is not a zip, too large once inflated, or carries a DTD."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise InputError(f"{path}: not a valid .docx file (too many parts)")
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > MAX_PART_BYTES or total > MAX_TOTAL_BYTES:
                    raise InputError(
                        f"{path}: refused: .docx part {info.filename} inflates past the size limit"
                    )
            for info in infos:
                if info.filename.endswith((".xml", ".rels")) and _has_dtd(archive, info):
                    raise InputError(f"{path}: refused: .docx part {info.filename} declares a DTD")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError):
        raise InputError(f"{path}: not a valid .docx file") from None
    except NotImplementedError:  # an unsupported compression method
        raise InputError(f"{path}: not a valid .docx file") from None


def _has_dtd(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    with archive.open(info) as part:
        while chunk := part.read(1 << 20):
            window = tail + chunk
            if any(marker in window for marker in _DTD_MARKERS):
                return True
            tail = window[-32:]
    return False


@dataclass
class WordParagraph:
    """One paragraph as the reader sees it: its `w:p` element, where it is, and its text.

    `story` is "header", "footer", "body", "footnote" or "endnote"; `section` is the
    1-based section of a header or footer (0 elsewhere). The annotator walks these same
    paragraphs in the same order, so line N of `Document.text` is paragraph N here.
    """

    element: Any
    location: str
    story: str
    section: int
    text: str


def _collect(word: object, out: _Collected) -> None:
    out.ignore_comments = _ignore_comments(word)
    for paragraph in word_paragraphs(word):
        out.add(paragraph.text, paragraph.location, paragraph.element)


def _ignore_comments(word: object) -> dict[str, tuple[str, ...] | None]:
    """Word comments whose text starts with `custlint-ignore`, by comment id."""
    from custlint.suppression import parse_ignore_comment

    part = word.part  # type: ignore[attr-defined]
    if not any(str(p.partname) == "/word/comments.xml" for p in part.package.iter_parts()):
        return {}
    out = {}
    for comment in word.comments:  # type: ignore[attr-defined]
        parsed = parse_ignore_comment(comment.text or "")
        if parsed is not False:
            out[str(comment.comment_id)] = parsed
    return out


def word_paragraphs(word: object, note_roots: dict | None = None) -> list[WordParagraph]:
    """Every paragraph in reading order: headers, body (tables nested), footers, notes.

    Footnotes and endnotes are parsed from their parts; pass `note_roots` to receive the
    parsed trees by part name (to write changes back).
    """
    from docx.document import Document as WordDocument

    assert isinstance(word, WordDocument)
    kinds = (
        ("header", "header"),
        ("first_page_header", "first-page header"),
        ("even_page_header", "even-page header"),
    )
    footer_kinds = tuple(
        (k.replace("header", "footer"), n.replace("header", "footer")) for k, n in kinds
    )
    sections = list(word.sections)
    out: list[WordParagraph] = []
    out += _headers_footers(sections, kinds, "header")
    out += [WordParagraph(p, where, "body", 0, text) for p, text, where in _blocks(word, "")]
    out += _headers_footers(sections, footer_kinds, "footer")
    out += _notes(word, note_roots)
    return out


def _headers_footers(
    sections: list, kinds: tuple[tuple[str, str], ...], story: str
) -> list[WordParagraph]:
    out = []
    for number, section in enumerate(sections, 1):
        for attr, name in kinds:
            part = getattr(section, attr)
            if part.is_linked_to_previous:
                continue
            for p, text, where in _blocks(part, prefix=f"{name}, section {number}"):
                out.append(WordParagraph(p, where, story, number, text))
    return out


def _blocks(container: object, prefix: str) -> Iterator[tuple[Any, str, str]]:
    """Paragraph elements with their text and location, tables walked row by row."""
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

    items = list(container.iter_inner_content())  # type: ignore[attr-defined]
    single = sum(isinstance(i, Paragraph) for i in items) == 1
    tables = 0
    paragraphs = 0
    for item in items:
        if isinstance(item, Paragraph):
            paragraphs += 1
            if not prefix:
                where = f"paragraph {paragraphs}"
            else:
                where = prefix if single else f"{prefix}, paragraph {paragraphs}"
            yield item._p, item.text, where
        elif isinstance(item, Table):
            tables += 1
            head = f"{prefix}, table {tables}" if prefix else f"table {tables}"
            for r, tr in enumerate(item._tbl.tr_lst, 1):
                for c, tc in enumerate(tr.tc_lst, 1):
                    cell = _Cell(tc, item)
                    yield from _blocks(cell, prefix=f"{head}, row {r}, cell {c}")


def _notes(word: object, note_roots: dict | None) -> list[WordParagraph]:
    """Footnotes and endnotes, which python-docx does not model: read from their parts."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    package = word.part.package  # type: ignore[attr-defined]
    parts = {str(p.partname): p for p in package.iter_parts()}
    out = []
    for partname, name in _NOTES:
        part = parts.get(partname)
        if part is None:
            continue
        root = etree.fromstring(part.blob, parser)
        if note_roots is not None:
            note_roots[partname] = (part, root)
        number = 0
        for note in root.iter(f"{_W}{name}"):
            if note.get(f"{_W}type") in (
                "separator",
                "continuationSeparator",
                "continuationNotice",
            ):
                continue
            number += 1
            for p in note.iter(f"{_W}p"):
                out.append(WordParagraph(p, f"{name} {number}", name, 0, _paragraph_text(p)))
    return out


def _paragraph_text(p: object) -> str:
    pieces = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):  # type: ignore[attr-defined]
        if el.getparent().tag != f"{_W}r":  # a tab stop in w:pPr/w:tabs is not text
            continue
        if el.tag == f"{_W}t":
            pieces.append(el.text or "")
        elif el.tag == f"{_W}tab":
            pieces.append("\t")
        else:
            pieces.append(" ")
    return "".join(pieces)
