"""Inline suppression in each format's own comments, and --report-unused-ignores."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from custlint.cli import main


def check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    return CliRunner().invoke(main, ["check", "--isolated", "--format", "json", *args])


def found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, *args: str
) -> list[tuple[int, str]]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = check(tmp_path, monkeypatch, *args, name)
    assert result.exit_code in (0, 1), result.output + result.stderr
    return [(f["line"], f["rule"]) for f in json.loads(result.stdout)]


# -- Markdown: every directive ------------------------------------------------------------

MD_BASE = "Our passengers board at gate 4.\n\nNo refunds after 30 days.\n"


def test_markdown_without_directives(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert found(tmp_path, monkeypatch, "a.md", MD_BASE) == [(1, "CL101"), (3, "CL301")]


def test_markdown_same_line_ignore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Our passengers board at gate 4. <!-- custlint-ignore CL101 -->\n\n"
        "No refunds after 30 days. <!-- custlint-ignore -->\n\n"
        "The patients are seated. <!-- custlint-ignore CL3 -->\n"
    )
    assert found(tmp_path, monkeypatch, "a.md", text) == [(5, "CL102")]


def test_markdown_next_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "<!-- custlint-disable-next-line CL101 -- quoting the regulator -->\n"
        "Our passengers board at gate 4. No refunds after 30 days.\n\n"
        "Our passengers board at gate 4.\n"
    )
    assert found(tmp_path, monkeypatch, "a.md", text) == [(2, "CL301"), (4, "CL101")]


def test_markdown_disable_enable_range(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "<!-- custlint-disable descriptor, CL301 -- quoting the regulator -->\n\n"
        "Our passengers board at gate 4.\n\n"
        "No refunds after 30 days.\n\n"
        "Room 412 wants extra towels.\n\n"
        "<!-- custlint-enable CL301 -->\n\n"
        "Our passengers board at gate 4. No refunds after 30 days.\n\n"
        "<!-- custlint-enable -->\n\n"
        "Our patients are seated.\n"
    )
    assert found(tmp_path, monkeypatch, "a.md", text) == [
        (7, "CL202"),
        (11, "CL301"),
        (15, "CL102"),
    ]


def test_markdown_disable_all_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Our passengers board at gate 4.\n\n<!-- custlint-disable -->\n\n" + MD_BASE
    assert found(tmp_path, monkeypatch, "a.md", text) == [(1, "CL101")]


def test_markdown_directive_outside_a_comment_is_prose(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "Our passengers board at gate 4. custlint-ignore CL101\n"
    assert (1, "CL101") in found(tmp_path, monkeypatch, "a.md", text)


# -- other formats -----------------------------------------------------------------------


def test_html(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "<html><body>\n"
        "<p>Our passengers board at gate 4.</p> <!-- custlint-ignore CL101 -->\n"
        "<!-- custlint-disable-next-line -->\n"
        "<p>No refunds after 30 days.</p>\n"
        "<p>Our passengers board at gate 4.</p>\n"
        "</body></html>\n"
    )
    assert found(tmp_path, monkeypatch, "a.html", text) == [(5, "CL101")]


def test_rst(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Title\n=====\n\n"
        ".. custlint-disable CL101 -- the regulator's wording\n\n"
        "Our passengers board at gate 4.\n\n"
        ".. custlint-enable CL101\n\n"
        "Our passengers board at gate 4.\n\n"
        ".. custlint-disable-next-line CL3\n"
        "No refunds after 30 days.\n"
    )
    assert found(tmp_path, monkeypatch, "a.rst", text) == [(10, "CL101")]


def test_python(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "# Our passengers board at gate 4.  custlint-ignore CL101\n"
        'MESSAGE = "Our passengers board at gate 4."  # custlint-ignore\n'
        "# custlint-disable-next-line no-phrasing -- a quoted policy\n"
        'POLICY = "No refunds after 30 days."\n'
        "# custlint-disable CL101 -- the passengers are quoted here\n"
        'A = "Our passengers board at gate 4."\n'
        "# custlint-enable\n"
        'B = "Our passengers board at gate 4."\n'
    )
    assert found(tmp_path, monkeypatch, "a.py", text) == [(8, "CL101")]


def test_javascript_block_comment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "/* custlint-disable-next-line CL101 */\n"
        'const a = "Our passengers board at gate 4.";\n'
        'const b = "Our passengers board at gate 4."; // custlint-ignore CL101\n'
        'const c = "Our passengers board at gate 4.";\n'
    )
    assert found(tmp_path, monkeypatch, "a.js", text) == [(4, "CL101")]


def test_plain_text_any_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Our passengers board at gate 4. custlint-ignore CL101\n"
        "\n"
        "custlint-disable-next-line\n"
        "No refunds after 30 days.\n"
        "\n"
        "Our patients are seated.\n"
    )
    assert found(tmp_path, monkeypatch, "a.txt", text) == [(6, "CL102")]


def _docx(tmp_path: Path, name: str, comments: dict[int, str]) -> Path:
    import docx

    word = docx.Document()
    paragraphs = [
        word.add_paragraph("Our passengers board at gate 4."),
        word.add_paragraph("No refunds after 30 days."),
        word.add_paragraph("Our patients are seated."),
    ]
    for index, text in comments.items():
        word.add_comment(paragraphs[index].runs, text=text, author="Editor", initials="ED")
    buffer = io.BytesIO()
    word.save(buffer)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


def test_docx_comment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _docx(
        tmp_path,
        "a.docx",
        {
            0: "custlint-ignore CL101 -- the regulator's wording",
            1: "custlint-ignore",
            2: "Please check this paragraph.",
        },
    )
    result = check(tmp_path, monkeypatch, "a.docx")
    assert [(f["line"], f["rule"]) for f in json.loads(result.stdout)] == [(3, "CL102")]


def test_docx_comment_for_another_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _docx(tmp_path, "a.docx", {0: "custlint-ignore CL3"})
    result = check(tmp_path, monkeypatch, "--report-unused-ignores", "a.docx")
    findings = json.loads(result.stdout)
    assert [(f["line"], f["rule"]) for f in findings] == [
        (1, "CL000"),
        (1, "CL101"),
        (2, "CL301"),
        (3, "CL102"),
    ]
    assert findings[0]["location"] == "paragraph 1"


# -- unused suppressions -----------------------------------------------------------------


def test_report_unused_ignores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Our passengers board at gate 4. <!-- custlint-ignore CL101, CL102 -->\n\n"
        "The gate opens at noon. <!-- custlint-ignore -->\n\n"
        "<!-- custlint-disable CL3 -- not needed -->\n"
    )
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    assert check(tmp_path, monkeypatch, "a.md").exit_code == 0
    result = check(tmp_path, monkeypatch, "--report-unused-ignores", "a.md")
    assert result.exit_code == 1
    findings = json.loads(result.stdout)
    assert [(f["line"], f["column"], f["rule"], f["message"]) for f in findings] == [
        (
            1,
            38,
            "CL000",
            "Unused suppression: CL102 in 'custlint-ignore CL101, CL102' matched no finding.",
        ),
        (3, 30, "CL000", "Unused suppression: 'custlint-ignore' matched no finding."),
        (
            5,
            6,
            "CL000",
            "Unused suppression: 'custlint-disable CL3 -- not needed' matched no finding.",
        ),
    ]
    assert {f["category"] for f in findings} == {"suppression"}
    assert findings[0]["match"] == "custlint-ignore CL101, CL102"


def test_unused_report_in_text_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.md").write_text("The gate opens. <!-- custlint-ignore -->\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["check", "--isolated", "--no-color", "--report-unused-ignores", "a.md"]
    )
    assert "a.md:1:22: CL000 Unused suppression: 'custlint-ignore'" in result.stdout
    assert "(suppression: 1)" in result.stdout


# -- suppressed findings are never fixed -------------------------------------------------


def test_fix_leaves_suppressed_findings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Our passengers board at gate 4. <!-- custlint-ignore CL101 -->\n\n"
        "Our passengers board at gate 5.\n"
    )
    path = tmp_path / "a.md"
    path.write_text(text, encoding="utf-8")
    result = check(tmp_path, monkeypatch, "--fix", "a.md")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == (
        "Our passengers board at gate 4. <!-- custlint-ignore CL101 -->\n\n"
        "Our customers board at gate 5.\n"
    )
    assert json.loads(result.stdout) == []


def test_python_api_honours_directives() -> None:
    import custlint

    text = "Our passengers board at gate 4. custlint-ignore\nOur patients are seated.\n"
    assert [f.rule for f in custlint.lint_text(text)] == ["CL102"]
