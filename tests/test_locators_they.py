"""Locator pack: 'they', 'them' and 'their' looking back to a list of codes
(custlint/engine/kinds/locator/listed_they.py, `listed_then_they`). Staff name two or more codes
and go on with a plural pronoun that only people can be ('12A and 12C are on a connection, let
them off first', 'Pop back to 31A and 31B? They've been arguing.'): each code is a person.
Its look-alikes have a 'they' just as near, but the list's clause makes the codes places,
things or records (ready, broken, shipped, closed), the pronoun does what things do too
(won't recline, need changing, been cleaned), or someone or something else stands between.

Every sentence here was written for these tests. Persons marked `new` were not flagged before
this reading (34df5e9); look-alikes marked `guard` were quiet before it too. The few marked
xfail are known false alarms of other readings, kept so that they show when put right.
"""

from __future__ import annotations

import pytest

from tests.conftest import locator_matches


def _known(reason: str):
    return pytest.mark.xfail(strict=True, reason=reason)


# (text, the finding's match); `new`: not flagged before this reading.
FLAGGED = [
    (
        "Could you nip back to 41A and 41B? They've been bickering about the armrest since Madrid.",
        "41A",
    ),  # new
    ("Can you pop over to 7 and 9? They've been waving at the bar for ages.", "7"),  # new
    ("Head over to 212 and 214? They're complaining about the wifi again.", "212"),  # new
    ("Could someone pop down to 16 and 17? They've been shouting at the referee.", "16"),  # new
    ("Can you go over to 2C and 2D? They're arguing with the couple behind.", "2C"),  # new
    ("Pop back to 33E and 33F, they've been swearing at each other.", "33E"),  # new
    ("Could you nip over to 5 and 6? They're demanding to see the manager.", "5"),  # new
    ("Go back to 19A and 19C, they're threatening to film the crew.", "19A"),  # new
    ("Can you pop to 11 and 12? They've been moaning about the music all night.", "11"),  # new
    ("Nip over to 303 and 305? They've been asking about the spa since breakfast.", "303"),  # new
    ("Can someone head back to 24B and 24C? They're sobbing and won't say why.", "24B"),  # new
    ("Could you go over to 8 and 10? They're refusing to pay the service charge.", "8"),  # new
    ("Pop over to 14 and 18, they've been complaining about the draught.", "14"),  # new
    ("24 and 25 are together, bring their mains out at once.", "24"),  # new
    ("31 and 32 are together, put their drinks on one bill.", "31"),  # new
    ("9A and 9B are together, keep their meals coming at the same time.", "9A"),  # new
    ("7 and 8 are together, serve their desserts at the same time.", "7"),  # new
    ("18 and 19 are one party, fire their starters together.", "18"),
    ("40 and 41 are a couple, bring their coffees together.", "40"),
    ("2 and 3 are a group, send their dessert menus over together.", "2"),
    ("102 and 104 are family, their breakfast is on one bill.", "102"),
    ("16A and 16B are on their honeymoon, let them off first.", "16A"),  # new
    ("27C and 27D are on a connection, let them off first.", "27C"),  # new
    ("12A and 12B are on a tight connection to Boston, let them off first.", "12A"),  # new
    ("Pop back to 6A and 6B? They're furious about the delay.", "6A"),  # new
    ("Can you nip to 35 and 36? They're impatient for the bill.", "35"),  # new
    ("Could you pop over to 210 and 211? They're upset about the noise next door.", "210"),  # new
    ("Can you go back to 20D and 20E? They seem anxious about the landing.", "20D"),  # new
    ("Ring 5101 and 5102, apologise to them for the missed delivery slot.", "5101"),  # new
    ("Call 6620 and 6621 back and apologise to them for the wait.", "6620"),
    ("Ring 3391 and 3392 to remind them of the new opening hours.", "3391"),  # new
    ("Please ring 7741 and 7742 and explain to them why the fee applies.", "7741"),  # new
    ("Can you pop back to 21A and 21B? They're begging for a blanket.", "21A"),  # new
    ("Nip over to 1102 and 1104, they've been grumbling about the view.", "1102"),  # new
    ("Can you nip back to 13 and 15? They've been heckling the quiz host.", "13"),  # new
    ("Head down to 9 and 11? They've been vaping in the toilets.", "9"),  # new
    ("Can you pop over to 8B and 8C? They're threatening to complain to the airline.", "8B"),  # new
    ("Could someone nip back to 23D and 23E? They've been bickering since take-off.", "23D"),  # new
    ("14A and 14B are on a connection to Dubai, let them off first please.", "14A"),  # new
    ("Buzz 702 and 704, tell them the shuttle leaves at six.", "704"),  # new
    ("Ring 60412 and 60415 and offer them a refund for the missed session.", "60412"),  # new
    ("Can somebody head over to 9E and 9F? They've been shouting at each other.", "9E"),  # new
    ("Phone 80412 and 80419 and warn them the water will be off on Tuesday.", "80412"),
    ("Please ring 4471 and 4472, tell them their cards are ready to collect.", "4471"),
    ("Text 6620 and 6621 and let them know the engineer is running late.", "6620"),
    ("Email 30115 and 30116 to let them know the library closes at four.", "30115"),
    ("Tell 15 and 16 their table is ready in the garden.", "15"),
    ("Ask 7 and 8 whether they want the bill together.", "7"),
    ("Can you check on 11 and 12? They look really upset.", "11"),
    ("Can someone check on bays 4 and 5? They've been buzzing for ages.", "bays 4 and 5"),
    ("Remind 214 and 216 that their checkout is at eleven.", "214"),
    ("Reassure 2B and 2C, they're terrified of the turbulence.", "2B"),
    ("Go over to 27A and 27B, they're furious about the meal.", "27A"),  # new
    ("Pop back to 44C and 44D? They're complaining about the smell.", "44C"),  # new
    ("Can you nip over to 3 and 4? They've been waving for the menu.", "3"),  # new
    ("Head back to 18E and 18F? They're arguing with each other again.", "18E"),  # new
    ("6 and 8 are together, bring their coffees out at the same time.", "6"),  # new
    ("10 and 11 are one party, put their drinks on one tab.", "10"),
    ("4A and 4B are a couple, seat them together at the front.", "4A"),
    ("112 and 114 are friends, let them share the minibus to the airport.", "112"),
    ("Seats 12A and 12B keep pressing the button, can you reassure them?", "Seats 12A and 12B"),
    (
        "Rooms 301 and 302 have asked for a late checkout, can you let them know it's fine?",
        "Rooms 301 and 302",
    ),
    ("Tables 5 and 6 have finished, take them the bill.", "Tables 5 and 6"),
    (
        "Beds 8 and 9 are asking for tea, can you let them know the trolley is coming?",
        "Beds 8 and 9",
    ),
    ("Cubicles 2 and 3 have been waiting an hour, can you reassure them?", "Cubicles 2 and 3"),
    ("Tell 22 and 23 we're sorry about the wait and thank them for their patience.", "22"),
    ("Please call 9001 and 9002 and apologise to them about the cancelled class.", "9001"),
    ("Can you ring 7720 and 7721? They're threatening to cancel their contracts.", "7720"),  # new
    ("Knock on 1204 and 1206, let them know checkout is at eleven.", "1204"),
    ("Phone 2231 and 2235, remind them their lockers must be emptied by Friday.", "2231"),
    ("17 and 19 are together, send their desserts at the same time.", "17"),  # new
    ("Could someone pop down to 14 and 15? They're asking for the manager.", "14"),  # new
    ("Tell 601 and 603 their tour leaves at nine.", "601"),
    ("Warn 15C and 15D that they'll need to stow their bags.", "15C"),
    ("12 and 13 are together, fire their mains now.", "12"),  # new
    ("Call back 71004 and 71005, they've rung three times about the outage.", "71004"),
    ("Please thank 9 and 10 for their patience, the kitchen is slammed.", "9"),
    ("Give 3 and 4 a call, their bikes are ready.", "3"),
    ("Go over to 8C and 8D, they've been drinking since boarding.", "8C"),  # new
    ("Ask 2E and 2F to keep their voices down.", "2E"),
    ("Wake 211 and 213, they've got an early ferry.", "211"),
    ("Phone 6101 and 6102 and remind them their membership renews on Monday.", "6101"),
    ("Let 3 and 5 know their starters are on the way.", "3"),
    ("Tell 1A and 1B the captain is aware and thank them for flagging it.", "1A"),
    ("Ring 30 and 31, their order is ready at the counter.", "30"),  # new
]

