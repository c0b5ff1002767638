"""Locator pack, review of the thirteenth round's readings for false alarms. Narrowed:

- kit is 'not in' as stock is: a note's whereabouts phrases ('not in', 'not home') read a
  person only of a room or a seat, not of a bed, a bike or a lounger ('Beds: bed 2 no
  mattress, bed 3 not in');
- a carer in a seat of a seat plan or a rota is crew given a seat ('the seat plan shows the
  doctor in 22C');
- a holder in a rule, a bare plural of holders, and the owner of a record are roles, not
  people placed by a number ('the tenant of flat 7 must keep the stairwell clear', 'Owners
  of plots 1 to 20 share the cost', 'the owner of ticket 4410');
- a standing group that uses, occupies or shares a room is based there ('the team that
  uses room 4 has moved');
- a small t and a number in a sentence of a test run is a test ('t5 passes on CI').

Every sentence here was written for these tests. The persons are guards: each reading
was added in the round under review, so they all fail on c7e6036 but pass before this
review's narrowing too; they check the narrowing keeps them.
"""

from __future__ import annotations

# (text, the finding's match); guards (see the module docstring)
POSITIVE = [
    ("the nurse in 22C is helping with the sick man", "the nurse in 22C"),
    ("The paramedic in seat G14 was first to reach him.", "The paramedic in seat G14"),
    ("The owner of plot 22 was crying in the shed this morning.", "The owner of plot 22"),
    ("the tenants of pitch 8 are asking for a later checkout", "the tenants of pitch 8"),
    ("The lads who hired court 5 broke the net and won't pay.", "The lads who hired court 5"),
    ("the woman who uses locker 31 left her keys at reception", "the woman who uses locker 31"),
    ("t4 wants the bill", "t4"),
]

LISTED = [
    ("Spin 6pm: bike 3 no-show, bike 8 no-show, bike 12 late", ["bike 3", "bike 8", "bike 12"]),
]

INNOCENT = [
    # kit not in
    "Beds: bed 2 no mattress, bed 3 not in, bed 4 on order",
    "Loungers: lounger 3 broken, lounger 8 not in, lounger 12 late delivery",
    "Mats: mat 3 torn, mat 8 not in, mat 9 missing",
    "Cots: cot 1 cleaned, cot 4 not in, cot 6 needs a sheet",
    # carers in a seat plan
    "The seat plan shows the doctor in 22C and the nurse in 22D for the medical charter.",
    "Crew rota: the nurse in 1A, the medic in 1C.",
    "We allocate the doctor in seat 3 on every repatriation flight.",
    # holders as roles
    "The tenant of flat 7 must keep the stairwell clear.",
    "Owners of plots 1 to 20 share the cost of the fence.",
    "The plotholder of plot 22 is responsible for the hedge.",
    "Tenants of block 2 must not store bikes in the corridors.",
    "The owner of ticket 4410 will update the status.",
    "The occupier of unit 9 shall keep the fire exit free.",
    # a standing group's base
    "The team that uses room 4 has moved to the second floor.",
    "The department that occupies floor 3 is being restructured.",
    # test runs
    "t4 fails on the CI runner; t5 passes.",
    "Rerun t6 with a new seed; it passes locally.",
    "t2 passes once the build cache is cleared.",
]
