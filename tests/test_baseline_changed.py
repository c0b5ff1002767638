"""Adopting custlint on existing documents: baselines and --changed-since, in real git repos."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from click.testing import CliRunner

from custlint.cli import main


def run(args: list[str], cwd: Path) -> tuple[int, list[str], str]:
    runner = CliRunner()
    import os

    old = os.getcwd()
    os.chdir(cwd)
    try:
        result = runner.invoke(main, ["check", "--format", "json", *args])
    finally:
        os.chdir(old)
    matches = [f["match"] for f in json.loads(result.stdout)] if result.stdout.strip() else []
    return result.exit_code, matches, result.stderr


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=t@example.com", "-c", "user.name=t", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


def test_baseline_reports_only_new_findings_even_when_lines_move(tmp_path: Path) -> None:
    doc = tmp_path / "policy.md"
    doc.write_text("Our passengers board first.\n\nRoom 412 wants towels.\n", encoding="utf-8")
    code, _, err = run(["--write-baseline", "base.json", "."], tmp_path)
    assert code == 0 and "recorded 2 finding(s)" in err
    doc.write_text(
        "# Boarding\n\nA new intro line.\n\nOur passengers board first.\n\n"
        "Room 412 wants towels.\nThe guests are early.\n",
        encoding="utf-8",
    )
    code, matches, _ = run(["--baseline", "base.json", "."], tmp_path)
    assert (code, matches) == (1, ["guests"])
    doc.write_text("Our passengers board first. Our passengers board first.\n", encoding="utf-8")
    _, matches, _ = run(["--baseline", "base.json", "."], tmp_path)
    assert matches == ["passengers"]  # the second copy is new


def test_bad_baseline_file_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Guests are welcome.\n", encoding="utf-8")
    (tmp_path / "base.json").write_text("{not json", encoding="utf-8")
    code, _, err = run(["--baseline", "base.json", "."], tmp_path)
    assert code == 2 and "not a custlint baseline" in err


def test_changed_since_lints_only_changed_lines_and_new_files(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    (tmp_path / "old.md").write_text("Our passengers board first.\n", encoding="utf-8")
    (tmp_path / "same.md").write_text("Room 412 wants towels.\n", encoding="utf-8")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-qm", "start")
    (tmp_path / "old.md").write_text(
        "Our passengers board first.\nThe guests are early.\n", encoding="utf-8"
    )
    (tmp_path / "new.md").write_text("Diners love the terrace.\n", encoding="utf-8")
    code, matches, _ = run(["--changed-since", "HEAD", "."], tmp_path)
    assert code == 1
    assert sorted(matches) == ["Diners", "guests"]
    code, _, err = run(["--changed-since", "no-such-ref", "."], tmp_path)
    assert code == 2 and "unknown git ref 'no-such-ref'" in err
