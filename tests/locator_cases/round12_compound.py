"""Locator pack, round 12: a code followed by a person noun. Readings added:

- staff shorthand names a customer by the code and a person noun after it ('desk 4 lady
  wants the form re-sent', 'the bed 4 lady keeps buzzing', 'Room 12 family want a late
  checkout'); the span is the whole reference and the rewrite 'the customer at desk 4';
- an owner, and the driver or rider of a private vehicle, with that vehicle between
  ('pitch 12 caravan owner', 'lane 5 motorbike rider', 'Pump 4 car driver');
- staff after a code name where they work ('bay 2 nurse', 'bed 4 doctor wants bloods'),
  and so does a person noun after 'our' or 'my' ('Our desk 4 lady is off sick').

Look-alikes: the person noun goes on to name a thing ('room 12 family suite', 'table 6
man-made top', 'Table 6 kids menu', 'room 8 couple's retreat package'), a count after a
bare number ('2 vegans, 1 dairy free'), a van, lorry or taxi driver, who works.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (text, the finding's match); none of these is flagged whole by the old code.
POSITIVE = [
    # the number told news that begins with a staff member ("tell bed 4 doctor is coming")
    # is the person; this round's staff check had lost it (flagged by session 8's code)
    ("tell bed 4 doctor is coming", "bed 4"),
    ("inform bed 3 doctor has been delayed", "bed 3"),
    ("desk 4 lady wants the form re-sent", "desk 4 lady"),
    ("Bay 2 mum is asking for formula.", "Bay 2 mum"),
    ("Table 6 man wants the bill split three ways.", "Table 6 man"),
    ("the bed 4 lady keeps pressing her buzzer", "the bed 4 lady"),
    ("Room 12 family want a late checkout.", "Room 12 family"),
    ("chair 3 gent has been waiting forty minutes for his trim", "chair 3 gent"),
    ("Court 2 lads are shouting at each other again", "Court 2 lads"),
    ("treadmill 6 woman asked for a towel", "treadmill 6 woman"),
    ("Cabin 9 couple asked for extra pillows.", "Cabin 9 couple"),
    ("bike 12 guy keeps shouting over the instructor", "bike 12 guy"),
    ("Tell the table 8 ladies their taxi is here.", "the table 8 ladies"),
    ("stall 4 owner says the power keeps tripping", "stall 4 owner"),
    ("pitch 12 caravan owner wants a later slot", "pitch 12 caravan owner"),
    ("lane 5 motorbike rider won't switch off his engine", "lane 5 motorbike rider"),
    ("Pump 4 car driver drove off without paying", "Pump 4 car driver"),
    ("the PC 9 lad keeps printing in colour", "the PC 9 lad"),
    ("room 214 dad rang about the cot again", "room 214 dad"),
    ("seat 22C girl needs a colouring pack", "seat 22C girl"),
]

INNOCENT = [
    # the staff member of the bay is the one told
    "remind bay 2 nurse to check the drip",
    # the person noun names a kind of thing
    "room 12 family suite needs a deep clean",
    "table 6 man-made top is scratched",
    "Table 6 kids menu is out of date.",
    "the room 12 kids' club opens at ten",
    "room 12 kids bunk beds need new ladders",
    "room 214 lady chapel is open for visitors",
    "court 2 family ticket is sold out",
    "seat 14 child seat is missing its strap",
    "cabin 9 couple package includes breakfast",
    "room 8 couple's retreat package is sold out",
    "bay 2 mum and baby room is being refurbished",
    "stall 4 owner rota is on the wall",
    "Court 2 man-of-the-match award goes to Priya",
    "PC 9 lad mag filter blocks the site",
    # things after a code
    "desk 4 lamp is flickering again",
    "bay 2 door won't close properly",
    "pump 4 car wash is broken",
    "lane 2 bike rack is full",
    # staff where they work (old code flags the first three: not guards)
    "bed 4 doctor wants bloods repeated",
    "room 5 teacher asked for more chairs",
    "Our desk 4 lady is off sick today.",
    "bay 2 nurse is on her break",
    "lane 3 lifeguard wants a word",
    "desk 4 receptionist is covering the phones",
    "desk 4 team are in a meeting until noon",
    "lane 5 driver is on his break, bus 14 is delayed",
    "bay 3 van driver dropped off the pallets",
    "Room 12 Mr Smith has checked out.",
    # counts after a bare number
    "party of 8 at 7:30, 3 vegans, 1 nut allergy",
    "out of 20 callers only 2 women asked for a callback",
]

# (text, match, the rewrite)
REWRITES = [
    ("desk 4 lady wants the form re-sent", "desk 4 lady", "the customer at desk 4"),
    ("The bed 4 lady keeps pressing her buzzer.", "The bed 4 lady", "The customer in bed 4"),
    ("Cabin 9 couple is asking for pillows.", "Cabin 9 couple is", "The customers in cabin 9 are"),
    ("Court 2 lads are shouting again.", "Court 2 lads", "The customers on court 2"),
]
