"""The locator reading by comparison with the other customers: the number is said to be one
customer among others ('Skis 160 wants a refund and says every other guest got one', 'Trolley
6 has been here nine hours, longer than any other patient tonight', 'Surgery 3 asked whether
all patients have to pay for the hygienist now', 'Line 3 says she's a business account
holder'). Only one of the customers can be compared with the others, ask what all of them
get, or say it is one of them; a place, a machine, a record or a member of staff is compared
with other places, serves the customers or states the rules for them.

So the reading asks, of the number as the subject of its clause (or of a verb joined to it
that shares the subject, 'wants a refund and says …'), one of:

- a comparison whose standard is a group of customers ('customer_groups': 'guest',
  'patient', 'member', …) with 'other' or 'any', 'every', 'all': 'longer than any other
  patient', 'served before the other diners', 'the earliest any guest has ever tried'. The
  group is the standard itself, not a modifier or an owner ('any other guest room', 'the
  other guests' rooms'), and a superlative is said of the group, not of a thing ('the best
  table any guest could want');
- a report by the number of what the other customers got or did ('says the other patients
  were served first'); with 'every' or 'all' and no 'other', only a belief or a complaint
  ('reckons', not 'says') about what customers get or pay ('reckons every client gets one
  for free'), as a post says what all customers get as policy; never a rule ('all
  passengers must show ID');
- a question whether all customers get or pay something, or what the other customers did
  ('asked whether all patients have to pay', 'wants to know if all diners get a free
  dessert');
- a customer's noun said of the number as what it is ('Chair 3 is a new patient', 'Line 4 is
  a business caller'), or reported by it of 'he' or 'she' ('Line 3 says she's a business
  account holder').

The reports, questions and reported nouns are refused for posts that staff or machines
speak from (`compared_staff_posts`: 'Desk 3 says all passengers must show ID', 'Gate 4
asked if the other passengers have boarded', 'Screen 2 says she's a premium member'); a
reported noun also for rooms staff work in and records ('Surgery 2 says she's a new
patient' is the dentist's report, 'Ticket 4410 says he's a business customer' the ticket's).
Rooms staff work in ('surgery', 'consult', 'clinic': `STAFFED_ROOMS`) count by a comparison,
a question or a belief ('Surgery 4 reckons every other client got a discount'), not by what
they serve ('Surgery 4 has served every client today'). A chain's branches ('Restaurant 4
reckons every diner gets free bread') and documents ('Complaint 4410 says the other passengers
were served first', 'Motion 2 asks whether all members should get a vote') are posts too.

A group after 'than' that is the subject of a clause of its own, which the parser may hang as
the object of 'than', is the measure of what is said of a place, not what the number is
compared with ('a better view than any guest has a right to expect', 'quieter than any other
guest would like'); only a clause that repeats the number's verb compares the two ('longer
than any other patient has', `_elliptical`).
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.belongings import _numbers_people
from custlint.engine.kinds.locator.finders import RECORD_HEADS, _subject_verb
from custlint.engine.kinds.locator.found_and_open import STAFFED_ROOMS
from custlint.engine.kinds.locator.grammar import _fixed_lemma
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Words that make a group all the customers or the rest of them: "every other guest".
QUANTIFIERS = frozenset("every any all each".split())
OTHER = frozenset("other else".split())
# Prepositions whose object is what the subject is compared with: "longer than any other
# patient", "like every other member"; of these, the ones that compare only with 'other'
# ("served before the other diners", but "Table 4 is before all guests" is no comparison).
COMPARING = frozenset("than as".split())
COMPARING_WITH_OTHER = frozenset("like before after ahead unlike".split())
# Verbs (lemmas) of a report by the number: "says the other patients were served first".
REPORTING = frozenset(
    "say claim insist reckon swear complain think believe moan grumble argue mention "
    "point feel hear".split()
)
# Of these, the ones that state rather than believe or complain: a post says what all
# customers get ("Station 4 says every client gets a free wash").
STATING = frozenset("say mention point hear".split())
# Verbs (lemmas) of a question: "asked whether all patients have to pay".
ASKING = frozenset("ask wonder query enquire inquire question check".split())
# What a customer gets or pays, which a question or a belief about all customers is about:
# "if all diners get a free dessert", "every client gets one for free".
BENEFITS = frozenset("get receive pay qualify earn charge".split())
# Words of a rule said for all customers: "all passengers must show ID".
OBLIGATIONS = frozenset("must should shall ought need needs".split())
# A superlative a comparison with 'any' customer turns on: "the earliest any guest has ever
# tried", "the first any patient has complained".
RANKS = frozenset("first last only".split())
# Pronouns a reported customer's noun is said of: "says she's a business account holder".
REPORTED_PEOPLE = frozenset("he she they".split())


@person_test("person_by_number")
@person_test("person_at_open_head")
def compared_with_other_customers(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Prescription 31 has been waiting forty minutes and says the other patients were
    served first', 'Row 4 wants to know if all diners get a free dessert': the number is
    compared with the other customers, asks or believes what all of them get, or is said to
    be one (see the module's docstring for what is refused)."""
    verb = _subject_verb(mention) or _passive_verb(mention)
    if verb is None or kind.times or _numbers_people(mention, ctx):
        return None
    heads = {mention.root.lower_, mention.root.lemma_.lower()}
    posts = kind.staffed_heads | kind.machine_heads | ctx.words("compared_staff_posts")
    post = bool(heads & posts)
    staffed = post or bool(heads & STAFFED_ROOMS)
    verbs = _verbs_of_the_subject(verb)
    groups = [t for t in ctx.doc if _customer_group(t, ctx)]
    if any(_compared(group, verbs) for group in groups):
        return Person(mention.start, mention.end, None)
    if not post and any(
        _reported(group, verbs, staffed) or _asked(group, verbs) for group in groups
    ):
        return Person(mention.start, mention.end, None)
    if _called_one(verb, ctx) or (
        not staffed and not heads & RECORD_HEADS and _reported_one(verbs, ctx)
    ):
        return Person(mention.start, mention.end, None)
    return None


