"""Locator pack, eighth round. Readings added:

- a time of day after 'before', 'by' or 'until' is no other number that a pronoun in the
  next sentence could look back to ('Could you ring 3318 before 4? She's waiting').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # an hour in the number's sentence leaves the pronoun in the next one to the number
    ("Could you ring 3318 before 4? She's been waiting on a callback all week.", "3318"),
    ("Please call 7702 after 2. He wants to go over the bill.", "7702"),
    ("Ring room 14 before 9. She asked for an early call.", "room 14"),
    ("Can someone call 6120 by 3pm? She needs the engineer's time.", "6120"),
    ("Try 4806 again after 11. He was in a meeting earlier.", "4806"),
]

INNOCENT = [
    # the hour does not open a place or record to a person
    "Deliver the towels to room 839 before 5. She'll need them for the bath.",
    "Order 4471 ships before 5. He should get it Friday.",
    "Clean room 22 before 3. She arrives at four.",
    "Table 14 is free at 8. She wants the window though.",
    "Book table 6 for 8. She's bringing her parents.",
    # a second number that is no hour still blocks the look back
    "Call 3318 about invoice 5521. She disputes it.",
    "Please ring 7702 before 4410. He wants the earlier slot.",
]
