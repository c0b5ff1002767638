"""`custlint report`: a Word report with headings, summary tables, the score and findings."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml.ns import qn
from docx_builders import assert_libreoffice_converts, boarding_paragraph, needs_soffice

from custlint.api import lint_documents
from custlint.cli import main
from custlint.config import Settings, active_rules
from custlint.reporters.word_report import (
    Score,
    build_report,
    customer_count,
    score,
    sentence_around,
)
from custlint.sources.files import read_document
from custlint.sources.plaintext import read_text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

MEMO = """# Boarding memo

Several passengers missed their connections. The man in seat 17F asked three times.

Every customer with a tight connection boards first. No refunds after 30 days.

```
passengers = load()  # code is not prose
```
"""


def letter(path: Path) -> Path:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Information for passengers"
    d.add_heading("Your flight", 1)
    boarding_paragraph(d, " board at gate 4. Our customers come first.")
    table = d.add_table(rows=1, cols=2)
    table.cell(0, 1).text = "Seats for passengers"
    d.save(str(path))
    return path


def headings(word) -> list[tuple[str, str]]:
    return [
        (p.style.name, p.text)
        for p in word.paragraphs
        if p.style.name.startswith(("Heading", "Title"))
    ]


def run_report(tmp_path: Path, *inputs: Path, extra: tuple[str, ...] = ()) -> tuple[Path, str]:
    out = tmp_path / "report.docx"
    result = CliRunner().invoke(
        main, ["report", *map(str, inputs), "-o", str(out), *extra], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return out, result.output


def all_text(word) -> str:
    parts = [p.text for p in word.paragraphs]
    for table in word.tables:
        parts += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(parts)


def test_report_has_headings_tables_score_and_findings(tmp_path) -> None:
    memo = tmp_path / "memo.md"
    memo.write_text(MEMO)
    docx_in = letter(tmp_path / "letter.docx")
    out, output = run_report(tmp_path, docx_in, memo)
    assert "wrote" in output
    word = docx.Document(str(out))

    names = headings(word)
    assert names[0] == ("Title", "Customer-language report")
    level1 = [text for style, text in names if style == "Heading 1"]
    assert level1 == ["What was checked", "Summary", "Customer-language score", "Findings"]
    level2 = [text for style, text in names if style == "Heading 2"]
    assert {"By category", "By rule", "By file"} <= set(level2)
    assert any(t.startswith("letter.docx") or "letter.docx" in t for t in level2)
    assert any("memo.md" in t for t in level2)

    assert len(word.tables) >= 5
    for table in word.tables:
        assert len(table.rows) >= 2  # never a header on its own
        tr_pr = table.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
        assert table.style.name in ("Light Grid Accent 1", "Table Grid")

    text = all_text(word)
    for phrase in ("descriptor", "locator", "no-phrasing", "CL101", "CL201", "CL301"):
        assert phrase in text
    # the score: letter 1 "customers" vs 3 role words; memo 1 "customer" vs 1 + 1 locator
    assert "Overall: 29%" in text
    score_table = next(t for t in word.tables if t.rows[0].cells[-1].text == "Score")
    rows = [[c.text for c in row.cells] for row in score_table.rows[1:]]
    assert [r[1:] for r in rows] == [
        ["1", "3", "0", "25%"],
        ["1", "1", "1", "33%"],
        ["2", "4", "1", "29%"],
    ]

    # each finding: its location, the sentence with the match bold and highlighted
    highlighted = [
        r.text
        for p in word.paragraphs
        for r in p.runs
        if r.bold and r.font.highlight_color == WD_COLOR_INDEX.YELLOW
    ]
    assert "passengers" in highlighted
    assert "The man in seat 17F" in highlighted
    assert "No refunds after 30 days" in highlighted
    quotes = [p.text for p in word.paragraphs if "The man in seat 17F" in p.text]
    assert "The man in seat 17F asked three times." in quotes
    assert any("header, section 1" in p.text for p in word.paragraphs)
    assert any("paragraph 2 (line 3:5)" in p.text for p in word.paragraphs)
    assert any(p.text.startswith("Safe rewrite: customers") for p in word.paragraphs)


def test_score_counts_customer_words_in_prose_only() -> None:
    doc = read_text("a.txt", "Our customers and every customer's bag. Customer-first.\n")
    assert customer_count(doc) == 3
    assert Score(3, 1, 0).percent() == "75%"
    assert Score(0, 0, 0).percent() == "n/a"
    findings = lint_documents([doc], Settings())[0]
    assert score(doc, findings) == Score(3, 0, 0)


def test_sentence_around_a_match() -> None:
    text = "First one. The man in seat 17F asked twice! Next line\nOther"
    start = text.index("The man")
    end = start + len("The man in seat 17F")
    assert sentence_around(text, start, end) == ("", "The man in seat 17F", " asked twice!")
    start = text.index("line")
    assert sentence_around(text, start, start + 4) == ("Next ", "line", "")


def test_no_findings_says_so_without_empty_tables(tmp_path) -> None:
    clean = tmp_path / "clean.md"
    clean.write_text("# Welcome\n\nEvery customer is welcome at the desk.\n")
    out, output = run_report(tmp_path, clean)
    assert "0 findings" in output
    word = docx.Document(str(out))
    texts = [p.text for p in word.paragraphs]
    assert texts.count("No findings.") == 2  # the summary and the findings section
    assert "All clear: no findings in 1 file." in texts
    for table in word.tables:
        assert len(table.rows) >= 2
    assert "Overall: 100%" in all_text(word)
    assert not any(t.rows[0].cells[0].text == "Category" for t in word.tables)


def test_page_numbers_in_the_footer(tmp_path) -> None:
    memo = tmp_path / "memo.md"
    memo.write_text(MEMO)
    out, _ = run_report(tmp_path, memo)
    footer = docx.Document(str(out)).sections[0].footer._element
    instructions = [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))]
    assert any("PAGE" in i and "NUMPAGES" not in i for i in instructions)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("notes.txt", "The passengers wait at gate 4.\n"),
        ("page.html", "<p>The <b>passengers</b> wait at gate 4.</p>\n"),
        ("guide.rst", "Guide\n=====\n\nThe passengers wait at gate 4.\n"),
        ("app.py", "# The passengers wait at gate 4.\nx = 1\n"),
    ],
)
def test_any_input_format(tmp_path, name, content) -> None:
    src = tmp_path / name
    src.write_text(content)
    out, _ = run_report(tmp_path, src)
    word = docx.Document(str(out))
    assert any(
        r.text == "passengers" and r.font.highlight_color == WD_COLOR_INDEX.YELLOW
        for p in word.paragraphs
        for r in p.runs
    )


def test_existing_output_is_refused_without_force(tmp_path) -> None:
    memo = tmp_path / "memo.md"
    memo.write_text(MEMO)
    out = tmp_path / "report.docx"
    out.write_bytes(b"keep me")
    runner = CliRunner()
    refused = runner.invoke(main, ["report", str(memo), "-o", str(out)])
    assert refused.exit_code == 2
    assert refused.output.strip().splitlines() == [
        f"custlint: error: {out}: already exists (use --force to replace it)"
    ]
    assert out.read_bytes() == b"keep me"
    forced = runner.invoke(main, ["report", str(memo), "-o", str(out), "--force"])
    assert forced.exit_code == 0, forced.output
    assert docx.Document(str(out)).paragraphs[0].text == "Customer-language report"
    assert list(tmp_path.glob(".*.tmp")) == []


def test_missing_input_is_one_line_exit_2(tmp_path) -> None:
    result = CliRunner().invoke(
        main, ["report", str(tmp_path / "nope.md"), "-o", str(tmp_path / "r.docx")]
    )
    assert result.exit_code == 2
    assert result.output.count("\n") == 1
    assert not (tmp_path / "r.docx").exists()


def test_sections_can_be_added_to_another_document(tmp_path) -> None:
    from custlint.reporters.word_report import add_findings, add_score

    memo = tmp_path / "memo.md"
    memo.write_text(MEMO)
    documents = [read_document(str(memo))]
    per_document = lint_documents(documents, Settings())
    word = docx.Document()
    word.add_heading("Quarterly audit", 0)
    total = add_score(word, documents, per_document)
    add_findings(word, documents, per_document)
    assert total == Score(1, 1, 1)
    assert [p.text for p in word.paragraphs if p.style.name == "Heading 1"] == [
        "Customer-language score",
        "Findings",
    ]
    full = build_report(documents, per_document, active_rules(Settings()), Settings())
    assert full.core_properties.title == "Customer-language report"


@needs_soffice
def test_libreoffice_converts_the_report(tmp_path) -> None:
    memo = tmp_path / "memo.md"
    memo.write_text(MEMO)
    out, _ = run_report(tmp_path, memo, letter(tmp_path / "letter.docx"))
    assert_libreoffice_converts(out, tmp_path)


def test_report_reads_the_configuration_files_like_check(tmp_path, monkeypatch) -> None:
    team = tmp_path / "team"
    team.mkdir()
    (team / ".custlint.toml").write_text('ignore = ["descriptor"]\nexclude = ["drafts/"]\n')
    (team / "drafts").mkdir()
    (team / "drafts" / "old.md").write_text("The lady in cabin 5 asked for tea.\n")
    (team / "note.md").write_text("Several passengers missed their connections.\n")
    (tmp_path / "other.md").write_text("Several passengers missed their connections.\n")
    monkeypatch.chdir(tmp_path)

    out, _ = run_report(tmp_path, Path("team"), Path("other.md"))
    text = all_text(docx.Document(str(out)))
    assert "old.md" not in text  # the config's exclude applies to folder walks
    assert text.count("Several passengers missed their connections.") == 1  # other.md only
    assert "Settings:" not in text  # two configurations: no single line of settings to show

    out_isolated = tmp_path / "isolated.docx"
    result = CliRunner().invoke(
        main, ["report", "team", "--isolated", "-o", str(out_isolated)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    isolated = all_text(docx.Document(str(out_isolated)))
    assert "Several passengers missed their connections." in isolated
    assert "The lady in cabin 5" in isolated
