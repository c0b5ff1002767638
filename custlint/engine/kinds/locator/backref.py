"""The locator reading by back-reference: a personal pronoun later in the sentence, or early in
the next one, that looks back to a number ('knock on 511, she has a taxi booked', '"Is 3307
still waiting?" "Yes, he's by the lifts."').

A pronoun says that someone is about, not that the number is that someone: in 'room 4 is
freezing, she's asked for a blanket' the room is cold and 'she' is whoever sleeps in it. So
the reading asks three things, each from the parse:

- the number's own clause must leave room for a person (`_open_to_a_person`): where a place
  or a record is said to be cold, shipped, booked, on the fourth floor, or is checked,
  cleaned or delivered to, the number is that place or record, whoever the pronoun is;
- the pronoun must be free to look back to the number (`_bound_elsewhere`): not an argument
  of the number's own verb ('book table 6 for her'), not in a clause that also handles an
  'it' ('table 9 is wobbly, he'll fix it': the table is the 'it'), with no other person, name
  or number between them, and 'they' only where it does what people do;
- and the two must be near: the same sentence, or the next one of the same block.

One pronoun is evidence enough for a subject whose verb is in none of the lists: the one staff
are told to deal with ('2207 locked out again, tell her the spare key is at reception', 'Court
4 has booked every Sunday, could you remind her of the limit?'). Whom staff tell, remind, warn
or apologise to is a person, so a number it looks back to is that person, unless the number's
own clause still makes it a place, a thing or a record (`_dealt_with`): 'Table 6 is booked for
8, let her know' tells her about the table, 'Order 4410 shipped, tell her' about the order,
'Room 4 lost power, apologise to her' of what befell the room, 'Card 4410 locked out, tell him'
of the card; nor is a machine, an automation, a member of staff or a trade party ever that
person ('System 3 booked the slot, tell her').

A 'they' after two or more codes in one list, which may look back to them all, is read by
`listed_they`, on top of this module's readings of the number's clause and of the pronoun.
"""

from __future__ import annotations

import re
from typing import Any

from custlint.engine.candidates import PERSONAL_PRONOUNS, next_pronoun_words
from custlint.engine.checks import ORDINAL, technical_text
from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.described import _many_people
from custlint.engine.kinds.locator.found_and_open import STAFFED_ROOMS
from custlint.engine.kinds.locator.grammar import _fixed_lemma, _is_code, _mention_role, _someone
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.lexicon import (
    CALENDAR,
    CALL_VERBS,
    CUSTOMER_RECORDS,
    ERGATIVE_VERBS,
    OBJECT_NEUTRAL_VERBS,
    REPORTING_VERBS,
    SAID_OF_PLACES_TOO,
)
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.thing_reports import _thing_report

# Pronouns for many people, which look back to a number only where they do what people do:
# 'Take table 6, they're ready to order' (but 'order 4471 shipped, they said Friday').
PLURAL_PRONOUNS = frozenset("they them their".split())
REFLEXIVES = frozenset("himself herself themselves".split())
# Things a pronoun's clause may handle that stand for the number as a place or thing: 'she'll
# sign for it' ('one' never does: 'he wanted a quieter one' is another cabin).
THING_PRONOUNS = frozenset("it its".split())
# Where a person may be, said after 'is' of a place no one moves: "Is 22A back?", "622 still
# in?", "Is 11K up?" (a room is never 'back', a seat never 'home').
PRESENCE_WORDS = frozenset("here back in out up home away".split())
# Places a person goes to and waits in, which no numbered room, seat or table is in: "bay 6
# is in the waiting room", "seat 17 is in the galley".
VISITED_PLACES = frozenset(
    "lobby foyer lounge galley loo toilet toilets bathroom lift lifts queue shop branch "
    "café cafe canteen restaurant spa gym pool sauna x-ray xray ct mri theatre theater "
    "physio pharmacy cloakroom concourse security immigration arrivals departures "
    "station tent point office registration check-in".split()
)
# Nouns before 'room' or 'area' that make a room people visit: "the waiting room".
VISITED_ROOMS = frozenset("waiting day relatives family dining breakfast smoking".split())
# Verbs that, without an object, say how a person's life or mood changes (a place is moved
# or settled, it does not move or settle): "80412 is moving on Friday", "E14 calmed down".
PEOPLE_CHANGING = frozenset("move relocate settle calm".split())
# How a place is asked after in a question when it is its person who is asked after:
# '"Is fitting room 5 okay?" "She needed a bigger size."'.
ASKED_STATES = frozenset("okay ok alright fine".split())
# Verbs whose subject waits, a ticket's as well as a person's ('order 47 has been waiting
# ages, she's asking at the counter'): with a pronoun after, the number is who waits.
WAITING_VERBS = frozenset("wait hold queue".split())
# What 'How's 402 …?' asks after when it asks after a person: "How is bed 12 doing?".
HOW_VERBS = frozenset("be do get hold feel cope settle manage".split())
# Verbs whose object, with a pronoun after, is the person reached: "ring 214 and let them
# know", "Can you take 22?", "see to table 10", "sit with cubicle 14".
REACHING_VERBS = frozenset(
    "call ring phone ping text email message buzz page contact reach try chase remind "
    "take sort seat find know remember forget recognise recognize meet miss sit drop move pass "
    "refer".split()
)
# Verbs done to records as well as to people, which reach a person only where the number is
# not a record: "check bed 6, he's been asleep" (but "I checked ticket 4410").
SEEN_TO = frozenset("check pick collect".split())
# Prepositions after which the number is reached, with the verbs they go with.
REACHING_PREPOSITIONS = {
    "on": frozenset("knock check look call".split()),
    "to": frozenset("see speak talk write reply respond".split()),
    "with": frozenset("sit stay deal speak talk".split()),
    "after": frozenset("look".split()),
}
# Subordinators of time, whose clause tells when something is done to the place: "clean
# room 22 before she arrives", "update ticket 6620 when he replies".
TIME_MARKERS = frozenset("before after when until till once while as".split())
# Marks that set a label off from its note: "handover: 714, she …", "chat 5120: he's …".
LABEL_MARKS = (":", ",", "—", "–", "-", ";")
# Prepositions before a time of day: "call 3318 before 4", "by 6pm", "until 2:30".
HOUR_PREPOSITIONS = frozenset("before after by until till at from around".split())
# Lengths of time a state is said to last: "has been asleep 3 hrs".
DURATIONS = frozenset("min mins minute minutes hr hrs hour hours day days night nights".split())
# Nouns of time that may follow a number without naming what it numbers: "handled 1460
# yesterday".
TIME_WORDS = frozenset("yesterday today tonight tomorrow morning afternoon evening night".split())
# Words of address that open a sentence before a name: "Hi Leah, can you call 606-A?".
GREETINGS = frozenset("hi hey hello dear morning afternoon evening thanks cheers".split())


