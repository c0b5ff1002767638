"""Locator pack, second round: shorthand, objects, greetings, lists and more locators.

Every sentence here was written for these tests; each group has look-alikes that must stay
quiet.
"""

from __future__ import annotations

import pytest

import custlint
from tests.conftest import flagged, lint_text

# (text, the finding's match, its replacement)
POSITIVE = [
    # a person noun placed "with" a number
    (
        "The lady with ticket 3810 is asking for you again.",
        "The lady with ticket 3810",
        "The customer with ticket 3810",
    ),
    ("That man with room 227 left his scarf.", "That man with room 227", "customer with room 227"),
    # plural heads with a list of numbers
    (
        "tables 2, 7 and 11 still waiting on mains",
        "tables 2, 7 and 11",
        "the customers at tables 2, 7 and 11",
    ),
    ("rooms 305 and 306 complaining about the lift", "rooms 305 and 306", None),
    # shorthand subjects the parser misreads, by word order
    ("19D asking for a second pillow", "19D", "the customer in seat 19D"),
    ("Handover: 1412 disputed the parking fee twice.", "1412", None),
    ("Over the weekend, 2207 rang the desk nine times.", "2207", None),
    ("#7713 replied, still no dial tone", "#7713", None),
    ("5530 on hold for billing", "5530", None),
    # the subject hides inside the mention, or a later verb names what it did
    ("Please note booking 6620 has asked for a cot.", "booking 6620", None),
    ("At the break, C12 leaned over and asked me for a pen.", "C12", None),
    ("Registration 8120 wants to switch to the 10 km race.", "Registration 8120", None),
    # returning a call, giving something, verbs done to a number
    ("Please ring account 50112 back after lunch.", "account 50112", None),
    ("call back 3304 before six, he is waiting by the phone", "3304", None),
    ("Bring 23E a cup of tea, please.", "23E", None),
    ("bring 14 their coats, they are leaving", "14", None),
    ("Take table 12 another jug of water.", "table 12", None),
    ("upgrade 906 to a sea view, it's their anniversary", "906", None),
    ("ping 6604 when the courier calls", "6604", None),
    ("Let card ending 7781 know the block is lifted.", "card ending 7781", None),
    ("I apologised to seat 9B for the cold meal.", "seat 9B", None),
    # greetings and answers
    ("Hi 4402, thanks for waiting, I've reset the router.", "4402", "4402"),
    ("Good evening, room 507? Your car is downstairs.", "room 507", "customer in room 507"),
    ("Excuse me, table 8, your cab has arrived.", "table 8", "customer at table 8"),
    # more locators
    ("acc 61120 wants a paper statement", "acc 61120", "the customer with acc 61120"),
    ("Tab 31 wants to settle up", "Tab 31", "The customer with tab 31"),
    ("the woman at till 6 wants a refund on the toaster", "the woman at till 6", None),
    ("Number 71, please come to counter 2.", "Number 71", None),
]


def test_both_sides_of_a_swap_are_people():
    text = "can you swap 30A with 30C, they're sisters"
    assert flagged(text, "locator") == [("CL201", "30A"), ("CL201", "30C")]


@pytest.mark.parametrize(("text", "match", "replacement"), POSITIVE)
def test_more_people_called_by_numbers(text, match, replacement):
    findings = [f for f in lint_text(text) if f.category == "locator"]
    assert [f.match for f in findings] == [match]
    if replacement is not None:
        assert findings[0].replacements[0].lower().endswith(replacement.lower())


def test_a_who_question_answered_with_a_number_and_more():
    text = '"Who is at the door?" "2210, she says she lost her key."'
    assert flagged(text, "locator") == [("CL208", "2210")]


def test_a_who_question_answered_with_a_counter():
    text = '"Who raised the complaint?" "Block 112, the whole row."'
    assert flagged(text, "locator") == [("CL209", "Block 112")]


INNOCENT = [
    # with: counts of people, not places
    "A family with 3 kids checked in late.",
    # plural heads that are places
    "tables 4, 6 and 10 reset for the 9:15 sitting",
    "Rooms 201 and 202 are being repainted this week.",
    # things owned by the number
    "table 5's leg wobbles again",
    "bed 7's locker will not open",
    "Order 5512's box arrived crushed.",
    "The bed 3 call bell is broken.",
    "Your ticket 40021 has been updated.",
    # places described
    "Bed 2 looked out over the garden.",
    "Table 6 sits under the big mirror by the window.",
    # sizes and counts
    "Groups of 12 or more get a set menu.",
    "We seat parties of 8 in the back room.",
    "Please refund 2 coffees to the card used at table 9.",
    # documents and codes
    "See section 4 for the refund terms.",
    "Please see section 2 of the guide; table 3 lists the codes.",
    "refund sent - macro Q7 used",
    "Tickets sat in the queue for days; ticket 5504 sat there longest.",
    "Case 3020 is waiting for a software patch.",
    "Booking 77120 paid in full on 2 May.",
    "Flight 19 was cancelled because of fog.",
    "12345 isn't a postcode here, it's the store ID.",
    "Till 3 is closed for lunch.",
    "The card ending 4410 declined at the pump.",
    "ping 3 times before you give up",
    "Window 2 opens at nine.",
    "In 2023, 4000 people visited.",
    "Take 2 a day with food.",
    "The man with the dog sat at table 4 all afternoon.",
    "Who designed the logo? Agency 24, a small studio.",
]


@pytest.mark.parametrize("text", INNOCENT)
def test_more_places_and_things_are_not_flagged(text):
    assert flagged(text, "locator") == []


def test_the_man_with_the_dog_at_a_table_is_the_noun_not_the_number():
    # A person noun placed at a table is still the good target of the rewrite.
    findings = [
        f
        for f in custlint.lint_text("The man at table 4 wants the dog bowl.")
        if f.category == "locator"
    ]
    assert [f.replacements for f in findings] == [("The customer at table 4",)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cabin 5120's shower screen is cracked again.", []),
        ("Booking 3381's deposit was refunded this morning.", []),
        ("Counter 6's card reader keeps freezing.", []),
        ("Suite 40's little boy has a temperature.", ["Suite 40"]),
        ("Table 11's starters can go now.", ["Table 11"]),
        ("Room 508's luggage is still in the lobby.", ["Room 508"]),
    ],
)
def test_a_place_owns_things_and_a_person_owns_people_and_belongings(
    text: str, expected: list[str]
) -> None:
    found = [f.match for f in lint_text(text) if f.category == "locator"]
    assert found == expected
