"""Locator pack, round 13 (codes in lists, ranges and compound places). Readings added:

- a seat named within a larger place, before or after it, with or without a comma ('coach
  A, seat 12', 'seat 40 on coach C', 'seat 18 coach F', 'screen 5 row F seats 8-9', 'bay 3,
  bed 5'): the span and the rewrite cover the whole compound;
- a range under a plural head ('rows 12 to 18 keep pushing'), where the tagger reads the
  verb after 'to 18' as a bare infinitive;
- a number ranked among those who do something ('9C and 9D are the last two to board',
  'table 11 was the first to order'), not one ranked among things or done to;
- a condition said with 'is' and no article ('8 is nut allergy, 10 is dairy free').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a seat within a coach, a row or a screen; a bed within a bay
    ("carriage B, seat 22 wants help with her case at York", "carriage B, seat 22"),
    ("seat 40 on coach C keeps asking for the guard", "seat 40 on coach C"),
    ("seat 18 coach F is asking for a taxi at the station", "seat 18 coach F"),
    ("Coach H seat 3, your connection is on platform 4.", "Coach H seat 3"),
    ("the lady in bay 3, bed 5 wants a cup of tea", "the lady in bay 3, bed 5"),
    ("the gent in carriage E, seat 31, has been taken ill", "the gent in carriage E, seat 31"),
    ("screen 2 row H seats 4-5 are talking through the whole film", "screen 2 row H seats 4-5"),
    # guard (passes on old code): a person noun before a row and a seat
    ("the woman in row D seat 7 keeps talking through the film", "the woman in row D seat 7"),
    # ranked among those who do something
    ("table 11 was the first to order tonight", "table 11"),
    ("27C is the last to board, call her name again", "27C"),
    # a condition with 'is'
    ("table 3 is sesame allergy", "table 3"),
    ("room 9 is latex allergy, pls check the gloves", "room 9"),
    # a range under a plural head
    ("rows 12 to 18 keep pushing into the aisle", "rows 12 to 18"),
    # guard (passes on old code): the tagger reads 'keep' as the present here
    ("rooms 401 to 404 keep complaining about the noise", "rooms 401 to 404"),
]

# Sentences whose codes are each a finding.
LISTED = [
    ("9C and 9D are the last two to board, page them", ["9C", "9D"]),
    ("Boarding: 22A and 22B are the last two to board, try the lounge", ["22A", "22B"]),
    ("8 is nut allergy, 10 is dairy free", ["8", "10"]),
]

INNOCENT = [
    # the compound place and what is wrong with it, or what is done with it
    "carriage B, seat 22 has a broken table",
    "seat 40 on coach C is reserved from Leeds",
    "seat 18 coach F is broken",
    "row D seat 7 has a wobbly armrest",
    "coach H seats 1-8 are reserved for the school group",
    "book seat 12 in coach C for her",
    "move him to seat 4 in coach B",
    "seat 12 coach A 14:05 departure",
    # ranked among things, or done to
    "seats 9C and 9D are the last two seats left",
    "9C and 9D are the last two left on the seat map",
    "flight 212 is the last to board",
    "table 11 was the first to be reset",
    "room 304 is the next to check",
    "gate 5 is the last to close",
    "seat 12 is the only one to recline",
    "table 6 is the last one by the window",
    # allergy as a thing's word
    "14 is the allergy menu",
    "room 8 is allergy friendly",
    "12 is nut allergy free",
    "page 3 is nut allergy guidance",
    "item 12 is the nut allergy poster",
    # a range of places
    "rows 12 to 18 are closed for cleaning",
    "rows 12 to 18 keep the old seats",
    "rooms 401 to 404 face the sea",
    "seats 20 to 24 fold up",
]

REWRITES = [
    ("coach A, seat 12 wants help off", "coach A, seat 12", "the customer in coach A, seat 12"),
]
