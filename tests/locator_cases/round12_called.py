"""Locator pack, twelfth round: people named by a number in reported speech. Readings added:

- a number given as a name ('call', 'nickname', 'know' … X; 'addressed', 'referred to',
  'known' as X) is a person only when the one named is: a pronoun for people, a person or
  customer noun or a name ('calling my aunt "Cabin 4410"'); a thing named so ('the porters
  refer to the lift as "room 0"') is not;
- a quotation said aloud that opens with the number and goes on to speak to its people
  ('the host yelled "Table Three, your cake!"', 'the usher said "12A and 12B, please sit"'),
  or that is a ticket or order number alone called by someone ('shouted "order 5521!"');
- the subject of a life event: 'gave birth', 'got engaged / married / divorced'.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a number given to a person as a name
    ("The stewards kept calling my aunt 'Cabin 4410' at dinner.", "Cabin 4410"),
    ("For a fortnight we got called 'table seven' by every waiter.", "table seven"),
    # guards (flagged before this round too):
    ("By the second day the crew were calling me 17D.", "17D"),
    ("The concierge addressed us as 'Suite 9' all weekend.", "Suite 9"),
    ("The helpdesk referred to my father as 'ticket 5520' on the phone.", "ticket 5520"),
    # "who" names a person: patients (a role word the descriptor rules flag) "who were
    # referred to as …" (the first version of the reading lost these)
    ("On nights, the sick who were referred to as 'bay 2' never got a name.", "bay 2"),
    # a quotation said aloud to the number's people
    ("The host yelled 'Table Three, your cake is here!' across the room.", "Table Three"),
    ("The usher said '12A and 12B, please sit down.'", "12A"),
    ("The guard said, '31C, you need to fold your table away.'", "31C"),
    ("The steward shouted 'seat 14, sit down!'", "seat 14"),
    ("The cashier called out 'ticket 77?' twice before anyone moved.", "ticket 77"),
    ("The chemist shouted 'order 5521!' over the queue.", "order 5521"),
    ("'Ticket 309!' the man at the cheese counter called.", "Ticket 309"),
    ("He leaned over and said, '5530, you're through to the complaints team.'", "5530"),
    # the subject of a life event
    ("Bed 12 gave birth just after midnight.", "Bed 12"),
    ("Seat 23F gave birth somewhere over the Alps.", "Seat 23F"),
    ("Table 4 just got engaged, bring out the sparkler!", "Table 4"),
    # guard (flagged before this round too):
    ("Cabin 7102 got married on the top deck.", "Cabin 7102"),
]

INNOCENT = [
    # staff named by a number are not customers
    "The nurse who was referred to as 'desk 3' has retired.",
    # a thing given the number as a name
    "The porters refer to the service lift as 'room 0'.",
    "The booking was referred to as 'order 9920' on every invoice.",
    "The annex was known as 'Bay 7' before the rebuild.",
    "In the manual this screen is referred to as 'ticket 12'.",
    "Everyone calls the corner booth 'table 12'.",
    "They named table 12 after the founder.",
    "The app calls it order 4410.",
    "Call 0800 123 456 to book a table.",
    # a quotation about a place or a thing, or said by a text
    "He shouted 'room 12 is flooding!'",
    "She yelled 'flight 212 is cancelled'.",
    "The chef yelled 'order 12, two burgers, no onions!'",
    "The manager said 'Ticket 88? Close it, it's a duplicate.'",
    "He said, 'Room 12, you'll love it, it faces the sea.'",
    "The sign said 'Room 40, please knock'.",
    "The screen announced 'order 61, ready for collection'.",
    "The email said 'Order 2291, dispatched, tracking to follow'.",
    "He shouted 'order 4410 is wrong!' at the kitchen.",
    "The waiter shouted 'table ten is clear!' to the kitchen.",
    "The nurse yelled 'bed four!' and the porter ran to it.",
    "The auctioneer shouted 'twelve!' and the hammer fell.",
    "The caller shouted 'twenty-two!' and half the bingo hall groaned.",
    # no life event
    "Room 2204 got a new carpet last summer.",
    "The order got delayed twice.",
    "Line 4 got engaged again while I was on hold.",
    "Ward 7 gave way to a car park in 2019.",
]
