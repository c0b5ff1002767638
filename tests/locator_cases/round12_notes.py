"""Locator pack, session 9 (staff notes whose reader hangs on an elliptical clause). Readings:

- 'ready to order', 'ready to pay', 'ready for home' at the very end of a note
  ('tbl 6 ready to order'), not of a record that is paid ('invoice 4410 ready to pay');
- a number put where people wait without 'the' ('at desk', 'at reception') or in a queue
  ('in the returns queue'), then the first thing it does ('booking 8830 at desk asking for
  an upgrade'); a 'says' only when it says something of them ('says they paid');
- 'gluten free', 'dairy free' in a note's parallel items are one diet, not a verb and a
  place that is 'free' ('7 is vegan, 4 is gluten free');
- having words (arguing) with someone or over something ('14A & 14C having words over the
  armrest'), where a page or a sign has words on it.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # ready to order / for home, at the end of the note
    ("tbl 6 ready to order", "tbl 6"),
    ("bed 12 ready for home", "bed 12"),
    ("cubicle 3 ready for discharge", "cubicle 3"),
    ("T14 ready to pay", "T14"),
    # at desk, at reception, in the queue
    ("res 5521 at desk asking for an upgrade", "res 5521"),
    ("booking 6120 at reception, says they booked a twin", "booking 6120"),
    ("ticket 71 in the returns queue shouting about the refund", "ticket 71"),
    # a diet with 'free', in parallel items
    ("2 is coeliac, 5 is nut free", "5"),
    ("table 8 is vegan, table 3 is dairy free", "table 3"),
    # having words
    ("table 4 had words with the waiter", "table 4"),
    ("room 12 having words with the porter", "room 12"),
]

# Sentences whose codes are each a finding.
LISTED = [
    ("4 and 9 ready to pay", ["4", "9"]),
    ("6 and 8 in the queue both complaining about the wait", ["6", "8"]),  # guard (old code too)
    # guard (old code too)
    ("31 and 32 in the click & collect queue both say their parcel's missing", ["31", "32"]),
    ("14A & 14C having words over the armrest, cabin crew pls", ["14A", "14C"]),
    ("7 is vegan, 4 is gluten free, rest full english", ["7", "4"]),
    # 'free' said of a place, and a place's state, after a diet: only the diet's number
    ("room 7 is vegan, room 4 is smoke free", ["room 7"]),  # guard (passes on old code)
    ("table 7 is vegan, table 4 is fully booked", ["table 7"]),  # guard (passes on old code)
]

INNOCENT = [
    # ready for a thing, or a record ready to be paid
    "table 9 ready for the 8pm",
    "table 9 ready, cutlery on",
    "order 4410 ready to collect",
    "room 12 ready for check-in",
    "table 6 ready to reset",
    "bed 12 ready for cleaning",
    "flight 44 ready to board",
    "invoice 4410 ready to pay",
    "order 55 ready to pay",
    # records and places at a desk or in a queue
    "order 3301 at desk for collection",
    "order 3301 at the counter, ready for pickup",
    "booking 8830 at reception, paid in full",
    "order 3301 at desk, customer asking where it is",
    "car 4 at the door, driver asking for room 12",
    "bus 7 at the gate, driver says ten minutes",
    "table 9 by the window needs resetting",
    "room 12 on the top floor has a leak",
    # words on a thing
    "page 4 has words missing",
    "slide 8 has words on it",
    "box 3 has words printed on the lid",
    "table 4 has words carved into it",
    "door 6 had words painted on it",
    "door 6 had words over it",
    "line 6 had words with no spaces",
]

TECHNICAL = []
