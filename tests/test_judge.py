"""The trained judge: it ships in the package, scores in the right direction, can be
switched off, and the linter falls back to the rules when its model is missing."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import custlint
import custlint.judge as judge_module
from custlint.api import _linter
from custlint.cli import main
from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter
from custlint.judge import MODEL_DIR, judge_text, load_judge


@pytest.fixture(scope="module")
def judge():
    found = load_judge()
    assert found is not None, "the judge model must ship in custlint/judge/model"
    return found


def score(judge, category: str, sentence: str, span: str) -> float:
    start = sentence.index(span)
    return judge.scores([judge_text(category, sentence, start, start + len(span))])[0]


def test_model_ships_inside_the_package_with_its_record():
    assert (MODEL_DIR / "config.cfg").is_file()
    meta = json.loads((MODEL_DIR / "custlint-judge.json").read_text())
    assert {"data_sha256", "seed", "spacy_version", "candidate_scores"} <= set(meta)
    assert meta["size_bytes"] < 12_000_000


def test_judge_input_marks_the_candidate():
    text = judge_text("locator", "Room 412 wants towels.", 0, 8)
    assert text == "LOCATOR: [[ Room 412 ]] wants towels."


# A person called by a number, and the same number as a place or a thing.
LOCATOR_PAIRS = [
    ("Room 412 wants towels.", "Room 412", "Room 412 needs new linen.", "Room 412"),
    ("Table 9 is ready to order.", "Table 9", "Table 14 is free at 8.", "Table 14"),
    ("17F keeps pressing the call button.", "17F", "17F is a window seat.", "17F"),
    ("Bed 4 is asking for the doctor.", "Bed 4", "Bed 4 needs fresh sheets.", "Bed 4"),
    ("Can you check on 23C? She looks pale.", "23C", "23C has a broken tray table.", "23C"),
    ("Room 208 complained about the noise.", "Room 208", "Room 208 was repainted.", "Room 208"),
    ("Table 6 wants the bill.", "Table 6", "Table 6 seats eight.", "Table 6"),
    ("Seat 31C is refusing to sit down.", "Seat 31C", "Seat 31C does not recline.", "Seat 31C"),
    ("Room 301 checked out without paying.", "Room 301", "Room 301 is being cleaned.", "Room 301"),
    ("Table 3 says the soup is cold.", "Table 3", "Table 3 is booked for nine.", "Table 3"),
]


def test_locators_in_the_right_direction(judge):
    """A learned model is judged on a set, not on one sentence: a retrained judge may put
    one person under 0.5 (session 8's scores 'Room 412 wants towels' 0.04, above its
    'needs new linen' at 0.00), but it must rank each person above its thing and accept
    nearly every person."""
    people = [score(judge, "locator", p, ps) for p, ps, _, _ in LOCATOR_PAIRS]
    things = [score(judge, "locator", t, ts) for _, _, t, ts in LOCATOR_PAIRS]
    assert all(yes > no for yes, no in zip(people, things, strict=True))
    assert sum(yes > 0.5 for yes in people) >= len(people) - 1
    assert sum(no < 0.5 for no in things) >= len(things) - 1


def test_refusals_in_the_right_direction(judge):
    ours = score(judge, "no-phrasing", "Sorry, we cannot accept cash.", "we cannot accept")
    assert ours > 0.5
    # A third party's rule: the shapes do not propose it, and the judge rejects it if asked.
    theirs = score(judge, "no-phrasing", "Many hotels do not allow pets.", "hotels do not allow")
    assert theirs < ours
    assert not [f for f in custlint.lint_text("Many hotels do not allow pets.")]


def test_no_judge_setting_and_flag_fall_back_to_the_rules(tmp_path):
    text = "Room 412 wants more towels.\n"
    rules = custlint.lint_text(text, Settings(judge=False))
    assert [f.match for f in rules if f.category == "locator"] == ["Room 412"]
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    for flag in ("--no-judge", "--judge"):
        out = CliRunner().invoke(main, ["check", "--format", "json", flag, str(path)])
        assert out.exit_code in (0, 1), out.output
    out = CliRunner().invoke(main, ["check", "--format", "json", "--no-judge", str(path)])
    assert [f["match"] for f in json.loads(out.output)] == ["Room 412"]


def test_judge_changes_behaviour_when_it_disagrees(monkeypatch, judge):
    """With a judge that rejects everything, locator and refusal hits go; descriptors stay.

    The shipped thresholds may keep every candidate (training sets them so the judge only
    vetoes what it is sure of), so the test sets its own."""
    text = "The passenger in 17F says we cannot accept cash.\n"
    monkeypatch.setattr(judge, "scores", lambda texts: [0.0 for _ in texts])
    monkeypatch.setattr(judge, "thresholds", dict.fromkeys(judge.thresholds, 0.5))
    _linter.cache_clear()
    try:
        judged = {f.category for f in custlint.lint_text(text, Settings(judge=True))}
        rules = {f.category for f in custlint.lint_text(text, Settings(judge=False))}
    finally:
        _linter.cache_clear()
    assert "no-phrasing" in rules and "no-phrasing" not in judged
    assert "descriptor" in judged


def test_missing_model_falls_back_to_rules(monkeypatch, tmp_path):
    monkeypatch.setattr(judge_module, "MODEL_DIR", tmp_path / "nowhere")
    assert load_judge() is None
    _linter.cache_clear()
    try:
        found = custlint.lint_text("Room 412 wants towels. We cannot accept cash.\n")
    finally:
        _linter.cache_clear()
    assert {f.category for f in found} == {"locator", "no-phrasing"}


TECHNICAL = [
    "If the promise is rejected, the HTTP client retries the request.",
    "Install the guest additions so the guest OS can share folders with the host.",
    "The server does not allow anonymous connections; the API returns 403.",
    "2024-05-01 12:00:03 ERROR client 10.0.0.7 not allowed: token expired",
    "```python\nif not client.allowed: raise PermissionError('cannot connect')\n```",
    "Use `--no-cache` when the proxy cannot reach the registry.",
    "The `reject()` callback is not called when the promise cannot be resolved.",
    "GET /v1/accounts/{id} returns 404 when the account cannot be found.",
]


@pytest.mark.parametrize("text", TECHNICAL)
@pytest.mark.parametrize("use_judge", [True, False])
def test_technical_prose_has_no_refusals_or_software_descriptors(text, use_judge):
    found = custlint.lint_text(text + "\n", Settings(judge=use_judge))
    assert [(f.rule, f.match) for f in found if f.category != "locator"] == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Many hotels do not allow pets in the rooms.", "hotels do not allow"),
        ("The bank cannot be held liable for delays abroad.", "bank cannot be held"),
        (
            "Housekeeping are not allowed to enter when the sign is out.",
            "Housekeeping are not allowed",
        ),
    ],
)
def test_refusal_shapes_propose_what_they_turn_down(text: str, span: str) -> None:
    """The judge sees third parties, disclaimers and rules for staff as rejected candidates;
    without it they are not findings."""
    linter = Linter(active_rules(Settings()))
    proposed = [
        (text[p.offset + p.candidate.start : p.offset + p.candidate.end], p.candidate.rule)
        for p in linter.proposals([text])
        if p.rule.category == "no-phrasing"
    ]
    assert (span, False) in proposed
    assert not any(rule for _, rule in proposed)
    assert [f for f in custlint.lint_text(text) if f.category == "no-phrasing"] == []


def test_judge_kept_at_zero_finds_what_the_rules_find_in_lists():
    """The judge sees the rules' own decisions (a person noun over a list, a code listed with
    a person), so with the locator keep threshold at 0.0 it finds exactly what they find."""
    text = (
        "The couple in 18D and 18E spent the whole flight arguing.\n\n"
        "Table 4 and 6 want the bill, and 12 is asking for more bread.\n"
    )
    judged = [(f.rule, f.match) for f in custlint.lint_text(text, Settings(judge=True))]
    rules = [(f.rule, f.match) for f in custlint.lint_text(text, Settings(judge=False))]
    assert ("CL201", "The couple in 18D and 18E") in rules
    assert judged == rules


def test_a_heading_before_a_booking_time_is_no_list_with_the_judge_on_or_off():
    """'Van 2: the 9:10 rang' heads a note with a van: the colon joins no list, and the
    judge's candidate for 'the 9:10' (marked '9:10') lends the van nothing either way."""
    text = "Van 2: the 9:10 rang, she is stuck in traffic.\n"
    judged = [(f.rule, f.match) for f in custlint.lint_text(text, Settings(judge=True))]
    rules = [(f.rule, f.match) for f in custlint.lint_text(text, Settings(judge=False))]
    assert rules == [("CL214", "the 9:10")]
    assert judged == rules
