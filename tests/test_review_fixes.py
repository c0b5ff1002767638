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


# A bare role word before where a person is ('diner on 3', 'Patient in bay 3') is staff
# shorthand for a person; a road, an ordinal street, a clock time, an age, or a diner that
# reopens after where it is, is no place of a person.
NO_PLACE = [
    "Diner on Route 66 reopens next week.",
    "Diner on 5th Avenue closed last year.",
    "Diner at 12 noon, then a walk.",
    "Patient at 9 months old, she waited calmly.",
    "Diner on 66 reopens next week.",
    "Diner on Highway 9 sold to new owners.",
    "Diner on Interstate 80 shut in 1998.",
    "Diner at 12 midnight, then home.",
]
STILL_LOCATED = [
    ("diner on 3 wants more bread", ("CL111", "diner")),
    ("Patient in bay 3 is asking for water", ("CL102", "Patient")),
    ("diner on 3 closed her menu and waved", ("CL111", "diner")),
    ("diner at 12 wants another bottle of red", ("CL111", "diner")),
]


@pytest.mark.parametrize("text", NO_PLACE)
def test_no_place_of_a_person(text: str) -> None:
    assert flagged(text, "descriptor") == []


@pytest.mark.parametrize(("text", "match"), STILL_LOCATED)
def test_a_person_where_they_are(text: str, match: tuple[str, str]) -> None:
    assert flagged(text, "descriptor") == [match]


# A number after 'to' or 'about' that a pronoun looks back to is a customer's when it is
# an identifier; a rank ('#1 seed'), an aircraft type among planes ('747', 'A380') or a
# short code with a leading zero ('007') is none.
NO_IDENTIFIER = [
    "Congrats to #1 seed Alcaraz, he played brilliantly.",
    "Congrats to #2 seed Swiatek, she was superb.",
    "Any news about 747? He loves planes.",
    "Any news about 737? He loves planes.",
    "Any news about A350? She says the jet is delayed.",
    "Any news about A380? She says the fleet is grounded.",
    "Who is 007? He's a spy.",  # quiet since 31e23a8; kept beside the others
]
STILL_A_CUSTOMER = [
    ("Any news about 5530? He rang again", ("CL208", "5530")),
    ("Who's 5517?", ("CL208", "5517")),
    ("Any news about 747? He rang again.", ("CL208", "747")),
    ("Congrats to #5521, he got his refund.", ("CL208", "#5521")),
    ("Spoke to #5521 this morning. He's much happier now.", ("CL208", "#5521")),
]


@pytest.mark.parametrize("text", NO_IDENTIFIER)
def test_no_identifier(text: str) -> None:
    assert flagged(text, "locator") == []


@pytest.mark.parametrize(("text", "match"), STILL_A_CUSTOMER)
def test_an_identifier_looked_back_to(text: str, match: tuple[str, str]) -> None:
    assert flagged(text, "locator") == [match]


# 'We cannot disclose' refuses the one asking when it names them, or when what is kept is
# a customer's or patient's; a secret of our own keeps nothing from anyone we serve.
OUR_OWN_SECRET = [
    "We cannot disclose the details of the merger until Friday.",
    "We cannot disclose the location of the party, it's a surprise.",
    "We cannot disclose the name of the winner until Monday.",
    "We cannot disclose the results of the audit until Friday.",
    "We cannot disclose the venue until the day before.",
]
STILL_WITHHELD = [
    ("we cannot disclose test results to family members", ("CL302", "we cannot disclose")),
    ("We cannot disclose that information to you.", ("CL302", "We cannot disclose")),
    ("We can't disclose test results over the phone.", ("CL302", "We can't disclose")),
    ("We can't disclose the patient's diagnosis over the phone.", ("CL302", "We can't disclose")),
]


@pytest.mark.parametrize("text", OUR_OWN_SECRET)
def test_our_own_secret_refuses_nobody(text: str) -> None:
    assert flagged(text, "no-phrasing") == []


@pytest.mark.parametrize(("text", "match"), STILL_WITHHELD)
def test_withheld_from_the_one_asking(text: str, match: tuple[str, str]) -> None:
    assert flagged(text, "no-phrasing") == [match]
