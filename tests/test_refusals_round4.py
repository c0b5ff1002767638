"""No-phrasing, round 4: what a reported refusal must deny, and advice that guards the
customer's own things.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# A refusal one of our people reported denies something the customer asked for or came to
# do; an inability that circumstances impose, reported by staff, refuses nobody.
REPORTED = [
    (
        ("The receptionist told us we couldn't check in before three.", "we couldn't check in"),
        "The pilot said we couldn't land because of fog.",
    ),
    (
        ("The steward told us we couldn't bring our bikes on deck.", "we couldn't bring"),
        "The pilot said we couldn't take off until the storm had passed.",
    ),
    (
        ("The instructor said we couldn't join the class without a pass.", "we couldn't join"),
        "The driver said we couldn't turn back because the road was flooded.",
    ),
    (
        ("The waiter said I couldn't order from the kids' menu.", "I couldn't order"),
        "The pilot told us we can't land while the runway is icy.",
    ),
]


@pytest.mark.parametrize(("refusal", "look_alike"), REPORTED)
def test_a_reported_refusal_denies_what_the_customer_wanted(
    refusal: tuple[str, str], look_alike: str
) -> None:
    text, match = refusal
    assert flagged(text, "no-phrasing") == [("CL302", match)]
    assert flagged(look_alike, "no-phrasing") == []


# Safety advice that keeps the customer's own belongings safe is negation that refuses
# nobody (GUIDELINES.md); a rule about where things may go stays a prohibition.
ADVICE = [
    (
        ("Do not leave bags in the corridor.", "Do not leave"),
        "Don't leave valuables in the car.",
    ),
    (
        ("Please do not bring glass bottles to the beach.", "do not bring"),
        "Please do not bring jewellery or large sums of money to the ward.",
    ),
    (
        ("Do not leave luggage unattended in the lobby.", "Do not leave"),
        "Please don't leave your wallet or passport on the table.",
    ),
]


@pytest.mark.parametrize(("rule", "advice"), ADVICE)
def test_advice_that_guards_the_customers_belongings_is_left_alone(
    rule: tuple[str, str], advice: str
) -> None:
    text, match = rule
    assert flagged(text, "no-phrasing") == [("CL303", match)]
    assert flagged(advice, "no-phrasing") == []
