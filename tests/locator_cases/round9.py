"""Locator pack, tenth round. Readings added:

- a boarding or roll call of bare codes, read by the words before the list ('still missing
  31D and 31E', '4 still to board, 14A, 14B and 20C', 'no-shows so far: 27B'); a thing
  named as the subject ('The parts are still to arrive: 14A'), a noun after the list
  ('still missing 4K and HDR support') or a small count ('still to arrive: 2 and 3') is
  left;
- a description set after the number with a dash or colon: with an article, a participle
  ('14C: a retired nurse') or a staff noun ('a retired nurse') may describe the person;
  in a note that opens with the number and no article, adjectives or a count before a
  person noun that ends its phrase ('Bed 9 - elderly man, confused', 'Table 6 — two
  women, one allergic to nuts'), or a relative who rang or visits ('Bed 3 - wife rang
  twice'); not a person noun that modifies or owns ('Track 4 - young man blues', 'Room 12
  - old woman's portrait'), nor a family or a party ('Room 3 - family suite');
- ward and floor shorthand the parse reads as one noun phrase: a code before a ward
  note's phrase ('14-B nil by mouth'), a code that opens a note with a person's occasion
  ('T11 birthday, candles with dessert'; not 'T11 birthday cake', 'Order 4410 birthday'),
  and a bed that spiked a temperature ('bed 2 spiked 38.9'; not 'bed 2 spiked 3 times',
  'line 4 spiked 40 today');
- 'the one' followed by what a person is doing or how a person is ('Is 4129 the one moving
  to Spain?', 'Is bed 6 the one allergic to penicillin?'), as 'the one who …' was; a
  place's or a record's doing or state ('Is flight 12 the one going to Paris?', 'Is room
  6 the one empty?') is left;
- 'Who is 007?' asks after a name: a code of three digits or fewer with a leading zero is
  no room or account ('Who is 0412?' still asks after one).

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a roll call
    ("Still missing 8C, paging now.", "8C"),
    ("We are still missing 6D, doors are closing.", "6D"),
    ("Not yet boarded: 17D.", "17D"),
    # a description after a dash or colon
    ("I'll always remember 14C: a retired nurse, flying to see her grandson.", "14C"),
    ("Bed 9 - elderly man, confused overnight, family aware.", "Bed 9"),
    ("cubicle 4 – young woman, abdominal pain, awaiting bloods", "cubicle 4"),
    ("Bed 3 - wife rang twice, wants a call back", "Bed 3"),
    ("Table 6 — two women, one allergic to nuts.", "Table 6"),
    ("pod 3 - teenage boy, broken wrist, waiting for ortho", "pod 3"),
    ("12: elderly woman, fall at home", "12"),
    # ward and floor shorthand
    ("14-B nil by mouth from midnight", "14-B"),
    ("handover: 9-C nil by mouth for theatre", "9-C"),
    ("T11 birthday, candles with dessert", "T11"),
    ("12C anniversary.", "12C"),
    ("bed 2 spiked 38.9 at 0200", "bed 2"),
    ("cubicle 6 spiking 39 again", "cubicle 6"),
    # 'the one' doing or being what a person does or is
    ("Is 4129 the one moving to Spain?", "4129"),
    ("Is bed 6 the one allergic to penicillin?", "bed 6"),
    ("Was 3308 the one complaining about the noise?", "3308"),
    ("Is 14 the one waiting at the desk?", "14"),
]

# (text, every match in order)
LISTED = [
    ("still missing 31D and 31E, final call made", ["31D", "31E"]),
    ("Gate 9: 3 still to board, 14A, 14B and 20C.", ["14A", "14B", "20C"]),
    ("still waiting for 41F and 41E", ["41F", "41E"]),
    ("missing pax: 12C, 19D", ["12C", "19D"]),
    ("Yet to board: 3A, 3B and 7F.", ["3A", "3B", "7F"]),
    ("no-shows so far: 27B and 30A", ["27B", "30A"]),
    ("still to check in: 402, 415 and 417", ["402", "415", "417"]),
    ("Boarding update: unaccounted for: 2C and 2D.", ["2C", "2D"]),
]

INNOCENT = [
    # not a roll call
    "still missing 3 pages from the report",
    "still waiting for 2 parts, 14A and 14B of the form",
    "The screws are missing from 14A and 14B.",
    "still missing chapters 3 and 4",
    "Still to come: 2024 and 2025 budgets.",
    "Missing in action: 3 and 4 of the set.",
    "still to be painted: 402, 415 and 417",
    "Pages still to print: 12, 14 and 19.",
    "Still missing: 3D printer parts.",
    "still missing 4K and HDR support on the TV",
    "Yet to arrive: 3 parcels, 14A and 14B.",
    "The parts are still to arrive: 14A and 14B.",
    "still to arrive: 2 and 3",
    # a dash or colon before a thing
    "Room 508 - sea view, king bed, balcony.",
    "Bed 9 - new mattress fitted.",
    "Table 6 — window table, seats four.",
    "Photo 3: elderly man on a bench.",
    "Figure 3 - a young woman at a desk.",
    "Track 4 - young man blues",
    "Room 4 - lady's bathroom only.",
    "Step 2: young children must be accompanied.",
    "Room 12 - old woman's portrait hangs here.",
    "cubicle 4 – young woman's handbag found, handed to security",
    "Bed 12 - wife's number on the board",
    "Room 3 - family suite with bunk beds",
    "Room 4 - teenage dream decor",
    "Step 4: man page update.",
    # shorthand look-alikes
    "T11 birthday cake in the walk-in fridge",
    "14-B is on the second floor",
    "table 4 birthday decorations go up at 6",
    "Model T11 released in 2019.",
    "line 4 spiked 40 times today",
    "line 4 spiked 40 today",
    "Room 12 spiked 41% in bookings",
    "bed 2 spiked 3 times",
    "Order 4410 birthday, gift wrap please",
    # 'the one' of a place or a record
    "Is flight 12 the one going to Paris?",
    "Is order 55 the one shipping today?",
    "Is room 4 the one facing the sea?",
    "Is 4129 the one ending in 7?",
    "Is room 6 the one empty?",
    "Is bed 4 the one broken?",
    "Is 12 the one leaking?",
    "Is ticket 4410 the one closing today?",
    "Is 2024 the one starting on a Monday?",
    # a name, not a code
    "Who is 007?",
    "Who is 001?",
]

TECHNICAL = []