# Look-alikes; `guard`: quiet before this reading too, kept against regressions.
INNOCENT = [
    "Rooms 4 and 5 are ready, they've been cleaned.",  # guard
    "Seats 3A and 3B are broken, they won't recline.",  # guard
    "Tables 6 and 7 are free, they seat four.",  # guard
    "Flights 212 and 214 are late, they're waiting on crew.",  # guard
    "Orders 4410 and 4411 shipped, they should arrive Monday.",  # guard
    "Beds 3 and 4 need changing, they're soaked.",  # guard
    "Desks 2 and 3 are closed, they're on lunch.",  # guard
    "D14 and D15 have torn covers; they've been reported to engineering.",  # guard
    "Tables 9 and 10 are together, they were pushed into one long table.",  # guard
    "Rooms 201 and 203 are on the top floor, they've got the best views.",  # guard
    "Go to 4 and 5, they've been stripped and need making up.",  # guard
    "Pop back to 31A and 31B, they're the broken ones.",  # guard
    "Tickets 88102 and 88103 were escalated, they're with tier 2.",  # guard
    "Cases 4410 and 4411 are closed, they were duplicates.",  # guard
    "Lockers 12 and 13 are jammed, they need a new key.",  # guard
    "Ask the cleaners to do 4 and 5, they're quick.",  # guard
    "12A and 12C are blocked for crew, they're held until boarding.",  # guard
    "Beds 6 and 7 have been cleaned, they're ready for the next admission.",  # guard
    "Lanes 3 and 4 are closed, they're being resurfaced.",  # guard
    "Units 12 and 14 radioed in, they're heading to gate B.",  # guard
    "Courts 2 and 3 were rebooked, they're free after six.",  # guard
    "Invoices 4471 and 4472 are overdue, they were sent in March.",  # guard
    "Accounts 3310 and 3311 are frozen, they've been flagged for review.",  # guard
    "The builders said 4 and 5 are next, they'll start Monday.",  # guard
    "Pumps 3 and 4 are out of order, they'll be fixed tomorrow.",  # guard
    "Rooms 11 and 12 share a bathroom, they connect through a door.",  # guard
    "Tables 6 and 7 are booked for 8, they'll be laid by 7.",  # guard
    "Seats 14A and 14B are exit rows, they have extra legroom.",  # guard
    "Flights 301 and 302 were cancelled, they'll be rebooked on the morning service.",  # guard
    "Orders 2231 and 2232 are with the courier, they'll text you a slot.",  # guard
    "Machines 3 and 4 are busy, they take twenty minutes.",  # guard
    "Gates 12 and 14 are closed, they're being cleaned.",  # guard
    "Rooms 412 and 414 need towels, can you take them up?",  # guard
    "Please clean 4 and 5 before they arrive.",  # guard
    "Windows 2 and 3 are open, they're on lunch till two.",  # guard
    "Pitches 6 and 7 are flooded, they're under water.",  # guard
    "Bays 8 and 9 are empty, they were discharged this morning.",  # guard
    "Seats 3A and 3B need new covers, they're stained.",  # guard
    "Deliver the towels to 412 and 414, they're on the second floor.",  # guard
    "Send the engineer to 22 and 23, they've got no hot water.",  # guard
    "Take the chairs to tables 4 and 5, they're short.",  # guard
    "Rooms 8 and 9 have been painted, they smell of paint.",  # guard
    "Cabins 4 and 5 are below the waterline, they have no portholes.",  # guard
    "Tables 2 and 3 are by the window, they get the evening sun.",  # guard
    "Flights 64 and 66 depart at nine, they board from gate 7.",  # guard
    "Orders 5510 and 5511 have been refunded, they'll show in 3 days.",  # guard
    "Tickets 4410 and 4411 are resolved, they can be closed.",  # guard
    "Rooms 14 and 15 adjoin, they share a connecting door.",  # guard
    "Seats 9A and 9B are blocked, they're kept for crew rest.",  # guard
    "Beds 2 and 3 are broken, they won't go down.",  # guard
    "Lockers 40 and 41 are free, they take a pound coin.",  # guard
    "Bikes 3 and 8 are squeaking, they need oiling.",  # guard
    "Rows 12 and 13 have extra legroom, they cost more.",  # guard
    "Tables 6 and 7 are outside, they get cold after dark.",  # guard
    "Rooms 210 and 212 are being renovated, they'll reopen in May.",  # guard
    "Pumps 2 and 5 are closed, they're waiting on a part.",  # guard
    "Lanes 1 and 2 are reserved, they're for the swim club.",  # guard
    "Cases 88213 and 88214 were merged, they were duplicates.",  # guard
    "Claims 55102 and 55103 were settled, they've been archived.",  # guard
    "Accounts 4471 and 4472 were closed, they had no activity.",  # guard
    "Extensions 204 and 206 are down, they're rebooting.",  # guard
    "Channels 4 and 5 are busy, they're on other calls.",  # guard
    "Desks 5 and 6 are staffed till six, they'll answer any questions.",  # guard
    "Counters 2 and 3 are open, they'll serve you next.",  # guard
    "Windows 4 and 5 are closed, they reopen at two.",  # guard
    "Gates 21 and 22 have changed, they're now in the north pier.",  # guard
    "Platforms 3 and 4 are closed, they're flooded.",  # guard
    "Units 7 and 9 are attending, they'll be with you shortly.",  # guard
    "Cars 12 and 14 are on their way, they're ten minutes out.",  # guard
    "Teams 2 and 3 are short, they need cover tonight.",  # guard
    "Wards 6 and 7 are full, they've closed to admissions.",  # guard
    "Rooms 4 and 5 are ready, tell the guests they can go up.",  # guard
    "Tables 9 and 10 are ready, the waiters say they've been laid.",  # guard
    "Seats 2A and 2B are free; the couple said they'll take them.",  # guard
    "Ask Maria about 4410 and 4411, they were hers.",  # guard
    "The cleaners did 4 and 5, they're very thorough.",  # guard
    "Rooms 5 and 6 are done; the housekeepers said they need more towels.",  # guard
    pytest.param(
        "Tell the chefs tables 8 and 9 are in, they're slammed.",
        marks=_known("flagged before this reading, by another one"),
    ),
    "The crew have closed 12A and 12B, they'll reopen them after take-off.",  # guard
    "Flights 201 and 202 are late, the crews say they're stuck in Lisbon.",  # guard
    "Rooms 11 and 12 are ready. They have sea views.",  # guard
    "Tables 4 and 5 are free. They seat six each.",  # guard
    "Seats 17A and 17B are broken. They won't recline.",  # guard
    "Orders 4410 and 4411 have shipped. They should arrive on Monday.",  # guard
    "Beds 2 and 4 are stripped. They need making up.",  # guard
    "Rooms 6 and 7 are next on the list. They've been cleaned already.",  # guard
    "Lockers 10 and 11 are jammed. They need new locks.",  # guard
    "Call 4471 and 4472 back. They were closed by mistake.",  # guard
    "Update 5521 and 5522, they're duplicates of 5520.",  # guard
    "Close 4419 and 4420, they were raised in error.",  # guard
    "Merge tickets 6620 and 6621, they're the same bug.",  # guard
    "Log 3 and 4 as faulty, they keep tripping.",  # guard
    "Paint rooms 14 and 15 before they're let again.",  # guard
    "Fix 9A and 9B, they won't recline.",  # guard
    "Reset pumps 3 and 4, they're showing errors.",  # guard
    "Print 12 and 13 again, they came out blank.",  # guard
    "Restock 4 and 5, they're out of coffee pods.",  # guard
    pytest.param(
        "Check 4410 and 4411, they look like fraud.",
        marks=_known("flagged before this reading, by another one"),
    ),
    "Archive 88102 and 88103, they're resolved.",  # guard
    "Between 4 and 5 they'll have cleared the lounge.",  # guard
    "From 2 to 4 they serve lunch on the terrace.",  # guard
    "At 10 and 11 they open the second lane.",  # guard
    "By 3 and 4 pm they'd cleaned every room.",  # guard
    "Runways 27L and 27R are closed, they're being resurfaced.",  # guard
    "Tracks 4 and 5 are skipping, they need remastering.",  # guard
    "Songs 4 and 5 are too loud, they clip.",  # guard
    "Chapters 3 and 4 are long, they need cutting.",  # guard
    "Sections 2 and 3 are wrong, they need rewriting.",  # guard
    "Lines 40 and 41 throw, they reference an undefined variable.",  # guard
    "Steps 3 and 4 fail, they time out.",  # guard
    "Slides 6 and 7 are blank, they didn't export.",  # guard
    "Pages 12 and 13 are missing, they were never printed.",  # guard
    "Items 3 and 4 are out of stock, they'll be back next week.",  # guard
    "Figures 2 and 3 are blurry, they need higher resolution.",  # guard
    "Models 3 and 4 are discontinued, they're no longer made.",  # guard
    "Version 2 and 3 are supported, they get security patches.",  # guard
    "Courts 4 and 5 are resurfaced, they play much faster now.",  # guard
    "Lanes 3 and 6 are open, they're for lengths only.",  # guard
    "Pitches 12 and 13 have hook-ups, they cost extra.",  # guard
    "Berths 4 and 5 are free, they take boats up to 12 metres.",  # guard
    "Slots 4 and 9 are empty, they open at noon.",  # guard
    "Go over to 12 and 14, they've been left filthy.",  # guard
    "Pop back to 31A and 31B, they need new headrests.",  # guard
    "Nip over to 5 and 6? They're still dirty.",  # guard
    "Head over to 7 and 8, they're wobbling again.",  # guard
    "Can you go to 4 and 5? They're flooding.",  # guard
    "21 and 22 are together, they're pushed against the wall.",  # guard
    "4 and 5 are together, they share a bathroom.",  # guard
    "Go over to 12 and 13, they've got crumbs everywhere.",  # guard
    "Can you pop back to 31A and 31B? They're broken.",  # guard
    "Pop back to 14C and 14D? The kids are crying.",  # guard
    "Can you go over to 3 and 4? The managers say they're complaining.",  # guard
    "Nip back to 20A and 20B. It's leaking again.",  # guard
    "Go to 6 and 7, they've been cleaned.",  # guard
    "Pop over to 40 and 41, they're booked for eight.",  # guard
    "Head over to 2 and 3? They need wiping down.",  # guard
    "9 and 10 are together, they make one long table.",  # guard
    "Can you go over to 11 and 12? The cleaners said they'd finished.",  # guard
    "Pop back to 17A and 17B, they're free now.",  # guard
    "Nip over to 301 and 303, they have no hot water.",  # guard
    pytest.param(
        "16 and 17 are a pair, they're the twin rooms by the lift.",
        marks=_known("flagged before this reading, by another one"),
    ),
    "Go back to 8C and 8D, they won't recline.",  # guard
    pytest.param(
        "Take 4 and 5 off the board, they were cancelled.",
        marks=_known("flagged before this reading, by another one"),
    ),
    "Check 14A and 14B are clear, they should be empty.",  # guard
    "Go to 220 and 222? They're ready for inspection.",  # guard
    "Pop over to 3 and 4, they need laying for six.",  # guard
    "ERROR 4410 and 4411: they failed to respond within 30 s.",  # guard
    "Nodes 12 and 14 are down, they stopped sending heartbeats.",  # guard
    "Ports 8080 and 8081 are open, they accept connections.",  # guard
    "Codes 401 and 403 mean they're not authorised.",  # guard
    "Go to 33 and 34? They're on the fourth floor.",  # guard
]


@pytest.mark.parametrize("text,match", FLAGGED)
def test_flagged(text, match):
    assert match in locator_matches(text), text


@pytest.mark.parametrize("text", INNOCENT)
def test_innocent(text):
    assert locator_matches(text) == [], text
