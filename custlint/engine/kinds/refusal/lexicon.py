"""Word lists that shapes, their tests and the pre-parse preconditions share.

Lists used by one module only live with the code that reads them.
"""

from __future__ import annotations

import re

FIRST_PERSON = frozenset({"we", "i"})
STAFF_PRONOUNS = frozenset({"we", "i", "she", "he", "they"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "nt"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "when", "once", "until", "in case"})

PERMISSION_VERBS = frozenset(
    "allow permit accept issue make give grant provide offer tolerate admit entertain "
    "honor honour refund exchange return transfer apply".split()
)

# Short sentences may be sign fragments ('No pets', 'No professional cameras, selfie sticks
# or umbrellas.'); a margin covers a sentence the parser's tokenizer cuts into a few more
# tokens than the candidate pass.
FRAGMENT_TOKENS = 12
TOKEN_MARGIN = 4
_AUDIENCE_CODE = re.compile(r"^\d{1,4}[A-Ka-k]?$")

SAYING = frozenset("say tell explain inform insist reply answer".split())
# Who a reported refusal can be told about: the customer, in any person.
REPORTED_PEOPLE = frozenset("you i we he she they".split())

# What a customer comes to do, refused without an object: "they said we couldn't check in
# until 4", "the host told us we couldn't sit by the fire", "... couldn't order from the bar".
ACCESS_VERBS = frozenset("check board enter stay come join attend visit order".split())
# Particles that keep a verb one of access: "check in", "get on"; "take off" is not.
ACCESS_PARTICLES = frozenset("in out on up".split())

PRICE_WORDS = frozenset("price rate fare discount off percent pound dollar euro quid".split())

# Our people who serve the customer in person and may refuse them: "the doctor won't refer
# you", "the GP won't prescribe antibiotics for a cold". Not 'server', 'driver', 'host' or
# 'agent', which are software as often as people.
STAFF_REFUSERS = frozenset(
    "doctor gp nurse pharmacist consultant dentist surgeon midwife physio receptionist "
    "cashier manager concierge waiter waitress bartender chef clerk engineer technician "
    "installer optician vet".split()
)
# What makes one of those a person of ours on duty: "the duty manager", "the ward nurse";
# any other modifier ('the context manager', 'the build engineer') is not a role we name.
STAFF_ROLES = frozenset(
    "duty night day shift store shop branch floor front desk service account practice "
    "ward charge head senior junior on call attending hotel restaurant bar site field care "
    "practice home".split()
)

RECIPIENTS = frozenset("you anyone anybody him her them callers caller".split())

# Verbs of opening hours: "the museum doesn't open until ten", "the bar doesn't close till 2".
HOURS_VERBS = frozenset("open close reopen start begin shut".split())

UNTIL = frozenset("until till til 'til".split())

COSTS = frozenset("price fee rate charge premium rent tariff bill cost subscription".split())

PRIVATE = frozenset(
    "information data datum detail details address email number password identity record "
    "records privacy personal name names".split()
)

REFUND_NOUNS = frozenset(
    "refund refunds credit credits reimbursement compensation exchange".split()
)

# What a note's verdict needs before it: a request ("refund req", "extension") or the
# customer asking for something ("cust wanted cash back, refused").
ASKING = frozenset("want ask request demand".split())

SHORT_REQUESTS = frozenset("req reqs rqst".split())

# What a price covers: "breakfast is not included in the room rate" describes it; so does
# what a room or a box holds: "a kettle is not included in the room".
PRICED = COSTS | frozenset(
    "allowance fare package plan bundle total quote price room suite box kit pack set "
    "hamper minibar".split()
)

# Services a customer asks for, which we refuse as 'not available': "Refunds are not
# available after 30 days", "Early check-in is not available on Sundays", "Room service
# isn't available after midnight". Stock, people and systems are not on the list: 'the
# manager is not available', 'this product is not available in your region', 'Wi-Fi is
# not available in the tunnel'.
AVAILABLE_SERVICES = frozenset(
    "refund exchange return upgrade discount delivery pickup collection check-in checkin "
    "checkout check-out appointment selection withdrawal matching cashback cash-back "
    "extension transfer rebooking reservation booking parking seating substitution refill "
    "cancellation compensation reimbursement layaway raincheck pass-out readmission "
    "re-entry reentry financing overdraft service consultation housekeeping laundry "
    "turndown".split()
)

# What a negated "be" says we do not offer: "that's not something we support", "ear piercing
# is not a service we provide", "that isn't an option we can give you".
OFFERINGS = frozenset("something thing service option feature".split())
# The same as written, plural too: "those aren't things we can change".
OFFERING_WORDS = OFFERINGS | frozenset("things services options features".split())
