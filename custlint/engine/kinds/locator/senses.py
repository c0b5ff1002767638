"""The senses of verbs and states said of a number: what a place, a product or a record does
or has ("Room 3 sleeps four", "Room 12 comes with a kettle", "Seat 12C broke again") against
what only its person does or has ("Table 7 can have the sea bass", "Has 15 had her obs done?").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import (
    _fixed_lemma,
    _is_person_noun,
    _rest_of_clause,
    _someone,
)
from custlint.engine.kinds.locator.lexicon import (
    BED_HEADS,
    CUSTOMER_RECORDS,
    ERGATIVE_VERBS,
    IT_WORDS,
    SAID_OF_PLACES_TOO,
)

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


# Heads that stand for whoever occupies them: places people sit, stay or lie in.
OCCUPIED_HEADS = frozenset(
    "seat row box room suite cabin compartment dorm rm tent caravan chalet villa lodge "
    "cottage apartment flat table tbl patio bed bd bay cubicle cot berth bunk pod resus".split()
)

# Modals of permission: "table 7 can have the sea bass", "4 may have the window".
PERMISSION_MODALS = frozenset("can ca could may might".split())
# Modifiers of what is added to a place: "Room 12 can have the extra bed".
ADDED_THINGS = frozenset("extra spare additional second new".split())
# Getting on or off, which a seat may be let do but a row boards by call: "rows 20-24 may
# board now" calls the rows, not someone.
BOARDING_VERBS = ("board", "disembark", "deplane", "embark")


def _granted(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Table 7 can have the sea bass', 'No, 15 can't have the corner booth': 'have' under a
    modal of permission, with a dish, a drink or one particular place as its object, is what
    someone is allowed to take, and only people are let take things; so is being let on or
    off ('12C may board now', but not 'rows 20-24 may board'). What a place may be
    fitted with ('Room 3 can have a cot in it', 'two beds pushed together', 'the blinds down',
    'a new lock') or hold ('six') is not; nor is what a record may carry ('order 5512 can
    have a gift note'), so the head must be a place people occupy, or none."""
    if kind.heads and not kind.heads & OCCUPIED_HEADS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in PERMISSION_MODALS for c in verb.children):
        return False
    if verb.lemma_.lower() in BOARDING_VERBS:
        return not any(
            c.dep_ in ("nsubj", "prt") and (c.dep_ == "prt" or c.lemma_.lower() == "row")
            for c in verb.children
        )
    if any(c.dep_ in ("prt", "oprd", "ccomp", "xcomp", "acomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) != 1:
        return False
    obj = objects[0]
    if any(
        t.dep_ == "pobj" and t.lower_ == "it" and t.head.head.i in (verb.i, obj.i)
        for t in verb.subtree
    ):
        return False  # "Room 3 can have a cot in it": the place is fitted
    lemma = obj.lemma_.lower()
    parts = ctx.words("thing_parts")
    if (
        lemma in parts
        or obj.lower_ in parts
        or any(
            g.dep_ in ("nummod", "acl", "relcl") or g.tag_ == "CD" or g.lower_ in ADDED_THINGS
            for g in obj.children
        )
    ):
        return False  # "two beds", "the extra bed": what a place is fitted with
    taken = ctx.words("human_needs") | ctx.words("personal_belongings")
    return (
        lemma in taken
        or obj.lower_ in taken
        or any(g.dep_ == "det" and g.lower_ == "the" for g in obj.children)
    )


def _kept_by_a_customer(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the subject of 'keeps pinging / posting …' is headed by a place people
    occupy or a record a customer holds ('seat 41', 'ticket 7720'), not by a line, kiosk,
    till, terminal or channel, which ping and post by themselves. A bare code counts by
    what its rule's heads are ('14C' is a seat); a bare number by itself does not."""
    customer_heads = OCCUPIED_HEADS | CUSTOMER_RECORDS
    subject = verb
    while subject.dep_ == "conj" and subject.head.i != subject.i:
        subject = subject.head
    for c in subject.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            heads = {t.lower_.rstrip(".") for t in c.subtree} & ctx.words("locator_heads")
            if heads:
                return bool(heads & customer_heads)
    return bool(kind.heads & customer_heads)


def _gerunds_of(verb: Any) -> list:
    """The -ing forms that say what is kept, started or stopped: the verb's xcomp, or the
    word right after it when the parser hung it on a later noun ('kept ringing reception')."""
    found = [c for c in verb.children if c.dep_ == "xcomp"]
    doc = verb.doc
    i = verb.i + 1
    if i < len(doc) and doc[i].lower_ == "on":
        i += 1
    if i < len(doc) and doc[i].tag_ == "VBG" and doc[i] not in found:
        found.append(doc[i])
    return found


def _owned(verb: Any, obj: Any, ctx: SentenceContext) -> bool:
    """Whether the object is the subject's own by its possessive: 'his' or 'her' thing,
    or 'their' thing when the subject is one numbered thing ('org 883 reopened their
    ticket', not 'rooms 4 and 5 lost their keys') and the thing is one people have
    (not 'Flight 40 changed their gate', said of the airline)."""
    owner = next((g.lower_ for g in obj.children if g.dep_ == "poss"), None)
    if owner in ("his", "her"):
        return True
    if owner != "their":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if (
        subject is None
        or subject.tag_ in ("NNS", "NNPS", "PRP")
        or any(c.dep_ in ("conj", "cc") for c in subject.children)
        or not (subject.tag_ == "CD" or any(c.like_num for c in subject.children))
    ):
        return False
    things = ctx.words("possessions") | ctx.words("personal_belongings")
    return obj.lower_ in things | ctx.words("person_objects") or obj.lemma_.lower() in things


# What a ward, a desk or a hotel does with the people it takes in: 'bay 2 happy to receive
# patients', 'room 4 able to admit guests from noon'.
INTAKE_VERBS = frozenset("receive admit accept".split())


def _takes_people_in(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """Whether the state at `i` goes on 'to receive', 'to admit' or 'to accept' people ('bay
    2 happy to receive patients'): the staff of a place take people in, so the number is the
    place; 'room 14 happy to accept the upgrade' stays a person's."""
    if i + 2 >= len(doc) or doc[i + 1].lower_ != "to":
        return False
    if doc[i + 2].lemma_.lower() not in INTAKE_VERBS:
        return False
    people = ctx.words("person_nouns") | ctx.words("descriptor_nouns") | ctx.words("customer_nouns")
    return any(
        t.tag_ == "NNS" and (t.lower_ in people or t.lemma_.lower() in people)
        for t in _rest_of_clause(doc, i + 2)
    )


def _ready_to_act(ready: Any, kind: LocatorKind) -> bool:
    """'ready to order', 'ready to pay', 'ready to go home', 'ready to go up to the ward':
    ready for what only people do; 'ready for the 8pm', 'ready to leave' (of a flight),
    'ready to go back into use' say as much of a place."""
    return any(
        g.dep_ == "xcomp"
        and (
            g.lemma_ in ("order", "pay", "leave")
            or (g.lemma_ == "go" and any(h.lower_ == "home" for h in g.children))
            or (g.lemma_ == "go" and _goes_for_care(g))
        )
        and g.lemma_ not in kind.thing_verbs  # "flight 45 is ready to leave"
        for g in ready.children
    )


# Where a patient goes from a bay or a cubicle: "ready to go up to the ward".
CARE_DESTINATIONS = frozenset(
    "ward wards theatre theatres recovery x-ray xray ct mri scan icu hdu itu dialysis "
    "discharge".split()
)


def _goes_for_care(go: Any) -> bool:
    """'go up to the ward', 'go to x-ray': a going to where patients are taken, which a
    bay or a cubicle does not do ('go back into use', 'go up to full capacity')."""
    return any(
        p.dep_ == "prep"
        and p.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ in CARE_DESTINATIONS for o in p.children)
        for p in go.children
    )


def _state_by_word_order(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Bed 7 is hypotensive, recheck in ten minutes': a person's state right after 'is'
    that the parser has hung on a later word; it must end its phrase (punctuation, a
    preposition, 'and' or the end), so that 'is a vegan option' is not read so."""
    doc = verb.doc
    i = verb.i + 1
    while i < len(doc) and doc[i].lower_ in ("very", "so", "really", "quite", "still", "now"):
        i += 1
    if i >= len(doc) or doc[i].pos_ not in ("ADJ", "VERB"):
        return False
    low = doc[i].lower_
    if low not in ctx.words("human_states") or low in SAID_OF_PLACES_TOO:
        return False
    if low in kind.thing_states or low in ctx.words("place_states"):
        return False
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.tag_ in ("IN", "CC")


def _place_state(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A complement, or one joined to it, that only a place has: 'Room 3 is lovely and
    bright', 'bed 4 is empty', or what the rule says of its own places ('flight 9 is late')."""
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    complements += [g for c in complements for g in c.children if g.dep_ == "conj"]
    return any(
        c.lower_ in kind.thing_states or c.lower_ in ctx.words("place_states") for c in complements
    )


# Verbs that, with a bare complement, are a passive with its auxiliary left out: "card 4471
# reported stolen", "wristband 2207 found broken", "table 6 marked paid".
RESULT_VERBS = frozenset("report find declare list mark flag log leave record".split())


def _reduced_passive(verb: Any, lemma: str) -> bool:
    """'wristband 2207 reported lost': the number is what was reported, not who reported."""
    return (
        lemma in RESULT_VERBS
        and verb.tag_ in ("VBD", "VBN")
        and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
        and any(
            c.dep_ in ("oprd", "acomp", "xcomp") and c.tag_ in ("JJ", "VBN") and c.i == verb.i + 1
            for c in verb.children
        )
    )


# Verbs that link a subject to how it seems: the complement says what the subject is.
LINKING_VERBS = ("look", "seem", "feel", "sound", "appear")


def _capacity(verb: Any) -> bool:
    """'Room 3 sleeps four', 'table 9 seats six people': how many fit, not who is there."""
    return any(
        c.dep_ == "dobj"
        and (
            (c.tag_ == "CD" and c.like_num)
            or (
                c.lemma_.lower() in ("people", "person", "adult", "child", "guest", "diner")
                and any(g.dep_ == "nummod" or g.tag_ == "CD" for g in c.subtree if g.i < c.i)
            )
        )
        for c in verb.children
    )


def _supplied_with(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Room 12 comes with a kettle': what a place or a product includes (but 'room 12 came
    with his wife')."""
    return lemma == "come" and any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(
            g.dep_ == "pobj"
            and not _is_person_noun(g, ctx)
            and not any(h.dep_ == "poss" for h in g.children)
            for g in c.children
        )
        for c in verb.children
    )


FURNITURE_MOVES = frozenset("push pull move join put drag shove slide split".split())


def _moved_as_furniture(verb: Any, lemma: str) -> bool:
    """'tables 3 and 5 pushed together', 'T2 and T3 pulled apart': tables or seats moved
    together or apart are furniture, whatever moves them."""
    return lemma in FURNITURE_MOVES and any(
        c.dep_ in ("advmod", "prt") and c.lower_ in ("together", "apart") for c in verb.children
    )


def _addresses_the_reader(verb: Any, lemma: str) -> bool:
    """'Policy 5521 asks you to report claims', 'Ticket 9031 tells you everything': a text
    that speaks to whoever reads it, in the present tense."""
    return (
        lemma in ("ask", "tell", "remind", "advise", "warn", "invite", "require")
        and verb.tag_ == "VBZ"
        and any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in verb.children)
    )


def _undergoes(verb: Any, lemma: str) -> bool:
    """'Seat 12C broke again': an ergative verb with no object says what happened to it."""
    return lemma in ERGATIVE_VERBS and not any(c.dep_ == "dobj" for c in verb.children)


# Where a framed thing hangs: "hangs from a hook", "hangs above the box office".
HUNG_PREPOSITIONS = frozenset("from above over behind below beneath under in inside".split())
# What a thing hangs on: "hangs on the wall" (but "hangs on the line" is someone waiting).
HUNG_ON = frozenset("wall walls door hook hooks peg pegs nail board noticeboard rail".split())


def _hangs_as_a_thing(verb: Any, lemma: str) -> bool:
    """'Bib 1 hangs framed in the clubhouse', 'Ticket 0001 hangs framed above the box office',
    'ticket 12 hangs on the wall': what hangs framed, from something, above or in a place is
    a thing on show. A person hangs up, on, around or out ('room 4 hung up on me'), which
    the parse gives a particle, or 'hangs in there'."""
    if lemma != "hang" or any(c.dep_ == "prt" for c in verb.children):
        return False
    for c in verb.children:
        if c.lower_ == "framed":
            return True
        objects = [g for g in c.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
        if c.dep_ != "prep" or not objects:
            continue
        if c.lower_ in HUNG_PREPOSITIONS or (
            c.lower_ == "on" and any(g.lemma_.lower() in HUNG_ON for g in objects)
        ):
            return True
    return False


# What a record's screen says it is, beside the places' states: "ticket 44 says closed".
RECORD_STATUSES = frozenset(
    "pending resolved cancelled canceled expired overdue dispatched shipped delivered".split()
)


def _shows_a_status(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'ticket 44 in the queue says closed', 'order 12 says dispatched': a record or a sign
    'says' a status, one bare word; someone says a clause or what they feel ('says paid'
    may be a claim, so it is no status here)."""
    if lemma != "say":
        return False
    words = [c for c in verb.children if c.dep_ in ("ccomp", "acomp", "oprd", "xcomp", "dobj")]
    statuses = ctx.words("place_states") | kind.thing_states | RECORD_STATUSES
    return (
        len(words) == 1
        and not list(words[0].children)
        and words[0].i == verb.i + 1
        and words[0].lower_ in statuses
    )


def _fitted(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Room 4 got a new carpet', 'Room 14 lost power': what a place receives or loses is a
    part of it."""
    return lemma in ("get", "have", "receive", "lose") and any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in ctx.words("thing_parts") or c.lower_ in ctx.words("thing_parts"))
        for c in verb.children
    )


def _furniture_subject(verb: Any, kind: LocatorKind) -> bool:
    """Whether the verb's subject is a head word for furniture or a place, not a bare code
    nor a bed: 'table 4 is sitting by the window', 'Tables 3, 5 and 9 sit by the window'
    place the table, where '14 is sitting by the window' may be whoever is in 14."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and (lemma := c.lemma_.lower()) in kind.heads
        and lemma not in BED_HEADS
        for c in verb.children
    )


def _fitted_with(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Does room 12 have a bath?', 'Room 4 has a shower': a 'have' in the simple present
    with a fitting as its object says what the place has; what someone had or is having
    ('Has bed 4 had a bath?', 'bed 4 is having a shower') is done by a person."""
    if lemma != "have" or verb.tag_ not in ("VB", "VBP", "VBZ"):
        return False
    if any(c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ == "did") for c in verb.children):
        return False  # "has had a bath", "did bed 4 have a shower?"
    features = ctx.words("thing_parts") | ctx.words("place_features")
    return any(
        c.dep_ == "dobj" and (c.lemma_.lower() in features or c.lower_ in features)
        for c in verb.children
    )


# What one has brought, sent or moved somewhere: a place has a guest's case brought up
# ("Has room 12 had her suitcase brought up?") as a person has it done.
DELIVERY_VERBS = frozenset("bring send deliver carry move take put fetch".split())
DIRECTIONS = frozenset("up down in into over round across to back out".split())


def _had_own_done(verb: Any, ctx: SentenceContext) -> bool:
    """'Has 15 had her obs done?', 'bed 6 got his dressing changed', '12 has had his
    bloods taken': a causative 'have' or 'get' of something done to what is the subject's
    own ('her obs') says the number is a person, as 'needs their fluids changed' does. What
    is brought or sent to a place ('room 12 had her suitcase brought up') is not."""
    for done in verb.children:
        if done.dep_ not in ("ccomp", "xcomp", "conj") or done.tag_ != "VBN":
            continue
        if _fixed_lemma(done) in DELIVERY_VERBS and any(
            c.dep_ in ("prt", "prep", "advmod") and c.lower_ in DIRECTIONS for c in done.children
        ):
            continue
        if _fixed_lemma(done) in ("bring", "send", "deliver"):
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < done.i and _owned(verb, c, ctx)
            for c in done.children
        ):
            return True
    return False


def _had_their_own(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Has table 6 had their starters yet?', 'room 9 had his breakfast': 'have' of a thing
    that is the subject's own by 'his', 'her' or 'their', with nothing done to it; the
    causative with something done is `_had_own_done`'s ('room 12 had her suitcase brought
    up' is a delivery to the room), and 'its' is a place's ('had its leg fixed'). Not the
    simple present, nor with 'it' in the clause, which say what a room holds ('Room 12 has
    her luggage in it'), nor of a record, which holds its customer's words ('Has ticket 4410
    had her reply?')."""
    return (
        lemma == "have"
        and not kind.heads & CUSTOMER_RECORDS
        and (verb.tag_ in ("VBD", "VBN") or any(c.dep_ == "aux" for c in verb.children))
        and not any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children)
        and not any(t.lower_ in IT_WORDS for t in verb.subtree)
        and any(_owned(verb, c, ctx) for c in verb.children if c.dep_ == "dobj")
    )


# What a person has that is something they do, not a thing they hold or a fitting they
# have put in: "had a shower", "is having a tantrum".
HAD_ACTS = frozenset("shower bath nap snooze tantrum meltdown strop hissy fit wobbly fuss".split())


def _had_an_act(verb: Any, ctx: SentenceContext) -> bool:
    """'Did bed 4 have a shower?', '17F is having a tantrum', 'bed 2 had a nap': a 'have'
    of what people do (a bath, a nap, a tantrum) that is not the simple present, which says
    what a place is fitted with ('Does room 12 have a bath?'), nor has a thing done to it
    ('room 12 had a shower fitted')."""
    if verb.tag_ not in ("VBD", "VBN", "VBG") and not any(
        c.dep_ == "aux" and (c.lemma_ == "have" or c.lower_ == "did") for c in verb.children
    ):
        return False
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        and (c.lemma_.lower() in HAD_ACTS or _words_had(c, ctx))
        and not any(g.dep_ in ("acl", "relcl") or g.lower_ in ADDED_THINGS for g in c.children)
        for c in verb.children
    )


# Whom or what words are had with or over: "having words with the waiter", "over the blind".
WORDS_HAD = frozenset("with over".split())


def _words_had(noun: Any, ctx: SentenceContext) -> bool:
    """'having words with the waiter', 'had a word with Anna', 'having words over the blind':
    to have words is to argue or talk, where a page or a sign has words on it ('has words
    missing', 'had words painted on', 'had words with no spaces'), so only 'with' someone,
    'over' something that is not the thing itself ('over it'), or nothing follows."""
    if noun.lemma_.lower() != "word":
        return False
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    if after is None or after.is_punct:
        return True
    if after.lower_ not in WORDS_HAD:
        return False
    if after.lower_ == "over":
        return after.i + 1 < len(doc) and doc[after.i + 1].lower_ not in ("it", "them")
    objects = [t for t in doc[after.i + 1 : after.i + 4] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(objects) and (
        objects[0].lower_ in ("him", "her", "them") or _someone(objects[0], ctx)
    )


def _one_with_a_feature(one: Any, ctx: SentenceContext) -> bool:
    """'Room 12 is the one with the balcony', '305 is the one with the connecting door': a
    'one with' a place's fitting is one place among others, where 'the one with the walking
    frame' or 'the one with dementia' is a person."""
    features = ctx.words("place_features")
    return any(
        c.dep_ == "prep"
        and c.lower_ == "with"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in features for g in c.children)
        for c in one.children
    )


# Predicates of a tough construction, whose subject is the object of the infinitive:
# "19 is lovely to drive", "22 is a nightmare to work on", "bed 4 is hard to wake".
TOUGH_PREDICATES = frozenset(
    "easy hard difficult tough impossible simple nice lovely pleasant great good fun awkward "
    "tricky painful dangerous safe quick slow nightmare pain joy pleasure dream breeze chore "
    "doddle hell delight".split()
)


def _tough_infinitive(verb: Any, ctx: SentenceContext) -> Any | None:
    """The infinitive of 'X is easy to VERB' (or 'a nightmare to VERB'), if the clause is one."""
    for c in verb.children:
        if c.dep_ not in ("acomp", "attr") or c.lemma_.lower() not in TOUGH_PREDICATES:
            continue
        for inf in [*c.children, *verb.children]:  # the parse may hang it on either
            if (
                inf.dep_ in ("xcomp", "acl", "advcl", "relcl")
                and inf.tag_ == "VB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in inf.children)
                and not any(o.dep_ in ("dobj", "nsubj") for o in inf.children)
            ):
                return inf
    return None


def _passive_gerund(verb: Any) -> Any | None:
    """The gerund of 'X wants/needs VERB-ing', whose subject is what the gerund is done to:
    'table 3 wants resetting', 'bed 3 needs turning'."""
    if _fixed_lemma(verb) not in ("want", "need", "require"):
        return None
    return next(
        (
            c
            for c in verb.children
            if c.dep_ in ("xcomp", "dobj")
            and c.tag_ in ("VBG", "NN")
            and c.lower_.endswith("ing")
            and c.i == verb.i + 1
            and not any(g.dep_ in ("nsubj", "dobj", "aux") for g in c.children)
        ),
        None,
    )


def _done_to_people(tok: Any, ctx: SentenceContext) -> bool:
    """Whether a verb is one whose object is a person: 'wake', 'serve', 'deal with', 'talk to'."""
    lemma = _fixed_lemma(tok)
    if tok.lower_.endswith("ing") and tok.tag_ == "NN":
        lemma = tok.lower_[:-3]  # a gerund read as a noun: "wants feeding"
    people = ctx.words("interaction_verbs") | ctx.words("number_object_verbs")
    if lemma in people or lemma + "e" in people:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ in ("to", "with") and lemma in ctx.words("speech_verbs")
        for c in tok.children
    ) or (lemma in ("deal", "work", "get") and any(c.lower_ == "with" for c in tok.children))


TIME_NOUNS = frozenset("day days week weeks night nights hour hours time times month year".split())
