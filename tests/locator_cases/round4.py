"""Locator pack, fifth round: broad lexicons of what only people do, are, have and need,
and readings that follow from the shape of English (shorthand with no auxiliary, objects
seen doing something, thanks 'to' someone, a fronted phrase of place, entering a state).

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # person-only states, by category: body, diet, emotion
    ("Room 318 is hungover and wants breakfast in bed.", "Room 318"),
    ("Table 12 is teetotal, take the wine glasses away.", "Table 12"),
    ("Seat 3F is claustrophobic, can we find her an aisle?", "Seat 3F"),
    ("Bed 7 is hypotensive, recheck in ten minutes.", "Bed 7"),
    ("Cabin 22 is seething about the noise from the bar.", "Cabin 22"),
    # person-only verbs: attitudes, bodily functions, speech, cognition
    ("Room 90 loathes the new pillows.", "Room 90"),
    ("Seat 6B hiccupped through the whole safety briefing.", "Seat 6B"),
    ("Table 14 boasted about the wine list to everyone.", "Table 14"),
    ("Bed 8 recognised her daughter this morning.", "Bed 8"),
    ("Room 44 realised she had left her passport in the safe.", "Room 44"),
    # person-only conditions and objects
    ("Bed 2 has asthma and needs her inhaler.", "Bed 2"),
    ("Room 7 has a hangover, bring him water.", "Room 7"),
    ("Table 9 made a scene when the soup came cold.", "Table 9"),
    ("Account 5521 lodged another complaint this morning.", "Account 5521"),
    # shorthand with no auxiliary, through a bracketed aside or a list of codes
    ("cabin 6 (upper deck) arguing with the steward", "cabin 6"),
    ("B12 sobbing in the corridor, staff with her", "B12"),
    ("14 febrile, bloods sent", "14"),
    ("handover: bed 3 sedated, family aware", "bed 3"),
    # the object of got/found/caught + what only people do
    ("We found 22C crying by the galley.", "22C"),
    ("The crew caught 31B vaping in the toilet.", "31B"),
    # thanks to someone; a body's mess on someone
    ("Kudos to 17D for helping the old man with his bag.", "17D"),
    ("He was sick on 12A, both need new blankets.", "12A"),
    # taken where only people go; checked in
    ("Can you take bed 5 to the toilet before lunch?", "bed 5"),
    ("check in 312 first, they have a taxi waiting", "312"),
    # entering a state; time spent doing what people do
    ("Table 4 burst into tears when the cake arrived.", "Table 4"),
    ("Bed 11 fell asleep halfway through lunch.", "Bed 11"),
    ("Table 8 spent twenty minutes complaining about the bill.", "Table 8"),
    # a fronted phrase of place before the subject
    ("Somewhere over the Alps 22K started sobbing.", "22K"),
]

# Both numbers of a shorthand list are people.
LISTED = [
    ("3 and 4 ready for discharge after lunch", ["3", "4"]),
]

INNOCENT = [
    # states of the place itself
    "Room 318 is freezing, the heating failed overnight.",
    "Table 6 is sticky, wipe it before the next sitting.",
    "Flight 64 is full, offer the standby list the next one.",
    "408 is lovely, best view in the building",
    "Seat 12C broke during boarding.",
    "Room 412 needs new linen.",
    "Deliver the flowers to room 839.",
    # what a place has, holds, sells or handles
    "Table 14 has a lovely view of the river.",
    "Room 12 has a shower and a bath.",
    "Desk 4 handles complaints after 5 pm.",
    "Kiosk 2 sells tickets for the museum.",
    "Window 3 issues tickets until noon.",
    # shorthand look-alikes: a noun modified, a place state, a list that ends at a comma
    "Bed 9 vomiting bowls need restocking.",
    "Room 4 cold, heating engineer called.",
    "table 6 ready for the next sitting",
    "side room 4 blind is broken, estates logged",
    "8841, waiting for a credit check",
    "C7 and C8, lovely, just down the steps on your left.",
    "till 2 customer wants cashback",
    # moving and checking places and things
    "Take table 5 to the terrace, we need the space inside.",
    "Move the luggage of room 4 to the store.",
    "Clean room 4 before the check-in at 3.",
    "Check in room 47 for the missing remote.",
    "The coffee spilled on seat 8B, get a cloth.",
    # time spent by a thing; a count; a fronted phrase before a place
    "Order 4471 spent two days in customs.",
    "Spend at least 15 minutes on section 4 of the guide.",
    "In 2019 the lounge moved to terminal 3.",
    "Over Christmas room 4 stayed empty.",
    "The price fell into line after the sale.",
]

# Technical texts: numbered tables, rows, ports and versions are not people.
TECHNICAL = [
    "See table 4 in the report for the rates by country. Row 12 in the spreadsheet shows "
    "the totals, and section 3 explains how they are rounded.",
    "The server listens on port 8080 and logs to line 3 of the file. Python 3.11 is "
    "required; version 3.12 breaks the build. Table 2 lists the error codes, and case 7 "
    "of the switch handles a closed socket.",
]
