"""The locator's shared word lists and patterns: the words and shapes of codes ("#", "no.",
units, currencies, list joiners) and the lists that more than one family of readings reads.

Lists that one module alone reads live beside the code that reads them.
"""

from __future__ import annotations

import re

NUMBER_RE = re.compile(r"^#?\d+[A-Za-z]?$|^[A-Za-z]\d+$")
# A booking reference: five to eight capitals and digits, with at least one of each.
REFERENCE_CODE = re.compile(r"^(?=[A-Z0-9]*[0-9])(?=[A-Z0-9]*[A-Z])[A-Z0-9]{5,8}$")
# A reference of capitals, a hyphen and digits, which the tokenizer keeps as one word:
# "booking HZ-1193", "order TX-88412", "policy HH-0034417".
HYPHENED_REFERENCE = re.compile(r"^[A-Z]{1,4}-\d{3,8}$")
# Numbers a plural head lists with slashes, which the tokenizer keeps as one word: "cots
# 5/6", "rooms 12/14" (after a singular head "4/5" may be a score or a fraction).
SLASHED_NUMBERS = re.compile(r"^\d{1,4}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)+$")
NUMBER_MARKS = ("#", "no", "no.", "number", "num", "nr", "ending", "#:", "ext", "ext.")
FILLERS = ("#", "no", "no.", "number", "num", "nr", "ending", "in", "ended", "ends", "#:")
PREPOSITIONS = ("in", "at", "on", "from", "of", "by", "near", "inside", "with", "off")
# What joins the numbers of one plural head: "tables 3, 5 and 9", "beds 4+6", "rooms 401 to 405".
LIST_JOINERS = (",", "and", "&", "+", "or", "-", "–", "to")
# Owners that make a numbered thing someone's own ("your ticket 88021"); "my table 45" is
# still the server's section, where people sit.
POSSESSIVES = ("your", "his", "her", "their", "its")
OPEN_QUOTES = "\"“‘'«"
CURRENCY = ("$", "£", "€", "¥", "usd", "eur", "gbp")
UNITS = (
    "%",
    "percent",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "minutes",
    "minute",
    "hours",
    "hour",
    "days",
    "day",
    "weeks",
    "months",
    "years",
    "kg",
    "mg",
    "mcg",
    "ml",
    "lbs",
    "miles",
    "km",
    "dollars",
    "euros",
    "pounds",
    "people",
    "guests",
    "passengers",
    "seats",
    "rooms",
    "tables",
    "beds",
    "points",
    "words",
    "feet",
    "ft",
    "meters",
    "degrees",
    "ppl",
    "persons",
    "staff",
    "adults",
    "kids",
    "children",
    "times",
)

# Agent nouns that name a customer after a code only with what they own, drive or ride in
# between ("pitch 12 caravan owner", "lane 5 car driver"); a bare "lane 5 driver" is ours,
# and so, as often as not, is a van, lorry, bus or taxi driver ("bay 3 van driver dropped
# off the pallets"): only a private vehicle makes its driver a customer.
OWNER_NOUNS = frozenset("owner owners".split())

CLAUSE_OPENERS = (":", ";", "—", "–", "-", "(")


# Verbs too general to make a person of their subject when joined to another verb.
WEAK_VERBS = frozenset("get go come have be take make put keep stay".split())

# What software hogs, where a person hogs a seat, a machine or a lane: 'job 4410 hogging
# the queue', 'tenant 9 hogging CPU'.
HOGGED_RESOURCES = frozenset(
    "memory ram cpu cpus gpu processor cores bandwidth disk storage resources queue network "
    "server servers threads wifi connection".split()
)

INDEFINITE_ARTICLES = frozenset("a an".split())

# Heads that stand for the customer who holds them: accounts, tickets, orders, bookings.
CUSTOMER_RECORDS = frozenset(
    "account acct acc card policy claim loan mortgage loyalty licence license ticket order "
    "case booking reservation confirmation pnr registration membership subscription res ref "
    "return appointment rma invoice".split()
)

# Person states that praise or fault a place just as well: "408 is lovely, best view".
SAID_OF_PLACES_TOO = frozenset(
    "ready lovely nice sweet pleasant charming comfortable uncomfortable cold hot warm "
    "high old young stable weak cross kind difficult free".split()
)

# Verbs whose object says nothing of their subject: "Room 4 has a shower", "needs a ticket".
OBJECT_NEUTRAL_VERBS = frozenset(
    "have get need require include feature lack contain come hold show list cost print sell "
    "issue handle take process serve accept receive resolve close collect scan display store "
    "keep generate".split()
)

# Verbs with a subject that undergoes them when they have no object: "bed 8 broke" (but
# "room 4 broke the lamp").
ERGATIVE_VERBS = frozenset("break crack snap tear rip smash shatter burst spill".split())

# Heads of places where a person lies or sits, whose number a patient may be called by
# even as they sit by the window ("bed 4 is sitting by the window").
BED_HEADS = frozenset("bed bd bay cubicle cot berth bunk pod resus trolley stretcher chair".split())

CALL_VERBS = frozenset("call ring phone email text message buzz".split())

# What a clause says of a thing it handles: "ok 55120, I can see it was refunded".
IT_WORDS = frozenset("it its it's it’s".split())

CARE_VERBS = frozenset(
    "obs observe monitor reassess mobilise mobilize cannulate catheterise catheterize".split()
)

PEOPLE_PRONOUNS = frozenset("him her them me us you i we he she they".split())

# Verbs that report what someone said: "room 412 needs linen, she said" is about the speaker.
REPORTING_VERBS = frozenset("say tell write add note explain report mention think".split())


# Days and months by name, and with the holidays a date is also named by.
DAY_AND_MONTH_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december".split()
)
CALENDAR = DAY_AND_MONTH_NAMES | {"christmas", "easter"}

HANDOVER_WORDS = frozenset("handover hand-over hand over - :".split())

LIST_WORDS = frozenset(("and", "&", ",", "+", "/"))

# -ing forms said of records and queues as well as of people: "8841, waiting for a check".
SAID_OF_THINGS_TOO = frozenset(
    "wait sit stand go come leave get pass check hang run break fall drop shake lean hold "
    "open close look pull push press finish switch expire".split()
)

# Heads of the kit a class or a session books people onto, who turn up or not: "bike 3
# no-show", "lane 4 in tears".
USED_HEADS = frozenset("bike lane court mat treadmill rower lounger sunbed".split())

# Heads that are furniture or equipment moved about empty: "take chair 6 to recovery".
MOVABLE_HEADS = frozenset("chair chairs trolley trolleys stretcher stretchers wheelchair".split())

# What names a booking by its time: an article or the owner of the diary ("my two o'clock").
TIME_OPENERS = frozenset("the my your our his her their".split())

# Not coming: "9:15 DNA", "my 4pm didn't turn up".
NOT_ATTENDED = frozenset("dna dna'd dnaed no-show no-showed".split())
