"""Locator pack, round 12 (open heads): numbered places no rule owned, and references of
capitals, a hyphen and digits. Readings added:

- a library's or an internet cafe's PCs, computers and study carrels, fuel pumps and
  self-checkouts ('SCO 4') are places customers are called by, read 'at PC 6' (rule CL211);
  a machine's prompt ('PC 3 wants to install updates', 'SCO 2 needs approval') is no person,
  and stations and workstations, more often staff's, are left alone;
- allotment plots and moorings, read 'on plot 14'; claim slips, read 'with slip 5520';
- the clerk at a numbered window or counter who asks for ID is staff, not a customer;
- what a subject did 'without' doing is a person's act ('pump 3 drove off without paying');
- references such as 'HZ-1193' after booking, order, case, ref, policy and claim heads;
  the record named after an email's 'Re:' ('Re: claim ref AB-2231') is a topic, not a person.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. Cases marked 'guard' already passed before these readings.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # PCs, computers, carrels
    ("PC 12 keeps shouting at the printer", "PC 12"),
    ("the girl at PC 3 wants to print her CV in colour", "the girl at PC 3"),
    ("Computer 8 is asking whether he can have another half hour", "Computer 8"),
    ("the gentleman at computer 2 is snoring", "the gentleman at computer 2"),
    ("carrel 9 keeps giggling on the phone, could you have a word", "carrel 9"),
    ("the student at carrel 14 fainted", "the student at carrel 14"),
    # pumps and self-checkouts
    ("pump 3 drove off without paying for forty litres", "pump 3"),
    ("the man at pump 7 is asking for the air machine token", "the man at pump 7"),
    ("SCO 4 is shouting at the bagging area", "SCO 4"),
    ("the teenager at SCO 2 is crying", "the teenager at SCO 2"),
    # plots, moorings, slips
    ("plot 31 wants the hose back by Saturday", "plot 31"),
    ("the couple on plot 8 are complaining about the rats", "the couple on plot 8"),
    ("mooring 17 is asking about a winter discount", "mooring 17"),
    ("the lady with slip 5520 is asking for her umbrella", "the lady with slip 5520"),
    # hyphened references
    ("booking KL-7720 is asking for a cot in the room", "booking KL-7720"),
    ("order WB-99120 wants a refund for the missing lid", "order WB-99120"),
    ("the man on policy AZ-0091234 is furious about the excess", "the man on policy AZ-0091234"),
    ("case CR-3318 keeps emailing the chief executive", "case CR-3318"),
]

INNOCENT = [
    # PCs and computers as machines
    "PC 12 needs a new mouse",
    "PC 3 wants to restart to finish installing updates",
    "PC 8 keeps asking for the admin password",
    "book PC 2 for the job club on Thursday",
    "Computer 8 is out of order",
    "computer 2 crashed during the exam",
    "PC 5 is asking if you want to save the file",
    "PC 4 wants you to accept the new terms",
    "log in to PC 3 with your library card",
    "carrel 9 has no working socket",
    "carrels 1 to 12 are for postgraduates",
    "carrel 14 is reserved until June",
    # pumps and self-checkouts as machines
    "pump 3 is out of unleaded",
    "pump 7 is not taking cards",
    "pump 1 needs a new hose",
    "SCO 4 needs approval for the paracetamol",
    "SCO 2 keeps freezing on the coupon screen",
    "SCO 6 is out of receipt paper",
    # stations and workstations: staff, machines and crews, left alone on purpose
    "Station 7 wants the 3pm client moved to four",
    "Station 6 responded to the call within five minutes",
    "Workstation 3 wants the blinds down",
    "workstation 15 failed its antivirus scan",
    # plots, moorings, slips as places and papers
    "plot 31 is overgrown",
    "plot 8 needs clearing before it is let",
    "plot 2 of the appendix shows the trend",
    "mooring 17 is free from April",
    "mooring 4 needs a new chain",
    "slip 5520 was filed with the claim",
    "slip 3 is closed while it is dredged",
    # staff at numbered windows
    "Window 4 is asking for ID before she can release the parcel",
    "Counter 2 wants a signature on the form",
    # hyphened references as records
    "booking KL-7720 has been cancelled",
    "order WB-99120 shipped this morning",
    "policy AZ-0091234 renews in March",
    "case CR-3318 is closed",
    "please quote ref PQ-20931 on the form",
    # ('Re: claim ref AB-2231, 07700 900123 wants a call back', a guard here, moved to
    # tests/test_locators_phones.py: the phone number is a person since CL215, the ref not)
    # person designations, left alone on purpose (guards)
    "Player 2 wins the round",  # guard
    "Driver 3 failed to load",  # guard
    "Caller 4 was put through to the manager",  # guard: a person by a queue number, not read
]

# (text, the finding's match, its rewrite)
REWRITES = [
    ("PC 12 keeps shouting at the printer", "PC 12", "The customer at PC 12"),
    ("SCO 4 is shouting at the bagging area", "SCO 4", "The customer at SCO 4"),
    ("pump 3 drove off without paying for forty litres", "pump 3", "the customer at pump 3"),
    ("plot 31 wants the hose back by Saturday", "plot 31", "the customer on plot 31"),
    (
        "order WB-99120 wants a refund for the missing lid",
        "order WB-99120",
        "the customer with order WB-99120",
    ),
]
