"""Locator pack: what a numbered thing or place reports, holds, is given or sounds like,
said of the number as the subject (custlint/engine/kinds/locator/thing_reports.py), against
false alarms of the subject reading and the back-reference: how many a place holds ('Lodge 14
sleeps six across three bedrooms', 'Table 22 takes eight covers'), a machine's message ('Till 7
is asking for a supervisor override', 'Treadmill 4 reports a motor fault'), the staff a table is
given ('Table 8 got the new waiter'), a place's alarm or hum ('Bed 2 buzzed all night'), a course
the kitchen calls ('Table 10 is going out now') and a ticket's note of our fix ('Ticket 8120 says
the patch is live'). The persons next to them use the same words: a smoke, two sugars, a call
for the nurse, a refund asked for at a till, a waiter got to take a photo, a fix that failed her.

Every sentence here was written for these tests. Every person in FLAGGED was flagged before
the guards (7dfa56e) and must stay so. The look-alikes in INNOCENT marked `# quiet before`
were quiet before the guards too (they guard nothing yet, kept as edges of the same families);
all the others were flagged before (7dfa56e).
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches

# (text, the finding's match)
FLAGGED = [
    ("Table 6 is going out for a smoke.", "Table 6"),
    ("Table 9 is going out to the terrace.", "Table 9"),
    ("Table 12 is going out to smoke between courses.", "Table 12"),
    ("Table 4 takes two sugars.", "Table 4"),
    ("Table 8 takes his coffee black.", "Table 8"),
    ("Cabin 2210 sleeps late every morning.", "Cabin 2210"),
    ("Lodge 14 sleeps with the window open.", "Lodge 14"),
    ("Room 12 smelt the smoke and rang down.", "Room 12"),
    ("Bed 4 buzzed for the nurse.", "Bed 4"),
    ("Room 9 buzzed down to reception twice.", "Room 9"),
    ("Bed 7 keeps buzzing for a commode.", "Bed 7"),
    ("Till 3 is asking for a refund.", "Till 3"),
    ("Kiosk 2 is asking for help with the form.", "Kiosk 2"),
    ("Till 5 says she was overcharged.", "Till 5"),
    ("Checkout 4 is asking for the manager.", "Checkout 4"),
    ("Table 6 got the waiter to take a photo.", "Table 6"),
    ("Table 14 got the waitress a birthday drink.", "Table 14"),
    ("Table 21 was rude to the head waiter.", "Table 21"),
    ("Ticket 3391 says the export still fails.", "Ticket 3391"),
    ("Case 8812 says she never got the fix.", "Case 8812"),
    ("Ticket 4410 says he's tried the workaround twice.", "Ticket 4410"),
    ("Case 7713 says the update wiped his files.", "Case 7713"),
    ("Ticket 902 says the app crashes on login.", "Ticket 902"),
    ("Table 6 wants the bill.", "Table 6"),
    ("Room 12 wants more towels.", "Room 12"),
    ("Bed 4 keeps pressing the call bell.", "Bed 4"),
    ("Table 9 is asking for the dessert menu.", "Table 9"),
    ("Room 204 complained about the bleach smell.", "Room 204"),
    ("Table 18 asked to be seated by the window.", "Table 18"),
    ("Cabin 5 wants an extra blanket.", "Cabin 5"),
    ("Room 40 complained about the humming.", "Room 40"),
    ("Table 15 is going out for some air.", "Table 15"),
    ("Table 3 went out for a cigarette.", "Table 3"),
    ("Room 31 asked us to open the window because of the paint smell.", "Room 31"),
    ("Bed 3 asked for the new nurse.", "Bed 3"),
    ("Table 10 is going out for a walk.", "Table 10"),
    ("Bed 2 buzzed for a bedpan.", "Bed 2"),
    ("Till 7 is asking for a receipt.", "Till 7"),
    ("Ticket 5510 says the fix didn't work for her.", "Ticket 5510"),
    ("Table 8 got the waiter's attention.", "Table 8"),
    ("Kiosk 6 is asking for a refund on the parking.", "Kiosk 6"),
    ("Treadmill 4 keeps asking for a towel.", "Treadmill 4"),
]

INNOCENT = [
    "Lodge 14 sleeps six across three bedrooms.",
    "Cabin 2210 sleeps two in a double bed.",  # quiet before
    "Chalet 9 sleeps eight at a squeeze.",  # quiet before
    "Suite 301 sleeps four adults and a child.",  # quiet before
    "Villa 6 sleeps ten, with a sofa bed in the lounge.",  # quiet before
    "Caravan 12 sleeps five: a double, a twin and a dinette bed.",  # quiet before
    "Table 18 seats twelve for the wedding breakfast.",  # quiet before
    "Table 3 seats four comfortably.",  # quiet before
    "Booth 7 seats six if they squeeze in.",  # quiet before
    "Room 5 seats forty theatre style.",  # quiet before
    "Table 22 takes eight covers.",  # quiet before
    "Table 11 takes ten people at most.",  # quiet before
    "Table 2 holds six diners.",  # quiet before
    "Table 15 fits eight guests with the leaf in.",  # quiet before
    "Cabin 5 accommodates four guests.",  # quiet before
    "Dorm 3 sleeps twelve on bunks.",  # quiet before
    "Room 12 smelt of damp all week.",  # quiet before
    "Room 204 stank of bleach after the deep clean.",  # quiet before
    "Suite 9 reeks of cigarette smoke from the last stay.",  # quiet before
    "Room 31 smells of fresh paint this morning.",  # quiet before
    "Cabin 7 smelt of diesel from the engine room.",  # quiet before
    "Lodge 2 stinks of wet dog since the last booking.",  # quiet before
    "Room 18 smelt of burnt toast all afternoon.",  # quiet before
    "Chalet 4 reeked of mould when housekeeping went in.",  # quiet before
    "Bed 4 buzzed all night.",
    "Room 40 hummed all night from the extractor fan.",  # quiet before
    "Bed 7 beeped until biomed came.",  # quiet before
    "Cabin 3 rattled all night in the swell.",  # quiet before
    "Room 12 creaked all night during the storm.",  # quiet before
    "Bay 3 bleeped every ten minutes after the pump ran dry.",  # quiet before
    "Room 208 whined from the air conditioning unit.",
    "Till 3 is asking for a supervisor code.",
    "Till 5 is asking for a manager override.",
    "Pump 4 says card declined again.",  # quiet before
    "Pump 7 keeps saying card declined.",  # quiet before
    "Kiosk 2 keeps asking for a PIN.",
    "Kiosk 8 says out of paper.",
    "Self-checkout 6 keeps saying unexpected item.",
    "Checkout 4 is asking for a supervisor.",
    "Treadmill 2 reports error E07.",
    "Treadmill 6 keeps showing a belt fault.",  # quiet before
    "Rower 3 shows error code 4.",  # quiet before
    "Terminal 9 says offline.",  # quiet before
    "Till 12 keeps flashing a printer jam.",  # quiet before
    "PC 6 says it needs a restart.",  # quiet before
    "Till 1 reports a battery fault.",
    "Bike 4 displays a signal error.",  # quiet before
    "Table 6 got the new waitress.",
    "Table 14 got the agency waiter tonight.",
    "Room 12 got the new cleaner this morning.",
    "Bed 3 has the new nurse today.",  # quiet before
    "Table 9 got the trainee host.",
    "Bay 6 has the agency nurse until eight.",  # quiet before
    "Table 21 got the head waiter.",
    "Room 7 got the new housekeeper.",
    "Table 6 is going out now.",
    "Table 9 is going out next.",
    "Table 12 goes out first.",
    "Table 4 is going out.",
    "Table 15 is going out now, two steaks and a salad.",
    "Ticket 4410 says the fix is in 3.2.",
    "Ticket 5521 says the patch went out on Tuesday.",
    "Case 8812 says the workaround is to clear the cache.",
    "Incident 310 says the hotfix was deployed at noon.",
    "Ticket 902 says the fix was merged last night.",
    "Case 7713 states the resolution is a firmware update.",  # quiet before
    "Page 4 says the fix ships in the next release.",  # quiet before
    "Section 2 says the workaround still applies.",
    "Issue 4401 says the fix is scheduled for Friday.",  # quiet before
    "Bug 218 says the patch is in staging.",  # quiet before
    "Ticket 3310 says the issue was escalated to tier two.",
    "Ticket 7001 says the fix was released this morning.",
    "Room 12 smelt of damp, so we moved her to 14.",  # quiet before
    "Room 9 stank of smoke, ring housekeeping and tell them.",  # quiet before
    "Suite 4 reeked of bleach, let her know we're airing it.",  # quiet before
    "Room 31 smelt of paint when she arrived, apologise to her.",  # quiet before
    "Room 22 smells of damp; can you call her about a swap?",  # quiet before
    "Lodge 7 sleeps six in three bedrooms.",
    "Cabin 4 sleeps four in two bunks.",  # quiet before
    "Villa 2 sleeps eight in four doubles.",
    "Lodge 11 sleeps two in a king bed.",  # quiet before
    "Table 6 seats eight at the round end.",  # quiet before
    "Table 10 takes twelve at a push.",  # quiet before
    "Table 5 takes six in the booth.",  # quiet before
    "Bed 2 buzzed all night.",
    "Bed 11 buzzed all evening.",
    "Bed 6 beeped all night from the pump.",  # quiet before
    "Room 14 buzzed all night from the fridge.",
    "Locker 9 buzzed all night.",
    "Bay 4 beeped all morning.",  # quiet before
    "Till 7 is asking for a supervisor override.",
    "Kiosk 6 is asking for a PIN again.",
    "Till 9 asks for a supervisor every refund.",
    "Checkout 3 keeps asking for an override.",
    "Kiosk 1 keeps asking for a restart.",
    "Treadmill 4 reports a motor fault.",
    "Treadmill 1 keeps reporting a belt error.",
    "Table 8 got the new waiter.",
    "Table 2 got the trainee waitress.",
    "Table 5 got the agency chef's tasting menu.",  # quiet before
    "Table 10 is going out now.",
    "Table 16 is going out next.",
    "Table 1 goes out next.",
    "Table 7 is going out now, three fish and a risotto.",
    "Ticket 5510 says the fix is in the next build.",
    "Ticket 8120 says the patch is live.",
    "Case 3390 says the workaround is in the knowledge base.",
    "Ticket 77 says the fix was deployed to production.",
]


@pytest.mark.parametrize(("text", "match"), FLAGGED)
def test_flagged(text, match):
    assert locator_matches(text) == [match], text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text


def test_a_customer_who_says_the_fix_failed_is_still_a_person():
    """The ticket's note is the team's only when the fix is what it is about: here the
    customer says the export still crashes after it."""
    assert locator_matches("Ticket 7120 says the upload still hangs after the patch") == [
        "Ticket 7120"
    ]
