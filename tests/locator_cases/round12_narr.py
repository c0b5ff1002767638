"""Locator pack, twelfth round: vocatives and narrative descriptions. Readings added:

- a name that ends a fronted phrase of place with an article ('Halfway across the Channel
  12C …') leaves the number after it the subject of the clause, not a thing the name
  modifies;
- a code set off by a comma after a short opener of talk ('ok 55120, …', 'Sorry about
  that, room 214, …') is addressed when the clause after it speaks to 'you' and handles
  no 'it'; a small bare number there is a count said back;
- 'a 412 — the one who …': the phrase set beside the number makes it someone;
- a seat code of two characters ('9C') is a code after an opening phrase, as 'C12' is;
- a title only a person holds ('the CFO', 'a retired headteacher') said of a record or a
  bare number ('Account 8812 is the CEO of a building firm');
- bare codes after 'fyi' and 'btw' are read as the subject of what follows.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a fronted phrase of place
    ("Just over the Atlantic 9C asked for a blanket.", "9C"),
    ("Halfway across the Atlantic 2B asked for the sick bag.", "2B"),
    # guards (flagged before this round too):
    ("Somewhere over the Pacific 31D went into labour.", "31D"),
    # an opener of talk, the code, then words to 'you'
    ("agent: ok 55120, i can see your order, the refund goes out today", "55120"),
    ("okay 4471, you should get an email in a minute", "4471"),
    ("Sorry about that, room 214, your towels are on the way.", "room 214"),
    # guards (flagged before this round too):
    ("Morning, table 6, your coffees are coming.", "table 6"),
    ("Thank you, 19C, you've been very patient.", "19C"),
    # the one who
    ("Every hotel has a 412 — the one who rings down about the towels at midnight.", "412"),
    ("Every shift there's a 14C, the one who needs the blind up and then down again.", "14C"),
    # a person's title
    ("heads up 55102 is the CFO at the council, she wants a call every morning", "55102"),
    ("Account 7710 is the CEO of a small bakery", "Account 7710"),
    # a guard (flagged before this round too):
    ("Account 8812 is the CEO of a building firm and expects a callback today.", "Account 8812"),
    ("Ticket 4410 is the CTO, so keep him posted.", "Ticket 4410"),
    # after fyi / btw
    ("btw 4410 is a retired headteacher", "4410"),
    ("FYI 3307 and 3309 got married here last spring", "3307"),
]

INNOCENT = [
    # fronted phrases of place
    "On the Airbus A380 the seats recline further.",
    "Across the Atlantic 31D is the best seat for sleeping.",
    "Over the Pennines 12F has the better view.",
    # openers of talk that the number finishes, or a topic
    "ok 55120 is closed now",
    "okay 4471 has been refunded, you should get an email",
    "ok 55120, i can see it was refunded yesterday",
    "Morning, 4471 is the sort code you need.",
    "Sorry about room 214, you'll get a new one tomorrow.",
    "Thanks for booking room 214, your confirmation is attached.",
    "ok ticket 4410, you said it never loaded?",
    "ok 10, you'll need two tables then",
    "Thanks, 2024 was a great year for you all.",
    # the one with / that
    "Room 12 — the one with the broken lock.",
    "Room 12, the one that leaks when it rains.",
    "Table 4 — the one by the window — is booked for eight.",
    "Bed 9, the one nearest the door, needs new sheets.",
    # titles
    "Ticket 4410 is the CTO's escalation.",
    "Ticket 4410 is for the CTO.",
    "Room 12 is the CEO's office.",
    "Room 12 is the CEO this week while his office is repainted.",
    "4410 is the CTO extension.",
    "Desk 4 is the founder, desk 5 the designer.",
    # fyi / btw
    "fyi 4410 is the account number",
    "btw 12 is the room number",
    "fyi 2201 and 2203 got merged",
]