def _passive_verb(mention: Mention) -> Any | None:
    """The verb a mention is the passive subject of: 'Trolley 3 was seen after every other
    patient'."""
    root = mention.root
    return root.head if root.dep_ == "nsubjpass" and root.head.i != root.i else None


def _verbs_of_the_subject(verb: Any) -> list[Any]:
    """The verb and those joined to it that share its subject: 'wants a refund and says
    every other guest got one'."""
    verbs = [verb]
    for conj in verb.children:
        if (
            conj.dep_ == "conj"
            and conj.pos_ in ("VERB", "AUX")
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children)
        ):
            verbs.append(conj)
    return verbs


def _customer_group(tok: Any, ctx: SentenceContext) -> bool:
    """A customer's noun as the head of its phrase, with 'other' or 'every', 'any', 'all'
    on it: 'every other guest', 'all patients', 'the other pax'; not a modifier ('any other
    guest room') nor an owner ('the other guests' rooms')."""
    customers = ctx.words("customer_groups") | ctx.words("descriptor_nouns")
    if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "poss"):
        return False
    if tok.lower_ not in customers and tok.lemma_.lower() not in customers:
        return False
    if any(c.dep_ == "case" for c in tok.children):
        return False
    return _other(tok) or _quantified(tok)


def _other(tok: Any) -> bool:
    return any(c.lower_ in OTHER and c.dep_ in ("amod", "det") for c in tok.children)


def _quantified(tok: Any) -> bool:
    return any(c.lower_ in QUANTIFIERS and c.dep_ in ("det", "predet") for c in tok.children)


def _under(tok: Any, verbs: list[Any]) -> bool:
    """Whether the token is one of the verbs or hangs below one of them."""
    return any(tok.i == v.i or v in tok.ancestors for v in verbs)


