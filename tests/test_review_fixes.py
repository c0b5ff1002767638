"""False alarms a reviewer found in readings added in rounds 7 to 9, each beside the
finding the reading was added for. Every quiet sentence here was flagged before its fix."""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# 'that isn't something we can …' refuses what 'that' points at; what we cannot do
# without, or cannot let pass, is something we value and refuses nobody.
OUR_OWN_STAKE = [
    "That's not something we can ignore.",
    "That's not a feature we can live without.",
    "Those aren't things we can afford to lose.",
    "That's not something we can do without.",
    "That isn't something we can overlook.",
    "That's not something we can take for granted.",
    "Those aren't things we can afford to ignore.",
    "That's not something we can put up with.",
]
STILL_REFUSED = [
    ("that isn't something we can enable", ("CL308", "that isn't something we can enable")),
    ("Those aren't things we can change.", ("CL308", "Those aren't things we can change")),
    ("That's not something we can authorise.", ("CL308", "That's not something we can authorise")),
    (
        "That's not something we can do without a referral, sorry.",
        ("CL308", "That's not something we can do"),
    ),
    (
        "That isn't something we can do before the audit.",
        ("CL308", "That isn't something we can do"),
    ),
]


@pytest.mark.parametrize("text", OUR_OWN_STAKE)
def test_our_own_stake_refuses_nobody(text: str) -> None:
    assert flagged(text, "no-phrasing") == []


@pytest.mark.parametrize(("text", "match"), STILL_REFUSED)
def test_not_something_we_can_still_refuses(text: str, match: tuple[str, str]) -> None:
    assert flagged(text, "no-phrasing") == [match]
