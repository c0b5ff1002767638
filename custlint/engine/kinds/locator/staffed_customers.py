"""The locator reading of a customer called by the staffed room or post they are in, when what
is wanted or said is plainly the customer's: 'Surgery 3 wants his crown redone', 'Basin 2
wants her fringe trimmed', 'Consult 1 wants to take the cat home', 'Surgery 4 is asking
whether she can have gas', 'Consult 2 wants us to keep the dog in, told her we can't board
animals without a booking'.

Dentists, vets, GPs, salons and spas name the customer by the room or the post they sit in
('Surgery 2', 'Consult 1', 'Basin 3'), but the clinician or the stylist who works there wants
and asks too ('Surgery 2 wants her nurse back', 'Consult 1 is asking for the X-ray results'),
which is why `open_head_acts_as_a_person` reads nothing of a staffed room (`STAFFED_ROOMS`)
but a customer's noun said of it. This reading takes the number, as the subject of a verb
of wanting or asking ('keeps asking', or a joined 'she's asking'), only in one of these
shapes, all of what only the one treated wants:

- a service done to their own body, hair, pet or visit, with 'his', 'her' or 'their'
  (`staffed_customer_own`) and the service said after it (`staffed_services`: 'his crown
  redone', 'her tooth out', 'her cat back'), with no other person named between the verb
  and the possessive ('wants the hygienist to polish her teeth') and no 'by' that gives the
  work to someone else ('her crown done by the lab'), so that 'her colour mixed', 'his
  crown ready' and 'her X-rays pulled up', the staff's work for the one who treats, stay
  quiet; or that own noun rescheduled ('wants to reschedule her filling');
- taking or bringing a pet home ('wants to take the cat home');
- paying, with nothing paid named ('wants to pay on the way out'; staff pay the lab);
- asking whether they can have what a customer is given (`staffed_asked_services`: 'gas',
  'a refund'), or pay, where staff ask for the afternoon off; or whether we do or take a
  service or a customer's term ('asking if we do eyebrows', not 'staff discounts');
- a refusal told to them that speaks of a customer's terms (`staffed_refusal_terms`: 'told
  her we can't board animals without a booking'), where a refusal to staff speaks of shifts.

The heads are `STAFFED_ROOMS` and the posts of `staffed_posts` (basins, dryers, couches,
which the other open-head readings take too), but not a lab, where no customer ever sits
('Lab 3 wants his crown redone' is the technician's remake). And none of it is read when the
clause speaks of the staff's own working life (`staffed_staff_words`: 'before her shift
starts', 'after close', 'a discount on the retail stock', 'a refund on
the CPD course', 'pay by invoice', 'on sixty-day terms', 'take the cat home for fostering',
'before induction'), or of time off ('wants the afternoon off'): that is the stylist, the
clinician, or a practice that is itself the client of a lab, wanting for themselves.
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.finders import _subject_verb
from custlint.engine.kinds.locator.found_and_open import STAFFED_ROOMS
from custlint.engine.kinds.locator.grammar import _a_person_word, _fixed_lemma, _staff_noun
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Verbs by which the one in the room wants or asks: 'wants', 'is asking', 'would like'.
WANTING_VERBS = frozenset("want ask like need wonder request beg demand".split())
POSSESSIVES = frozenset("his her their".split())
# Who may be asked to do the service without owning it: the practice itself ('wants us to
# redo her fringe') or the one who writes ('wants me to trim his beard'); 'you' is staff
# talking to staff ('Surgery 2 wants you to take her tooth out').
SERVING_US = frozenset("us me".split())
# Verbs by which a pet is taken home.
TAKING_VERBS = frozenset("take bring collect pick fetch".split())
SUBJECT_PRONOUNS = frozenset("he she they".split())
ASKING_MARKS = frozenset("whether if".split())
PERMISSION_AUX = frozenset("can could may might".split())
# Verbs by which we offer a service or take a customer's terms: "asking if we do eyebrows".
OFFERING_VERBS = frozenset("do offer take accept".split())
# What makes an offer one to staff: "asking if we do staff discounts".
STAFF_MODIFIERS = frozenset("staff employee employees trade internal locum".split())
# Acts of a customer on their own visit or treatment: "wants to reschedule her filling".
RESCHEDULING = frozenset("reschedule rebook cancel postpone move".split())
REFUSAL_NEGATIONS = frozenset("not n't cannot can't won't don't".split())
# Staffed rooms no customer sits in: a dental or a pathology lab works on what is sent to it.
NO_CUSTOMER_ROOMS = frozenset("lab".split())
# Words for when staff have time off: "wants the afternoon off", "Saturday off".
TIME_OFF = frozenset(
    "day days morning afternoon evening night week weekend monday tuesday wednesday thursday "
    "friday saturday sunday".split()
)


@person_test("person_at_open_head")
def staffed_customer(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Surgery 3 wants his crown redone', 'Consult 1 wants to take the cat home': the number
    of a staffed room or post wants or asks what only its customer wants (see the module's
    docstring for the four shapes and what is refused)."""
    head = mention.root.lower_
    if head not in STAFFED_ROOMS and head not in ctx.words("staffed_posts"):
        return None
    if head in NO_CUSTOMER_ROOMS:
        return None
    verb = _subject_verb(mention)
    if verb is None or _staff_life(verb, ctx):
        return None
    for wanting in _wanting_verbs(verb):
        if (
            _own_served(wanting, ctx)
            or _pet_home(wanting, ctx)
            or _pays(wanting)
            or _asks_if_they_can(wanting, ctx)
            or _refused_as_a_customer(wanting, ctx)
        ):
            return Person(mention.start, mention.end, None)
    return None


