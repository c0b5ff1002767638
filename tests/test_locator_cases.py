"""Runs the locator sentences of every round in `tests/locator_cases/`."""

from __future__ import annotations

import importlib

import pytest

from tests.conftest import flagged, lint_text

ROUNDS = (
    "round4",
    "round5",
    "round6",
    "round7",
    "round8",
    "round9",
    "round10",
    "round11",
    "round12_blocked",
    "round12_heads",
    "round12_open",
    "review10",
    "round12_narr",
    "round12_notes",
    "round12_called",
    "review12",
    "round12_placed",
    "round12_quotes",
    "round12_compound",
    "round12_human",
    "round13_heads",
    "round13_lists",
    "round13_pron",
    "round13_addr",
    "review13",
    "round13_called2",
    "round13_placed2",
    "round13_notes",
    "round13_times",
    "round13_refs",
    "review13b",
)


def _table(name: str) -> list:
    return [
        case
        for round_name in ROUNDS
        for case in getattr(importlib.import_module(f"tests.locator_cases.{round_name}"), name, [])
    ]


@pytest.mark.parametrize(("text", "match"), _table("POSITIVE"))
def test_flagged(text: str, match: str) -> None:
    assert match in [m for _rule, m in flagged(text, "locator")], text


@pytest.mark.parametrize(("text", "matches"), _table("LISTED"))
def test_listed(text: str, matches: list[str]) -> None:
    assert [m for _rule, m in flagged(text, "locator")] == matches


@pytest.mark.parametrize("text", _table("INNOCENT") + _table("TECHNICAL"))
def test_innocent(text: str) -> None:
    assert flagged(text, "locator") == [], text


@pytest.mark.parametrize(("text", "match", "replacement"), _table("REWRITES"))
def test_rewritten(text: str, match: str, replacement: str) -> None:
    findings = [f for f in lint_text(text) if f.category == "locator"]
    assert [(f.match, f.replacements) for f in findings] == [(match, (replacement,))]
