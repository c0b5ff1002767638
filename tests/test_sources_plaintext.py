"""Plain text read without emphasis markers, and findings mapped back to the stars' file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from custlint.sources.plaintext import read_text, without_emphasis


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("We do *not* take cheques.", "We do not take cheques."),
        ("Pets are **never** allowed.", "Pets are never allowed."),
        ("It is _only_ for _members_.", "It is only for members."),
        ("Call f(*args, **kwargs) with 2 * 3 * 4.", "Call f(*args, **kwargs) with 2 * 3 * 4."),
        ("Set max_retry_count and x**2 + y**2.", "Set max_retry_count and x**2 + y**2."),
        ("A star * alone and a *broken one", "A star * alone and a *broken one"),
        ("Two lines *do not\njoin* a pair.", "Two lines *do not\njoin* a pair."),
        ("We ***never*** sell data.", "We never sell data."),
        ("Edit __init__ or mail _desk_@example.com.", "Edit __init__ or mail _desk_@example.com."),
        ("Open /_drafts_/notes first.", "Open /_drafts_/notes first."),
    ],
)
def test_emphasis_markers_are_left_out_and_nothing_else(written: str, read: str) -> None:
    (segment,) = without_emphasis(written)
    assert segment.text == read
    # Every character still maps to the same character of the file.
    assert all(written[segment.to_original(i)] == c for i, c in enumerate(segment.text))


def test_a_text_without_markers_keeps_its_plain_offsets() -> None:
    (segment,) = read_text("note.txt", "Nothing to strip here.").segments
    assert segment.offsets is None


def test_a_refusal_in_stars_is_found_at_its_place_in_the_file(tmp_path: Path) -> None:
    note = tmp_path / "reply.txt"
    note.write_text("Thanks for writing.\nSadly we do *not* accept cash at the desk.\n")
    out = subprocess.run(
        [sys.executable, "-m", "custlint", "check", "--no-cache", "--format", "json", str(note)],
        capture_output=True,
        text=True,
        check=False,
    )
    findings = json.loads(out.stdout)
    refusal = next(f for f in findings if f["category"] == "no-phrasing")
    assert (refusal["line"], refusal["column"]) == (2, 7)
    assert refusal["match"].startswith("we do *not*")


def test_a_rewrite_never_breaks_the_markup_inside_its_span(tmp_path: Path) -> None:
    note = tmp_path / "memo.txt"
    note.write_text("Every *account* holder gets a pin.\nThe *passenger* in 3 asked.\n")
    subprocess.run(
        [sys.executable, "-m", "custlint", "check", "--no-cache", "--fix", str(note)],
        capture_output=True,
        check=False,
    )
    # A span with a marker inside is only suggested; one inside the markers is fixed.
    assert note.read_text() == "Every *account* holder gets a pin.\nThe *customer* in 3 asked.\n"
