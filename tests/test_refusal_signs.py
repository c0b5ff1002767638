"""A sign with no verb ('Photography not permitted') reaches the refusal rule in both runs.

The refusal kind read such signs when it parsed every sentence (the naive run), but the
cheap pass's trigger patterns knew only 'not accepted', 'not refunded' and a few more, so
the two-stage run, which is what users get, never sent them to the parser. Every sentence
here was written for these tests.
"""

from __future__ import annotations

import pytest

from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter
from tests.conftest import flagged

SIGNS = [
    ("Photography not permitted during the show.", "Photography not permitted"),
    ("Outside food not allowed in the screens.", "Outside food not allowed"),
    ("Cheques not taken at the bar.", "Cheques not taken"),
    ("Bags not held after closing time.", "Bags not held"),
]
QUIET = [
    "EPERM: operation not permitted, open '/var/log/app.log'",
    "mkdir failed: permission denied, path /srv/data/cache not created",
    "Dinner not included in the price of the room tonight? It is, actually.",
]


@pytest.mark.parametrize(("text", "match"), SIGNS)
def test_a_sign_without_a_verb_is_a_refusal(text: str, match: str) -> None:
    assert flagged(text, "no-phrasing") == [("CL306", match)]


@pytest.mark.parametrize("text", QUIET)
def test_log_lines_and_questions_stay_quiet(text: str) -> None:
    assert flagged(text, "no-phrasing") == []


def test_two_stages_find_what_parsing_everything_finds_in_signs() -> None:
    rules = active_rules(Settings())
    text = "\n\n".join([t for t, _ in SIGNS] + QUIET)
    key = lambda f: (f.rule.id, f.start, f.end)  # noqa: E731
    fast = Linter(rules).lint_texts([text])[0]
    naive = Linter(rules, two_stage=False).lint_texts([text])[0]
    assert [key(f) for f in fast] == [key(f) for f in naive]
    assert len(fast) == len(SIGNS)
