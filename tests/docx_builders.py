"""Word documents for the tests: real .docx files built with python-docx, the few hostile
or extended ones made by rewriting the parts of such a file, and LibreOffice's check that
a file custlint wrote opens."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

FOOTNOTES_REL = (
    '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/footnotes" Target="footnotes.xml"/>'
)
FOOTNOTES_TYPE = (
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.wordprocessingml.footnotes+xml"/>'
)


def add_hyperlink(paragraph, text: str, url: str) -> None:
    """A hyperlink run at the end of `paragraph` (python-docx has no API for adding one)."""
    rel = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    props.append(style)
    run.append(props)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def boarding_paragraph(word, tail: str, rich: bool = False):
    """'All passengers' + `tail`, the word split across a bold and an italic run.

    With `rich`, the runs also carry a font, a size, a colour and an underline."""
    p = word.add_paragraph("All ")
    first = p.add_run("passen")
    first.bold = True
    second = p.add_run("gers")
    second.italic = True
    rest = p.add_run(tail)
    if rich:
        first.font.name = "Arial"
        first.font.size = Pt(13)
        second.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        rest.underline = True
    return p


def notice(
    path: Path,
    *,
    header: str = "Header for every reader",
    footer: str = "Footer text for the crew",
    tail: str = " must board now.",
    last: str = "Last paragraph.",
    rich: bool = False,
) -> Path:
    """A notice with what a Word reader must handle: a header and a footer, a heading,
    'passengers' split across formatted runs, a table with a nested table, a last paragraph.

    `rich` adds what an annotator must keep intact: fonts, colour and underline on the runs
    and, before the table, a paragraph with a hyperlink."""
    word = docx.Document()
    word.sections[0].header.paragraphs[0].text = header
    word.sections[0].footer.paragraphs[0].text = footer
    word.add_heading("Notice to travellers", 1)
    boarding_paragraph(word, tail, rich=rich)
    if rich:
        p = word.add_paragraph("Read the ")
        add_hyperlink(p, "guide for passengers", "https://example.com/guide")
        p.add_run(" today. No refunds after 30 days.")
    table = word.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Row one"
    table.cell(1, 1).text = "The passengers wait here."
    inner = table.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "Nested cell for passengers"
    word.add_paragraph(last)
    word.save(str(path))
    return path


def paragraphs_docx(*texts: str) -> bytes:
    """A plain document with one paragraph per text."""
    word = docx.Document()
    for text in texts:
        word.add_paragraph(text)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def rewrite_parts(
    data: bytes, edit: Callable[[str, bytes], bytes], add: dict[str, str] | None = None
) -> bytes:
    """The .docx `data` with each part passed through `edit(name, body)`, plus `add`."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info, edit(info.filename, src.read(info)))
        for name, body in (add or {}).items():
            dst.writestr(name, body)
    return out.getvalue()


def with_footnote(path: Path, out: Path, paragraph: str) -> Path:
    """A copy of `path` at `out` with a footnotes part whose footnote 1 is `paragraph`
    (WordprocessingML, a `<w:p>`), wired into the relationships and content types."""
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        f'</w:footnote><w:footnote w:id="1">{paragraph}</w:footnote>'
        "</w:footnotes>"
    )

    def edit(name: str, body: bytes) -> bytes:
        if name == "word/_rels/document.xml.rels":
            return body.replace(b"</Relationships>", FOOTNOTES_REL.encode() + b"</Relationships>")
        if name == "[Content_Types].xml":
            return body.replace(b"</Types>", FOOTNOTES_TYPE.encode() + b"</Types>")
        return body

    out.write_bytes(rewrite_parts(path.read_bytes(), edit, {"word/footnotes.xml": footnotes}))
    return out


def with_entity_expansion(data: bytes, target: bytes) -> bytes:
    """The .docx `data` with a billion-laughs DTD in its document part and `target`, a
    piece of its text, replaced by the entity that expands to 10**9 'lol's."""
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    dtd = f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{lol}]>'.encode()

    def edit(name: str, body: bytes) -> bytes:
        if name != "word/document.xml":
            return body
        head, _, rest = body.partition(b"?>")
        return head + b"?>" + dtd + rest.replace(target, b"&l9;")

    return rewrite_parts(data, edit)


def zip_bomb(path: Path, megabytes: int) -> Path:
    """A .docx-named zip whose document part inflates to `megabytes` MiB of zeros (about
    a thousandth of that on disk)."""
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(chunk)
    return path


needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed"
)


def assert_libreoffice_converts(path: Path, outdir: Path) -> None:
    """LibreOffice opens the .docx at `path` and writes it out as a PDF in `outdir`."""
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), str(path)],
        capture_output=True,
        timeout=240,
        check=False,
    )
    pdf = outdir / f"{path.stem}.pdf"
    assert done.returncode == 0, done.stderr
    assert pdf.exists() and pdf.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
