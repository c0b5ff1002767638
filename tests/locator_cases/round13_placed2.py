"""Locator pack, thirteenth round: person nouns placed by a number in other ways.
Readings added:

- a doctor, nurse or other carer by trade placed 'in' or 'at' a seat is a customer lending
  a hand ('the nurse in 22C is helping'): nobody nurses from a seat, though they work from
  a bed, a bay or a ward ('the nurse on 7B', 'the nurse in bay 4' are staff);
- 'be' in a relative clause places its person noun as the bare preposition does ('the man
  who is in room 4'), and a place held for a while with 'use', 'rent', 'hire', 'occupy' or
  'share' does as 'had' did ('the woman who uses locker 31'); 'that' may open the clause;
- nouns for who holds a place (owner, tenant, occupier, lodger, renter, leaseholder,
  plotholder) are person nouns: 'the owner of plot 22';
- a singular person noun after a number of three digits or more is the one in that room,
  not a count ('114 kid being sick in the lift'; '2 adult 2 child' is a count).

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. Each POSITIVE sentence was checked to fail on the code
before this round, but those marked as guards.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # a carer by trade in a seat
    ("the nurse in 31C is sitting with the lady who fainted", "the nurse in 31C"),
    ("The doctor in 6B has offered to check on him.", "The doctor in 6B"),
    ("paramedic in seat 40 helping, no need to divert yet", "paramedic in seat 40"),
    ("the midwife at 12F says the baby is fine", "the midwife at 12F"),
    ("the GP in row 9 took a look at her ankle during the interval", "the GP in row 9"),
    # 'be' in a relative clause
    ("The woman who is in room 508 has asked for a kettle.", "The woman who is in room 508"),
    ("the lads who were at table 11 left without paying", "the lads who were at table 11"),
    ("the man that's in cabin 7 keeps ringing the bell", "the man that's in cabin 7"),
    # a place held for a while
    ("the guy who rents pitch 17 wants the hook-up fixed", "the guy who rents pitch 17"),
    ("The family that hired chalet 3 left the hot tub on.", "The family that hired chalet 3"),
    ("the lady who uses lane 6 on Tuesdays wants it back", "the lady who uses lane 6"),
    ("the two students who share locker 44 lost the key", "the two students who share locker 44"),
    # who holds a place
    ("The owner of berth 12 wants the electricity reconnected.", "The owner of berth 12"),
    ("the tenants of pitch 30 are asking about the winter rate", "the tenants of pitch 30"),
    ("The occupier of lodge 5 reported a leak.", "The occupier of lodge 5"),
    # one person after a room number
    ("308 lady wants an iron sent up", "308 lady"),
    ("2214 guy is locked out again", "2214 guy"),
    ("1102 mum is asking for a cot", "1102 mum"),
    # guards: these pass on the code before this round too
    ("the chap from berth 12 wants the electricity back on", "the chap from berth 12"),
    ("the four on court 2 want the lights on", "the four on court 2"),
    ("the man who had locker 9 left his towel", "the man who had locker 9"),
]

INNOCENT = [
    # staff where they work, and crew in a seat
    "the nurse on 6B is covering two bays tonight",
    "the nurse in bay 6 is on her break",
    "the doctor at station 3 will sign the chart",
    "the doctor in cubicle 2 is seeing a child with croup",
    "the midwife on ward 12 will ring you back",
    "the nurse in room 310 is changing the dressing",
    "the attendant in 1A is strapped in for landing",
    "the nurse next to seat 4 is a stranger to me",
    # a relative clause of a thing, or of a charge
    "the kettle that is in room 508 trips the fuse",
    "the candles that were at table 11 have been cleared",
    "the man who is in charge of cabin 7 is on leave",
    "the waiter who is at table 11 will bring the bill",
    "the company that rents unit 12 has moved out",
    "the van that uses bay 4 blocks the gate",
    "the club that hires court 2 pays monthly",
    # what a place has or holds
    "the key of berth 12 is in the office",
    "the tenancy of pitch 30 runs until March",
    "the owner's manual for bike 8 is in the drawer",
    "the owners of the restaurant sat at the bar",
    "the roof of lodge 5 leaks in the rain",
    # counts
    "family pass 2 adult 2 child",
    "max 120 person capacity in the hall",
    "over 300 kid friendly activities this summer",
    "the 100 kid challenge raised money for the ward",
    "308 family rooms are booked for the conference",
]
