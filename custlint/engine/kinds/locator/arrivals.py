"""The reading of customers who arrive, come back or are here, named by their record or slot.

Counter and desk staff name the customer by what they hold (an order, a ref, a booking, a
slip, a claim, a loyalty card, a click-and-collect slot, a queue ticket) and say that it
turned up, came in, walked in, showed up, is back, is here or is in: 'Order 55120 turned up
at the counter asking why the sofa never came', 'Slot 14 here for their click and collect'.

The same words are said of parcels, messages, entries and documents ('Order 5521 turned up
in the wrong warehouse', 'Ticket 6410 came in overnight from the web form', 'Claim 4472 came
back approved', 'Booking 3312 showed up on the dashboard', 'order 89 is in, text the
customer'), so an arrival is a person's only with what a person brings or does there, and
with nothing that makes it a thing's:

- a going only people do, into a place ('walked in', 'popped in to the branch', 'rocked
  up'), not out of or through one ('walked out of the warehouse');
- an act of theirs said with it ('asking', 'arguing', 'waiting for the refund', 'and wants a
  room'); 'asking' only where a record's coming in is not meant ('Claim 4475 came in asking
  for 2,000 pounds' is the claim's sum);
- an errand ('came in to sign the forms', 'turned up to collect his bike');
- company or papers ('with her son', 'with three dogs', 'without a passport', 'in person');
- their own things ('for their parcel', 'with her receipt').

What makes it a thing (`arrival_thing_words`): where a record shows or comes ('in the
system', 'by email', 'at the depot'), its state ('approved', 'damaged', 'attached'), who
holds it ('back with the courier'), where it waits ('shelf B', 'waiting to be collected',
'here for collection'), and 'the customer', who is then someone else. What follows a
person's act is what they say ('saying the app charged her twice') and makes nothing a
thing; a going only people do wins over such words ('walked in with a printout of the
email').

What a person brings is the head of what follows 'with' or 'without', not whose thing it is
or what kind ('with the dog's lead', 'the kids' bikes', 'the dog bed', 'the passport holder')
nor a thing packed ('the wheelchair folded in a crate'): those are what a parcel holds. Their
own things are not what is written on a record (`arrival_record_details`: 'with their old
address on the label', 'with her passport scan', 'complete with her engraving'). An entry
pops up ('Order 5512 popped up in the system'), which a person does not, so 'pop up' is no
going only people do. A record that comes back (not back in or to a place) is a reply, and
what it says or asks is its answer ('Ref 3390 came back saying the card was declined',
'Ticket 5520 came back again asking about the same invoice'); a claim asks for a sum
('turned up asking for 3,000 pounds more'); a parcel waits for who moves or signs for it
(`arrival_awaited_goods`: 'waiting on the dock for a forklift', 'waiting for the driver').

It reads the words after the mention rather than only the parse, which files such notes
oddly ('Booking' as a verb in 'Booking 3310 is in again', 'Claim' in 'Claim 7719 back
again'). Besides its person test it vetoes, for the record rules (a 'with' rewrite: 'the
customer with order 7714'), an arrival that the words make a thing's, or that nothing makes
a person's ('Claim 4472 came back approved', 'Order 3392 is in, text her'), which the
readings of human verbs (come, walk, arrive) and of 'is here' would otherwise take.
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import _fixed_lemma
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test, thing_test

# Words between the number and its arrival: "has just turned up", "is back again".
BEFORE_ARRIVAL = frozenset(
    "has have had is are was were 's just again already finally also both now all still".split()
)
# Arrival verbs and the particles that make them one ("turned up", "came in"); None: any.
ARRIVING: dict[str, frozenset[str] | None] = {
    "turn": frozenset({"up"}),
    "show": frozenset({"up"}),
    "rock": frozenset({"up"}),
    "come": frozenset("in into back up to over round along by".split()),
    "arrive": None,
    "walk": None,
    "stroll": None,
    "wander": None,
    "storm": None,
    "march": None,
    "barge": None,
    "pop": frozenset("in into by round over up".split()),
    "drop": frozenset("in into by round".split()),
}
# Goings that only people do, when into a place or up to it (not "walked out", "walked
# through QA").
PEOPLE_GOINGS = frozenset("walk stroll wander storm march barge pop rock".split())
GOING_IN = frozenset("in into up over round to back by".split())
# 'is here', 'is back', 'is in', and the note's 'here for their parcel'.
BEING_HERE = frozenset("here back in".split())
OWN = frozenset("his her their".split())
AUXILIARIES = frozenset("is are was were has have had".split())
# Mediums a message or a parcel comes by ("by email", "in the post"), and shelves a parcel
# waits on ("shelf C4"), which say so only in those shapes ("he has the text", "check the
# back shelf").
MEDIUMS = frozenset("email e-mail text post mail".split())
SHELVES = frozenset("shelf shelves rack bin cage".split())
# What follows the 'in' of a customer who is in ("in again", "is in for their appointment",
# "in branch"), where "in the corner" places a thing.
STAYING_IN = frozenset("again for at today now early branch store shop".split())
# Where a record's coming in is meant, not a person's ('came in asking for a sum').
SERVICE_PREPOSITIONS = frozenset("to into at".split())
# What a sum that a claim asks for is counted in ('asking for 3,000 pounds more').
MONEY_UNITS = frozenset("pound quid dollar euro grand k".split())


def _arrival(mention: Mention, ctx: SentenceContext) -> tuple[int, str, int] | None:
    """The arrival said of a number that opens its clause: the verb's index (or the
    'here', 'back', 'in' or 'at' of a note without one), its lemma ('be' for 'is here' and
    for a bare 'here', 'be at' for 'is at the hatch'), and the index after its particle."""
    doc = ctx.doc
    if mention.start > 0 and not (
        doc[mention.start - 1].is_punct or doc[mention.start - 1].lower_ in ("and", "but", "so")
    ):
        return None
    i = mention.end
    while i < len(doc) and doc[i].lower_ in BEFORE_ARRIVAL and doc[i].lower_ not in BEING_HERE:
        i += 1
    if i >= len(doc):
        return None
    tok = doc[i]
    after = doc[i + 1] if i + 1 < len(doc) else None
    if tok.lower_ in ("here", "back"):
        return i, "be", i + 1  # "is back", "here for their parcel"
    if tok.lower_ == "in" and (after is None or after.is_punct or after.lower_ in STAYING_IN):
        return i, "be", i + 1  # "in again", "is in for their appointment", not "in the corner"
    if tok.lower_ == "at" and doc[i - 1].lemma_ == "be":
        return i, "be at", i  # "is at the hatch asking for their order"
    lemma = _fixed_lemma(tok)
    if tok.pos_ not in ("VERB", "AUX", "NOUN") or lemma not in ARRIVING:
        return None
    particles = ARRIVING[lemma]
    if particles is None:
        return i, lemma, i + 1
    if after is not None and after.lower_ in particles:
        return i, lemma, i + 2
    return None


def _clause_end(doc: Any, start: int) -> int:
    """Where the arrival's sentence ends: its full stop, question mark or semicolon."""
    for j in range(start, len(doc)):
        if doc[j].text in (".", "?", "!", ";"):
            return j
    return len(doc)


