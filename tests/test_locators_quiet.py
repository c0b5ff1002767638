"""Locator pack: a verb's thing-sense said of the number as the subject
(custlint/engine/kinds/locator/thing_senses.py), against false alarms of the subject reading
("person_by_number"): a thing's own part or supply ('Rower 3 lost its seat rail bolt', 'Room 17
lost hot water'), where a thing ends up ('Table 11 went into the skip'), the sun or draught a
place gets ('Room 12 gets the afternoon sun'), where fixed furniture sits ('Table 23 sits in the
middle of the terrace'), furniture that tips ('Table 17 tipped over'), an event that starts at a
time ('Table 6 kicked off at seven') and a smell a place is left with ('Room 318 left a musty
smell after the flood'). The persons next to them use the same verbs: a tip, a row, a woman in
labour, a bare seat code that leaves a smell, a customer who loses her keys or moves out of the
sun.

Every sentence here was written for these tests. Every person in FLAGGED was flagged before
the guards (a4665d5) and must stay so. The look-alikes in INNOCENT marked `# quiet before`
were quiet before the guards too (they guard nothing yet, kept as edges of the same families);
all the others were flagged before (a4665d5).
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    ("Table 9 tipped the waiter a tenner.", "Table 9"),
    ("Table 4 tipped generously on the way out.", "Table 4"),
    ("Room 216 tipped the porter for carrying the bags.", "Room 216"),
    ("Table 6 kicked off at the waiter about the bill.", "Table 6"),
    ("Seat 14C kicked off at the crew when the drinks ran out.", "Seat 14C"),
    ("Bed 4 kicked off at the night nurse.", "Bed 4"),
    ("27B went into labour over Greenland.", "27B"),
    ("Bed 6 went into theatre at ten.", "Bed 6"),
    ("Room 302 went into town for dinner.", "Room 302"),
    ("Table 5 went into the bar to watch the match.", "Table 5"),
    ("17F left a bad smell in the toilet.", "17F"),
    ("Room 412 lost her keys again.", "Room 412"),
    ("Seat 21A lost his passport on the way through security.", "Seat 21A"),
    ("Table 8 lost her earring under the banquette.", "Table 8"),
    ("Bed 9 lost his glasses down the side of the mattress.", "Bed 9"),
    ("Room 114 lost their car park ticket.", "Room 114"),
    ("Room 5 wants more towels.", "Room 5"),
    ("Table 11 is asking for the bill.", "Table 11"),
    ("Bed 2 keeps pressing the call bell.", "Bed 2"),
    ("23C is refusing to sit down.", "23C"),
    ("Room 207 complained about the noise from the bar.", "Room 207"),
    ("Table 3 wants to move out of the sun.", "Table 3"),
    ("Room 16 asked for a fan because of the afternoon sun.", "Room 16"),
    ("Seat 4B wants the blind down because of the glare.", "Seat 4B"),
    ("Table 14 is asking to move out of the draught.", "Table 14"),
    ("12C keeps complaining about the draught.", "12C"),
    ("Room 88 rang down about the smell.", "Room 88"),
    ("Table 2 asked to sit in the window.", "Table 2"),
    ("Seat 9D has been sitting in the aisle for ten minutes.", "Seat 9D"),
    ("14D is standing in the aisle again.", "14D"),
    ("Table 7 knocked over a glass of red.", "Table 7"),
    ("Bed 5 fell out of bed last night.", "Bed 5"),
    ("Room 223 got sunburnt by the pool.", "Room 223"),
    ("Table 12 left without paying.", "Table 12"),
    ("Room 510 left her phone charger behind.", "Room 510"),
    ("Cabin 8 left a complaint on the app.", "Cabin 8"),
    ("Bed 3 lost her temper with the doctor.", "Bed 3"),
    ("Table 19 wants to know if the fish is fresh.", "Table 19"),
    ("Room 33 is furious about the hot water.", "Room 33"),
    ("Seat 6F is asking for a blanket because of the draught.", "Seat 6F"),
    ("Table 10 tipped the band.", "Table 10"),
    ("Room 15 went into a panic when the alarm sounded.", "Room 15"),
]

INNOCENT = [
    "Bay 6 lost its curtain rail during the night.",  # quiet before
    "Room 311 lost its key card reader after the storm.",
    "Table 12 lost its wobble once we folded a beer mat under the leg.",
    "Seat 22C lost its armrest cap somewhere over Spain.",
    "Treadmill 4 lost its safety clip again.",
    "Suite 7 lost its sea view when the crane went up.",  # quiet before
    "Cabin 5102 lost its porthole seal in the swell.",
    "Locker 19 lost its padlock overnight.",
    "Account 8830 lost its overdraft limit at the review.",  # quiet before
    "Booking 2291 lost its discount code in the system change.",
    "Ticket 6617 lost its priority tag when it was merged.",
    "Order 5510 lost its gift wrap note at the depot.",
    "Chalet 4 lost its satellite dish in the gale.",
    "Pitch 22 lost its hook-up socket cover.",  # quiet before
    "Bed 12 lost its brake pedal on the way to X-ray.",
    "Room 9 kept its old radiator after the refit.",  # quiet before
    "Table 3 kept its candle lit all evening.",  # quiet before
    "Seat 4A kept its blanket through the turnaround.",  # quiet before
    "Room 215 got its carpet cleaned on Tuesday.",
    "Suite 11 got its minibar restocked before lunch.",  # quiet before
    "Table 7 got its new tablecloth this morning.",  # quiet before
    "Cabin 204 got its smoke detector replaced.",
    "Villa 2 had its pool drained for the winter.",  # quiet before
    "Bed 3 had its mattress swapped for an air one.",  # quiet before
    "Room 44 missed its deep clean this month.",  # quiet before
    "Claim 7710 missed its review date by a week.",  # quiet before
    "Room 17 lost hot water after the boiler tripped.",
    "Chalet 9 has lost heating again.",  # quiet before
    "Lodge 12 lost its gas supply while the mains were dug up.",
    "Cabin 3 lost signal as soon as we left the harbour.",  # quiet before
    "Room 480 lost wifi during the conference.",  # quiet before
    "Flat 6 lost electricity when the fuse blew.",  # quiet before
    "Suite 2 lost water pressure on the top floor.",
    "Table 11 went into the skip after the leg snapped.",
    "Seat 9C went into storage when the row was refitted.",
    "Bed 14 went into the workshop for a new motor.",
    "Trolley 7 went into repair after the wheel came off.",
    "Stool 5 went into the bin after the party.",  # quiet before
    "Table 6 went into the store room for the winter.",
    "Locker 22 went into the scrap pile.",  # quiet before
    "Seat 1A went into the museum when the old jet retired.",
    "Cot 3 went into the warehouse after the recall.",
    "Chair 8 went into recycling with the broken frames.",
    "Bench 4 went into landfill in the end.",  # quiet before
    "Room 107 went into lockdown when norovirus hit the floor.",
    "Table 2 went into the history of the place as where the deal was signed.",
    "Table 15 went into the auction with the rest of the old furniture.",
    "Bed 19 went into the depot for a service.",
    "Room 12 gets the afternoon sun.",
    "Table 8 gets the evening light through the skylight.",  # quiet before
    "Does 3F get a draught from the door?",
    "Room 305 gets a lovely breeze off the sea.",
    "Table 14 gets the shade from the awning after two.",
    "Pitch 6 gets the wind straight off the hills.",  # quiet before
    "Seat 2A gets the glare on sunny mornings.",
    "Room 9 catches the morning sun.",  # quiet before
    "Villa 4 has the best sunlight on the estate.",  # quiet before
    "Suite 3 gets more light than the rooms below it.",  # quiet before
    "Table 19 gets a draught every time the door opens.",
    "Cabin 12 gets the sunshine till late.",
    "Table 5 sits in the corner by the fire.",  # quiet before
    "Seat 12A sits on the aisle of the exit row.",
    "Table 23 sits in the middle of the terrace.",
    "Room 210 sits in the corner of the east wing.",
    "Bed 2 sits in the alcove by the nurses' station.",  # quiet before
    "Tables 4 and 5 sit in the window.",
    "Table 9 stands in the shade of the plane tree.",
    "Table 3 lies in the centre of the dining room.",
    "Chair 6 sits in the window of the salon.",
    "Table 17 tipped over in the wind.",
    "Stool 8 tipped over when the bar got crowded.",
    "Bed 11 tipped up when the porter leant on the end.",
    "Seat 5 tipped the rider out when the belt snapped.",
    "Trolley 2 tipped the trays onto the floor.",
    "Chair 3 tipped the toddler off on the decking.",
    "Cart 6 tipped its load into the ditch.",  # quiet before
    "Table 22 tipped over and smashed the glasses.",
    "Sunbed 3 tipped over in the gust.",  # quiet before
    "Lounger 8 tipped the magazines into the pool.",
    "Table 6 kicked off at seven.",
    "Table 12 kicked off at 8pm with the quiz.",
    "Room 4 kicked off at nine with the keynote.",
    "Court 2 kicked off at noon.",
    "Table 10 kicked off at half past eight.",
    "Room 101 kicked off at 9 sharp.",
    "Room 318 left a musty smell after the flood.",
    "Suite 8 left a bleach smell after the deep clean.",
    "Cabin 6 left a damp odour in the linen.",
    "Room 9 left a whiff of paint after the redecoration.",
    "Room 15 left a stench of smoke after the kitchen fire.",
    "Flat 2 left a strange smell in the hallway.",  # quiet before
    "Room 220 lost its shower head in the refurbishment.",
    "Seat 30B lost its tray table latch on the descent.",
    "Rower 3 lost its seat rail bolt.",
    "Table 21 lost its umbrella in the wind.",  # quiet before
    "Bed 8 lost its side rail in transit.",  # quiet before
    "Room 19 has lost heating on and off all week.",  # quiet before
    "Table 4 went into the skip with the cracked chairs.",
    "Seat 15D went into the spares pile after the refit.",
    "Room 6 gets the sun until lunchtime.",
    "Table 1 gets the breeze from the terrace doors.",
    "Table 3 sits in the window with a view of the harbour.",
    "Table 2 tipped over when the wind picked up.",
    "Table 18 kicked off at eight with speeches.",
    "Room 5 left a smell of paint for days.",
    "Suite 4 lost its balcony door handle.",  # quiet before
    "Room 12 missed its turndown because of the lift.",  # quiet before
]


@pytest.mark.parametrize(("text", "match"), FLAGGED)
def test_flagged(text, match):
    assert locator_matches(text) == [match], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
