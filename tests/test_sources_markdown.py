from __future__ import annotations

from pathlib import Path

from sources_helpers import assert_exact_map, assert_word_maps, position_of, prose

import custlint
from custlint.sources.files import read_document
from custlint.sources.markdown import read_markdown

DOC = """\
---
title: Guide for travellers
tags: [frontmatterword]
---
# Boarding guide

All passengers must board at gate 5.
See [the boarding page](https://example.com/targetword "titleword") for **more** details.
Run `inlinecodeword` to check &amp; confirm \\*escaped\\* text.

```python
fencedword = "passengers"
```

    indentedcodeword = 1

| Who | What \\| why |
| --- | --- |
| Every traveller | waits *here* |

<!-- commentword -->
<div>rawhtmlword</div>

> Quoted advice for everyone.

- First item about seats
- Second item ![alt text here](images/imagepathword.png) with an image
<https://autolinkword.example.com>
"""


def test_prose_in_and_markup_out() -> None:
    doc = read_markdown("guide.md", DOC)
    text = prose(doc)
    for word in (
        "Boarding guide",
        "All passengers must board",
        "the boarding page",
        "more",
        "confirm",
        "*escaped*",
        "Every traveller",
        "What | why",
        "here",
        "Quoted advice",
        "First item",
        "alt text here",
        "with an image",
    ):
        assert word in text, word
    for word in (
        "frontmatterword",
        "travellers",
        "targetword",
        "titleword",
        "inlinecodeword",
        "fencedword",
        "indentedcodeword",
        "commentword",
        "rawhtmlword",
        "imagepathword",
        "autolinkword",
        "```",
        "**",
        "---",
    ):
        assert word not in text, word
    assert "check & confirm" in text


def test_exact_mapping() -> None:
    doc = read_markdown("guide.md", DOC)
    assert_exact_map(doc)
    for word in ("passengers", "boarding page", "Every traveller", "alt text", "Quoted", "here"):
        assert_word_maps(doc, word)


def test_pieces_never_merge_into_one_sentence() -> None:
    doc = read_markdown(
        "t.md", "| a | b |\n|---|---|\n| left cell | right cell |\n\n- one\n- two\n"
    )
    text = prose(doc)
    assert "left cell\n\nright cell" in text
    assert "one\n\ntwo" in text


def test_crlf_and_toml_front_matter() -> None:
    src = "+++\ntitle = 'x tomlword'\n+++\r\n\r\nFirst line of prose\r\nsecond *line* here.\r\n"
    doc = read_markdown("t.md", src)
    assert "tomlword" not in prose(doc)
    assert_exact_map(doc)
    assert_word_maps(doc, "second")
    assert_word_maps(doc, "line")


def test_empty_and_whitespace() -> None:
    assert read_markdown("e.md", "").segments == []
    assert read_markdown("e.md", "\n\n  \n").segments == []


def test_findings_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "guide.md"
    path.write_text(DOC, encoding="utf-8")
    findings = custlint.lint_paths([path])
    hits = [(f.line, f.column, f.end_column) for f in findings if f.match == "passengers"]
    line, col = position_of(DOC, "passengers")
    assert line == 7 and col == 5
    assert hits == [(7, 5, 15)]  # the one in the code fence is not flagged


def test_dispatch_by_suffix(tmp_path: Path) -> None:
    for suffix in (".md", ".markdown", ".mdown", ".mkd"):
        path = tmp_path / f"a{suffix}"
        path.write_text("Text `codeword` here.\n", encoding="utf-8")
        assert "codeword" not in prose(read_document(str(path)))


def test_a_ragged_paragraph_flows_on(tmp_path: Path) -> None:
    """A soft break renders as a space: a short line in a hand-edited paragraph does not end
    a sentence ("We do not keep any" was read as a refusal), and a rewrite over the break
    still applies."""
    page = tmp_path / "page.md"
    page.write_text(
        "# Payments\n\nCard payments go through our provider, who keeps the records for us. "
        "We do not keep any\ncard details. Every account\nholder gets a receipt by e-mail.\n",
        encoding="utf-8",
    )
    doc = read_document(page)
    assert "We do not keep any card details. Every account holder gets" in prose(doc)
    assert_exact_map(doc)
    findings = custlint.lint_paths([page])
    assert [f.match for f in findings] == ["account\nholder"]
    assert findings[0].fix is not None
