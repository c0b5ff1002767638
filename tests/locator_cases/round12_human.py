"""Locator pack, twelfth round: shorthand predicates only a person has. Readings added:

- an -ing form of what only people do, which the tagger read as a noun the number
  modifies ('table 9 swearing at the waitress'), is the note's predicate, not a compound
  ('the room 4 cleaning rota');
- 'willing', 'unwilling' and 'glad' join the states only a person is in;
- a refusal is a person's unless it is of what a machine does or takes ('pump 6 refusing
  to start', 'account 4410 refusing the login', 'PC 4 keeps refusing the password');
- acts shared with machines (struggling, filming, messing or mucking about, missing) are a
  person's only with a person named after them as an object or an owner ('lane 4
  struggling, get him a float'); not a colleague told ('tell her to use PC 5'), the owner
  of where a thing is ('missing from his order') or the one the act is done to ('camera 2
  filming her');
- hogging is a person's unless software hogs a resource ('job 4410 hogging the queue');
- a place whose staff are happy or willing to receive, admit or accept people ('bay 2
  happy to receive patients') is the place, not a person.

Every sentence here was written for these tests. Sentences marked 'guard' already passed
on the code before this round.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # an -ing predicate read as a noun
    ("table 9 swearing at the waitress", "table 9"),
    ("cabin 12 cursing at the steward", "cabin 12"),
    ("room 212 screaming down the phone at reception", "room 212"),  # guard
    ("bed 4 sobbing quietly, chaplain called", "bed 4"),  # guard
    # hogging
    ("seat 22 hogging the armrest", "seat 22"),
    ("treadmill 4 hogging it past 40 min", "treadmill 4"),
    ("table 6 hogging the sofa all afternoon", "table 6"),
    # willing or not
    ("17D willing to move", "17D"),
    ("room 8 unwilling to pay the late fee", "room 8"),
    ("table 2 glad to share", "table 2"),
    # shared with machines, with a person named
    ("14C filming the crew, asked her to stop", "14C"),
    ("row G filming the stage on his phone", "row G"),
    ("Bike 6 is struggling, put the fan on near her", "Bike 6"),
    ("lane 4 struggling, get him a float", "lane 4"),
    ("room 14 mucking about in the corridor, told them twice", "room 14"),
    ("bed 7 missing from the ward since 2, check the garden for him", "bed 7"),
    ("cabin 4415 missing at all-aboard, his wife is at the gangway", "cabin 4415"),
    # refusals that stay a person's
    ("room 14 refusing to leave", "room 14"),  # guard
    ("12C keeps refusing the meal", "12C"),  # guard
    # happy or willing, but not to take people in
    ("Room 14 is happy to accept the upgrade", "Room 14"),  # guard
    ("room 9 willing to receive the parcel for her neighbour", "room 9"),
]

INNOCENT = [  # all guards unless marked 'new'
    # a noun the -ing word goes on to
    "room 4 cleaning rota is on the wall",
    "bed 4 washing bowl is cracked",
    "table 3 setting needs another fork",
    "room 5 shouting match last night",
    "table 4 smoking area is outside",
    # software hogs resources
    "job 4410 hogging the queue, kill it",
    "PC 4 hogging the bandwidth again",
    "workspace 12 hogging memory",
    "tenant 9 hogging CPU on the shared host",
    # places free or ready, not willing
    "seat 17D is free to move to",
    "room 8 available to book from Friday",
    # shared acts with no person named
    "studio 4 filming all day Tuesday",
    "room 3 filming tomorrow, keep it clear",
    "channel 5 filming the final live",
    "camera 2 filming her all night",
    "PC 4 is struggling, restart it",
    "server 2 struggling under load",
    "bike 6 is struggling up hills, check the gears",
    "till 3 struggling with contactless, use till 4",
    "card 2 struggling to connect",
    "PC 4 struggling, tell her to use PC 5",
    "PC 4 struggling with his files, restart it",
    "printer 3 messing about again",
    "PC 4 mucking about, restart it",
    "page 4 missing",
    "page 4 missing, ask him to reprint it",
    "item 3 missing from his order",
    "box 2 missing from their delivery",
    "order 4410 missing from his account",
    "ticket 5 missing, he says it was in his bag",
    "order 10552 missing an item",
    "box 4 missing its lid",
    "order 4410 missed him at home, redeliver tomorrow",
    # machines refuse too
    "PC 4 keeps refusing the password",
    "card 2 refusing contactless",
    "till 3 refusing cards, use till 4",
    "pump 6 refusing to start",
    "account 4410 refusing the login",  # new: flagged before this round
    # staff of a place take people in
    "bay 2 happy to receive patients from 2pm",  # new: flagged before this round
    "Bay 2 is happy to receive patients from 2pm",  # new: flagged before this round
    "bay 3 willing to admit patients after 4",
    "Room 4 is glad to receive guests from noon",
]
