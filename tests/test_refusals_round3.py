"""No-phrasing, round 3: refusals as reviews, letters and chats report them, and the
look-alikes next to each new shape.

Every sentence here is written for this file; each positive has an innocent look-alike.
"""

from __future__ import annotations

import pytest

from custlint.config import Settings, active_rules
from custlint.engine.linter import Linter
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
    (
        "The ticket office refused to exchange my seats for the matinee.",
        "CL305",
        "refused to exchange",
    ),
    # a thing a person was refused
    (
        "My sister was refused a window table although half the room was empty.",
        "CL305",
        "was refused a window table",
    ),
    # "said no" by staff, with the reason told as one finding
    (
        "The usher said no, we couldn't stand at the back.",
        "CL309",
        "usher said no, we couldn't stand",
    ),
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


SHAPES = [
    # a verbless sign of any reasonable length, and every "no" of a list of them
    ("No tripods, drones or large flags.", [("CL301", "No tripods")]),
    (
        "No pets, no amplified music after dark, and no extra tents on a pitch.",
        [("CL301", "No pets"), ("CL301", "no amplified music"), ("CL301", "no extra tents")],
    ),
    # "able to" turns a promise verb into a refused service
    ("We're not able to tell you who booked the room.", [("CL302", "We're not able to tell")]),
    ("We won't be able to ring you back today.", [("CL302", "We won't be able to ring")]),
    # eligibility refused
    ("Gift vouchers are not eligible for the loyalty discount.", [("CL306", "are not eligible")]),
    ("You are not entitled to a refund for unused nights.", [("CL306", "are not entitled")]),
    # what we do not offer, named as a service
    (
        "Key cutting is not a service we offer in this branch.",
        [("CL308", "Key cutting is not a service we offer")],
    ),
    (
        "Sorry, that's not something we provide on weekends.",
        [("CL308", "that's not something we provide")],
    ),
    # the people who come with a customer are an audience too
    ("Relatives cannot park in the staff car park.", [("CL302", "Relatives cannot park")]),
    # a limit raised is a benefit refused
    ("We won't raise your overdraft limit this month.", [("CL302", "We won't raise")]),
]

SHAPE_LOOK_ALIKES = [
    "Quiet night on the ward, no falls and no new concerns.",
    "No two rooms in the old wing are quite alike.",
    "We will never tell anyone what you ordered.",
    "Our staff will not be able to see your card number.",
    "If you are not eligible, the form tells you why.",
    "That's not something we take lightly.",
    "That isn't something we see very often.",
    "Friends of the gallery are welcome at every preview.",
    "We will not increase your monthly fee during the contract.",
    "We won't raise the price of your plan this year.",
    "Don't throw away the box until you're sure the shoes fit.",
    "“Do I need to bring my passport?” “No, your driving licence is enough.”",
    "“Will I be charged for the second bag?” “No, it's included in your fare.”",
    "“Do we have to print the tickets?” “No, you don't have to, the app is fine.”",
]


@pytest.mark.parametrize(("text", "expected"), SHAPES)
def test_more_refusal_shapes_are_flagged(text: str, expected: list[tuple[str, str]]) -> None:
    assert flagged(text, "no-phrasing") == expected


@pytest.mark.parametrize("text", SHAPE_LOOK_ALIKES)
def test_their_look_alikes_are_left_alone(text: str) -> None:
    assert flagged(text, "no-phrasing") == []


def test_a_no_to_a_request_is_still_a_refusal() -> None:
    text = "“Can I pay by cheque?” “No, cards only.”"
    assert flagged(text, "no-phrasing") == [("CL309", "No")]


@pytest.mark.parametrize(
    "text",
    [
        "We haven't been able to reach you by phone, so please call us back.",
        "We don't rent out your details, and we never will.",
    ],
)
def test_attempts_so_far_and_promises_by_ellipsis_are_left_alone(text: str) -> None:
    """Also with every sentence parsed: the candidate pass never sends these to the shapes."""
    rules = active_rules(Settings(extend_select=("ALL",)))
    for linter in (Linter(rules), Linter(rules, two_stage=False)):
        found = linter.lint_texts([text])[0]
        assert [f.rule.id for f in found if f.rule.category == "no-phrasing"] == []
