"""Auto-fix: rewrites applied deterministically and written back without losing anything."""

from __future__ import annotations

import codecs
import hashlib
import os
import random
import stat
from pathlib import Path

import pytest

import custlint
from custlint import fixer
from custlint.api import lint_documents
from custlint.config import Settings
from custlint.errors import InputError
from custlint.finding import Finding
from custlint.sources.files import read_document
from custlint.sources.plaintext import read_text

BAD = "Please help the passenger in seat 17F with her bag."
GOOD = "Please help the customer in seat 17F with her bag."


def lint_file(path: Path) -> tuple:
    document = read_document(str(path))
    return document, lint_documents([document], Settings())[0]


def fix_file(path: Path, *, unsafe: bool = False) -> bool:
    """Lint, fix and write one file; whether anything changed."""
    document, findings = lint_file(path)
    new_text = fixer.fix_document(document, findings, unsafe=unsafe)
    if new_text == document.text:
        return False
    fixer.write_fixed(path, document, new_text)
    return True


@pytest.mark.parametrize(
    ("name", "bom", "codec", "text"),
    [
        ("crlf.txt", b"", "utf-8", f"{BAD}\r\nThe guests are here.\r\n"),
        ("bom.md", codecs.BOM_UTF8, "utf-8", f"{BAD}\n"),
        ("utf16le.txt", codecs.BOM_UTF16_LE, "utf-16-le", f"{BAD}\r\n"),
        ("utf16be.txt", codecs.BOM_UTF16_BE, "utf-16-be", f"{BAD}\n"),
        ("no-newline.txt", b"", "utf-8", BAD),
        ("mixed.txt", b"", "utf-8", f"Intro\n{BAD}\r\nCafé ☕ passengers\r"),
    ],
)
def test_round_trip_keeps_encoding_bom_and_line_endings(tmp_path, name, bom, codec, text):
    path = tmp_path / name
    path.write_bytes(bom + text.encode(codec))
    assert fix_file(path)
    fixed = text.replace("passenger", "customer").replace("guests", "customers")
    # Exactly the rewritten words change: same BOM, byte order and line endings.
    assert path.read_bytes() == bom + fixed.encode(codec)
    assert not fix_file(path), "a second fix run must change nothing"
    assert path.read_bytes() == bom + fixed.encode(codec)


def test_utf16_byte_order_is_kept(tmp_path):
    for bom, codec in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        path = tmp_path / f"{codec}.txt"
        path.write_bytes(bom + f"{BAD}\r\n".encode(codec))
        assert fix_file(path)
        assert path.read_bytes() == bom + f"{GOOD}\r\n".encode(codec)


def test_exact_bytes_crlf_bom_no_trailing_newline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + f"Line one.\r\n{BAD}".encode())
    assert fix_file(path)
    assert path.read_bytes() == codecs.BOM_UTF8 + f"Line one.\r\n{GOOD}".encode()


