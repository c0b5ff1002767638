"""Locator pack, sixth round: readings that follow from the shape of English when the
tagger or the lemmatizer gets a verb wrong, when a singular head is extended over a list,
when a shorthand list gives each code its own predicate, and when a code owns 'their'
things or keeps doing what only people do.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a third-person verb the lemmatizer or the tagger got wrong
    ("Table 5 detests coriander", "Table 5"),
    ("14B hates the window seat.", "14B"),
    ("Cabin 9 adores the new steward.", "Cabin 9"),
    ("Room 31 loathes the breakfast buffet.", "Room 31"),
    ("Bed 6 hates the hospital food.", "Bed 6"),
    # attitudes only people have
    ("Room 9 despises the new curtains, says they're cheap.", "Room 9"),
    ("Table 14 admired the waiter's patience.", "Table 14"),
    # what machines do too, kept doing by a seat, a ticket or a seat code
    ("Seat 41 keeps pinging the CEO.", "Seat 41"),
    ("14C keeps messaging the crew.", "14C"),
    # a state machines have too, of a place a patient lies in
    ("Bed 4 unresponsive.", "Bed 4"),
    ("resus 2 unresponsive", "resus 2"),
    # kept doing what only people do; 'their' things of one numbered subject
    ("room 12 kept ringing reception all night", "room 12"),
    ("Ticket 5093 keeps posting in the user group, tagging the admins.", "Ticket 5093"),
    ("case 2210 keeps reopening their complaint after we close it", "case 2210"),
    ("Room 5 left their keys in the door again.", "Room 5"),
    ("Account 6618 withdrew their complaint this morning.", "Account 6618"),
    ("table 9 kept sending their steak back", "table 9"),
    # one singular head stretched over a list of bare numbers: one finding, as for
    # 'tables 3, 5 and 9'
    ("table 3 and 4 want the bill", "table 3 and 4"),
    ("Cabin 12 and 14 complained about the noise.", "Cabin 12 and 14"),
    ("seat 4 and 5 are arguing about the armrest", "seat 4 and 5"),
    ("bed 12 & 14 need their obs at 2200", "bed 12 & 14"),
]

# Bare numbers in a list are each a finding, as before; a '+' the parser read as the
# subject no longer hides them.
LISTED = [
    ("21+22 are asking for separate bills", ["21", "22"]),
    ("2 & 7 are asking for the bill", ["2", "7"]),
    # parallel items of a note: a sibling of a person item, shaped like it, is a person
    ("board: B1 DNACPR, B2 falls risk, B6 pressure care", ["B1", "B2", "B6"]),
    ("ward list: C3 NBM, C4 barrier nursing, C9 falls risk", ["C3", "C4", "C9"]),
    # ... but not an item about the place, nor one of another shape
    ("Rm 4 complaining, Rm 5 no hot water", ["Rm 4"]),
    ("Room 4 wants towels, room 5 needs a new bulb", ["Room 4"]),
    ("B3 NBM, B4 falls risk, B7 window broken", ["B3", "B4"]),
    ("table 4 coeliac, table 6 window seat, table 9 high chair", ["table 4"]),
    ("table 4 cleared, table 6 reset, table 9 complaining", ["table 9"]),
    # equipment at a place is not lifted to a person by a list of patients
    ("Bed 2 NBM, bed 5 falls risk, bed 8 pressure mattress.", ["Bed 2", "bed 5"]),
    ("Bay 1 DNACPR, bay 2 oxygen, bay 3 highchair", ["Bay 1"]),
    ("Bed 2 NBM, bed 5 falls risk, bed 8 on oxygen", ["Bed 2", "bed 5", "bed 8"]),
]

INNOCENT = [
    # a plural noun after the number, with a verb of its own
    "ext 4 calls go to voicemail",
    "Room 5 calls were dropped twice.",
    "Room 412 needs new linen.",
    "Table 5 seats six.",
    "Bed 9 vomiting bowls need restocking.",
    "Bed 4 checks this morning were fine.",
    "Room 9 calls this month went up.",
    # a thing that keeps doing what things do; several things and 'their' own parts
    "Ticket 4410 keeps reopening after we close it.",
    "Room 8 keeps leaking through the ceiling.",
    "Rooms 4 and 5 have their own bathrooms.",
    "Tables 2 and 3 lost their legs in the move.",
    "Flight 40 changed their gate twice.",
    "Ticket 88 updated their status to resolved.",
    # a stretched head that is still a place, a part of a text, or a count; sums
    "Room 4 and 5 are ready for check-in.",
    "room 4 and 5 towels are in the cupboard",
    "Table 3 and 4 of the report list the rates.",
    "Put table 3 and 4 together for the party of ten.",
    "Clean room 4 and 5 before noon.",
    "12+4 is 16",
    "4+6 are ready for the next sitting",
    # a note whose items are all about places or things
    "Rm 4 cold, Rm 5 no hot water",
    "port 8080 open, port 8443 closed, port 22 filtered",
    "Row 4 totals, row 5 averages, row 6 notes",
    "cabin 6 aircon noisy, cabin 8 balcony door stuck",
    # what machines keep doing too, said of a line, kiosk, till, terminal or channel
    "Line 7 keeps pinging the router every few seconds.",
    "Kiosk 2 keeps pinging the payment server.",
    "Terminal 5 keeps posting heartbeats to the log.",
    "Channel 3 keeps messaging the on-call rota.",
    "Till 6 keeps pinging the stock database.",
    # time a thing spends waiting or sitting
    "Flight 31 spent forty minutes waiting for a stand at Gatwick.",
    "Ticket 9021 spent three days waiting for a part from the supplier.",
    "Order 5512 spent a week sitting in the depot.",
    # states a till, kiosk or server has too
    "Till 2 unresponsive, till 5 fine.",
    "Kiosk 1 frozen, kiosk 2 offline, kiosk 3 working.",
    "Server list: case 7 unresponsive, case 8 idle, case 9 patched.",
    # furniture and equipment moved about empty
    "Wheel chair 4 to recovery, nobody is using it.",
    "Take trolley 2 to theatre, it's the clean one.",
    "Bring stretcher 3 to x-ray when it's free.",
]

# Technical texts: numbered rows, ports and versions are not people.
TECHNICAL = [
    "Rows 4 and 5 of the table hold the totals; row 6 sums them.",
    "The proxy forwards ports 8080 and 8443, and version 3 and 4 of the API both return "
    "errors on line 12 and 13 of the log.",
]