def _staff_life(verb: Any, ctx: SentenceContext) -> bool:
    """'Station 4 wants her fringe trimmed before her shift starts', 'Surgery 1 wants to know
    if he can have a refund on the CPD course', 'Clinic 7 wants to pay on sixty-day terms',
    'Surgery 2 wants the afternoon off, told her …': the sentence speaks of the staff's shifts,
    stock, training, rent, invoices or time off, so what is wanted is the staff's own (or a
    client practice's), not a customer's."""
    staff = ctx.words("staffed_staff_words")
    words = list(verb.sent)  # "…, she's fostering him for the rescue": a clause of its own
    if any(t.lower_ in staff for t in words):
        return True
    before = {t.i: verb.doc[t.i - 1].lower_ for t in words if t.i > 0}
    return any(
        (t.lower_ == "off" and before.get(t.i) in TIME_OFF)  # "the afternoon off"
        or (t.lower_ == "close" and before.get(t.i) in ("after", "before", "till", "until"))
        for t in words
    )


def _wanting_verbs(verb: Any) -> list[Any]:
    """The verb of wanting or asking the number is the subject of ('keeps asking'), and one
    joined to it whose subject is 'he' or 'she' ('wants a coffee and she's asking if we do
    eyebrows')."""
    found = [verb]
    if _fixed_lemma(verb) == "keep":  # "keeps asking whether she can have gas"
        found += [c for c in verb.children if c.dep_ == "xcomp"]
    found += [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and any(g.dep_ == "nsubj" and g.lower_ in SUBJECT_PRONOUNS for g in c.children)
    ]
    return [v for v in found if _fixed_lemma(v) in WANTING_VERBS]


def _own_served(verb: Any, ctx: SentenceContext) -> bool:
    """'wants his crown redone', 'wants me to do her fringe … trimmed', 'wants her dog back':
    a possessive of the customer's own noun with a service said right after it. The parser
    may make the service the noun and the owned word its modifier ('her fringe redone')."""
    own = ctx.words("staffed_customer_own")
    services = ctx.words("staffed_services")
    doc = verb.doc
    for poss in verb.subtree:
        if poss.i <= verb.i or poss.dep_ != "poss" or poss.lower_ not in POSSESSIVES:
            continue
        if _someone_between(doc[verb.i + 1 : poss.i], ctx):
            continue
        owned = poss.head
        if (
            owned.dep_ == "dobj"
            and _fixed_lemma(owned.head) in RESCHEDULING
            and owned.lower_ in own
        ):
            return True  # "wants to reschedule her filling"
        # the owned noun and the words after it that name it ('his wisdom tooth'), which the
        # parser may cut off ('her fringe redone' as a noun with 'fringe' its modifier)
        named = doc[poss.i + 1 : poss.i + 3]
        nouns = [owned, *(t for t in named if t.pos_ in ("NOUN", "PROPN", "ADJ"))]
        for noun in (n for n in nouns if n.lower_ in own):
            after = doc[noun.i + 1 : noun.i + 4]
            done = next((t for t in after if t.lower_ in services), None)
            if done is None:
                continue
            if any(t.pos_ == "NOUN" and t.lower_ not in own for t in doc[noun.i + 1 : done.i]):
                continue  # "his fillings list moved", "his teeth guard fitted": a list, a kit
            if done.i + 1 < len(doc) and doc[done.i + 1].lower_ in ("by", "from"):
                continue  # "her crown done by the lab", "back from the lab": another's work
            return True
    return False


