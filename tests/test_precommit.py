"""The pre-commit hooks: the manifest is valid, picks the right files, and really runs.

The slow test runs the real `pre-commit run` with a configuration that points at a snapshot
of this checkout, which builds a virtualenv and pip-installs custlint with spaCy and its
model: a minute or more, and it needs the package index. It skips when pre-commit or the
index is unavailable.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
MANIFEST = ROOT / ".pre-commit-hooks.yaml"
BAD = "Please help the passenger in seat 17F with her bag.\n"
CLEAN = "Please help the customer in seat 17F with her bag.\n"

has_pre_commit = importlib.util.find_spec("pre_commit") is not None
needs_pre_commit = pytest.mark.skipif(not has_pre_commit, reason="pre-commit is not installed")


def hooks() -> dict[str, dict]:
    yaml = pytest.importorskip("yaml")
    return {hook["id"]: hook for hook in yaml.safe_load(MANIFEST.read_text("utf-8"))}


@needs_pre_commit
def test_manifest_is_valid_for_pre_commit():
    result = subprocess.run(
        [sys.executable, "-m", "pre_commit", "validate-manifest", str(MANIFEST)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_hooks_and_entries():
    found = hooks()
    assert set(found) == {"custlint", "custlint-fix"}
    assert found["custlint"]["entry"] == "custlint check"
    assert found["custlint-fix"]["entry"] == "custlint check --fix"
    assert {h["language"] for h in found.values()} == {"python"}


@pytest.mark.parametrize(
    ("name", "content", "selected"),
    [
        ("guide.md", b"# Guide\n", True),
        ("README.MD", b"# Guide\n", True),
        ("notes.txt", b"notes\n", True),
        ("index.rst", b"Title\n=====\n", True),
        ("page.html", b"<p>hi</p>\n", True),
        ("page.htm", b"<p>hi</p>\n", True),
        ("report.docx", b"PK\x03\x04\x14\x00\x00\x00\x08\x00binary\x00", True),
        ("script.py", b"print('passenger')\n", False),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00", False),
        ("README", b"plain text\n", False),
    ],
)
def test_hooks_select_documents_like_pre_commit_does(tmp_path, name, content, selected):
    identify = pytest.importorskip("identify.identify")
    path = tmp_path / name
    path.write_bytes(content)
    tags = identify.tags_from_path(str(path))
    for hook in hooks().values():
        by_name = re.search(hook["files"], name) is not None
        by_type = set(hook.get("types", ["file"])) <= tags
        by_type_or = not hook.get("types_or") or bool(set(hook["types_or"]) & tags)
        assert (by_name and by_type and by_type_or) is selected, (hook["id"], tags)


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "custlint tests",
        "GIT_AUTHOR_EMAIL": "tests@example.invalid",
        "GIT_COMMITTER_NAME": "custlint tests",
        "GIT_COMMITTER_EMAIL": "tests@example.invalid",
    }
    result = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return result.stdout


def _index_reachable(tmp_path: Path) -> bool:
    probe = [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(tmp_path), "six"]
    try:
        result = subprocess.run(
            probe,
            capture_output=True,
            timeout=120,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return False
    return result.returncode == 0


def _snapshot(dest: Path) -> Path:
    """This checkout as pre-commit will see it, committed: tracked and new files alike."""
    listed = _git(ROOT, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    for rel in filter(None, listed.split("\0")):
        source = ROOT / rel
        if source.is_file():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git(dest, "init", "-q")
    _git(dest, "add", "-A")
    _git(dest, "commit", "-q", "-m", "snapshot of the checkout under test")
    return dest


@pytest.mark.slow
@needs_pre_commit
def test_pre_commit_fails_on_customer_language_and_passes_clean_text(tmp_path):
    """Both runs use one configuration and one store, so the environment is built once.

    (`pre-commit try-repo` writes the same configuration, but into a fresh store on every
    call: each call would build the spaCy environment again, a minute or more.)"""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    try:
        _git(ROOT, "rev-parse", "--show-toplevel")
    except subprocess.CalledProcessError:
        pytest.skip("the checkout under test is not a git repository")
    if not _index_reachable(tmp_path / "probe"):
        pytest.skip("the package index is not reachable; pre-commit must pip-install custlint")

    source = _snapshot(tmp_path / "custlint-src")
    work = tmp_path / "project"
    work.mkdir()
    _git(work, "init", "-q")
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n- repo: {json.dumps(str(source))}\n"
        f"  rev: {_git(source, 'rev-parse', 'HEAD').strip()}\n"
        "  hooks:\n  - id: custlint\n",
        encoding="utf-8",
    )
    (work / "cabin.md").write_text(BAD, encoding="utf-8")
    (work / "notes.txt").write_text(CLEAN, encoding="utf-8")
    _git(work, "add", "-A")
    _git(work, "commit", "-q", "-m", "documents")

    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-home")}
    env.pop("PYTHONPATH", None)  # the hook must run the custlint it installed

    def pre_commit_run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "pre_commit", "run", *args],
            cwd=work,
            env=env,
            capture_output=True,
            text=True,
            timeout=1800,
            check=False,
        )

    failing = pre_commit_run("--all-files")
    output = failing.stdout + failing.stderr
    assert failing.returncode == 1, output
    assert "cabin.md:1:17: CL101" in output
    assert "'passenger' is a role word" in output
    assert "notes.txt:" not in output

    _git(work, "rm", "-q", "cabin.md")
    _git(work, "commit", "-q", "-m", "only clean text left")
    passing = pre_commit_run("--all-files")
    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Passed" in passing.stdout
    assert "Installing environment" not in passing.stdout + passing.stderr