def _sent_by(doc: Any, j: int) -> bool:
    """'by email', 'in the post', 'via text': the medium a message or a parcel came by."""
    k = j - 1
    if k >= 0 and doc[k].lower_ == "the":
        k -= 1
    return k >= 0 and doc[k].lower_ in ("by", "via", "in", "through", "over")


def _arrived_as_a_thing(doc: Any, start: int, end: int, ctx: SentenceContext) -> bool:
    """'came back approved', 'showed up in the system', 'is back with the courier', 'is here,
    it's on shelf B', 'waiting to be collected', 'here for collection'."""
    things = ctx.words("arrival_thing_words")
    for j in range(start, end):
        tok = doc[j]
        if (tok.lower_ in things or tok.lemma_.lower() in things) and tok.dep_ != "compound":
            return True  # but "at customer service"
        if tok.lower_ in MEDIUMS and _sent_by(doc, j):
            return True  # "by email", "came in the post", but "he has the text"
        if tok.lower_ in SHELVES and j + 1 < end and (doc[j + 1].like_num or doc[j + 1].is_upper):
            return True  # "on shelf B", "shelf C4", but "check the back shelf"
        if tok.lower_ == "to" and j + 2 < end and doc[j + 1].lower_ == "be":
            return True  # "waiting to be checked"
        if (
            tok.lower_ == "for"
            and j + 1 < end
            and doc[j + 1].lower_ in ("collection", "pickup", "pick-up", "renewal")
        ):
            return True  # "here for collection", but "for their collection"
    return False


