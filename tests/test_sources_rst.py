from __future__ import annotations

from pathlib import Path

from sources_helpers import assert_exact_map, assert_word_maps, position_of, prose

import custlint
from custlint.sources.rst import read_rst

DOC = """\
=============
Boarding tips
=============

Welcome aboard. All passengers must board *early*. See
`the gate page <https://example.com/targetword>`_ and ``literalword`` or
:code:`rolecodeword` and :ref:`the seating guide <seatref>`.

- First item about seats.
- Second item shows this::

      literalblockword = True

.. code-block:: python

   directiveword = 1

.. note:: Every traveller needs a ticket.
   :class: optionword

   Keep it ready.

.. _targetname: https://example.com/linktargetword

.. A comment with commentword
   over two lines.

.. unknowndirective:: argumentword
   :option: unknownoptionword

   Unknown body stays prose.

Section two
-----------

+--------------+--------------+
| Header one   | Header two   |
+==============+==============+
| The left     | right cell   |
| cell wraps   | text         |
+--------------+--------------+

=====  ==========
Col    Other
=====  ==========
a      simple cell
=====  ==========

.. [1] A footnote about the crew.
"""


def test_prose_in_and_markup_out() -> None:
    doc = read_rst("tips.rst", DOC)
    text = prose(doc)
    for phrase in (
        "Boarding tips",
        "All passengers must board early",
        "the gate page",
        "the seating guide",
        "First item about seats.",
        "Second item shows this:",
        "Every traveller needs a ticket.",
        "Keep it ready.",
        "Unknown body stays prose.",
        "Section two",
        "Header one",
        "The left cell wraps",  # a wrapped cell flows on
        "simple cell",
        "A footnote about the crew.",
    ):
        assert phrase in text, phrase
    for word in (
        "targetword",
        "literalword",
        "rolecodeword",
        "seatref",
        "literalblockword",
        "directiveword",
        "optionword",
        "linktargetword",
        "commentword",
        "argumentword",
        "unknownoptionword",
        "===",
        "---",
        "+--",
        "::",
        "``",
    ):
        assert word not in text, word


def test_exact_mapping() -> None:
    doc = read_rst("tips.rst", DOC)
    assert_exact_map(doc)
    for word in ("passengers", "gate page", "seating guide", "traveller", "cell wraps", "crew"):
        assert_word_maps(doc, word)


def test_findings_point_into_the_file(tmp_path: Path) -> None:
    src = DOC.replace("literalblockword = True", "passengers = True")
    path = tmp_path / "tips.rst"
    path.write_text(src, encoding="utf-8")
    findings = custlint.lint_paths([path])
    line, col = position_of(src, "passengers")
    got = [(f.line, f.column, f.end_column) for f in findings if f.match == "passengers"]
    assert got == [(line, col, col + len("passengers"))]  # not the literal block


def test_empty() -> None:
    assert read_rst("e.rst", "").segments == []


def test_line_blocks_keep_their_lines_and_paragraphs_flow() -> None:
    """A line block's lines stay apart (it used to raise on its second line); a paragraph's
    line breaks read as spaces, so a ragged wrap never cuts a sentence short."""
    text = (
        "Notes\n=====\n\n| room 4 is waiting for a cot\n| room 5 checked out\n\n"
        "Card payments go through our provider, who keeps the records. The staff do not keep any\n"
        "card details.\n"
    )
    doc = read_rst("notes.rst", text)
    assert "room 4 is waiting for a cot\nroom 5 checked out" in prose(doc)
    assert "do not keep any card details." in prose(doc)
    assert_exact_map(doc)
    assert_word_maps(doc, "card details")


def test_a_finding_across_a_wrapped_table_cell_quotes_the_words_not_the_borders(
    tmp_path: Path,
) -> None:
    src = (
        "+---------+----------------------+\n"
        "| Topic   | What staff say       |\n"
        "+=========+======================+\n"
        "| Seats   | The man in seat      |\n"
        "|         | 17F keeps asking for |\n"
        "|         | water.               |\n"
        "+---------+----------------------+\n"
    )
    path = tmp_path / "grid.rst"
    path.write_text(src, encoding="utf-8")
    [finding] = custlint.lint_paths([path])
    assert finding.rule == "CL201"
    assert "'The man in seat 17F'" in finding.message
    assert "|" not in finding.message
    assert (finding.line, finding.end_line) == (4, 5)  # still points into the file
    assert finding.fix is None  # a rewrite over the borders would break the table