def test_file_mode_is_preserved(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BAD + "\n")
    os.chmod(path, 0o640)
    assert fix_file(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert path.read_text() == GOOD + "\n"


def test_symlink_is_refused(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text(BAD + "\n")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    document, findings = lint_file(link)
    with pytest.raises(InputError, match="symlink") as info:
        fixer.write_fixed(link, document, fixer.fix_document(document, findings))
    assert "\n" not in str(info.value)
    assert link.is_symlink()
    assert real.read_text() == BAD + "\n"


def test_file_changed_on_disk_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BAD + "\n")
    document, findings = lint_file(path)
    path.write_text(BAD + "\nA line someone just added.\n")
    with pytest.raises(InputError, match="changed on disk"):
        fixer.write_fixed(path, document, fixer.fix_document(document, findings))
    assert path.read_text() == BAD + "\nA line someone just added.\n"
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_same_size_change_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(BAD + "\n")
    document, findings = lint_file(path)
    path.write_text(BAD.replace("17F", "18F") + "\n")  # same size, maybe same mtime
    with pytest.raises(InputError, match="changed on disk"):
        fixer.write_fixed(path, document, fixer.fix_document(document, findings))


def test_text_that_is_not_the_file_bytes_is_refused(tmp_path):
    # A reader that extracts text (a .docx) must never have its text written over the file.
    path = tmp_path / "report.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    document = read_text(str(path), BAD)
    document.digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(InputError, match="cannot fix in place"):
        fixer.write_fixed(path, document, GOOD)
    assert path.read_bytes() == b"PK\x03\x04 not really a zip"


@pytest.mark.parametrize("broken", ["replace", "fsync", "chmod"])
def test_failure_mid_write_leaves_original_and_no_temp_file(tmp_path, monkeypatch, broken):
    path = tmp_path / "a.txt"
    path.write_bytes(f"{BAD}\r\n".encode())
    document, findings = lint_file(path)
    new_text = fixer.fix_document(document, findings)

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fixer.os, broken, fail)
    with pytest.raises(InputError, match="cannot write") as info:
        fixer.write_fixed(path, document, new_text)
    assert "\n" not in str(info.value)
    assert path.read_bytes() == f"{BAD}\r\n".encode()
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def test_keyboard_interrupt_mid_write_cleans_up(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(BAD)
    document, findings = lint_file(path)

    def interrupt(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(fixer.os, "replace", interrupt)
    with pytest.raises(KeyboardInterrupt):
        fixer.write_fixed(path, document, fixer.fix_document(document, findings))
    assert path.read_text() == BAD
    assert sorted(os.listdir(tmp_path)) == ["a.txt"]


def _finding(rule: str, start: int, end: int, text: str, repl: str, fix: str = "safe") -> Finding:
    return Finding(
        path="<t>",
        line=1,
        column=start + 1,
        end_line=1,
        end_column=end + 1,
        rule=rule,
        category="descriptor",
        severity="warning",
        message="m",
        match=text[start:end],
        replacements=(repl,),
        fix=fix,
        start=start,
        end=end,
    )


def test_overlapping_fixes_are_resolved_deterministically():
    text = "The account holder in room 12 called."
    findings = [
        _finding("CL106", 4, 18, text, "customer"),  # "account holder"
        _finding("CL099", 8, 29, text, "X"),  # starts inside the winner: skipped
        _finding("CL050", 4, 11, text, "Y"),  # same start, lower rule id: wins
        _finding("CL202", 22, 29, text, "the customer in room 12"),  # after CL050's span
    ]
    expected = "The Y holder in the customer in room 12 called."
    for seed in range(20):
        shuffled = findings[:]
        random.Random(seed).shuffle(shuffled)
        assert fixer.apply_fixes(text, shuffled) == expected
    chosen = fixer.select_fixes(text, findings)
    assert [f.rule for f in chosen] == ["CL050", "CL202"]


def test_only_safe_fixes_unless_unsafe_asked_for():
    text = "No refunds after 30 days. All passengers must remain seated."
    findings = custlint.lint_text(text)
    assert {f.fix for f in findings} == {"safe", "unsafe"}
    assert fixer.apply_fixes(text, findings) == (
        "No refunds after 30 days. All customers must remain seated."
    )
    assert fixer.apply_fixes(text, findings, unsafe=True) == (
        "Refunds are available for 30 days. All customers must remain seated."
    )


def test_stale_finding_is_skipped_not_guessed():
    text = "All passengers must remain seated."
    [finding] = custlint.lint_text(text)
    assert fixer.apply_fixes("All travellers must remain seated.", [finding]) == (
        "All travellers must remain seated."
    )


def test_findings_without_fix_are_left_alone():
    text = "Hello."
    f = _finding("CL303", 0, 5, text, "Hi", fix=None)
    assert fixer.apply_fixes(text, [f]) == text
    assert fixer.apply_fixes(text, [f], unsafe=True) == text


def test_unified_diff_has_git_labels_and_marks_missing_newline(tmp_path):
    document = read_text("docs/a.md", f"Intro\r\n{BAD}")
    diff = fixer.unified_diff(document, f"Intro\r\n{GOOD}")
    assert diff.startswith("--- a/docs/a.md\n+++ b/docs/a.md\n@@ -1,2 +1,2 @@\n")
    assert f"-{BAD}\n\\ No newline at end of file\n" in diff
    assert f"+{GOOD}\n\\ No newline at end of file\n" in diff
    assert " Intro\r\n" in diff
    assert fixer.unified_diff(document, document.text) == ""


def test_fix_until_stable_stops_on_a_rewrite_that_never_settles():
    def relint(text: str) -> list[Finding]:
        word = "A" if "A" in text else "B"
        start = text.index(word)
        return [_finding("CL999", start, start + 1, text, "B" if word == "A" else "A")]

    outcome = fixer.fix_until_stable("xAx", relint("xAx"), relint, max_passes=5)
    assert not outcome.converged
    assert outcome.applied == 5


def test_a_replacement_equal_to_its_match_is_not_a_fix():
    text = "customer"
    f = _finding("CL101", 0, 8, text, "customer")
    assert fixer.select_fixes(text, [f]) == []
    outcome = fixer.fix_until_stable(text, [f], lambda t: [f])
    assert outcome.converged
    assert outcome.applied == 0
    assert outcome.remaining == [f]


def test_unwritable_folder_is_one_line_error(tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(BAD)
    document, findings = lint_file(path)

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("custlint.atomic.tempfile.mkstemp", refuse)
    with pytest.raises(InputError, match="cannot write beside it"):
        fixer.write_fixed(path, document, fixer.fix_document(document, findings))
    assert path.read_text() == BAD


def test_a_slash_list_of_codes_is_flagged_code_by_code_but_not_rewritten(tmp_path):
    """Three rewrites glued by slashes are no sentence: the fix is only offered there,
    while a list joined by 'and' is rewritten as before."""
    path = tmp_path / "note.txt"
    path.write_text("3A/3B/3C were arguing about the armrest.\n\n7D and 7E are asleep.\n")
    _, findings = lint_file(path)
    fixes = {f.match: f.fix for f in findings}
    assert fixes == {"3A": "unsafe", "3B": "unsafe", "3C": "unsafe", "7D": "safe", "7E": "safe"}
    assert fix_file(path)
    assert path.read_text() == (
        "3A/3B/3C were arguing about the armrest.\n\n"
        "The customer in seat 7D and the customer in seat 7E are asleep.\n"
    )
