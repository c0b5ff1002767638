"""Locator pack: people called by a number, against places and things."""

from __future__ import annotations

import pytest

from tests.conftest import flagged, lint_text

POSITIVE = [
    ("The man in seat 17F wants a blanket.", "The man in seat 17F", "The customer in seat 17F"),
    ("Room 839 wants more towels.", "Room 839", "The customer in room 839"),
    ("14C keeps pressing the call button.", "14C", "The customer in seat 14C"),
    ("Table 6 is asking for the bill.", "Table 6", "The customer at table 6"),
    ("Bed 3 needs help with her tray.", "Bed 3", "The customer in bed 3"),
    (
        "The couple at table 9 is arguing about dessert.",
        "The couple at table 9 is",
        "The customers at table 9 are",
    ),
    (
        "the guy on flight 212 wants his bag back",
        "the guy on flight 212",
        "the customer on flight 212",
    ),
    ("Ticket 5521 keeps calling about the outage.", "Ticket 5521", "The customer with ticket 5521"),
    ("Can you check on 22B? She looks pale.", "22B", "the customer in seat 22B"),
    ("Dear Table 12, thank you for a lovely evening!", "Table 12", "customer at Table 12"),
    (
        "The lady in room 301 is asking for a vegetarian option.",
        "The lady in room 301",
        "The customer in room 301",
    ),
    ("Where is the dessert for table 4?", "table 4", "the customer at table 4"),
    # the number given to a person as a name
    ("Everyone on the ward calls him 6B now.", "6B", "the customer in seat 6B"),
    # a count after the code lists no seat
    ("The man in 18D and 3 others asked for water.", "The man in 18D", "The customer in seat 18D"),
    # one person noun over a list of codes: one finding, one rewrite (GUIDELINES: lists)
    (
        "The twins in 31B and 31C were sick twice.",
        "The twins in 31B and 31C",
        "The customers in seats 31B and 31C",
    ),
    (
        "The family in 8A, 8B and 8C asked for colouring books.",
        "The family in 8A, 8B and 8C",
        "The customers in seats 8A, 8B and 8C",
    ),
]

INNOCENT = [
    "They called it room 12 on the plans.",
    "We named the suite 401 after the founder.",
    "Please deliver the towels to room 839.",
    "Your seat is 17F.",
    "Table 14 is free at 8 pm if you would like to book it.",
    "See table 14 below for the fares.",
    "Flight 64 departs at 9:10 from gate B.",
    "Room 412 needs new linen before the next arrival.",
    "Bed 3 needs fresh sheets.",
    "Order 10552 has shipped.",
    "The customer in seat 17F asked for water.",
    "The hall holds up to 208 people.",
    "The meeting is in room 3B on the second floor.",
]


@pytest.mark.parametrize(("text", "match", "replacement"), POSITIVE)
def test_people_called_by_numbers_are_flagged(text, match, replacement):
    findings = [f for f in lint_text(text) if f.category == "locator"]
    assert [f.match for f in findings] == [match]
    assert findings[0].replacements == (replacement,)


@pytest.mark.parametrize("text", INNOCENT)
def test_places_and_things_are_not_flagged(text):
    assert flagged(text, "locator") == []
