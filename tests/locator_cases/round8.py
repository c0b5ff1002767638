"""Locator pack, ninth round. Readings added:

- a 'have' in the simple present with a fitting as its object says what a place has ('Does
  room 12 have a bath?'), and 'the one with' a fitting is one place among others ('Room 12
  is the one with the balcony'); what someone had or is having ('bed 9 is having a bath
  now', 'Has 12C had a nap yet?') is still done by a person;
- a table set by the window ('table 4 is sitting by the window', 'Tables 2 and 6 sit by
  the door') is a place, as 'table 4 sits by the window' was.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a 'have' of what people do, not in the simple present
    ("Bed 4 is having a shower.", "Bed 4"),
    ("bay 6 has had a nap since lunch", "bay 6"),
    ("Has 12C had a nap yet?", "12C"),
    ("bed 9 is having a bath now", "bed 9"),
]

INNOCENT = [
    # what a place is fitted with
    "Does room 12 have a bath?",
    "Does room 8 have a shower?",
    "Does suite 3 have a balcony?",
    "Room 12 had a new shower.",
    "room 14 had a shower fitted last week",
    "Room 12 is the one with the balcony",
    "Cabin 7 is the one with the sea view.",
    "401 is the one with the connecting door to 402",
    "table 5 is the one with the lectern",
    # a table placed by the window
    "table 4 is sitting by the window",
    "Tables 2 and 6 sit by the door and get a draught.",
    "table 11 is standing next to the bar",
]
