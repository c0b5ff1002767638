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


def test_offsets_of_a_large_text_are_those_of_a_character_by_character_map() -> None:
    from test_two_stage import large_text

    from custlint.sources.mapping import SegmentBuilder
    from custlint.sources.plaintext import _EMPHASIS

    words = large_text()[:200_000].split(" ")
    written = " ".join(
        f"*{w}*" if i % 7 == 0 else f"**{w}**" if i % 11 == 0 else f"_{w}_" if i % 13 == 0 else w
        for i, w in enumerate(words)
    )
    (segment,) = without_emphasis(written)
    by_char = SegmentBuilder()
    pos = 0
    for m in _EMPHASIS.finditer(written):
        by_char.copy(written, pos, m.start())
        by_char.copy(written, m.start(2), m.end(2))
        pos = m.end()
    by_char.copy(written, pos, len(written))
    (expected,) = by_char.build()
    assert segment.text == expected.text
    assert segment.offsets is not None and expected.offsets is not None
    assert len(segment.offsets) == len(expected.offsets) > 100_000
    assert list(segment.offsets) == list(expected.offsets)
    assert segment.offsets[-5:] == list(expected.offsets[-5:])
    assert segment.offsets[-1] == expected.offsets[-1]
