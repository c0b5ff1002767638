"""Locator pack, twelfth round (a fresh blind probe set). Readings added:

- tables or seats pushed, pulled or joined together or apart are furniture ('tables 8
  and 9 pushed together for the birthday'), whoever moves them;
- a record followed by a colon is a note about the record unless what follows speaks to
  someone ('Order 4410: dispatched 09:00, tracking sent'; 'Bed 4: can we get some
  water?' still addresses the bed's patient);
- a fault note that ends with the writer's report to staff ('Room 221 has no hot water,
  told maintenance') says nothing of the room's people;
- a ward note that opens with a bed seen, assessed or examined by a clinician with no
  'was' ('Bed 9 seen by reg at 11');
- an address after a discourse marker ('Right, table 8, your mains are coming');
- ward care instructions on a bed ('pls obs bed 4 every 30 mins', 'monitor bed 2
  closely'), also when the tagger reads the instruction as a noun;
- 'let bed 7 know lunch is late' where the tagger glues 'know' to the number;
- 'rooms 310 and 312 are together and want one bill': a verb after 'and' that agrees
  with the plural list;
- a person noun 'off' a flight or a table ('the couple off flight 212').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a bed seen by a clinician in a note
    ("Bed 9 seen by reg at 11, ok for home", "Bed 9"),
    ("bed 3 seen by the consultant this am", "bed 3"),
    ("Cubicle 5 examined by the SHO at 2am", "Cubicle 5"),
    ("Bed 12 reviewed by ortho, plan for theatre tomorrow", "Bed 12"),
    # an address after a marker
    ("Right, table 8, your mains are coming now!", "table 8"),
    ("OK, table 2, your drinks are on the way.", "table 2"),
    ("Okay, room 14, your taxi is here.", "room 14"),
    ("So, table 6, you wanted the bill?", "table 6"),
    # care instructions
    ("pls obs bed 4 every 30 mins", "bed 4"),
    ("obs bed 9 hourly overnight, she's not right", "bed 9"),
    ("monitor bed 2 closely, BP dropping", "bed 2"),
    ("mobilise bed 6 after lunch if pain allows", "bed 6"),
    # let X know
    ("let bed 7 know lunch is late", "bed 7"),
    ("let room 14 know breakfast ends at ten", "room 14"),
    ("let table 3 know mains are ten minutes away", "table 3"),
    ("let bay 2 bed 5 know physio is coming at 3", "bay 2 bed 5"),
    # and want, after a plural list
    ("rooms 310 and 312 are together and want one bill", "rooms 310 and 312"),
    # off a flight or a table
    ("the couple off flight 212 are asking about their pushchair", "the couple off flight 212"),
    ("the man off table 6 wants the bill", "the man off table 6"),
]

INNOCENT = [
    # furniture moved together
    "T4 + T6 pushed together for the 7pm",
    "tables 8 and 9 pushed together for the birthday",
    "T2 and T3 pulled apart after the lunch rush",
    "Tables 11 and 12 joined together for the Kaur party",
    "T5 + T6 moved together, need 10 covers",
    # a record's note after a colon
    "res 5521-K: p/u 1100 LGW N, drop 18th",
    "booking 7730: 2 adults, 1 child, sea view",
    "Order 4410: dispatched 09:00, tracking sent",
    "Case 2290: closed, no further action",
    "res 5521-K: customer called, wants an earlier pick-up",
    "ticket 9912: printer jam on floor 3",
    # fault notes told to staff
    "Row J 4 & 5 have broken trays, told engineering",
    "Bed 3 has a broken rail, told estates",
    "Room 221 has no hot water, told maintenance",
    "14C has no reading light, told the purser",
    # a bed seen by others than clinicians
    "Bed 9 seen by maintenance at 11, rail fixed",
    "Bed 7 seen by housekeeping, mattress swapped",
    "Room 6 seen by the surveyor on Monday",
    "Bay 2 cleaned by domestics, ready for the next admission",
    # markers before a place
    "Right, table 8, that's the last one to reset.",
    "OK, table 2, then table 4, then the bar.",
    "Okay, table 6, the dishwasher is broken again.",
    "Right, table 5 next, please.",
    "Right, room 12, that one's been cleaned.",
    # care words on things
    "monitor bed 2 pressure mattress, it keeps alarming",
    "monitor room 5 humidity overnight",
    "obs done for bed 4, all normal",
    "pls clean bed 4 every 30 mins",
    # let a place be
    "let bay 2 bed 5 air out before the next admission",
    "let room 14 dry before anyone goes in",
    "let me know if bed 7 is free",
    # plural lists of places
    "rooms 310 and 312 are adjoining and have a connecting door",
    "rooms 310 and 312 are free and need cleaning",
    "tables 4 and 6 are outside and need umbrellas",
    "rooms 5 and 6 are together and share a bathroom",
    # things off a flight or a table
    "the bags off flight 212 are on belt 4",
    "the food off table 6 went back to the kitchen",
    "take 20% off the BA117 fare",
]

TECHNICAL = []
