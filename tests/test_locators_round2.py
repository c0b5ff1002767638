"""Locator pack, third round: more numbered places, person nouns, pronouns that follow a
number, imperatives and questions about a number.

Every sentence here was written for these tests; each group has look-alikes that must stay
quiet.
"""

from __future__ import annotations

import pytest

import custlint
from tests.conftest import flagged, lint_text

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
    # a personal pronoun later in the sentence looks back to the number
    ("Please phone 30417 today, she is off work until Monday.", "30417", None),
    ("We all remember 882 for the cake he brought every Friday.", "882", None),
    ("text 5106 when the part arrives, he wants to fit it himself", "5106", None),
    ("Room 215 missed breakfast again, so save her a croissant.", "Room 215", None),
    ("Ring 4471 before 9, she starts early.", "4471", None),
    ("Please pass 6613 to the billing team; her direct debit failed twice.", "6613", None),
    # imperatives done to a bare number
    ("email 6021 the new terms today", "6021", "the customer in 6021"),
    ("Please warn 3390 about the roadworks.", "3390", None),
    ("feed 7 first, then the rest of the bay", "7", None),
    ("settle 15 before the night round", "15", None),
    ("chase 2208 about the unpaid bar bill", "2208", None),
    # what a number is: a person noun, a state, a person's condition
    ("9 is a stag party, all on the set menu", "9", None),
    ("Is bed 12 the lady with the hearing aid?", "bed 12", None),
    ("Is 31 the one with the walking frame?", "31", None),
    ("14D is in tears after the call from home", "14D", None),
    ("bed 2 is NBM from 6 am", "bed 2", None),
    ("table 7 is having a meltdown over the bill", "table 7", None),
    # "How's N doing?"
    ("How's 15 doing after the fall?", "15", None),
    # a singular place with a plural verb is the people in it
    ("dorm 6 are a rugby team, keep them away from the quiet floor", "dorm 6", None),
    ("flight 230 are still waiting at the transfer desk", "flight 230", None),
    # a phrase beside the number says it is a person
    ("I'll always remember 27D, a little boy who drew us a plane.", "27D", None),
    ("Our favourite was 6120, a pensioner who wrote to us every month.", "6120", None),
    # verb forms the tagger or lemmatizer misreads, lists before the verb
    ("Did 4410 ever ring back about the outage?", "4410", None),
    ("Can we send 3312 a bottle of wine for the delay?", "3312", None),
    ("bed 8 needs a hoist transfer before lunch", "bed 8", None),
    ("1180 rang, wants the invoice split in two", "1180", None),
    # after an opening phrase or a greeting and a comma, a long number or a code as subject
    ("Hi Sam, 52210 has emailed to say the router works again.", "52210", None),
    ("After the storm, 30418 phoned to say thanks.", "30418", None),
    ("quick update, 52291 kicked off at reception again", "52291", None),
    (
        "Diary: that winter, 6604 became our favourite; she knitted for the whole team.",
        "6604",
        None,
    ),
    # greetings before a numbered place or a '#' number
    ("Dear suite 40, thank you for staying with us.", "suite 40", "customer in suite 40"),
    ("Dear #5521, your refund is on its way.", "#5521", None),
    # watching someone
    ("keep an eye on 418 tonight, he was unsteady at dinner", "418", None),
    ("eyes on 9C please, very pale since take-off", "9C", None),
    # an answer to a who-question earlier in the previous sentence
    ('"Who is asking?" "Room 61, about the late checkout."', "Room 61", None),
    # rows named by a letter
    ("Row G is talking through the whole film.", "Row G", "The customer in row G"),
    ("the couple in row D want to swap seats", "the couple in row D", "the customers in row D"),
    # what people are to each other; days are not people
    ("Hi team, 80412 is moving on Friday, so please hold her parcel.", "80412", None),
    # a person noun placed through a chain of places
    (
        "the lady by the window in seat 4 wants a blanket",
        "the lady by the window in seat 4",
        "the customer by the window in seat 4",
    ),
    # a number that owns a person
    ("room 208's husband phoned from the lobby", "room 208", None),
    # ticket references with a letter prefix; a code's capitals leave the rewrite's case alone
    ("INC-4410 is asking for an update every hour", "INC-4410", "The customer with INC-4410"),
    ("SR-2205 wants a credit for the outage", "SR-2205", "The customer with SR-2205"),
    ("please ask AA3 to sit down", "AA3", "the customer in seat AA3"),
    ("ROOM 412 WANTS TOWELS", "ROOM 412", "THE CUSTOMER IN ROOM 412"),
    # seat codes the tokenizer cuts in two ("11K" -> "11", "K")
    ("11G wants a blanket", "11G", "The customer in seat 11G"),
    ("bring 4K another coffee, he's been so patient", "4K", None),
    # a particle between the verb and the number; verbs whose 'at' object is someone
    ("Can you wake up 14C before we land?", "14C", None),
    ("cut off 22A, no more wine", "22A", None),
    # a note that puts a number where people wait, doing what people do
    ("booking 7730 at the desk wanting a child seat", "booking 7730", None),
    ("res 4102 at the counter, says the deposit was paid", "res 4102", None),
    # a relative 'who' after the number
    ("We all knew account 5521, who rang every Friday at noon.", "account 5521", None),
    ("I still think of 7730, who sent us a card every Christmas.", "7730", None),
    # things that belong to the person at a number
    ("obs for beds 2 and 5 are due at ten", "beds 2 and 5", None),
    # a place named by two parts is one mention, named by its last head word
    ("bay 3 bed 2 wants a commode", "bay 3 bed 2", "the customer in bay 3 bed 2"),
    # a verb the tagger read as a modifier of the place
    ("We ended up moving room 230 to 118 after the leak.", "room 230", None),
    ("counter 5 is getting shouty about the queue", "counter 5", None),
    # kind people, fevers, and plural seat heads
    ("seats 8 and 9 were so kind to the lost boy", "seats 8 and 9", None),
    ("7 spiked a temp overnight, bloods sent", "7", None),
    ("the couple in boxes 3 and 4 want a high chair", "the couple in boxes 3 and 4", None),
    ('They told me to refer to her as "212 Bed 1" on the ward.', "212 Bed 1", None),
    # quantifiers as the parser's subject: "both", "all"
]


