"""Locator pack, session 9: a plain person predicate that something in the sentence kept
from the number. Readings loosened or added:

- a phrase of place between a number and its verb ('seat 41 on the family plan has been
  emailing', 'table 7 by the window is asking'): read by word order, the verb after the
  phrase is the number's, as it is when the parse gets the subject right;
- 'ready' no longer ends the reading of a 'be' clause: 'chair 2 is numb, ready for the
  filling' is read by its other state, while 'ready for the 8pm' still says nothing;
- 'readmitted' is an interaction done to people, as 'admitted' is (the lemmatizer reads it
  'readmitte');
- 'be' on the floor, as someone is who has fallen, of a bed's or a room's person or a bare
  code ('702 is on the floor in the bathroom'); not 'on the first floor', 'on the same
  floor', 'on the floor above', nor a table on the floor;
- 'take' with what a person swallows ('Does bed 20 take sugar?'); not a pump's diesel, a
  kiosk's cash, a room's cot, nor milk carried up.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. A sentence marked 'guard' passes on the code before
this round too: it keeps the reading from narrowing, it does not show it.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a phrase of place before the verb, read by word order
    ("Heads-up: seat 9 in row D has been swearing at the ushers all night.", "seat 9 in row D"),
    ("FYI, table 3 by the fire is asking for the owner again.", "table 3"),
    ("Note: 22F on the upper deck has complained about the smell twice.", "22F"),  # guard
    ("Quick one, seat 30 in the stalls keeps shouting at the actors.", "seat 30"),  # guard
    ("18 and 19 at the collection point both say they paid online", "18"),
    # a state beside 'ready'
    ("chair 3 is numb now, ready for the crown", "chair 3"),
    ("bed 5 is groggy, ready for the ward", "bed 5"),
    # readmitted
    ("Bed 17 was readmitted last night with a fever.", "Bed 17"),
    ("Room 6 was readmitted within a week of discharge.", "Room 6"),
    # on the floor
    ("bed 8 is on the floor next to the sink, get help", "bed 8"),
    ("611 is on the floor in the shower room, duty manager on the way", "611"),
    # take + what a person swallows
    ("Does bed 12 take sugar in her coffee?", "bed 12"),
    ("table 4 takes three sugars, every time", "table 4"),
    ("Did 16 take her painkillers after lunch?", "16"),  # guard
]

INNOCENT = [
    # a phrase of place, then what a place or a record does
    "Heads-up: seat 9 in row D has a broken armrest.",
    "Heads-up: seat 9 in row D has been reupholstered.",
    "Note: seat 9 in row D is blocked for the camera.",
    "FYI, table 3 by the fire is free after 9.",
    "FYI, table 3 by the fire has a wobbly leg.",
    "FYI, table 3 by the fire was booked for the Patels.",
    "Note: 22F on the upper deck is the last seat left.",
    "Update: order 5520 from the warehouse has shipped.",
    "Update: order 5520 at the depot has been waiting two days.",
    "Update: room 31 on the top floor has a leak.",
    "Reminder: locker 12 in the changing room keeps jamming.",
    "Reminder: desk 6 at the front has a new screen.",
    # 'ready' beside what a place is
    "chair 3 is ready for the next one",
    "chair 3 is clean, ready for the next one",
    "bed 5 is made up, ready for theatre",
    "table 9 is laid, ready for the 8pm",
    "room 12 is spotless, ready for check-in",
    "chair 3 is free, ready for you",
    "bay 2 is warm, ready for the next car",
    # re- of what is done to places
    "Bed 17 was repainted last night.",
    "Bed 17 was remade after the spill.",
    "Room 6 was refurbished within a week.",
    # a floor that says where a room is, and furniture on the floor
    "Room 611 is on the floor above the gym.",
    "611 is on the first floor, by the lift.",
    "Room 611 is on the same floor as the spa.",
    "table 5 is on the floor, the legs gave way",
    "the tray from 611 is on the floor outside the door",
    # what a place, a machine or a trolley takes
    "Does pump 4 take diesel?",
    "Does kiosk 3 take cash?",
    "Does room 4 take a cot?",
    "trolley 2 takes the milk up to the ward",
    "Does bay 4 take tablets for charging?",
]
