"""Locator pack, third round: more numbered places, person nouns, pronouns that follow a
number, imperatives and questions about a number.

Every sentence here was written for these tests; each group has look-alikes that must stay
quiet.
"""

from __future__ import annotations

import pytest

import custlint
from tests.conftest import flagged

# (text, the finding's match, its replacement or None)
POSITIVE = [
    # new numbered places: stools, gym machines, mats, phone lines, berths, dorms, lockers
    ("stool 5 wants another pint", "stool 5", "the customer on stool 5"),
    ("Rower 3 keeps shouting at the screen.", "Rower 3", "The customer on rower 3"),
    ("the woman on treadmill 2 wants the fan on", "the woman on treadmill 2", None),
    ("Mat 9 is pregnant, so skip the twists.", "Mat 9", "The customer on mat 9"),
    ("the caller on line 3 wants a manager", "the caller on line 3", "the customer on line 3"),
    ("berth 14 wants a wake-up call at six", "berth 14", "the customer in berth 14"),
    ("compartment 2 asked for extra blankets", "compartment 2", "the customer in compartment 2"),
    ("locker 31 is crying in the changing room", "locker 31", "the customer with locker 31"),
    ("res 4420 wants to add a second driver", "res 4420", "the customer with res 4420"),
    # new person nouns placed by a number
    ("the vegan at table 8 wants the tart without cream", "the vegan at table 8", None),
    ("The walkers in room 6 asked for flasks of tea.", "The walkers in room 6", None),
    ("the retired pilot in 22C gave the landing a score", "the retired pilot in 22C", None),
]


@pytest.mark.parametrize(("text", "match", "replacement"), POSITIVE)
def test_people_called_by_numbers_round2(text, match, replacement):
    findings = [f for f in custlint.lint_text(text) if f.category == "locator"]
    assert [f.match for f in findings] == [match]
    if replacement is not None:
        assert findings[0].replacements[0].lower() == replacement.lower()


INNOCENT = [
    # the new places as places and things
    "stool 5 has a wobbly leg",
    "Treadmill 2 is out of order until Monday.",
    "Mat 9 needs a wipe before the next class.",
    "line 42: unused import 'os'",
    "See line 12 of the script for the loop.",
    "The fault is on line 3, the engineer is on it.",
    "Berth 14 is made up with fresh linen.",
    "Locker 31 is jammed again.",
    "res 4420 was cancelled by the system.",
    "Lane 4 is closed for the swim club.",
    # a third party at a house number is not a customer
    "The parcel went to a neighbour at number 9.",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_places_and_things_round2(text):
    assert flagged(text, "locator") == []
