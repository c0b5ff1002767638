"""Locator pack, twelfth round: numbers spoken to or about people in quoted speech.
Readings added:

- a quotation that opens with a word of talk and a comma before the number
  ("'ah, 7215, the usual?'", "'ok, booking 4410, you're all set'") reads like one that
  opens with the number; a short question about what its people want or whether they
  are back ('the usual?', 'back again?', 'what can I help with?') also speaks to them;
- an appointment number called out alone ("'appointment 14!'") as a ticket or order is;
- in quoted speech, a person said to be the number ("'so you're table nine'", "she said
  I was 'order 7734' now"), unless it is staff at their post, a rank in a queue or an age.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a word of talk before the number in a quotation
    ("The barman glanced up and said 'ah, 4417, the usual?'", "4417"),
    ("She answered and said 'right, account 8802, what can I help with?'", "account 8802"),
    ("The agent said 'ok, booking 3391, you're all set for Friday.'", "booking 3391"),
    ("The steward laughed and said 'oh, 21D, back again?'", "21D"),
    # an appointment called out alone
    ("The receptionist kept calling out 'appointment 22!' to an empty room.", "appointment 22"),
    ("The nurse shouted 'appointment 9?' down the corridor.", "appointment 9"),
    # a person said to be the number in quoted speech
    ("The marshal read my pass and said 'ah, you're badge 508, you're in hall B.'", "badge 508"),
    ("The waitress smiled and said 'so you're table eleven.'", "table eleven"),
    ("After the refund the helpdesk said I was 'ticket 2290' now.", "ticket 2290"),
    ("The nurse told him 'you're bed 14 tonight, love.'", "bed 14"),
    ("He checked the list and said 'you are seat 31F, right?'", "seat 31F"),
]

INNOCENT = [
    # announcements, signs, bingo, auctions, sports: numbers called for no customer
    "The tannoy said 'gate 19, final call'.",
    "The announcer said 'platform 6 for Leeds'.",
    "'Number 10!' the fans chanted.",
    "The screen said 'ticket 412'.",
    "The caller shouted 'legs eleven, 11!'",
    "The auctioneer called 'lot 63, any advance?'",
    "The coach yelled 'number 8, track back!'",
    "The tannoy said 'appointment 22 is cancelled today'.",
    "The display said 'appointment 9 now serving'.",
    "He shouted 'room 7!' to tell the porter where to go.",
    # a word of talk before a number that is talked about
    "He said 'ah, 4417, that was the old PIN.'",
    "She said 'right, account 8802, that one is closed.'",
    "The agent said 'ok, booking 3391 is confirmed.'",
    "He said 'oh, 21D, the seat with no window.'",
    "She muttered 'right, order 6603, where did it go?'",
    "'Right, table 12, that one wobbles,' the manager said.",
    "The clerk said 'ok, order 6603!' and stamped the docket.",
    "'Ah, gate 19, back again?' the pilot joked as the plane taxied in.",
    # a predicate that places people, speaks of a thing, or names staff, a rank or an age
    "The porter said 'you're in room 508, second floor.'",
    "She said 'your table is eleven.'",
    "He said 'this is table eleven.'",
    "She said 'it's table eleven.'",
    "The label said it was 'ticket 2290' now.",
    "'You're number 4 in the queue,' she said.",
    "'Hi, I'm desk 3, how can I help?' the clerk said.",
    "'I'm counter 2 until noon,' the cashier said.",
    "He said 'you're 21, right?'",
    "'We're order 12 of 40 today,' the chef said.",
    "The app said 'you're booking 3391 in our system.'",
]