def _waits_as_a_thing(doc: Any, j: int, ctx: SentenceContext) -> bool:
    """'waiting to be collected', 'waiting for collection': a parcel waits to be done to, or
    for who moves or signs for goods ('waiting on the dock for a forklift', 'waiting for the
    driver', 'waiting for a signature': `arrival_awaited_goods`)."""
    words = [t.lower_ for t in doc[j + 1 : j + 3]]
    if words[:2] == ["to", "be"] or (
        words[:1] == ["for"] and words[1:] in (["collection"], ["pickup"], ["pick-up"])
    ):
        return True
    goods = ctx.words("arrival_awaited_goods")
    return words[:1] in (["for"], ["on"]) and any(
        t.lower_ in goods or t.lemma_.lower() in goods for t in doc[j + 2 : j + 7]
    )


def _arrived_as_a_person(
    doc: Any, lemma: str, after: int, end: int, ctx: SentenceContext
) -> int | None:
    """Where a person's act, errand, company or own things first show after the arrival
    (see the module's docstring), or None."""
    acts = ctx.words("arrival_acts")
    weak = ctx.words("arrival_weak_acts")
    errands = ctx.words("arrival_errands")
    # what came with a customer, and a hired thing they bring back ("came back with only one
    # paddle", read by customer_acts.py)
    company = ctx.words("arrival_company") | ctx.words("returned_hires")
    papers = ctx.words("arrival_papers")
    # a record comes in ('came in asking for a sum'); a person comes in to a place, or again
    received = lemma == "come" and not any(
        (doc[j].lower_ in SERVICE_PREPOSITIONS and not doc[j + 1].text[:1].isdigit())
        or doc[j].lower_ == "again"
        for j in range(after - 1, end - 1)
    )  # "came into the branch", but "came in at 3am"
    # a record that comes back, not back in or to a place, is a reply, and what it says or
    # asks is its answer, again or not ('Ref 3390 came back saying the card was declined',
    # 'Ticket 5520 came back again asking about the same invoice')
    replied = (
        lemma == "come"
        and doc[after - 1].lower_ == "back"
        and not (after < end and doc[after].lower_ in ("in", "into", "to"))
        and not any(doc[j].lower_ in SERVICE_PREPOSITIONS for j in range(after, end))
    )
    for j in range(after, end):
        tok = doc[j]
        low = tok.lower_
        if low == "to" and j + 1 < end and doc[j + 1].tag_ == "VB":
            if _fixed_lemma(doc[j + 1]) in errands:
                return j  # "came in to sign the forms"
            continue
        if tok.tag_ in ("VBG", "VBZ", "VBD", "VBP") and _fixed_lemma(tok) in acts:
            if _fixed_lemma(tok) == "wait" and _waits_as_a_thing(doc, j, ctx):
                continue  # "waiting to be collected", "waiting for collection"
            if _fixed_lemma(tok) in weak and received and doc[j - 1].lower_ not in AUXILIARIES:
                continue  # "came in asking for 2,000 pounds", but "and is asking for water"
            if _fixed_lemma(tok) in weak | {"say"} and replied:
                continue  # "came back saying the excess applies", "came back asking for ID"
            if _fixed_lemma(tok) in weak and _asks_for_a_sum(doc, j, end):
                continue  # "Claim 7781 turned up asking for 3,000 pounds more"
            return j  # "turned up at the counter asking", "is back again, says"
        if low in ("with", "without"):
            # who or what is brought, not whose thing ('the dog's lead', 'the kids' bikes'),
            # a thing it names ('the dog bed', 'the passport holder') or one packed ('the
            # wheelchair folded in a crate'): what a parcel holds
            brought = [g for g in doc[j + 1 : min(end, j + 5)] if _brought_itself(g)]
            if any(g.lower_ in company or g.lemma_.lower() in company for g in brought):
                return j  # "with her son", "with three dogs", "without a passport"
            if not received and any(g.lower_ in papers for g in brought):
                return j  # "showed up at the box office with a screenshot"
            if low == "without" and j + 1 < end and doc[j + 1].tag_ == "VBG":
                return j  # "came in for the 7am class without booking"
        if (
            low == "for"
            and doc[j - 1].lower_ == "back"
            and j + 1 < end
            and doc[j + 1].lower_ in ("the", "a", "an")
        ):
            return j  # "has come back for the umbrella they left"
        if low == "in" and j + 1 < end and doc[j + 1].lower_ == "person":
            return j
        if (
            low in OWN
            and tok.tag_ == "PRP$"
            and not any(g.tag_ in ("VBN", "VBD") for g in doc[j + 1 : j + 4])
            and _possessed(tok).lower_ not in ctx.words("arrival_record_details")
        ):
            return j  # "for their parcel", "with her receipt", not "with her name misspelled"
    return None


