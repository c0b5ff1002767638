from __future__ import annotations

import io
import time
import zipfile
from pathlib import Path

import docx
import pytest
from sources_helpers import assert_word_maps

import custlint
from custlint.errors import InputError
from custlint.sources.files import read_document


def build(path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Header for every reader"
    d.sections[0].footer.paragraphs[0].text = "Footer text for the crew"
    d.add_heading("Notice to travellers", 1)
    p = d.add_paragraph("All ")
    p.add_run("passen").bold = True
    p.add_run("gers").italic = True
    p.add_run(" must board now.")
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Row one"
    table.cell(1, 1).text = "The passengers wait here."
    inner = table.cell(1, 0).add_table(rows=1, cols=2)
    inner.cell(0, 1).text = "Nested cell for passengers"
    d.add_paragraph("Last paragraph.")
    d.save(str(path))
    return path


def test_paragraphs_tables_headers_footers_in_order(tmp_path: Path) -> None:
    doc = read_document(str(build(tmp_path / "notice.docx")))
    lines = doc.text.split("\n")
    assert lines[0] == "Header for every reader"
    assert doc.location(1) == "header, section 1"
    assert lines[1:3] == ["Notice to travellers", "All passengers must board now."]
    assert doc.location(3) == "paragraph 2"
    nested = lines.index("Nested cell for passengers") + 1
    assert doc.location(nested) == "table 1, row 2, cell 1, table 1, row 1, cell 2"
    cell = lines.index("The passengers wait here.") + 1
    assert doc.location(cell) == "table 1, row 2, cell 2"
    assert lines[-1] == "Footer text for the crew"
    assert doc.location(len(lines)) == "footer, section 1"
    assert doc.location(len(lines) + 1) is None
    assert_word_maps(doc, "passengers", at_least=3)


def test_findings_give_paragraph_line_and_column(tmp_path: Path) -> None:
    path = build(tmp_path / "notice.docx")
    findings = [f for f in custlint.lint_paths([path]) if f.match == "passengers"]
    doc = read_document(str(path))
    got = {(f.line, f.column, f.end_column) for f in findings}
    assert (3, 5, 15) in got  # bold "passen" + italic "gers" is one word
    assert (doc.text.split("\n").index("The passengers wait here.") + 1, 5, 15) in got


def test_footnotes_are_read(tmp_path: Path) -> None:
    path = build(tmp_path / "n.docx")
    footnotes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:t>A footnote for the crew.</w:t></w:r></w:p>'
        "</w:footnote>"
        "</w:footnotes>"
    )
    rel = (
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/footnotes" Target="footnotes.xml"/>'
    )
    override = (
        '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.footnotes+xml"/>'
    )
    out = tmp_path / "fn.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", rel.encode() + b"</Relationships>")
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", override.encode() + b"</Types>")
            dst.writestr(info, data)
        dst.writestr("word/footnotes.xml", footnotes)
    doc = read_document(str(out))
    line = doc.text.split("\n").index("A footnote for the crew.") + 1
    assert doc.location(line) == "footnote 1"


@pytest.mark.parametrize(
    "content",
    [b"", b"just some text in a file named .docx\n", b"PK\x03\x04truncated"],
    ids=["empty", "text", "truncated-zip"],
)
def test_not_a_docx(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(content)
    with pytest.raises(InputError, match=r"not a valid \.docx file$"):
        read_document(str(path))


def test_truncated_real_docx(tmp_path: Path) -> None:
    data = build(tmp_path / "ok.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"not a valid \.docx file$"):
        read_document(str(path))


def test_zip_bomb_refused_before_inflating(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    chunk = b"\0" * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(1024):  # 1 GB of zeros, about 1 MB on disk
                part.write(chunk)
    assert path.stat().st_size < 5 * 2**20
    t0 = time.monotonic()
    with pytest.raises(InputError, match="size limit"):
        read_document(str(path))
    assert time.monotonic() - t0 < 2


def test_entity_expansion_part_refused(tmp_path: Path) -> None:
    data = build(tmp_path / "ok.docx").read_bytes()
    lol = "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "word/document.xml":
                head, _, rest = body.partition(b"?>")
                dtd = f'<!DOCTYPE w:document [<!ENTITY l0 "lol">{lol}]>'.encode()
                body = head + b"?>" + dtd + rest.replace(b"Row one", b"&l9;")
            dst.writestr(info, body)
    path = tmp_path / "lol.docx"
    path.write_bytes(out.getvalue())
    t0 = time.monotonic()
    with pytest.raises(InputError, match="DTD"):
        read_document(str(path))
    assert time.monotonic() - t0 < 2
