"""GitHub Actions annotations follow the documented workflow-command syntax and escaping."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

import custlint
from custlint.finding import Finding
from custlint.reporters import github

# ::{command} {key}={value},{key}={value}::{message}  (docs: "Workflow commands for GitHub
# Actions"); escaped values hold no raw ',', ':', CR or LF, messages no raw CR or LF.
COMMAND = re.compile(
    r"^::(?P<level>error|warning|notice) (?P<props>[a-zA-Z]+=[^,:\r\n]*(?:,[a-zA-Z]+=[^,:\r\n]*)*)"
    r"::(?P<message>[^\r\n]*)$"
)


def unescape(value: str) -> str:
    return (
        value.replace("%2C", ",")
        .replace("%3A", ":")
        .replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%25", "%")
    )


def parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match["props"].split(","))
    return match["level"], {k: unescape(v) for k, v in props.items()}, unescape(match["message"])


def sample(**changes) -> Finding:
    base = Finding(
        path="docs/guide.md",
        line=3,
        column=5,
        end_line=3,
        end_column=14,
        rule="CL101",
        category="descriptor",
        severity="warning",
        message="'passenger' is a role word.",
        match="passenger",
        replacements=("customer",),
        fix="safe",
    )
    return replace(base, **changes)


def test_documented_layout_and_order(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    line = github.command(sample())
    assert line == (
        "::warning file=docs/guide.md,line=3,col=5,endLine=3,endColumn=14,"
        "title=CL101 (descriptor)::'passenger' is a role word."
    )


@pytest.mark.parametrize(
    ("severity", "level"), [("error", "error"), ("warning", "warning"), ("info", "notice")]
)
def test_level_mapping(severity, level):
    assert github.command(sample(severity=severity)).startswith(f"::{level} ")


def test_escaping_matches_actions_toolkit():
    assert github.escape_data("100% done\r\nnext") == "100%25 done%0D%0Anext"
    assert github.escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    # Data keeps ':' and ',' as they are; only properties escape them.
    assert github.escape_data("a:b,c") == "a:b,c"


def test_awkward_paths_and_messages_round_trip(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    f = sample(
        path="notes/a,b: 100%.md",
        message="Line one: 50% off,\nline two\r",
    )
    line = github.command(f)
    assert "\n" not in line and "\r" not in line
    level, props, message = parse(line)
    assert level == "warning"
    assert props["file"] == "notes/a,b: 100%.md"
    assert props["title"] == "CL101 (descriptor)"
    assert message == "Line one: 50% off,\nline two\r"


def test_real_findings_render_one_valid_command_each(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    text = "Please help the passenger in seat 17F with her bag.\nNo refunds after 30 days.\n"
    findings = custlint.lint_text(text, path=str(tmp_path / "sub" / "cabin.md"))
    out = github.render(findings)
    lines = out.splitlines()
    assert len(lines) == len(findings) >= 2
    for f, line in zip(findings, lines, strict=True):
        _, props, message = parse(line)
        assert props["file"] == "sub/cabin.md"
        assert (int(props["line"]), int(props["col"])) == (f.line, f.column)
        assert (int(props["endLine"]), int(props["endColumn"])) == (f.end_line, f.end_column)
        assert props["title"] == f"{f.rule} ({f.category})"
        assert message == f.message
    assert github.render([]) == ""