def _brought_itself(tok: Any) -> bool:
    """'with her son', 'without a passport': the word is what is brought, not whose it is
    ('with the dog's lead', 'the kids' bikes'), what kind of thing it is ('the dog bed', 'the
    passport holder') or a thing packed ('the wheelchair folded in a crate')."""
    if tok.dep_ in ("poss", "compound"):
        return False
    return not any(c.dep_ == "acl" and c.tag_ == "VBN" for c in tok.children)


def _possessed(tok: Any) -> Any:
    """What a possessive names the owner of, through possessives: 'her' of 'her receipt' is
    'receipt', of 'her neighbour's name' 'name'."""
    while tok.dep_ == "poss" and tok.head is not tok:
        tok = tok.head
    return tok


def _asks_for_a_sum(doc: Any, j: int, end: int) -> bool:
    """'asking for 3,000 pounds more', 'requesting £450': a sum a claim or an invoice asks
    for, where a person asks for a thing."""
    words = doc[j + 1 : min(end, j + 6)]
    if not words or words[0].lower_ != "for":
        return False
    return any(
        t.text[:1] in "£$€"
        or (t.like_num and t.i + 1 < end and doc[t.i + 1].lemma_.lower() in MONEY_UNITS)
        for t in words[1:]
    )


def _reading(mention: Mention, ctx: SentenceContext) -> tuple[bool, bool] | None:
    """For an arrival said of the number: whether the words make it a thing's, and a
    person's; None when no arrival is said of it. What follows a person's act is what they
    say or ask ('saying the app charged her twice') and makes nothing a thing."""
    found = _arrival(mention, ctx)
    if found is None:
        return None
    verb, lemma, after = found
    doc = ctx.doc
    end = _clause_end(doc, after)
    if lemma in PEOPLE_GOINGS and (
        lemma == "rock"
        or (
            verb + 1 < end
            and doc[verb + 1].lower_ in GOING_IN
            and not (lemma == "pop" and doc[verb + 1].lower_ == "up")
        )
    ):
        return False, True  # "walked in with a printout of the email", "rocked up"
    person = _arrived_as_a_person(doc, lemma, after, end, ctx)
    thing = _arrived_as_a_thing(doc, after, len(doc) if person is None else person, ctx)
    return thing, person is not None


@person_test("person_by_number")
def arrives_at_the_desk(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Claim 60331 walked in without an appointment asking for an update', 'Slip 0918 is
    here for their parcel': the number arrives, comes back or is here, with what a person
    brings or does there and nothing that makes it a parcel, a message or an entry."""
    if mention.bare and mention.start > 0:
        return None
    reading = _reading(mention, ctx)
    if reading is None:
        return None
    thing, person = reading
    return Person(mention.start, mention.end, None) if person and not thing else None


@thing_test
def arrived_as_a_record(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Claim 4472 came back approved', 'Booking 3312 showed up on the dashboard', 'Order
    3392 is in, text her': a record's arrival that the words make a thing's or that nothing
    makes a person's, for the rules whose numbers are records ('the customer with order
    7714'); the readings of 'come', 'walk' and 'is here' would take it for its holder's."""
    if kind.preposition != "with":
        return False
    reading = _reading(mention, ctx)
    if reading is None:
        return False
    thing, person = reading
    # "is at the counter" is read already by the waiting places; only a thing's words refuse it
    return thing or (not person and _arrival(mention, ctx)[1] != "be at")
