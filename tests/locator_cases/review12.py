"""Review of the round-12 locator readings: look-alikes that the merged rounds began to flag
(or had flagged before), with the positives the fixes keep.

- a code after an opener of talk that is the subject of its clause is talked about, not
  spoken to: 'Okay, 3C, 3D and 3E are the seats we've held for your family';
- what hangs framed, from something, on a wall, above or in a place is a thing on show:
  'Bib 1 hangs framed in the clubhouse'; a person hangs up, on, out or around.

Every sentence here was written for these tests.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    ("Okay, 3C, your family is seated behind you.", "3C"),
    ("room 4 hung up on me twice", "room 4"),
    ("table 6 hanging around the bar again, can someone close them out", "table 6"),
]

INNOCENT = [
    # a code list that is the subject after an opener of talk
    "Okay, 3C, 3D and 3E are the seats we've held for your family.",
    # hung as a thing
    "Bib 1 hangs framed in the clubhouse",
    "Ticket 0001 hangs framed above the box office",
]

TECHNICAL = []