def _compared(group: Any, verbs: list[Any]) -> bool:
    """'longer than any other patient', 'seen before the other diners', 'longer than any
    other patient has', 'the earliest any guest has ever tried'."""
    prep = group.head
    if group.dep_ == "pobj" and _under(prep, verbs):
        word = prep.lower_
        if word == "of" and prep.head.lower_ == "ahead":
            word = "ahead"
        if _a_property(prep.head):
            return False  # "Room 5 is as good as any guest could hope for"
        said = _clause_said_of(group, prep)
        if said is not None and word in COMPARING:
            return _elliptical(said, verbs)  # "than any guest has a right to expect"
        if word in COMPARING or (word in COMPARING_WITH_OTHER and _other(group)):
            return True
    clause = group.head
    if group.dep_ == "nsubj" and _under(clause, verbs):
        marked = any(c.dep_ == "mark" and c.lower_ in COMPARING for c in clause.children)
        if marked and _repeats_the_verb(clause, verbs):
            return True  # "longer than any other patient has"
    return _superlative(group, verbs)


def _clause_said_of(group: Any, prep: Any) -> Any | None:
    """The verb of a clause the parser left the group out of, as the object of 'than': 'than'
    marking a clause ('than any guest has a right to expect', where 'than' is the clause's
    mark), or a modal or a form of 'be', 'have' or 'do' right after the group ('quieter than
    any other guest would like'). None where the group ends the comparison ('longer than any
    other patient on the ward')."""
    if prep.dep_ == "mark":
        return prep.head
    doc = group.doc
    after = doc[group.i + 1] if group.i + 1 < len(doc) else None
    if after is None or not (
        after.tag_ == "MD" or (after.tag_.startswith("VB") and after.lemma_ in ("be", "have", "do"))
    ):
        return None
    return after.head if after.dep_ in ("aux", "auxpass") else after


def _elliptical(clause: Any, verbs: list[Any]) -> bool:
    """'longer than any other patient has', 'than any other guest would': the group's clause
    only repeats the number's verb, so the number is compared with the group. Not a clause of
    its own with an object or another verb ('than any guest has a right to expect', 'quieter
    than any other guest would like'): there the group is the measure of what is said of a
    place or a thing."""
    if clause.tag_ != "MD" and not _repeats_the_verb(clause, verbs):
        return False
    objects = ("dobj", "attr", "acomp", "xcomp", "ccomp", "oprd", "dative")
    return not any(c.dep_ in objects for c in clause.children)


def _repeats_the_verb(clause: Any, verbs: list[Any]) -> bool:
    """Whether the clause's verb stands in for the number's: 'be', 'have', 'do' or the same
    verb again ('longer than any other patient has', 'waited longer than any guest waited')."""
    return _fixed_lemma(clause) in {"be", "have", "do"} | {_fixed_lemma(v) for v in verbs}


def _a_property(compared: Any) -> bool:
    """'as good as', 'cheaper than' said after 'is': a property of the place, which a
    customer's wish is the measure of ('as good as any guest could hope for'); not 'longer',
    said of a wait."""
    return compared.dep_ == "acomp" and compared.tag_ in ("JJ", "JJR")


def _superlative(group: Any, verbs: list[Any]) -> bool:
    """'the earliest any guest has ever tried': a superlative said of 'any' customer's
    doing, in a clause the number's verb is part of; not of a thing ('the best table any
    guest could want') nor after 'is' ('Room 12 is the biggest any guest has had')."""
    if not any(c.lower_ == "any" for c in group.children) or group.dep_ != "nsubj":
        return False
    if any(_fixed_lemma(v) == "be" for v in verbs):
        return False
    clause = group.head
    doc = group.doc
    ranks = [
        t
        for t in doc[max(0, group.i - 3) : group.i]
        if (t.tag_ in ("JJS", "RBS") or t.lower_ in RANKS) and t.head.i in (group.i, clause.i)
    ]
    if not ranks or ranks[0].i == 0 or doc[ranks[0].i - 1].lower_ != "the":
        return False
    return any(v.i == clause.i or clause in v.ancestors for v in verbs)