@person_test("person_by_number")
def referred_back(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'ring 214 and let them know the car is here', 'Is 22A back yet? She went to the loo.':
    a personal pronoun after the number looks back to it, and nothing in the number's own
    clause makes it a place or a record (see the module's docstring)."""
    doc = ctx.doc
    if technical_text(ctx.original or doc.text, (t.lower_ for t in doc)):
        return None
    pronoun = _pronoun_here(mention, ctx)
    if pronoun is not None and pronoun.lower_ in REFLEXIVES and _co_argument(mention, pronoun):
        return Person(mention.start, mention.end, None)  # "rm 517 locked himself out"
    if not _open_to_a_person(mention, ctx, kind):
        pronoun = _dealt_with(mention, ctx, kind)
        if pronoun is None:
            return None
    if pronoun is not None:
        if _bound_elsewhere(mention, pronoun, ctx) or _someone_between(mention, pronoun, ctx):
            return None
        return Person(mention.start, mention.end, None)
    if _any_pronoun_here(mention, ctx) or not _alone_here(mention, ctx):
        return None
    if _looks_back_from_next(mention, ctx):
        return Person(mention.start, mention.end, None)
    return None


@person_test("person_referred_back")
def open_head_referred_back(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Fob 3391 tried to bring a mate in again, told him …', 'Basin 1 has asked for a head
    massage, and she reckons …': a numbered place no rule owns, looked back to as above. Its
    head says nothing of who is there, so a pronoun counts less than after a seat or a bed:
    never after a room a clinician works in ('Consult 3 wants his notes from yesterday' is
    the vet's), nor as a possessive alone, which names whoever a machine serves or works for
    ('Machine 4 wants his passport', 'Dryer 8 left his shirts creased')."""
    if mention.root.lower_ in STAFFED_ROOMS:
        return None
    pronoun = _pronoun_here(mention, ctx)
    if pronoun is not None and pronoun.dep_ == "poss":
        return None
    return referred_back(mention, ctx, kind)


# ---------------------------------------------------------------------------------------
# The number's own clause.


def _open_to_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the number's role leaves room for the person a pronoun names: a label that
    says nothing ('chat 5120: he's furious'), a subject said to be where people are, to wait
    or to be asked after ('bay 6 is in the waiting room', 'How's 9A?'), or the object of a
    verb that reaches or handles people ('ring 214', 'knock on 511', 'Can you take 22?'),
    never of one done to records and places ('close 4419', 'clean room 22')."""
    dep, root = _mention_role(mention)
    verb = root.head
    if (
        _asked_after(mention, ctx)
        or _reached_by_word_order(mention, ctx)
        or _bare_label(mention, ctx)
    ):
        return True
    after = ctx.doc[mention.end] if mention.end < len(ctx.doc) else None
    if (
        after is not None
        and after.pos_ == "NOUN"
        and after.tag_ == "NN"
        and after.lower_ not in TIME_WORDS
    ):
        return False  # "The room 4 heater broke": the number names whose heater
    if dep in ("nsubj", "nsubjpass") or _asked_if(dep, root):
        return _subject_open(mention, root, verb, ctx, kind)
    if dep == "appos" and _vocative(verb):
        return _subject_open(mention, root, verb.head, ctx, kind)  # "Dear team, seat 40 is …"
    if dep == "pobj":
        prep = root.head
        verbs = REACHING_PREPOSITIONS.get(prep.lower_)
        if verbs and prep.head.pos_ == "VERB" and _fixed_lemma(prep.head) in verbs:
            return True
        return _on_behalf_of(mention, prep, ctx)
    if dep in ("dobj", "dative"):
        lemma = _fixed_lemma(verb)
        if lemma in TICKET_VERBS and mention.bare and _identifier(mention, ctx):
            return True  # "don't close 4419 yet, he said he'd test it" (not "close case 8812")
        if lemma in ctx.words("record_verbs") and not (
            lemma in ctx.words("interaction_verbs") | SEEN_TO
            and not _headed_by(mention, CUSTOMER_RECORDS)
        ):
            return False  # "I've closed case 8812", "paint room 14" (but "update bed 4")
        if lemma in SEEN_TO and not _headed_by(mention, CUSTOMER_RECORDS):
            return True  # "check bed 6, he's been asleep 20 hrs", "picking up bed 5"
        people_verbs = (
            ctx.words("interaction_verbs")
            | ctx.words("number_object_verbs")
            | ctx.words("giving_verbs")
            | kind.object_verbs
        )
        return (
            lemma in REACHING_VERBS
            or lemma in CALL_VERBS
            or lemma in people_verbs
            or _held_on_the_line(verb, ctx)
        )
    return False


# What is done to a customer's ticket, which a bare number after it stands for as the
# customer: "Please don't close 4419 yet, he said he'd test the fix" (with a head word,
# "I've closed case 8812, he confirmed", the number is the record).
TICKET_VERBS = frozenset("close reopen update escalate assign".split())
# Prepositions after which a number is whom something is done for or asked about: "I've
# booked an engineer for 2231, she's working from home", "Any news about 5530? He rang".
BEHALF_PREPOSITIONS = frozenset("for about".split())


def _on_behalf_of(mention: Mention, prep: Any, ctx: SentenceContext) -> bool:
    """'booked an engineer for 2231, she's at home', 'Can you ring about 3318? She says …':
    the number after 'for' or 'about' is whom it is for or whom it is about, and so open to a
    pronoun after it, if it is an identifier: not a count, a size or a year ('a table for 4,
    she …', 'about 300, they …', 'for 2024')."""
    if prep.lower_ not in BEHALF_PREPOSITIONS or prep.dep_ not in ("prep", "dative"):
        return False
    doc = prep.doc
    if prep.i + 1 < len(doc) and doc[prep.i + 1].lower_ in ("the", "a", "an", "each", "every"):
        return False  # "for the 4 of them", "about a 10 minute wait"
    people = ctx.words("person_nouns") | ctx.words("staff_nouns")
    if any(
        t.lower_ in people or t.lower_ in ("he", "she", "him", "her") or _someone(t, ctx)
        for t in doc[: mention.start]
    ):
        return False  # "The engineer is booked for 2231, he'll be there": whom the pronoun
        # names may be the one already in the sentence
    return not mention.bare or _identifier(mention, ctx)


def _identifier(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether a bare number reads as an identifier ('2231', '17F', '#4410', 'C12'), not a
    count, a size, a year or a plane ('4', '300', '2024', '747' among aircraft)."""
    text = mention.root.doc[mention.start].text.lstrip("#")
    if _aircraft_type(text, ctx):
        return False  # "Any news about 747? He loves planes."
    if not text[:1].isdigit():
        return True  # "for 17F", "about C12"
    digits = text.split("-")[0]
    if not digits.isdigit():
        return True  # "for 14C"
    return len(digits) >= 3 and not (len(digits) == 4 and digits[:2] in ("19", "20"))


# A Boeing or Airbus type ('747', '737', 'A380') spoken of with aircraft is a plane, not
# a room or an account: "Any news about 747? He loves planes."
AIRCRAFT_TYPE = re.compile(r"(7[0-8]7|A3[0-8]\d)$", re.IGNORECASE)
AIRCRAFT_WORDS = frozenset(
    "plane planes aircraft jet jets jumbo jumbos airliner airliners boeing airbus fleet "
    "hangar hangars".split()
)


def _aircraft_type(code: str, ctx: SentenceContext) -> bool:
    if not AIRCRAFT_TYPE.match(code):
        return False
    words = re.findall(r"[a-z]+", " ".join((ctx.previous, ctx.doc.text, ctx.following)).lower())
    return bool(AIRCRAFT_WORDS.intersection(words))


def _headed_by(mention: Mention, heads: frozenset[str]) -> bool:
    """Whether the mention's head word is one of these: 'ticket 4410' for records."""
    return any(t.lower_.rstrip(".") in heads for t in mention.root.doc[mention.start : mention.end])


def _held_on_the_line(verb: Any, ctx: SentenceContext) -> bool:
    """'I've got 40812 on the phone', 'we have 3319 on hold': someone waiting to be spoken to."""
    return _fixed_lemma(verb) in ("have", "get") and any(
        c.dep_ == "prep" and _where_people_go(c, ctx) for c in verb.children
    )


def _asked_if(dep: str, root: Any) -> bool:
    """'Is 22A back?', 'Is 6D still in the lounge?': the parser takes the subject of a
    question with 'is' put first for the complement."""
    verb = root.head
    doc = root.doc
    return (
        dep == "attr"
        and verb.lemma_ == "be"
        and verb.i < root.i
        and not any(
            c.dep_ in ("nsubj", "expl") and not any(t.text == ":" for t in doc[c.i : verb.i])
            for c in verb.children
        )  # but "Quick one: is 305 back?", where the parser made the label the subject
    )


def _asked_after(mention: Mention, ctx: SentenceContext) -> bool:
    """'How's 402?', 'How is bed 12 doing?', 'How's 2207 this morning?': a question after
    the number's well-being, read by word order, as the parser often takes 'How's' for a
    possessive (but not 'How's room 4 looking?')."""
    doc = ctx.doc
    if mention.start != 2 or doc[0].lower_ != "how" or doc[1].lower_ not in ("'s", "is", "was"):
        return False
    after = doc[mention.end] if mention.end < len(doc) else None
    return (
        after is None
        or after.is_punct
        or _fixed_lemma(after) in HOW_VERBS
        or after.lower_ in ("this", "today", "now", "tonight", "after")
    )


def _reached_by_word_order(mention: Mention, ctx: SentenceContext) -> bool:
    """'buzz 27C, she asked …', 'Call room 618, he left …', 'Can someone see to table 10?': an
    order that opens with a verb of reaching someone, which the tagger may take for a noun
    ('buzz', 'Call') or miss after 'to' ('see to table 10' read as a verb 'table')."""
    doc = ctx.doc
    i = mention.start - 1
    verbs: frozenset[str] = REACHING_VERBS | CALL_VERBS
    if mention.bare and _identifier(mention, ctx):
        verbs = verbs | TICKET_VERBS  # "Escalate 5521 to tier 2, she's …"
    if i >= 1 and doc[i].lower_ in REACHING_PREPOSITIONS:
        verbs = REACHING_PREPOSITIONS[doc[i].lower_]
        i -= 1
    if i < 0 or (_fixed_lemma(doc[i]) not in verbs and doc[i].lower_ not in verbs):
        return False
    return i == 0 or doc[i - 1].lower_ in ("please", "pls", "you", "someone", "and", "to")


def _subject_open(
    mention: Mention, root: Any, verb: Any, ctx: SentenceContext, kind: LocatorKind
) -> bool:
    """'Is 622 still in?', 'bay 6 is in the waiting room', 'Bed 9 is with the physio', 'How is
    402 doing?', '3307 still waiting': a subject is open to a person only where it is said to
    be where people go, to wait, or is asked after; any other predicate may be a place's."""
    lemma = _fixed_lemma(verb)
    if any(c.lower_ == "how" for c in verb.children) and lemma in HOW_VERBS:
        return not any(c.dep_ in ("acomp", "attr", "dobj") for c in verb.children)
    if lemma in WAITING_VERBS or _does_what_people_do(verb, lemma, ctx, kind):
        return True
    if lemma != "be" or verb.dep_ == "aux":
        return False
    if _in_a_persons_state(verb, ctx, kind):
        return True
    after = [c for c in root.children if c.i >= mention.end]  # "Is room 9 back?"
    complements = [*verb.children, *after]
    complements += [g for c in complements if c.dep_ == "advmod" for g in c.children]
    for c in complements:
        low = c.lower_
        if (
            c.dep_ in ("advmod", "prt", "acomp")
            and low in PRESENCE_WORDS
            and not any(g.dep_ == "prep" and g.lower_ in ("of", "for") for g in c.children)
        ):
            return True  # "Is 1204 still in?" (but "out of order", "out for delivery")
        if c.dep_ == "prep" and _where_people_go(c, ctx):
            return True
    return False


def _does_what_people_do(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'07700 900461 wants an apology', '3A used the sick bag', 'bed 9 needs a commode': a
    verb of people, or one that acts on an object, which the rule's places do not do ('line 3
    dropped the call', 'room 4 has no hot water', 'bed 3 needs a new mattress')."""
    if lemma in kind.thing_verbs or verb.pos_ != "VERB" or _has_aux(verb, "auxpass"):
        return False  # "flight 310 was cancelled": a passive's subject does nothing
    if _place_doing(verb, lemma) or _befell_a_thing(verb, lemma, ctx):
        return False  # "room 9 overlooks the bins", "Room 4 lost power, apologise to her"
    if _thing_report(verb, lemma, ctx, kind):
        return False  # "Bed 4 buzzed all night", "Table 12 seats eight"
    objects = _objects_had(verb)
    if lemma in ERGATIVE_VERBS and not objects:
        return False  # "the heater broke"
    if lemma in ctx.words("human_verbs") and lemma not in OBJECT_NEUTRAL_VERBS:
        return True
    if lemma in PEOPLE_CHANGING and not objects:
        return True  # "80412 is moving on Friday", "Has C12 settled down?"
    if lemma in OBJECT_NEUTRAL_VERBS:
        wants = ctx.words("human_needs") | ctx.words("human_conditions")
        nouns = [*objects, *(c for o in objects for c in o.children if c.dep_ == "compound")]
        return any(o.lemma_.lower() in wants or o.lower_ in wants for o in nouns)
    return bool(objects) and lemma not in ctx.words("record_verbs")


def _objects_had(verb: Any) -> list[Any]:
    """The verb's direct objects, leaving out what a subject is said to lack: "Room 4 has no
    hot water" says what the room lacks, not what anyone does with it."""
    return [
        c
        for c in verb.children
        if c.dep_ == "dobj" and not any(d.lower_ == "no" for d in c.children)
    ]


def _has_aux(verb: Any, dep: str) -> bool:
    """Whether the verb has an auxiliary of this kind: 'auxpass' for 'was cancelled'."""
    return any(c.dep_ == dep for c in verb.children)


def _in_a_persons_state(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'lounger 7 has been asleep 2 hrs', '"Is fitting room 5 okay?"', '51207 is on her fifth
    complaint': a copula's complement that is a person's state, asked after in a question,
    or a complaint or condition someone is on."""
    doc = verb.doc
    states = ctx.words("human_states")
    for c in _with_states_before_durations(verb):
        low = c.lower_
        if (
            c.dep_ in ("acomp", "advmod", "amod")
            and low in states
            and low not in SAID_OF_PLACES_TOO
            and low not in kind.thing_states
            and low not in ctx.words("place_states")
        ):
            return True  # "lounger 7 has been asleep", not "room 4 is cold"
        if c.dep_ == "acomp" and low in ASKED_STATES and any(t.text == "?" for t in doc):
            return True
        if c.dep_ == "prep" and c.lower_ == "on":
            wants = ctx.words("messages") | ctx.words("human_conditions")
            if any(o.dep_ == "pobj" and o.lemma_.lower() in wants for o in c.children):
                return True
    return False


def _with_states_before_durations(verb: Any) -> list[Any]:
    """A copula's children, and the state before a length of time it links to: in 'bed 7
    has been asleep 3 hrs' the parser hangs 'asleep' on 'hrs' as if the hours were asleep."""
    children = list(verb.children)
    return children + [
        g
        for c in children
        if c.dep_ == "attr" and c.lower_ in DURATIONS
        for g in c.children
        if g.dep_ == "amod" and g.i < c.i
    ]


def _where_people_go(prep: Any, ctx: SentenceContext) -> bool:
    """'in the lobby', 'at reception', 'on hold', 'with the physio', 'in the waiting room': a
    place or company that a person, not a room, table or seat, is in."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    for obj in objects:
        lemma = obj.lemma_.lower()
        if prep.lower_ == "with":
            if _someone(obj, ctx) or lemma in ctx.words("staff_nouns"):
                return True
            continue
        if prep.lower_ not in ("in", "at", "on", "by"):
            continue
        if lemma in VISITED_PLACES or lemma in ctx.words("waiting_places"):
            return lemma not in ("door", "window", "gate", "front") or prep.lower_ == "at"
        if lemma in ("room", "area", "station") and any(
            c.dep_ in ("compound", "amod", "poss") and c.lower_.rstrip("'s") in VISITED_ROOMS
            for c in obj.children
        ):
            return True
    return False


def _bare_label(mention: Mention, ctx: SentenceContext) -> bool:
    """'chat 5120: he's furious', 'RMA 7720, he's returned the kettle twice': the number set
    off as the label of what follows, with nothing said of it in between."""
    doc = ctx.doc
    end = mention.end
    if end < len(doc) and doc[end].lower_ in ("'s", "’s"):
        end += 1  # '"Whose is the pushchair?" "61440's, she's just popped out."'
    if end >= len(doc) or doc[end].text not in LABEL_MARKS:
        return False
    start = mention.start
    while (
        start > 0
        and doc[start - 1].is_lower
        and (doc[start - 1].pos_ in ("NOUN", "PROPN") or doc[end].text == ":")
    ):
        start -= 1  # "chat 5120:", "callback 4410 -": the kind of record it is
    return start == 0 or doc[start - 1].text in LABEL_MARKS


# ---------------------------------------------------------------------------------------
# The person staff deal with.

# Verbs whose object is someone staff speak to: "tell him", "told her", "remind them".
ADDRESSING_VERBS = frozenset(
    "tell remind warn reassure ask offer inform advise update notify thank".split()
)
# What is given to the one spoken to: "give her a call back", "give him a ring".
SPOKEN_GIFTS = frozenset("call ring shout bell buzz".split())
# Verbs whose 'to' object is the one spoken to: "apologise to her", "explain to him".
ADDRESSED_TO = frozenset("apologise apologize explain speak talk write".split())
# Verbs done by things and places as much as by people, with or without an object: "seat 9A
# won't recline", "room 9 overlooks the bins", "bay 6 fits a bariatric bed", "the pipe
# leaked", "order 2231 disappeared in transit".
PLACE_DOINGS = frozenset(
    "recline leak drip flood wobble creak rattle smell stink overheat heat cool freeze jam "
    "crash flicker beep stall overlook face adjoin border connect fit house accommodate "
    "overflow collapse sag vibrate vanish disappear wash".split()
)
# Verbs a person does, which a place does to a count: "room 7 sleeps four", "table 6 seats
# eight", "table 3 holds six" (but "bed 4 slept badly").
CAPACITY_VERBS = frozenset("sleep seat hold take".split())
# Active verbs of records a subject does only as a person, where it has an object or says
# 'has': "Court 4 has booked every Sunday", "Table 12 booked the private room" (but "Table 6
# booked for 8" is the table booked).
BOOKING_VERBS = frozenset("book reserve".split())
# Verbs that, with their particle, are what a person does: "2207 locked out again", "Room
# 220 checked in late", "Fob 2093 swiped in twice", "Caravan 22 hooked up to the wrong bollard".
PEOPLES_PHRASAL = frozenset(
    {
        ("lock", "out"),
        ("check", "in"),
        ("check", "out"),
        ("swipe", "in"),
        ("tap", "in"),
        ("hook", "up"),
    }
)
# Heads of numbered places staff work at or call from: "Desk 4 rang, tell him the courier is
# here", "Unit 12 radioed in, tell her to head to gate B".
STAFF_PLACES = frozenset(
    "desk window counter booth kiosk till ward unit car van team ext extension line "
    "channel station gate platform office kitchen lab theatre pharmacy".split()
)
# Pronouns of one person or group, for telling whether two pronouns may be the same one.
PRONOUN_PERSONS = (
    frozenset("he him his himself".split()),
    frozenset("she her hers herself".split()),
    frozenset("they them their themselves".split()),
)


def _dealt_with(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Any | None:
    """'4471 disputed the late fee, told him we can't waive it', 'Bay 18 is at the barrier
    insisting he paid; tell him …': a subject number whose verb is in none of the lists,
    looked back to by the one staff speak to. The pronoun staff tell, remind, warn or
    apologise to is a person; it makes the number that person if the number's own clause
    says nothing of a place, thing or record, and every pronoun before it names the same
    one ('Room 4 wants her husband moved, tell him …' is the husband). Returns that pronoun."""
    dep, root = _mention_role(mention)
    refused = STAFF_PLACES | kind.machine_heads | _not_customers(ctx)
    if dep != "nsubj" or _headed_by(mention, refused):
        return None
    if not _said_of_a_person(mention, root.head, ctx, kind):
        return None
    seen: set[frozenset[str]] = set()
    for tok in ctx.doc[mention.end :]:
        if not _a_pronoun(tok, ctx):
            continue
        seen |= {p for p in PRONOUN_PERSONS if tok.lower_ in p}
        if len(seen) > 1:
            return None  # "her husband …, tell him": two people
        if _addressed(tok):
            return tok
    return None


def _not_customers(ctx: SentenceContext) -> frozenset[str]:
    """Heads of numbers that are never a customer, whatever they do: machines, automations,
    staff, players and trade parties ('System 3 booked the slot automatically', 'Picker 14
    dropped a pallet', 'Supplier 12 booked the delivery slot'), as the reading of what
    customers do refuses them (locator/customer_acts.py)."""
    return ctx.words("act_machines") | ctx.words("act_people") | ctx.words("act_records")


def _said_of_a_person(mention: Mention, verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the subject's own clause leaves it a person: an active verb that no place,
    thing or record does, with an object unless it is a verb of people ('locked out',
    'disputed the fee', 'has booked every Sunday'), or
    'is' with a participle of what people do ('is at the barrier insisting he paid'). Never
    a passive, a state ('is free'), a breakage ('broke') or a record's verb ('shipped'), nor
    what happens to a place or a record by a verb with an object (`_befell_a_thing`: 'Room 4
    lost power', 'Card 4410 hit the limit')."""
    if _has_aux(verb, "auxpass") or verb.dep_ == "aux":
        return False
    lemma = _fixed_lemma(verb)
    if lemma == "be":
        doings = ctx.words("human_verbs") | ctx.words("speech_verbs")
        return any(
            t.tag_ == "VBG"
            and t.dep_ in ("acl", "advcl", "xcomp")
            and _fixed_lemma(t) in doings - OBJECT_NEUTRAL_VERBS
            and not _waits_as_a_thing(t, ctx)
            for c in verb.children
            if c.dep_ in ("prep", "advcl", "xcomp")
            for t in c.subtree
        )  # "is at the exit barrier insisting he paid"
    if verb.pos_ != "VERB" or lemma in kind.thing_verbs or _place_doing(verb, lemma):
        return False
    if _befell_a_thing(verb, lemma, ctx) or _thing_report(verb, lemma, ctx, kind):
        return False  # "Room 40 buzzed all night from the generator, apologise to them"
    objects = _objects_had(verb)
    if lemma in ERGATIVE_VERBS and not objects:
        return False  # "Room 4's heater broke"
    if lemma in OBJECT_NEUTRAL_VERBS:
        return False  # "room 4 has a view", "bay 3 takes the big trolleys"
    particles = {
        c.lower_
        for c in verb.children
        if c.dep_ == "prt" or (c.dep_ == "prep" and not any(c.children))
    }  # "swiped in twice": the parser may take a particle for a preposition with no object
    phrasal = any((lemma, p) in PEOPLES_PHRASAL for p in particles) and not _headed_by(
        mention, ctx.words("phrasal_things")
    )  # "Card 4410 locked out", "Bag 44 checked in late": a thing's state or its handling
    if lemma in ctx.words("record_verbs"):
        return phrasal or (lemma in BOOKING_VERBS and (bool(objects) or _perfect(verb)))
    # Without an object, only what people do: places and records have sounds, smells and
    # changes of their own that no list names ('Cabin 22 reeked of paint', 'Pitch 17 turned
    # to mud', 'Payment 4410 failed twice', 'Case 4402 timed out').
    return bool(objects) or lemma in ctx.words("human_verbs") or phrasal


def _waits_as_a_thing(doing: Any, ctx: SentenceContext) -> bool:
    """'Order 3319 is in the warehouse waiting to ship', 'Room 12 is on the list waiting for
    a deep clean': a parcel, a claim or a room waits too, for what is done to it. Only
    waiting to do what people do is a person's ('is at the desk waiting to speak to you')."""
    if _fixed_lemma(doing) not in WAITING_VERBS:
        return False
    return not any(
        c.dep_ == "xcomp" and _fixed_lemma(c) in ctx.words("human_verbs") for c in doing.children
    )


def _befell_a_thing(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Room 4 lost power', 'Room 11 developed a leak', 'Card 4410 hit the limit', 'Loan 4410
    attracted a late fee', 'Court 3 hit 40 aces': a verb with an object that says what
    happened to a place, a record or a fixture, not what someone did there. Read by the verb
    (`thing_transitives`: develop, gain, share, trip, exceed, accrue …) or by the object
    (`things_befallen`: power, a leak, the limit, the cut-off …, or their modifier: 'missed
    the turndown service')."""
    if lemma in ctx.words("thing_transitives"):
        return True
    befallen = ctx.words("things_befallen")
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "compound"]
    return any(o.lower_ in befallen or o.lemma_.lower() in befallen for o in objects)


def _place_doing(verb: Any, lemma: str) -> bool:
    """Whether the verb is one a place or a thing does: 'overlooks the bins', 'leaked',
    'sleeps four'."""
    return lemma in PLACE_DOINGS or (
        lemma in CAPACITY_VERBS and any(c.dep_ == "dobj" and c.like_num for c in verb.children)
    )


def _perfect(verb: Any) -> bool:
    """Whether the verb is in a perfect tense: 'has booked'."""
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _addressed(pronoun: Any) -> bool:
    """Whether the pronoun is the one spoken to: the object of 'tell', 'remind', 'warn',
    'offer' and the like, 'let her know', 'give him a call back', 'apologise to her', 'have a
    word with him'."""
    if pronoun.lower_ not in ("him", "her", "them"):
        return False
    head = pronoun.head
    if pronoun.dep_ in ("dobj", "dative"):
        lemma = _fixed_lemma(head)
        if lemma in ADDRESSING_VERBS:
            return True
        if lemma == "give":
            return any(c.dep_ == "dobj" and c.lemma_.lower() in SPOKEN_GIFTS for c in head.children)
        return lemma == "let" and any(_fixed_lemma(c) == "know" for c in head.children)
    if pronoun.dep_ == "nsubj" and _fixed_lemma(head) == "know":
        return head.dep_ == "ccomp" and _fixed_lemma(head.head) == "let"  # "let her know"
    if pronoun.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return _fixed_lemma(head.head) in ADDRESSED_TO
    return head.lower_ == "with" and head.head.lower_ == "word"  # "have a word with him"


# ---------------------------------------------------------------------------------------
# The pronoun.


def _human_plural(pronoun: Any, ctx: SentenceContext) -> bool:
    """'they're ready to order', 'let them know', 'check on them': a 'they' that does or
    undergoes what only people do, so that it may look back to a table or a room."""
    head = pronoun.head
    lemma = _fixed_lemma(head)
    if pronoun.lower_ == "their":
        owned = ctx.words("possessions") | ctx.words("human_conditions")
        return head.lemma_.lower() in owned  # "their anniversary", "their bill"
    if pronoun.dep_ in ("nsubj", "nsubjpass"):
        if lemma in REPORTING_VERBS:
            return False  # "they said Friday": whoever said it
        if lemma in ctx.words("human_verbs") or lemma in WAITING_VERBS:
            return True
        states = ctx.words("human_states")
        return lemma == "be" and any(
            c.dep_ in ("acomp", "attr") and c.lower_ in states for c in head.children
        )
    if pronoun.dep_ == "pobj" and head.head.pos_ == "VERB":
        return _fixed_lemma(head.head) in ctx.words("interaction_verbs") or (
            head.lower_ == "on" and _fixed_lemma(head.head) == "check"
        )
    people_verbs = ctx.words("interaction_verbs") | ctx.words("number_object_verbs")
    return lemma in people_verbs or lemma in CALL_VERBS or lemma == "let"


def _a_pronoun(tok: Any, ctx: SentenceContext) -> bool:
    """A personal pronoun that may look back to a number: 'she', 'him', 'his', or a 'they'
    doing what people do."""
    low = tok.lower_
    if low in PERSONAL_PRONOUNS:
        return True
    return low in PLURAL_PRONOUNS and _human_plural(tok, ctx)


def _pronoun_here(mention: Mention, ctx: SentenceContext) -> Any | None:
    """The first pronoun after the number in its own sentence, if any."""
    return next((t for t in ctx.doc[mention.end :] if _a_pronoun(t, ctx)), None)


def _any_pronoun_here(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether a third-person pronoun follows in this sentence at all, the nearer antecedent
    to a pronoun in the next ('table 9 is wobbly, they said. She …')."""
    return any(
        t.lower_ in PERSONAL_PRONOUNS or t.lower_ in PLURAL_PRONOUNS for t in ctx.doc[mention.end :]
    )


def _clause_of(tok: Any) -> Any:
    """The verb whose clause a word is in, through the infinitives that share its subject:
    'she wants to book it' is one clause of 'wants'."""
    while tok.pos_ not in ("VERB", "AUX") or tok.dep_ == "aux":
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
    while tok.dep_ == "xcomp":
        tok = tok.head
    return tok


def _co_argument(mention: Mention, pronoun: Any) -> bool:
    """Whether the pronoun is an argument of the number's own verb, directly or through a
    preposition: 'book table 6 for her', 'B12 helps her sleep', 'flight 19 left without
    him'. A plain pronoun there is someone else; a reflexive is the same one."""
    dep, root = _mention_role(mention)
    if dep not in ("nsubj", "nsubjpass", "dobj", "dative", "pobj", "attr"):
        return False  # a label ("Call room 618, he left …") is no argument of the verb after
    doc = pronoun.doc
    if any(t.text in LABEL_MARKS for t in doc[mention.end : pronoun.i]):
        return False  # "61440's, she's just popped out": a clause of its own
    verb = root.head if dep != "pobj" else root.head.head
    head = pronoun.head
    if pronoun.dep_ == "pobj":
        head = head.head
    if pronoun.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp") and head.head.i == verb.i:
        return True  # "B12 helps her sleep"
    if (
        pronoun.lower_ in ("him", "her")
        and pronoun.i == verb.i + 1 <= mention.end + 2
        and not (pronoun.dep_ == "poss" and _fixed_lemma(verb) in ("have", "get"))
    ):
        return True  # the same, where the tagger took 'her sleep' for a possessive (but 'Has
        # 6C had her meal?': what one has or gets is one's own, as with 'his meal')
    return pronoun.dep_ != "poss" and head.i == verb.i  # "table 6 ate her dessert" is hers


def _bound_elsewhere(mention: Mention, pronoun: Any, ctx: SentenceContext) -> bool:
    """Clause shapes in which the pronoun is someone other than the number's person."""
    if _co_argument(mention, pronoun):
        return True
    doc = ctx.doc
    verb = _clause_of(pronoun)
    if (
        pronoun.dep_ == "nsubj"
        and verb.lemma_.lower() in REPORTING_VERBS
        and any(a.i == verb.i for a in mention.root.ancestors)
        and not (
            _an_order(mention) and any(c.dep_ == "ccomp" and c.i > pronoun.i for c in verb.children)
        )
    ):
        return True  # "room 412 needs new linen, she said": the speaker (but "don't close
        # 4419, he said he'd test it" is an order to the reader, and what he said comes after)
    if any(
        t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") for t in doc[: mention.start]
    ):
        return True  # "She booked room 12 for her parents": her own subject is nearer
    if pronoun.dep_ == "nsubj" and any(
        m.lower_ in TIME_MARKERS and m.dep_ == "mark" for m in verb.children
    ):
        return True  # "clean room 22 before she arrives": when it is done to the room
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is not None
        and subject.i != pronoun.i
        and mention.end <= subject.i < pronoun.i
        and subject.pos_ in ("NOUN", "PROPN")
    ):
        return True  # "305, plumber's on his way": his clause has a subject of its own
    return _handles_a_thing(pronoun, doc[mention.end : pronoun.i], doc)


def _an_order(mention: Mention) -> bool:
    """Whether the number is the object of a verb with no subject: an order to the reader
    ('Please don't close 4419 yet')."""
    dep, root = _mention_role(mention)
    verb = root.head
    return (
        dep in ("dobj", "npadvmod")
        and verb.pos_ == "VERB"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    )


def _handles_a_thing(pronoun: Any, between: Any, doc: Any) -> bool:
    """'she'll sign for it', 'he's ordered one', 'she wants to book it again': an 'it' in the
    pronoun's own clause, or between the two, is the number as a thing someone handles."""
    verb = _clause_of(pronoun)
    for tok in [*between, *doc[pronoun.i + 1 :]]:
        if tok.lower_ not in THING_PRONOUNS or tok.dep_ not in ("dobj", "pobj", "poss"):
            continue
        if tok.dep_ == "pobj" and tok.head.head.pos_ == "ADJ":
            continue  # "he's very sweet about it": what he is sweet about
        if tok.i < pronoun.i or _clause_of(tok).i == verb.i:
            return True
    return False


def _someone_between(mention: Mention, pronoun: Any, ctx: SentenceContext) -> bool:
    """Someone else the pronoun may look back to: a person, a name or another number between
    the two ('the housekeeper said she'd bring them'), or just before the number as an
    argument ('I gave Anna the list for 12')."""
    doc = ctx.doc
    own = {t.i for t in mention.root.subtree}  # "bed 6 in dorm 2" is one place
    people = ctx.words("person_nouns") | ctx.words("staff_nouns")
    for t in doc[mention.end : pronoun.i]:
        if _subject_of_objects_verb(t, pronoun):
            continue  # "someone check on him": a plain object is never its own verb's subject
        if (_someone(t, ctx) or t.lower_ in people) and not _many_people(t, ctx):
            return True  # "305, plumber's on his way", though tagged as a name
        if t.lower_ in ("someone", "somebody", "whoever"):
            return True
        if (
            _is_code(t)
            and t.i not in own
            and t.dep_ not in ("pobj", "nummod")
            and not ORDINAL.match(t.text)
        ):
            return True  # another number, but not a count or a rank: "asleep 2 hrs", "3rd time"
    return any(
        _someone(t, ctx)
        and not _many_people(t, ctx)
        and not _vocative(t)
        and t.dep_ in ("nsubj", "dobj", "dative", "pobj")
        for t in doc[max(0, mention.start - 6) : mention.start]
    )


def _subject_of_objects_verb(tok: Any, pronoun: Any) -> bool:
    """Whether the word is the subject of the verb whose object the pronoun is: 'someone
    check on him', 'the nurse will ring her'. A 'him' or 'her' there is someone other than
    the subject (else it would be 'himself'), so the subject is no antecedent for it."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or pronoun.lower_ not in ("him", "her", "them"):
        return False
    head = pronoun.head
    if pronoun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    elif pronoun.dep_ not in ("dobj", "dative"):
        return False  # "the waiter forgot her order": a possessive may be the subject's own
    return head.i == tok.head.i


def _vocative(tok: Any) -> bool:
    """A name the sentence is addressed to ('Hi Leah, …', 'Dev, can you …'): the one spoken
    to, whom a 'he' or 'she' never names."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is None or after.text != ",":
        return False
    return tok.i == 0 or doc[tok.i - 1].lower_ in GREETINGS


# ---------------------------------------------------------------------------------------
# A pronoun in the next sentence.


def _alone_here(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether the number is the only one a pronoun in the next sentence could look back to:
    no other number, no person named here but the one spoken to, nor in the sentence before."""
    doc = ctx.doc
    outside = [t for t in doc if not mention.start <= t.i < mention.end]
    if mention.many or any(_is_code(t) and not _an_hour(t) for t in outside):
        return False  # "B3 …, B4 …, B7 …": which one would 'she' look back to?
    if any(
        _someone(t, ctx) and t.lower_ not in ("someone", "somebody", "anyone", "anybody")
        for t in outside
        if not _vocative(t)
    ):
        return False  # "Ask Anna about 4410. She knows.": Anna
    return not _names_someone(ctx.previous, ctx)


def _an_hour(tok: Any) -> bool:
    """'before 5', 'by 6pm', 'after 2:30': a time of day after a preposition of time, which
    no pronoun looks back to, so it leaves the number alone ('Can you ring 3318 before 4?
    She's been waiting')."""
    doc = tok.doc
    hour = re.match(r"^(\d{1,2})(?:[:.]\d\d)?(?:am|pm)?$", tok.lower_)
    return (
        hour is not None
        and int(hour.group(1)) <= 24
        and tok.i > 0
        and doc[tok.i - 1].lower_ in HOUR_PREPOSITIONS
    )


def _looks_back_from_next(mention: Mention, ctx: SentenceContext) -> bool:
    """'Can someone take 4410? She's been waiting since Tuesday.': a pronoun early in the next
    sentence, with no person or number before it there and no 'it' in its clause."""
    if next_pronoun_words(ctx.following) is None:
        return False
    following = ctx.parse(ctx.following)
    for tok in following:
        if _someone(tok, ctx) or (_is_code(tok) and tok.pos_ in ("NUM", "PROPN")):
            return False  # "The nurse said she …": the nurse
        if tok.lower_ in THING_PRONOUNS and tok.dep_ in ("nsubj", "dobj", "pobj"):
            return False  # "It was booked for her": the number is the 'it'
        if _a_pronoun(tok, ctx):
            return not _handles_a_thing(tok, following[:0], following)
    return False


def _names_someone(text: str, ctx: SentenceContext) -> bool:
    """Whether a sentence mentions a person by name, noun or pronoun ('Maria rang.')."""
    words = re.findall(r"[A-Za-z][A-Za-z'’]*", text)
    people = ctx.words("person_nouns") | ctx.words("staff_nouns")
    # A capital opening the sentence may be a name too ("Maria called."), unless the word is
    # a function word or a numbered place.
    plain = ctx.words("locator_heads") | ctx.words("address_words") | CALENDAR
    return any(
        w.lower() in people
        or w.lower().split("'")[0] in ("he", "she", "him", "her", "his")
        or (
            w[:1].isupper()
            and w.lower() != "i"
            and w.lower() not in plain
            and (i > 0 or not ctx.doc.vocab[w.lower()].is_stop)
        )
        for i, w in enumerate(words)
    )
