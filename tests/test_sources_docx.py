from __future__ import annotations

import time
from pathlib import Path

import pytest
from docx_builders import notice, with_entity_expansion, with_footnote, zip_bomb
from sources_helpers import assert_word_maps

import custlint
from custlint.errors import InputError
from custlint.sources.files import read_document


def test_paragraphs_tables_headers_footers_in_order(tmp_path: Path) -> None:
    doc = read_document(str(notice(tmp_path / "notice.docx")))
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
    path = notice(tmp_path / "notice.docx")
    findings = [f for f in custlint.lint_paths([path]) if f.match == "passengers"]
    doc = read_document(str(path))
    got = {(f.line, f.column, f.end_column) for f in findings}
    assert (3, 5, 15) in got  # bold "passen" + italic "gers" is one word
    assert (doc.text.split("\n").index("The passengers wait here.") + 1, 5, 15) in got


def test_footnotes_are_read(tmp_path: Path) -> None:
    path = notice(tmp_path / "n.docx")
    paragraph = "<w:p><w:r><w:t>A footnote for the crew.</w:t></w:r></w:p>"
    out = with_footnote(path, tmp_path / "fn.docx", paragraph)
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
    data = notice(tmp_path / "ok.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"not a valid \.docx file$"):
        read_document(str(path))


def test_zip_bomb_refused_before_inflating(tmp_path: Path) -> None:
    path = zip_bomb(tmp_path / "bomb.docx", 1024)  # 1 GB of zeros, about 1 MB on disk
    assert path.stat().st_size < 5 * 2**20
    t0 = time.monotonic()
    with pytest.raises(InputError, match="size limit"):
        read_document(str(path))
    assert time.monotonic() - t0 < 2


def test_entity_expansion_part_refused(tmp_path: Path) -> None:
    data = notice(tmp_path / "ok.docx").read_bytes()
    path = tmp_path / "lol.docx"
    path.write_bytes(with_entity_expansion(data, b"Row one"))
    t0 = time.monotonic()
    with pytest.raises(InputError, match="DTD"):
        read_document(str(path))
    assert time.monotonic() - t0 < 2
