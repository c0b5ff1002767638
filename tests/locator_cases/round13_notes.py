"""Locator pack, session 10 (shift notes that list people by code). Readings:

- a number that opens a note and is closed by a colon, with another code after it, is the
  note's heading ('Counter 4: 5521 wants a refund, 5523 …'), and lends nothing to its list;
- a later item of a note of coded items is read like its first ('Nights: bed 3 settled,
  bed 4 asleep'), but not a small bare count ('Buffet: 14 vegan, 9 coeliac');
- set phrases of whether someone came, is in or is upset, as the whole item of a place
  people sit, sleep or play in ('court 6 no-show', 'room 208 not in', 'seat 9 in tears');
- a bed's 'settled'; a symptom scored out of ten ('bay 2 nausea 4/10');
- a bare 'late', 'out' or 'waiting' only from a sibling item of the same head that is a
  person by its own words ('Yoga: mat 5 no-show, mat 7 late').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # set phrases as the whole item
    ("Tennis: court 6 no-show, court 2 started at 10", "court 6"),
    ("Wake-ups: room 208 not in, room 210 answered", "room 208"),
    ("Lunch: seat 9 in tears, seat 11 fine", "seat 9"),
    ("Dinner: table 14 on the phone, table 15 mains out", "table 14"),
    ("Room 5: bed 2 not answering, bed 3 eating", "bed 2"),  # guard (old code too)
    # a later item read like the first
    ("Nights: bed 3 settled, bed 4 asleep, bed 5 pain 7/10", "bed 4"),  # guard (old code too)
    ("Nights: bed 3 settled, bed 4 asleep, bed 5 pain 7/10", "bed 5"),  # guard (old code too)
    ("Overnight: bed 1 fine, bed 2 nausea 4/10", "bed 2"),
    # a bare presence lent by a sibling person
    ("Yoga: mat 5 no-show, mat 7 late", "mat 7"),
    ("Ward round: bed 9 in tears, bed 10 out", "bed 10"),
]

# Sentences whose codes are each a finding.
LISTED = [
    ("Deck 7: 7140 seasick, 7142 in tears", ["7140", "7142"]),  # guard (old code too)
    ("Counter 4: 5521 wants a refund, 5523 asking for a manager", ["5521", "5523"]),
    ("Squash: courts 3 & 4 no-show, court 5 late", ["courts 3 & 4", "court 5"]),
]

INNOCENT = [
    # headings of a note of codes
    "Room 3: pod 1 reset, pod 2 waiting",
    "Desk 2: 8810 returned to sender, 8812 on the shelf",
    # phrases that do not end the item, or of records and doors
    "Tennis: court 6 no-show fee, court 2 resurfaced",
    "Wake-ups: room 208 not in use, room 210 painted",
    "Dinner: table 14 on the phone list, table 15 relaid",
    "Stock: order 5521 not in, order 5523 shipped",
    "Entry: door 4 let me in, door 6 jammed",
    "Lunch: seat 9 in the sun, seat 11 in the shade",
    # states of beds, rooms and accounts in later items
    "Beds: bed 3 made up, bed 4 stripped, bed 5 empty",
    "Beds: bed 3 lowered, bed 4 high",
    "Rooms: 208 clean, 210 cold",
    "Overnight: cubicle 1 clean, cubicle 2 pain pump 4/10 full",
    # counts, not codes
    "Buffet: 14 vegan, 9 coeliac, 60 standard",
    # a bare presence with no person sibling
    "Deliveries: mat 5 late, mat 7 on time",
    "Queue: job 5521 waiting, job 5523 late",
    "Hire: bike 2 out, bike 4 back, bike 6 needs a chain",
]
