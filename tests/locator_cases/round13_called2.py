"""Locator pack, thirteenth round: people named by a number in quotes and chats. Readings
added:

- a quoted name that someone becomes or remains is who they are, as 'was' already read
  ('on the ward Mum became "bed 6"'); 'became' with a noun subject needs a person word,
  so a place renamed ('the old lounge became "room 40"') stays quiet;
- a long bare code, or one said digit by digit, may be that name ("'so you're 7719?'",
  'I was "three-oh-four-two"'), where "'you're 19'" is an age;
- a question whose whole predicate is the number asks whether the one spoken to is it
  ("'are you 22B?'"), and on the phone, after a greeting, 'is that' asks it of a record
  ("'Hello, is that claim 3381?'").

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a quoted name someone becomes
    # a pronoun becomes a quoted number
    ("After two nights we had become 'suite 14' to the whole staff.", "suite 14"),
    # a person noun of a calling becomes a number (lost in the merge, found again)
    ("The old professor became room 12 to the night staff.", "room 12"),
    # guards (flagged before this round too): a name or a person noun becomes one
    ("On the ward Mum became 'bed 6' within a day.", "bed 6"),
    ("By Friday my husband had become 'cabin 2210' to the waiters.", "cabin 2210"),
    # a long bare code, or one said digit by digit, as the name
    ("'Right, so you're 7719?' the adviser said without a hello.", "7719"),
    ("All through the claim I was 'three-oh-four-two' to the insurer.", "three-oh-four-two"),
    # guard (flagged before this round too): a headed name after 'was'
    ("For three weeks I was 'order 6620' to their helpline.", "order 6620"),
    # asked whether they are the number
    ("The steward bent down and asked 'are you 22B?'", "22B"),
    ("'Sorry, are you 3A?' the attendant asked my husband.", "3A"),
    ("A waiter came over: 'Excuse me, are you table 11?'", "table 11"),
    ("The courier rang: 'Hi, is that order 55201?'", "order 55201"),
    ("'Hello, is that claim 3381?' the loss adjuster began.", "claim 3381"),
]

INNOCENT = [
    # a place or a thing becomes a name
    "The old lounge became 'room 40' after the refit.",
    "The spare office became 'desk 9' on the floor plan.",
    "Overnight the annex became 'bay 12' for the flu cases.",
    "The password became '7719' after the reset.",
    # a bare number that is an age, an amount or a thing
    "'You're 19, right?' the barman asked.",
    "'You're 7719 steps short of your goal,' the app said.",
    "'So you're 7719 in the queue,' the recording said.",
    "My door code was 'three-oh-four-two' until last week.",
    "The alarm code is 'three-oh-four-two'.",
    # questions about a seat or a record
    "'Are you 22B or 22C?' the steward asked.",
    "'Are you in 22B?' the steward asked.",
    "'Are you sure it's 22B?' the steward asked.",
    "'Are you 19?' the bouncer asked.",
    "'Is that order 55201 ready?' the courier asked.",
    "'Hi, is that seat 22B? It has no cushion.'",
    "'Hello, is this room 40?' she asked the cleaner.",
    "'Hi, is that 0161 555 7719?'",
    "Is that claim 3381 or 3382 on the form?",
]

TECHNICAL = []