def _reported(group: Any, verbs: list[Any], staffed: bool) -> bool:
    """'says the other patients were served first', 'reckons every client gets one for
    free': the group is the subject of what the number reports, and not under a rule."""
    clause = group.head
    if group.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "ccomp":
        return False
    verb = clause.head
    if verb not in verbs or _fixed_lemma(verb) not in REPORTING or _a_rule(clause):
        return False
    stated = _fixed_lemma(verb) in STATING
    if _other(group):
        return not (staffed and stated)
    return not stated and _about_benefits(clause)


def _asked(group: Any, verbs: list[Any]) -> bool:
    """'asked whether all patients have to pay for the hygienist', 'wants to know if all
    diners get a free dessert', 'asked if the other patients have had lunch'."""
    clause = group.head
    if group.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ not in ("ccomp", "advcl"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in clause.children):
        return False
    asker = clause.head
    if _fixed_lemma(asker) in ("know", "check", "find") and asker.dep_ == "xcomp":
        asker = asker.head  # "wants to know if …"
        if _fixed_lemma(asker) not in ("want", "like", "need"):
            return False
    elif _fixed_lemma(asker) not in ASKING:
        return False
    if asker not in verbs:
        return False
    return _other(group) or _about_benefits(clause)


def _a_rule(clause: Any) -> bool:
    """'all passengers must show ID', 'every guest needs to sign in': a rule for all."""
    if any(c.dep_ == "aux" and c.lower_ in OBLIGATIONS for c in clause.children):
        return True
    return _fixed_lemma(clause) in ("need", "have") and any(
        c.dep_ == "xcomp" for c in clause.children
    )


def _about_benefits(clause: Any) -> bool:
    """What customers get or pay: 'get a free dessert', 'have to pay for the hygienist',
    'are charged for parking'."""
    lemma = _fixed_lemma(clause)
    if lemma in BENEFITS:
        return True
    return lemma == "have" and any(
        c.dep_ == "xcomp" and _fixed_lemma(c) in BENEFITS for c in clause.children
    )


def _customer_noun(tok: Any, ctx: SentenceContext) -> bool:
    """A customer's noun as what someone is: 'a new patient', 'a business caller', 'a
    business account holder'; not one with an owner or a qualifier ('his patient', 'a
    member of staff')."""
    words = ctx.words("customer_groups") | ctx.words("descriptor_nouns")
    low, lemma = tok.lower_, tok.lemma_.lower()
    if low not in words and lemma not in words:
        return False
    following = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if following is not None and following.lower_ == "only":
        return False  # "Bay 5 is patients only": who the place is for
    return not any(
        c.dep_ in ("poss", "prep", "case")
        or (c.dep_ == "det" and c.lower_ not in ("a", "an"))
        or c.lower_ == "only"
        for c in tok.children
    )


def _called_one(verb: Any, ctx: SentenceContext) -> bool:
    """'Chair 3 is a new patient', 'Line 4 is a business caller'."""
    return _fixed_lemma(verb) == "be" and any(
        c.dep_ == "attr" and _customer_noun(c, ctx) for c in verb.children
    )


def _reported_one(verbs: list[Any], ctx: SentenceContext) -> bool:
    """'Line 3 says she's a business account holder', '4471 says they're vulnerable
    account holders': what the number says of 'he', 'she' or 'they' is a customer's noun."""
    return any(
        clause.dep_ == "ccomp"
        and any(s.dep_ == "nsubj" and s.lower_ in REPORTED_PEOPLE for s in clause.children)
        and _called_one(clause, ctx)
        for verb in verbs
        if _fixed_lemma(verb) in REPORTING
        for clause in verb.children
    )
