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


# Readings that find more refusals, each beside a look-alike that refuses nobody.
MORE = [
    # a reported "couldn't have" is a backshifted "can't have": a thing refused; a perfect
    # "couldn't have picked" is what might have been
    (
        ("The receptionist said we couldn't have a late checkout.", "CL302"),
        "we couldn't have a late checkout",
        "The receptionist said we couldn't have picked a better week for it.",
    ),
    # a person named by their seat is a customer refused a thing; struggling is no refusal
    (
        ("Sorry, the man in 21C can't have another blanket, we've run out.", "CL302"),
        "can't have another blanket",
        "the woman in 9B can't get her seatbelt to close",
    ),
    # "no way" reported from our people: what the customer asked for, not what weather allows
    (
        ("The clerk told me there was no way she could refund the deposit.", "CL308"),
        "no way she could refund",
        "The pilot said there was no way we could land in that wind.",
    ),
    # a sign's heading and its rule
    (
        ("Dogs on the beach: not allowed.", "CL309"),
        "not allowed",
        "Update: not possible to tell yet, the engineer is still on site.",
    ),
    # collecting is a service refused; an order left uncollected is a condition
    (
        ("Prescriptions cannot be collected on behalf of someone else.", "CL306"),
        "cannot be collected",
        "Parcels that are not collected within a week go back to the sender.",
    ),
    # a thing customers bring, or a customer, refused a place; the writer's own family is not
    (
        ("Strollers can't go on the escalator, please use the lift.", "CL302"),
        "Strollers can't go",
        "My parents can't come into town this weekend.",
    ),
    # a call back is a service refused; never calling to ask for a password is a promise
    (
        ("We won't call back after six on Saturdays.", "CL302"),
        "We won't call",
        "We won't call you to ask for your password.",
    ),
    # a quoted "No" from our people, with a rule for its reason, is "said no"; a "No" that
    # spares the customer is not
    (
        ("The receptionist said “No, rules are rules” and went back to her screen.", "CL309"),
        "No",
        "The nurse said “No, you don't need to fast before the scan.”",
    ),
    # a hyphenated service after "unable to", which the parser reads as a noun
    (
        ("We are unable to gift-wrap sale items.", "CL302"),
        "We are unable to gift-wrap",
        "If we are unable to gift-wrap it, we will tell you.",
    ),
    # what a price covers describes it; what cannot be added to a booking is refused
    (
        ("Airport transfers cannot be included in a group booking.", "CL306"),
        "cannot be included",
        "Texts to premium numbers are not included in your allowance.",
    ),
]


@pytest.mark.parametrize(("refusal", "match", "look_alike"), MORE)
def test_more_readings_and_their_look_alikes(
    refusal: tuple[str, str], match: str, look_alike: str
) -> None:
    text, rule = refusal
    assert flagged(text, "no-phrasing") == [(rule, match)]
    assert flagged(look_alike, "no-phrasing") == []
