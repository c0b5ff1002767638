"""Locator pack, thirteenth round: numbers the engine did not find at all. Readings added:

- sports courts and live-chat lines are places people are called by ('court 5 wants the
  floodlights on', 'the woman on chat 7'), read 'on court 5'; a court of law that hears,
  rules or sentences is not ('Court 4 heard the case');
- race bibs, read like wristbands ('bib 512 has fainted');
- theatre boxes and ward bays named by a letter ('box E wants ice cream', 'bay F are all
  asleep'), not the box of things or the loading bay;
- flight numbers with the airline's designator, spaced ('EZY 618') or glued ('the couple
  off the BA341'), and a glued code after 'flight' ('flight BA341'); two capitals and
  three digits are a flight, no longer seat 'BA341';
- a verb that is plural right after the number makes the rewrite plural ('Court 5 are
  asking' -> 'The customers on court 5 are asking').

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. Cases marked 'guard' already passed before these readings.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # courts
    ("court 5 wants the floodlights switched on", "court 5"),
    ("Court 8 are asking whether they can extend to two hours", "Court 8"),
    ("court 2 keeps shouting at the juniors next door", "court 2"),
    ("the lads on court 6 need the net lowered", "the lads on court 6"),
    # live chat
    ("the woman on chat 7 wants to close her account", "the woman on chat 7"),
    ("chat 5 is furious about the double charge", "chat 5"),
    # race bibs
    ("bib 512 has fainted by the water station", "bib 512"),
    ("bib 2047 wants his time corrected, he says the chip failed", "bib 2047"),
    # boxes and bays by letter
    ("box E wants ice cream sent up before the second half", "box E"),
    ("the couple in box F asked for a blanket", "the couple in box F"),
    ("bay F are all asleep, dim the lights", "bay F"),
    # airline designators
    ("EZY 618 want their bags sent to the hotel", "EZY 618"),
    ("the man on BA 731 is asking for an aisle chair", "the man on BA 731"),
    ("the couple off the BA341 are still at the carousel", "the couple off the BA341"),
    ("the family on flight BA341 are asking about hotel vouchers", "the family on flight BA341"),
    ("ops: BA552 at the transfer desk want meal vouchers", "BA552"),  # guard (as seat BA552)
    # seat codes of two capitals and two digits still read as seats
    ("seat BB14 wants the air con turned down", "seat BB14"),
]

INNOCENT = [
    # courts as places, and courts of law
    "court 5 needs resurfacing before the tournament",
    "Court 8 is booked from 7 until 9 pm",
    "the nets on court 2 were replaced on Monday",
    "Court 4 heard the case in the morning and adjourned at noon",
    "please brush court 6 before the coaching session",
    "the trial moved to court 3 after the break",
    # chat lines as things
    "chat 7 transcript attached to the complaint",
    "chat 5 is closed for the evening",
    "route chat 9 to the billing team",
    # bibs as things
    "bib 512 was never collected from the expo",
    "reprint bib 2047, the chip is faulty",
    "bib 88 goes in the lost property tray",
    # boxes and bays as things
    "box E is sold out for Friday",
    "put the spare programmes in box F",
    "tick box B if you want the newsletter",
    "Box E has the best view of the orchestra",
    "loading bay F is closed for the delivery",
    "park in bay A next to the lift",
    "bay F needs a new bin",
    # flights as flights
    "EZY 618 is delayed by two hours",
    "BA 731 departs from gate 14 at 10:40",
    "the BA341 has been cancelled because of fog",
    "BA552 pushed back at 09:12, four minutes late",
    "flight BA341 landed early",
    "Our flight BA 731 was comfortable and the crew were lovely.",
    "crew for BA341 report at 05:30",
    "ISO 9001 and SKU 8841 are both in the spreadsheet",
    # two-letter seat codes as seats
    "seat BB14 has a broken armrest",
    "BB14 is an aisle seat in the stalls",
]

# (text, the finding's match, its rewrite)
REWRITES = [
    ("court 5 wants the floodlights switched on", "court 5", "the customer on court 5"),
    (
        "Court 8 are asking whether they can extend to two hours",
        "Court 8",
        "The customers on court 8",
    ),
    ("table 7 are asking for the bill", "table 7", "the customers at table 7"),  # was 'customer'
    ("EZY 618 want their bags sent to the hotel", "EZY 618", "The customers on EZY 618"),
    ("bib 512 has fainted by the water station", "bib 512", "the customer with bib 512"),
    ("ops: BA552 at the transfer desk want meal vouchers", "BA552", "the customers on BA552"),
]
