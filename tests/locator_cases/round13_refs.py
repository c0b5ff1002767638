"""Locator pack, thirteenth round: people called by their record, as call centres,
utilities, insurers, councils and couriers do. Readings added:

- the records a customer is known by as heads: a meter, a supply's MPAN or MPRN, a SIM,
  a member, a consignment, a tenancy ('meter 7730215 rang twice');
- a record's number written in groups is one number: 'acct 5521-09', 'claim 7731 0045';
- a record on the line or on the phone in a note whose next clause is about 'he' or
  'she' ('policy 5120 on the line, she needs a quote today');
- a record 'on hold' is paused unless the sentence says more of a person (what they do or
  feel, a pronoun, the staff or the minutes waited for);
- what is done to a record in the passive ('transferred', 'cut off'), a record back in
  store ('back at the depot'), a document that 'says' its text, and what a policy covers
  of its holder's, are things.

Every sentence here was written for these tests; each group of flagged sentences has
look-alikes that must stay quiet. Each POSITIVE sentence was checked to fail on the code
before this round, but those marked as guards.
"""

from __future__ import annotations

# (text, the finding's match)
POSITIVE = [
    # records as heads
    ("meter 7730215 is at the front desk with her bill", "meter 7730215"),
    ("MPAN 2200 1187 4410 phoned, he says the reading is wrong", "MPAN 2200 1187 4410"),
    ("SIM 4410 8812 rang again, he's still got no signal", "SIM 4410 8812"),
    ("member 5521 is at the front desk asking about the sauna", "member 5521"),
    ("member 6604 wants to freeze her membership", "member 6604"),
    ("consignment 88417 wants a redelivery on Saturday", "consignment 88417"),
    ("tenancy 77120 is disputing the rent increase", "tenancy 77120"),
    # numbers in groups
    ("acct 5521-09 wants a supervisor and won't hang up", "acct 5521-09"),
    ("claim 7731 0045 is furious about the delay", "claim 7731 0045"),
    ("policy 88-1204 is on hold asking to speak to a manager", "policy 88-1204"),
    # on the phone, then a man or a woman
    ("acct 7781 on the line, she wants to close it", "acct 7781"),
    ("member 3390 on the phone, he's lost his fob again", "member 3390"),
    ("policy 5120 on the line, she needs a quote today", "policy 5120"),
    # guards: found before this round too, by the call and the pronoun
    ("meter 7730215 rang twice this morning, she wants a callback", "meter 7730215"),
    ("consignment 88417 rang twice, she's been in all day", "consignment 88417"),
    ("tenancy 77120 phoned again about the damp, she's got a baby", "tenancy 77120"),
]

INNOCENT = [
    # records as things
    "meter 7730215 was read on Monday",
    "meter 7730215 has been cut off for non-payment",
    "MPAN 2200 1187 4410 is waiting for the meter exchange",
    "SIM 4410 8812 is blocked until the PUK is entered",
    "member 5521's locker key is at the front desk",
    "the renewal form for member 5521 is at the front desk",
    "consignment 88417 is back at the depot",
    "tenancy 77120 was transferred to the daughter in 2019",
    "tenancy 77120 says the landlord pays for the boiler",
    "invoice 5512 says the balance is due in 30 days",
    # records on hold, paused
    "policy 88-1204 is on hold pending the medical report",
    "account 6630 is on hold until the fraud check clears",
    "acct 5521-09 on hold for 14 days pending review",
    # what a policy covers, and a record raised
    "policy 88-1204 covers his phone and laptop",
    "policy 3310 insures her van and tools",
    "ref 7730-12 raised, no heating in the block",
    "card 4410 5521 expired last month",
    # on hold, a list or a system, then a pronoun
    "card 4410 on hold, she lost it in town",
    "acct 7781 on the line list, she set it up",
    "line 4 on the phone system, he says it's fine",
]
