"""`--format sarif`: a SARIF 2.1.0 log for code-scanning dashboards (GitHub, Azure DevOps).

The log carries every active rule's documentation, so a dashboard can explain a finding
without custlint installed, and a fingerprint per result that survives edits elsewhere
in the file, so a finding keeps its identity (and its dismissal) from run to run.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, metadata
from pathlib import Path
from typing import Any
from urllib.parse import quote

from custlint import __version__
from custlint.finding import Finding
from custlint.reporters import relative_path
from custlint.rulepack import Rule

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT_KEY = "custlintFingerprint/v1"


def information_uri() -> str | None:
    """The project's home page from the installed package's metadata, if it declares one."""
    try:
        meta = metadata("custlint")
    except PackageNotFoundError:
        return None
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if label.strip().lower() in ("homepage", "home", "documentation", "source"):
            return url.strip()
    return meta.get("Home-page") or None


def _rule_help(rule: Rule) -> dict[str, str]:
    text = (
        f"{rule.doc.what}\n\nWhy: {rule.doc.why}\n\nExample: {rule.doc.bad}\n\n"
        f"Use instead: {rule.doc.good}"
    )
    markdown = (
        f"## What it does\n\n{rule.doc.what}\n\n## Why is this bad?\n\n{rule.doc.why}\n\n"
        f"## Example\n\n{rule.doc.bad}\n\n## Use instead\n\n{rule.doc.good}"
    )
    return {"text": text, "markdown": markdown}


def _rule_descriptor(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.doc.summary},
        "fullDescription": {"text": rule.doc.what},
        "help": _rule_help(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity], "enabled": rule.enabled},
        "properties": {"category": rule.category, "fix": rule.fix, "pack": rule.pack},
    }


def _artifact_location(path: str, base: str | None) -> dict[str, str]:
    """A relative URI against %SRCROOT% where possible (what GitHub needs), else absolute."""
    rel = relative_path(path, base)
    if rel is None:
        return {"uri": Path(path).resolve().as_uri()}
    return {"uri": quote(rel), "uriBaseId": SRCROOT}


def _region(f: Finding, snippet: bool = True) -> dict[str, Any]:
    region: dict[str, Any] = {
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": f.end_line,
        "endColumn": f.end_column,
    }
    if snippet:
        region["snippet"] = {"text": f.match}
    return region


def _fix(f: Finding, location: dict[str, str]) -> dict[str, Any]:
    label = "Safe fix" if f.fix == "safe" else "Suggested rewrite (review: may change meaning)"
    return {
        "description": {"text": f"{label}: {f.replacements[0]}"},
        "artifactChanges": [
            {
                "artifactLocation": location,
                "replacements": [
                    {
                        "deletedRegion": _region(f, snippet=False),
                        "insertedContent": {"text": f.replacements[0]},
                    }
                ],
            }
        ],
    }


def _fingerprint(f: Finding, uri: str, occurrence: int) -> str:
    """Rule, file, matched text and which occurrence of it: stable when lines move."""
    key = "\0".join((f.rule, uri, f.match.casefold(), str(occurrence)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def build(
    findings: Sequence[Finding], rules: Sequence[Rule], base: str | None = None
) -> dict[str, Any]:
    """The SARIF log as a dict: one run, every active rule, one result per finding."""
    index = {rule.id: i for i, rule in enumerate(rules)}
    seen: Counter[tuple[str, str, str]] = Counter()
    results = []
    for f in findings:
        location = _artifact_location(f.path, base)
        occurrence_key = (f.rule, location["uri"], f.match.casefold())
        seen[occurrence_key] += 1
        result: dict[str, Any] = {"ruleId": f.rule}
        if f.rule in index:
            result["ruleIndex"] = index[f.rule]
        result |= {
            "level": LEVELS.get(f.severity, "warning"),
            "message": {"text": f.message},
            "locations": [
                {"physicalLocation": {"artifactLocation": location, "region": _region(f)}}
            ],
            "partialFingerprints": {
                FINGERPRINT_KEY: _fingerprint(f, location["uri"], seen[occurrence_key])
            },
            "properties": {"category": f.category},
        }
        if f.suggestion:
            result["properties"]["suggestion"] = f.suggestion
        if f.replacements:
            result["fixes"] = [_fix(f, location)]
        results.append(result)
    driver: dict[str, Any] = {
        "name": "custlint",
        "version": __version__,
        "semanticVersion": __version__,
        "rules": [_rule_descriptor(rule) for rule in rules],
    }
    uri = information_uri()
    if uri:
        driver["informationUri"] = uri
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        # custlint counts columns in Unicode code points, not SARIF's default UTF-16 units.
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    root = Path(base or ".").resolve().as_uri().rstrip("/") + "/"
    run["originalUriBaseIds"] = {SRCROOT: {"uri": root}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(findings: Sequence[Finding], rules: Sequence[Rule], base: str | None = None) -> str:
    """The SARIF log as JSON text, ending in a newline."""
    return json.dumps(build(findings, rules, base), ensure_ascii=False, indent=2) + "\n"
