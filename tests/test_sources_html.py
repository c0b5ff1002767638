from __future__ import annotations

import time
from pathlib import Path

from sources_helpers import assert_exact_map, assert_word_maps, position_of, prose

import custlint
from custlint.sources.files import read_document
from custlint.sources.html import read_html

DOC = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Travel help</title>
  <style>.scriptstyleword { color: red }</style>
  <script>var scriptword = "<p>passengers</p>";</script>
</head>
<body>
  <h1>Tips &amp; tricks</h1>
  <p>Our passengers&rsquo; bags go first &mdash; <b>every</b> time.
  Run <code>codeword()</code> to check.</p>
  <img src="imagepathword.png" alt="Smiling crew &amp; staff" title="Gate view">
  <pre>preword passengers</pre>
  <template><p>templateword</p></template>
  <noscript>noscriptword</noscript>
  <!-- commentword -->
  <table><tr><td>left cell</td><td>right cell</td></tr></table>
</body>
</html>
"""


def test_prose_in_and_markup_out() -> None:
    doc = read_html("page.html", DOC)
    text = prose(doc)
    for phrase in (
        "Travel help",
        "Tips & tricks",
        "passengers’ bags",
        "go first — every time",
        "Smiling crew & staff",
        "Gate view",
        "left cell",
        "right cell",
        "to check",
    ):
        assert phrase in text, phrase
    for word in (
        "scriptstyleword",
        "scriptword",
        "codeword",
        "imagepathword",
        "preword",
        "templateword",
        "noscriptword",
        "commentword",
        "<",
        "html",
    ):
        assert word not in text, word
    assert "left cell\n\nright cell" in text


def test_exact_mapping_with_entities() -> None:
    doc = read_html("page.html", DOC)
    assert_exact_map(doc)
    for word in ("passengers", "Tips", "tricks", "Smiling crew", "staff", "Gate view", "every"):
        assert_word_maps(doc, word)
    seg = doc.segments[0]
    i = seg.text.index("’")  # decoded from &rsquo;: maps to its '&', spans the entity
    start, end = seg.span_to_original(i, i + 1)
    assert doc.text[start:end] == "&rsquo;"


def test_template_tags_blanked() -> None:
    doc = read_html("t.html", "<p>Hello {{ varword }}, see {% if x %}you{% endif %}.</p>")
    assert "varword" not in prose(doc) and "Hello" in prose(doc)
    assert_exact_map(doc)


def test_billion_laughs_is_not_expanded() -> None:
    entities = "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    src = f'<!DOCTYPE html [<!ENTITY lol0 "lol">{entities}]>\n<p>Laugh &lol9; now.</p>\n'
    t0 = time.monotonic()
    doc = read_html("bomb.html", src)
    assert time.monotonic() - t0 < 1
    assert len(prose(doc)) < 200
    assert "Laugh" in prose(doc)


def test_unclosed_and_broken_markup() -> None:
    doc = read_html("b.html", "<p>One <b>two <i>three</p><pre>never closed passengers")
    assert "One two three" in prose(doc)
    assert "passengers" not in prose(doc)
    assert_exact_map(doc)


def test_a_bogus_marked_section_is_a_comment() -> None:
    """'<![' with no section name made the standard library raise AssertionError (found by
    the fuzz test); browsers read it as a comment up to '>', and the text after it is kept
    at its own offsets. An unclosed one after a CDATA start used to raise IndexError."""
    doc = read_html("c.html", "<p>a</p>\n<![# note> Table 9 wants the bill</p>")
    assert "Table 9 wants the bill" in prose(doc)
    assert_exact_map(doc)
    for text in ("<![# ", "<![<![CDATA[<![CDATA[", "x><![<!<<![CDATA[a<!"):
        assert_exact_map(read_html("d.html", text))


def test_findings_point_into_the_file(tmp_path: Path) -> None:
    path = tmp_path / "page.htm"
    path.write_text(DOC, encoding="utf-8")
    assert read_document(str(path)).segments
    findings = custlint.lint_paths([path])
    line, col = position_of(DOC, "passengers&rsquo;")
    got = [(f.line, f.column, f.end_line) for f in findings if f.match.startswith("passengers")]
    assert got == [(line, col, line)]  # not the one in <script> or <pre>


def test_line_breaks_in_text_are_spaces(tmp_path: Path) -> None:
    """Whitespace in HTML text collapses: a short line does not end a sentence."""
    html = (
        "<p>Card payments go through our provider, who keeps the records for us. "
        "We do not keep any\ncard details.</p><p>Next</p>"
    )
    doc = read_html("pay.html", html)
    assert "We do not keep any card details." in prose(doc)
    assert_exact_map(doc)
    page = tmp_path / "pay.html"
    page.write_text(html, encoding="utf-8")
    assert custlint.lint_paths([page]) == []


def test_a_crlf_inside_text_reads_as_one_space(tmp_path: Path) -> None:
    page = tmp_path / "bags.html"
    page.write_bytes(b"<p>Please help the couple in\r\n18D with their bags.</p>\r\n")
    findings = custlint.lint_paths([page])
    assert [f.match for f in findings] == ["the couple in\r\n18D"]
    assert findings[0].fix is not None
