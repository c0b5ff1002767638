"""No-phrasing, round 3: refusals as reviews, letters and chats report them, and the
look-alikes next to each new shape.

Every sentence here is written for this file; each positive has an innocent look-alike.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

REPORTED = [
    # a refusal one of our people gave, reported under a verb of saying
    ("The porter told us they don't carry bags up after midnight.", "CL304", "they don't carry"),
    ("The clerk said they don't issue duplicates of a lost pass.", "CL304", "they don't issue"),
    ("At the counter they told me I couldn't pay with two cards.", "CL302", "I couldn't pay"),
    ("The host told us we couldn't sit by the fire without a booking.", "CL302", "we couldn't sit"),
    ("told the couple at the bar they can't take the glasses outside", "CL302", "they can't take"),
    # a refusal to act, by our people
    ("The duty manager refused to refund the parking ticket.", "CL305", "refused to refund"),
    ("The ticket office refused to exchange my seats for the matinee.", "CL305", "refused to exchange"),
    # a thing a person was refused
    ("My sister was refused a window table although half the room was empty.", "CL305", "was refused a window table"),
    # "said no" by staff, with the reason told as one finding
    ("The usher said no, we couldn't stand at the back.", "CL309", "usher said no, we couldn't stand"),
    ("Reception said no when I asked for a later breakfast.", "CL309", "Reception said no"),
]

REPORTED_LOOK_ALIKES = [
    "The concierge said he couldn't remember a busier weekend.",
    "The waiter told us he couldn't wait to try the new menu himself.",
    "My brother refused to leave the pool before dinner.",
    "The museum refused to comment on the loan of the painting.",
    "My wife said no to the dessert trolley, which was a first.",
    "She told me she couldn't find a parking space anywhere near the station.",
    "The nurse told us the bruising wasn't serious.",
    "Access was denied because the door code had changed.",
    "If the manager refused to help, we would have gone elsewhere.",
]


@pytest.mark.parametrize(("text", "rule", "match"), REPORTED)
def test_refusals_reported_from_our_people_are_flagged(text: str, rule: str, match: str) -> None:
    assert flagged(text, "no-phrasing") == [(rule, match)]


@pytest.mark.parametrize("text", REPORTED_LOOK_ALIKES)
def test_reported_speech_that_refuses_nobody_is_left_alone(text: str) -> None:
    assert flagged(text, "no-phrasing") == []
