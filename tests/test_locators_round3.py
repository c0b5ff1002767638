"""Locator pack, fourth round: readings that follow from the shape of the clause rather
than from one word, so that new wordings of the same thing are read the same way.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

import pytest

from tests.conftest import flagged

# (text, the finding's match)
POSITIVE = [
    # a tough construction whose infinitive is done to people: the subject is a person
    ("Bed 9 is hard to wake this morning.", "Bed 9"),
    ("Room 12 is a pleasure to deal with.", "Room 12"),
    ("table 7 is lovely to talk to", "table 7"),
    # "X needs VERB-ing" where people are what the verb is done to
    ("Bed 3 needs feeding at lunch.", "Bed 3"),
    # "ready to go home" is said of people
    ("Bed 4 is ready to go home.", "Bed 4"),
]

INNOCENT = [
    # a tough construction whose infinitive is done to things: the subject is a thing
    "19 is lovely to drive, the new shape estate",
    "22 is a nightmare to work on, everything has rusted",
    "Table 3 is easy to find from the lobby.",
    "Room 40 is hard to heat in winter.",
    # "X wants/needs VERB-ing" said of a thing
    "Table 3 wants resetting before the next sitting.",
    "Bed 6 needs changing after the spill.",
    "Room 12 wants hoovering before the check-in.",
    # states of the place itself
    "Flight 201 is late again.",
    "Flight 88 is full, so offer the standby list the next one.",
    "Flight 45 is ready to leave.",
    "Room 12 is cold, the heating is off.",
    "Room 7 is warm enough now.",
]


@pytest.mark.parametrize(("text", "match"), POSITIVE)
def test_a_person_round3(text, match):
    assert [m for _rule, m in flagged(text, "locator")] == [match]


@pytest.mark.parametrize("text", INNOCENT)
def test_places_and_things_round3(text):
    assert flagged(text, "locator") == []