def test_the_case_of_a_rewrite_follows_the_words_not_the_code():
    findings = [
        f for f in custlint.lint_text("INC-4410 wants an update") if f.category == "locator"
    ]
    assert findings[0].replacements == ("The customer with INC-4410",)
    findings = [f for f in custlint.lint_text("ROOM 412 WANTS TOWELS") if f.category == "locator"]
    assert findings[0].replacements == ("THE CUSTOMER IN ROOM 412",)


@pytest.mark.parametrize(("text", "match", "replacement"), POSITIVE)
def test_people_called_by_numbers_round2(text, match, replacement):
    findings = [f for f in lint_text(text) if f.category == "locator"]
    assert [f.match for f in findings] == [match]
    if replacement is not None:
        assert findings[0].replacements[0].lower() == replacement.lower()


def test_shouting_at_a_seat_and_a_list_that_both_complained():
    assert flagged("the man in 3D keeps shouting at 3F", "locator") == [
        ("CL201", "the man in 3D"),
        ("CL201", "3F"),
    ]
    assert flagged("Night report: 40 and 41 both complained about the music.", "locator") == [
        ("CL208", "40"),
        ("CL208", "41"),
    ]


def test_a_list_of_numbers_that_are_neighbours():
    text = "After the flood, 5520 and 5522 are neighbours on one street."
    assert flagged(text, "locator") == [("CL208", "5520"), ("CL208", "5522")]


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
    # a pronoun that looks back to someone else, or a number that is a place or a time
    "Send the towels to room 620 when she asks.",
    "She can't check in until 3, so she left her bags with us.",
    "Room 310 needs new curtains, she said.",
    "Which room is flooded? 208, the plumber is on his way.",
    "I gave Anna the list for 3308 and she filed it.",
    "Send 3308 to the nurse, she will sign for it.",
    # what a place is, or was
    "Table 14 was the one by the window.",
    "Till 2 was the only one with a working scanner.",
    "Room 9 is a family room with two double beds.",
    "Room 4, the family room, is being repainted.",
    "bed 5 and bed 6 are overdue for a deep clean",
    "Rooms 4 and 5 are ready for the inspection.",
    "told 2 ppl at the door the venue is full",
    "bed 8 needs a new hoist battery",
    "the coffee we send 12 a day to the office",
    "3 and 4 closed early for the staff party",
    "In 2019, the hotel opened a spa.",
    "Dear diary, room 12 was repainted today.",
    "keep the lid on bin 3",
    "Row G is nearest the exit.",
    "INC-4410 was closed yesterday.",
    "Pick up 14 boxes from the depot.",
    "Room 4 bed 2 is being deep cleaned.",
    "Rows 4 and 5 are closed for filming.",
    "The fridge in room 9 runs hot at night.",
    "The moving room 3 display is broken.",
    "counter 5 is getting the new till on Monday",
    "Room 12, whose door sticks, is free again.",
    "A man came down from 318 who wanted a taxi.",
    "3 bags for 604 going up in the lift now",
    "order 2231 at the desk for collection",
    "table 6 at the window is free",
    "She pointed at table 4 and laughed.",
    "The attachment is 11K and the limit is 2M.",
    "We served 6K meals last year.",
    "See RFC-2616 for the caching rules.",
    "the lamp on the desk in room 4 is broken",
    "the view from the window in room 12 is lovely",
    "the row I sat in was wet",
    "Rows A to F are closed for cleaning.",
    "Keep 2 on the side for later.",
    # counts and times after the same verbs
    "email 3 photos of the damage to the insurer",
    "wash 2 towels on a hot cycle",
    "chase the courier at 4 and again at 6",
    'GET /orders/77 -> {"status": "shipped"} and he checked it',
]


@pytest.mark.parametrize("text", INNOCENT)
def test_places_and_things_round2(text):
    assert flagged(text, "locator") == []
