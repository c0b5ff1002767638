"""No-phrasing, round 7: refusals that generalize past the sentences tuned on.

Every sentence here is written for this file. Each case pairs a refusal that stays flagged
with a look-alike beside it that refuses nobody.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# A service the customer asks for, said in the present to be not available, refuses it;
# a person, stock, a system or a service not there yet (or for a while) refuses nobody.
UNAVAILABLE = [
    (
        "Late check-out is not available on bank holidays.",
        ("CL306", "is not available"),
        "The duty manager is not available until the afternoon.",
    ),
    (
        "Price matching isn't available on marketplace items.",
        ("CL306", "isn't available"),
        "This colour isn't available in your size.",
    ),
    (
        "Valet service is not available at the north entrance.",
        ("CL306", "is not available"),
        "Mobile signal is not available on the lower deck.",
    ),
    (
        "Same-day refunds are not available for card payments.",
        ("CL306", "are not available"),
        "Refunds are not available yet for this order; we will e-mail you.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), UNAVAILABLE)
def test_a_service_not_available(refusal: str, match: tuple[str, str], look_alike: str) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []


# A "No," that answers with the state of what is asked for is one span from "No" through
# the refusal; a "No," that answers a question of fact refuses nobody.
NO_AND_STATE = [
    (
        "No, the gym isn't included in the half-board package.",
        ("CL309", "No, the gym isn't included"),
        "No, the gym isn't far, it's just past the lifts.",
    ),
    (
        "No, this pass isn't valid on the night buses.",
        ("CL309", "No, this pass isn't valid"),
        "No, this coat isn't waterproof, but it will keep the wind out.",
    ),
    (
        "No, the quiet carriage isn't open to standard tickets.",
        ("CL309", "No, the quiet carriage isn't open"),
        "No, the cafe isn't open yet, it opens at nine.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), NO_AND_STATE)
def test_a_no_that_answers_with_a_refused_state(
    refusal: str, match: tuple[str, str], look_alike: str
) -> None:
    assert flagged(refusal, "no-phrasing") == [match]
    assert flagged(look_alike, "no-phrasing") == []