def _someone_between(words: Any, ctx: SentenceContext) -> bool:
    """'wants the hygienist to polish her teeth', 'wants Mrs Okafor's fringe …', 'wants you
    to take her tooth out': another person between the verb and the possessive, whose the
    owned thing may be; or anyone asked to do it ('wants the supplier to send her toner
    back')."""
    return any(
        t.pos_ == "PROPN"
        or (t.pos_ == "NOUN" and t.dep_ == "nsubj")  # "wants the supplier to send her toner back"
        or (t.pos_ == "PRON" and t.lower_ not in SERVING_US and t.dep_ != "aux")
        or _a_person_word(t, ctx)
        or _staff_noun(t, ctx)
        for t in words
    )


def _pet_home(verb: Any, ctx: SentenceContext) -> bool:
    """'wants to take the cat home', 'asking to bring the puppy home early': the customer's
    pet (or other own noun) taken home, which the staff in a consulting room do not do."""
    own = ctx.words("staffed_customer_own")
    for act in verb.subtree:
        if act.i <= verb.i or _fixed_lemma(act) not in TAKING_VERBS:
            continue
        objects = [c for c in act.children if c.dep_ == "dobj"]
        # "take the dog home", which the parser may make one noun ('dog' modifying 'home')
        objects += [g for o in objects for g in o.children if g.dep_ == "compound"]
        pets = [o for o in objects if o.lower_ in own]
        if pets and any(t.lower_ == "home" for t in act.subtree if t.i > pets[0].i):
            return True
    return False


def _pays(verb: Any) -> bool:
    """'wants to pay on the way out', 'is asking to pay by card': paying, with no object
    paid, which is a customer's; staff pay the lab or an invoice."""
    return any(
        c.dep_ == "xcomp"
        and _fixed_lemma(c) == "pay"
        and not any(g.dep_ in ("dobj", "dative") for g in c.children)
        for c in verb.children
    )


def _asks_if_they_can(verb: Any, ctx: SentenceContext) -> bool:
    """'is asking whether she can have gas', 'wants to know if he can get a refund', 'asked
    if they can pay by card', 'asking if we do eyebrows': a customer's question of
    permission, about what a customer is given or about paying, or of what we offer, about
    a service or a customer's terms; staff ask whether they can have the afternoon off or
    whether we do late opening."""
    asked = ctx.words("staffed_asked_services")
    offered = asked | ctx.words("staffed_customer_own") | ctx.words("staffed_refusal_terms")
    for clause in verb.subtree:
        if clause.dep_ != "ccomp" or clause.i <= verb.i:
            continue
        children = list(clause.children)
        if not any(c.dep_ == "mark" and c.lower_ in ASKING_MARKS for c in children):
            continue
        lemma = _fixed_lemma(clause)
        objects = [c for c in children if c.dep_ == "dobj"]
        if any(c.dep_ == "nsubj" and c.lower_ == "we" for c in children):
            if lemma in OFFERING_VERBS and any(
                o.lower_ in offered and not any(g.lower_ in STAFF_MODIFIERS for g in o.children)
                for o in objects
            ):
                return True  # "asking if we do eyebrows", "whether we take cash"
            continue
        if not (
            any(c.dep_ == "nsubj" and c.lower_ in SUBJECT_PRONOUNS for c in children)
            and any(c.dep_ == "aux" and c.lower_ in PERMISSION_AUX for c in children)
        ):
            continue
        if lemma in ("have", "get") and any(o.lower_ in asked for o in objects):
            return True
        if lemma == "pay" and not objects:
            return True
    return False


def _refused_as_a_customer(verb: Any, ctx: SentenceContext) -> bool:
    """'…, told her we can't board animals without a booking': after what the number wants,
    a refusal by 'we' told to 'him' or 'her', about a customer's terms; a refusal to staff
    is about their shifts and breaks ('told her we can't spare her till four')."""
    terms = ctx.words("staffed_refusal_terms")
    for told in verb.doc[verb.i + 1 :]:
        if _fixed_lemma(told) != "tell" or not any(
            c.dep_ in ("dative", "dobj") and c.lower_ in ("him", "her") for c in told.children
        ):
            continue
        for said in (c for c in told.children if c.dep_ == "ccomp"):
            words = list(said.subtree)
            if (
                any(c.dep_ == "nsubj" and c.lower_ == "we" for c in said.children)
                and any(t.lower_ in REFUSAL_NEGATIONS for t in said.children)
                and any(t.lower_ in terms for t in words)
            ):
                return True
    return False
