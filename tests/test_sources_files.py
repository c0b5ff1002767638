from __future__ import annotations

import io
import os
import sys
import time
from pathlib import Path

import pytest
from sources_helpers import assert_word_maps, prose

import custlint
from custlint.errors import BinaryFileError, InputError
from custlint.sources.files import MAX_FILE_BYTES, discover, read_document


def test_empty_file(tmp_path: Path) -> None:
    for name in ("e.txt", "e.md", "e.html", "e.rst", "e.py", "e.po", "e.yml", "e.json"):
        path = tmp_path / name
        path.write_bytes(b"")
        doc = read_document(str(path))
        assert doc.text == ""
        assert not prose(doc).strip()
    assert custlint.lint_paths([tmp_path / "e.md"]) == []


def test_binary_file_is_a_distinct_error(tmp_path: Path) -> None:
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    with pytest.raises(BinaryFileError, match="binary file"):
        read_document(str(path))
    assert issubclass(BinaryFileError, InputError)


def test_latin1_file_is_detected(tmp_path: Path) -> None:
    text = "Les passagers doivent embarquer à l'heure. Café crème, s'il vous plaît.\n" * 3
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode("latin-1"))
    doc = read_document(str(path))
    assert doc.text == text
    assert doc.encoding in ("cp1252", "latin_1", "iso8859_15")


def test_utf8_bom_and_utf16_bom(tmp_path: Path) -> None:
    text = "Welcome aboard, passengers.\n"
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbf" + text.encode())
    (tmp_path / "b.txt").write_bytes(text.encode("utf-16"))
    for name in ("a.txt", "b.txt"):
        doc = read_document(str(tmp_path / name))
        assert doc.text == text and doc.bom


def test_undetectable_encoding(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes([0x80 + (i * 37) % 127 for i in range(3000)]))
    with pytest.raises(InputError, match=r"(cannot detect the text encoding|binary)"):
        read_document(str(path))


def test_huge_single_line_refused_fast(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:  # sparse: 100 MB of NULs without writing them
        handle.truncate(100 * 2**20)
    t0 = time.monotonic()
    with pytest.raises(InputError, match="MB limit"):
        read_document(str(path))
    assert time.monotonic() - t0 < 2


def test_long_line_under_the_size_limit_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.md"
    path.write_bytes(b"word " * 300_000)
    with pytest.raises(InputError, match="line 1 is longer"):
        read_document(str(path))
    assert MAX_FILE_BYTES == 50 * 2**20


def test_stdin_uses_the_name_for_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"# Title\n\nRun `codeword` now, passengers.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    doc = read_document("-", "notes/guide.md")
    assert doc.path == "notes/guide.md"
    assert "codeword" not in prose(doc)
    assert_word_maps(doc, "passengers")


def test_folder_walk_finds_every_format(tmp_path: Path) -> None:
    names = [
        "a.md",
        "b.html",
        "c.rst",
        "d.docx",
        "e.py",
        "f.js",
        "g.po",
        "h.yml",
        "i.json",
        "j.txt",
        "k.html.j2",
        "l.png",
        "m.min.js",
        "n.unknown",
    ]
    for name in names:
        (tmp_path / name).write_bytes(b"")
    found = {Path(p).name for p in discover([str(tmp_path)])}
    assert found == set(names) - {"l.png", "m.min.js", "n.unknown"}


def test_gitignore_and_exclude(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("*.log.md\nbuilt/\n!keep.log.md\n")
    for rel in (
        "a.md",
        "x.log.md",
        "keep.log.md",
        "built/b.md",
        "docs/c.md",
        "docs/d.md",
        "docs/sub/e.md",
        "drafts/f.md",
    ):
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Text.\n")
    (tmp_path / "docs" / ".gitignore").write_text("d.md\nsub/\n")
    found = {Path(p).relative_to(tmp_path).as_posix() for p in discover([str(tmp_path)])}
    assert found == {"a.md", "keep.log.md", "docs/c.md", "drafts/f.md"}
    found = {
        Path(p).relative_to(tmp_path).as_posix()
        for p in discover([str(tmp_path)], exclude=["drafts/", "keep*"])
    }
    assert found == {"a.md", "docs/c.md"}
    # .gitignore files above the walked folder count too, relative to their own folder
    inner = {Path(p).name for p in discover([str(tmp_path / "docs")])}
    assert inner == {"c.md"}


def test_three_thousand_files(tmp_path: Path) -> None:
    for i in range(30):
        folder = tmp_path / f"dir{i:02d}"
        folder.mkdir()
        for j in range(100):
            (folder / f"note{j:03d}.txt").write_text(f"Note {i} {j}.\n")
    t0 = time.monotonic()
    found = list(discover([str(tmp_path)]))
    docs = [read_document(p) for p in found]
    assert len(found) == 3000 and len(docs) == 3000
    assert found == sorted(found)
    assert time.monotonic() - t0 < 20


def test_missing_path() -> None:
    with pytest.raises(InputError, match="no such file"):
        list(discover(["/nonexistent/custlint/path"]))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        read_document(str(path))
