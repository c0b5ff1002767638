"""Locator pack, thirteenth round: person evidence the number's own sentence gives.
Readings added:

- a noun that only names a person (a kind of customer, a relation, a stage of life, a
  calling: `person_kinds`), said of the number with 'a' or 'an' ('4B is a UM', 'Room 210
  was a retired vicar'), also by word order where the parser loses the complement in a
  note ('9C is a UM, 7 yrs old, gran meeting at arrivals');
- a verb of what a body does by itself (`BODILY_ACTS`: faint, snore, sulk …), which has no
  passive, read as the number's act where the tagger takes it for a participle or a plural
  noun ('cubicle 4 fainted during the cannula', 'bunk 11 snores like a tractor');
- a call's past form ('rang', 'phoned') written in lower case and tagged as a name, read as
  the verb it is, as it already was when tagged as a common noun ('14C rang, she's stuck
  at passport control').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. Each POSITIVE sentence was checked to fail on the code
before this round, but those marked as guards.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a kind of person, with 'a' or 'an'
    ("4B is a UM going to Lyon, the crew will walk her to arrivals", "4B"),
    ("Room 210 was a retired vicar who left a sermon in the guest book", "Room 210"),
    ("Turns out 31K is a professor of botany, she knew every plant on the menu", "31K"),
    ("Cabin 7 is a celebrity, please keep the corridor clear", "Cabin 7"),
    ("Table 12 is a retired footballer, the staff want selfies", "Table 12"),
    ("Locker 30 is a newcomer, show him the showers", "Locker 30"),
    # the same by word order, where the parser loses the complement
    ("9C is a UM, 7 yrs old, gran meeting at arrivals", "9C"),
    # a body's own act, read as a participle or a plural noun
    ("cubicle 4 fainted during the cannula, BP now fine", "cubicle 4"),
    ("bunk 11 snores like a tractor, two people asked to move", "bunk 11"),
    ("bed 9 sulks whenever the physio comes", "bed 9"),
    # a call's past form tagged as a name
    ("14C rang, she's stuck at passport control", "14C"),
    # a guard: found before this round too
    ("Berth 3 sulks every time the lights go out", "Berth 3"),
]

INNOCENT = [
    # the person noun as a modifier, a possessive, or after 'the'
    "4B is a UM seat, keep it free for the escort",
    "Room 210 was a vicar's study before the conversion",
    "Cabin 7 is a celebrity suite with its own deck",
    "Table 12 is a footballer's table on match days",
    "Locker 30 is a newcomer locker, the key is at reception",
    # what a place or a ticket is
    "4B is an aisle seat near the galley",
    "Room 210 was a single until the refit",
    "Room 12 is a king with a sea view",
    "Job 12 is a plumber, job 13 an electrician",
    "Slot 4 is a nurse appointment",
    "court 3 is a doubles court",
    # a side or a phone that rings
    "Bay 4 Left is closed for cleaning",
    "the phone in room 6 rang, nobody was there",
    "Line 3 rang for ages, nobody picked up",
    # what furniture does
    "cubicle 4 rattles during the scan",
    "bunk 11 sags like a hammock",
    "Berth 3 leaks every time it rains",
    "chair 3 wobbles when you lean back",
    "bed 9 beeps whenever the pump runs dry",
    "seat 12 flashes when the belt is unbuckled",
]
