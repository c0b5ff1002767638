"""The human predicate: whether what a verb says of its subject is what a person does, with
the readings it builds on (calls for help, things taken in, machine senses, titles and kinds of
person).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import (
    _fixed_lemma,
    _is_person_noun,
    _names_a_kind_of_person,
    _rest_of_clause,
    _third_person_stem,
)
from custlint.engine.kinds.locator.lexicon import (
    CUSTOMER_RECORDS,
    HOGGED_RESOURCES,
    INDEFINITE_ARTICLES,
    MOVABLE_HEADS,
    OBJECT_NEUTRAL_VERBS,
    SAID_OF_THINGS_TOO,
)
from custlint.engine.kinds.locator.senses import (
    BOARDING_VERBS,
    LINKING_VERBS,
    _addresses_the_reader,
    _capacity,
    _done_to_people,
    _fitted,
    _fitted_with,
    _furniture_subject,
    _gerunds_of,
    _granted,
    _had_an_act,
    _had_own_done,
    _had_their_own,
    _hangs_as_a_thing,
    _kept_by_a_customer,
    _moved_as_furniture,
    _one_with_a_feature,
    _owned,
    _passive_gerund,
    _place_state,
    _ready_to_act,
    _reduced_passive,
    _shows_a_status,
    _state_by_word_order,
    _supplied_with,
    _takes_people_in,
    _tough_infinitive,
    _undergoes,
)
from custlint.engine.kinds.locator.thing_reports import _thing_report
from custlint.engine.kinds.locator.thing_senses import _thing_sense

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


def _back_in_store(verb: Any, ctx: SentenceContext) -> bool:
    """'consignment 55012 is back at the depot', 'order 4471 is back in the warehouse': a
    thing is back where things are kept; someone 'is back' where people wait ('is back at
    the desk') or with nothing said of where. The parser hangs the place on the verb or
    on 'back'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "in", "on")
        and any(
            g.dep_ == "pobj" and g.lemma_.lower() not in ctx.words("waiting_places")
            for g in c.children
        )
        for h in (verb, *(a for a in verb.children if a.lower_ == "back"))
        for c in h.children
    )


def _in_a_state(prep: Any, ctx: SentenceContext) -> bool:
    """'in tears', 'in a lot of pain', 'in a wheelchair': what the object of 'in' names is a
    person's state, condition or need."""
    lexicon = ctx.words("human_states") | ctx.words("human_conditions") | ctx.words("human_needs")
    for obj in (g for g in prep.children if g.dep_ == "pobj"):
        nouns = [obj, *(h for p in obj.children if p.lower_ == "of" for h in p.children)]
        if any(n.lemma_.lower() in lexicon or n.lower_ in lexicon for n in nouns):
            return True
    return False


# A button or a bell for calling staff, which only a person presses: "the call button",
# "her call bell", "the buzzer".
CALL_DEVICES = frozenset("button bell light buzzer".split())
CALL_DEVICE_MODIFIERS = frozenset("call nurse attendant service assistance".split())
# Parts of a body that a person's own possessive marks: "clicking their fingers".
BODY_PARTS = frozenset(
    "finger fingers hand hands arm arms head fist fists foot feet leg legs eye eyes".split()
)
# What a hand does to a call button, and to a body's own parts: "hit the call button",
# "clicking their fingers", "waving her arms" (not "has a call button", "triggers the
# buzzer", which a place or a machine does too).
PRESSING_VERBS = frozenset("hit press push ring buzz jab bang tap thump mash smash stab".split())
COLLISION_VERBS = frozenset("hit bang smash thump push".split())
GESTURE_VERBS = frozenset("click snap wave raise shake clap drum wag point".split())


def _presses_for_help(verb: Any, lemma: str) -> bool:
    """Whether the verb's object is a call button or bell ('hit the call button', 'ringing
    her call bell', 'pressing the buzzer') or a part of its subject's body ('clicking their
    fingers', 'waving his arms'): what only a person does, whatever the verb."""
    if lemma not in PRESSING_VERBS | GESTURE_VERBS or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    clause = verb.head if verb.dep_ == "xcomp" else verb
    if lemma in COLLISION_VERBS and any(
        c.dep_ == "nsubj" and c.lower_ in MOVABLE_HEADS for c in clause.children
    ):
        return False  # "Trolley 2 hit the call button": a trolley wheeled into it
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        word = obj.lower_
        if word == "buzzer" and lemma in PRESSING_VERBS:
            return True
        if (
            word in CALL_DEVICES
            and lemma in PRESSING_VERBS
            and any(
                m.dep_ == "compound" and m.lower_ in CALL_DEVICE_MODIFIERS for m in obj.children
            )
        ):
            return True
        if word in BODY_PARTS and any(
            m.dep_ == "poss" and m.lower_ in ("his", "her", "their") for m in obj.children
        ):
            return True
    return False


# What a person eats, drinks or swallows with 'take': "Does bed 20 take sugar?".
TAKEN_IN = frozenset(
    "sugar sugars milk sweetener sweeteners cream lemon meds medication medicine pill pills "
    "painkiller painkillers insulin".split()
)


def _takes_in(verb: Any, lemma: str) -> bool:
    """'Does bed 20 take sugar?', '4 takes two sugars', 'bed 3 took her meds': 'take' with
    what a person eats, drinks or swallows. A pump takes diesel, a kiosk cash and a room a
    cot, and what is taken somewhere is carried ('trolley 2 takes the milk up')."""
    if lemma != "take" or verb.pos_ != "VERB":
        return False
    if any(c.dep_ in ("auxpass", "prt", "dative") or c.lower_ == "to" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in TAKEN_IN for c in verb.children)


def _without_doing(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Pump 4 drove off without paying', 'table 9 left without saying goodbye': what the
    subject did 'without' doing is what a person does, whatever the main verb (a car drives
    off too). Not in the passive, whose subject does nothing: 'room 4 was booked without
    paying a deposit'; nor with what things do as well: 'the flight left without waiting'."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "without":
            continue
        for done in prep.children:
            lemma = _fixed_lemma(done)
            if (
                done.dep_ == "pcomp"
                and done.tag_ == "VBG"
                and lemma in ctx.words("human_verbs")
                and lemma not in kind.thing_verbs
                and lemma not in SAID_OF_THINGS_TOO
            ):
                return True
    return False


def _human_predicate(verb: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    lemma = _fixed_lemma(verb)
    if verb.tag_ == "VBZ" and lemma not in ctx.words("human_verbs"):
        # the lemmatizer's guess can be wrong ("hates" -> "hat"): read the spelling
        lemma = _third_person_stem(verb.lower_, ctx.words("human_verbs")) or lemma
    children = list(verb.children)
    if any(c.dep_ == "det" and c.i < verb.i for c in children) or (
        verb.tag_ == "VBG"
        and verb.i > 1
        and verb.doc[verb.i - 1].tag_ == "CD"
        and verb.doc[verb.i - 2].tag_ in ("DT", "PRP$")
    ):
        return False  # a noun the tagger read as a verb: "for the 8:30 sitting"
    if _addresses_the_reader(verb, lemma):
        return False
    if _moved_as_furniture(verb, lemma):
        return False  # "T7 + T9 pushed together for the 8pm": tables set for a booking
    if _thing_sense(verb, lemma, ctx, kind):
        return False  # "Table 3 went into the skip", "Rower 9 lost its display"
    if _thing_report(verb, lemma, ctx, kind):
        return False  # "Cabin 5120 sleeps four", "Till 3 is asking for a supervisor code"
    if _without_doing(verb, ctx, kind):
        return True  # "Pump 4 drove off without paying"
    gerund = _passive_gerund(verb)
    if gerund is not None:
        return _done_to_people(gerund, ctx)  # "bed 3 needs feeding", not "table 3 wants resetting"
    if lemma == "refuse" or lemma in SHARED_WITH_MACHINES:
        return not _machine_sense(lemma, verb)  # "room 14 refusing to leave", not "to start"
    if lemma in ("want", "try", "ask", "hope", "plan"):
        return True  # only people want: "Registration 4471 wants to switch"
    if _stayed_with_us(verb, lemma, kind):
        return True  # "Room 502 had been staying with us every summer"
    if (
        lemma in ("wait", "sit", "stand", "be")
        and any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "at", "in")
            and any(
                g.dep_ == "pobj" and g.lemma_.lower() in ctx.words("waiting_places")
                for g in c.children
            )
            for c in children
        )
        and not any(c.dep_ in ("acomp", "attr") for c in children)
    ):
        return True  # "is on hold", "is waiting at the counter" (not "is ready … at the counter")
    if (
        lemma in ("look", "face", "overlook", "sit", "stand", "lie")
        and (
            lemma in ("look", "face", "overlook")
            or verb.tag_ == "VBZ"
            or (verb.tag_ in ("VB", "VBP", "VBG") and _furniture_subject(verb, kind))
        )
        and any(
            c.dep_ in ("prt", "prep", "advmod")
            and c.lower_ in ctx.words("view_words")
            and (verb.tag_ == "VBZ" or lemma in ("look", "face", "overlook") or c.lower_ != "out")
            for c in children
        )
    ):
        return False  # a place: "Bed 10 looked out over the car park", "sits under a print"
    if _presses_for_help(verb, lemma):
        return True  # "22A hit the call button", "bed 4 is waving her arms"
    if _takes_in(verb, lemma):
        return True  # "Does bed 20 take sugar?"
    if lemma in ("keep", "start", "continue", "stop", "begin", "seem"):
        for c in _gerunds_of(verb):
            if _presses_for_help(c, _fixed_lemma(c)):
                return True  # "31C keeps hitting the call button"
            done = _fixed_lemma(c)
            if done in kind.thing_verbs or _machine_sense(done, c):
                return False
            if done in ctx.words("human_verbs") or (
                done in KEPT_DOING and _kept_by_a_customer(verb, ctx, kind)
            ):
                return True  # "12 kept ringing", "ticket 7720 keeps posting on the forum"
            if any(_owned(verb, o, ctx) for o in c.children if o.dep_ == "dobj"):
                return True  # "org 883 keeps reopening their ticket"
    if lemma in ("need", "require"):
        for c in children:
            if c.dep_ == "dobj" and c.lower_ == "what" and c.i < verb.i:
                return True  # "what bed 9 needs"
            if c.dep_ == "dobj":
                if c.lemma_.lower() in ctx.words("human_needs") or c.lower_ in ctx.words(
                    "human_needs"
                ):
                    return True
                if any(
                    g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in c.children
                ):
                    return True
            if c.dep_ == "xcomp" and c.lemma_.lower() in ctx.words("human_verbs"):
                return True
            if c.dep_ in ("ccomp", "xcomp") and any(
                g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in c.subtree
            ):
                return True  # "bed 2 needs their fluids changed"
        return False
    if lemma == "be":
        tough = _tough_infinitive(verb, ctx)
        if tough is not None:
            return _done_to_people(tough, ctx)  # "lovely to talk to", not "lovely to drive"
        if _place_state(verb, ctx, kind):
            return False  # "Flight 201 is late", "Room 3 is lovely and bright"
        for c in children:
            if c.dep_ in ("acomp", "attr") and (
                c.lemma_.lower() in ctx.words("human_states")
                or c.lower_ in ctx.words("human_states")
            ):
                if _takes_people_in(verb.doc, c.i, ctx):
                    return False  # "Bay 2 is happy to receive patients"
                if c.lower_ != "ready" or _ready_to_act(c, kind):
                    return True
                continue  # "ready for the 8pm" says nothing, but "is numb, ready for …" may
            if (
                c.dep_ == "prep"
                and c.lower_ in ("on", "at")
                and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in ctx.words("waiting_places")
                    for g in c.children
                )
                and not any(g.dep_ in ("acomp", "attr") for g in children)
            ):
                return True  # "is at the counter", not "is ready for collection at the counter"
            if (
                c.dep_ == "advmod"
                and c.lower_ in ("here", "back")
                and verb.i < c.i
                and not any(g.dep_ in ("attr", "acomp") for g in children)
                and not _back_in_store(verb, ctx)
            ):
                return True  # "Order 4471 is here to pick up"
            if c.dep_ == "attr" and c.pos_ == "NOUN" and _is_person_noun(c, ctx):
                return True  # "12 is a hen party", "Is claim 8109 the man with the photos?"
            if c.dep_ == "attr" and _holds_a_title(c, kind, ctx):
                return True  # "15022 is the CTO at the hospital trust"
            if c.dep_ == "attr" and _a_kind_of_person(c, ctx):
                return True  # "3C is a UM", "Bed 14 was a retired headmistress"
            if (
                c.dep_ == "attr"
                and c.lower_ == "one"
                and any(g.lower_ in ("with", "who") for g in c.subtree if g.i > c.i)
                and not any(g.lower_ in ("only", "first", "last") for g in c.children)
                and not _one_with_a_feature(c, ctx)
            ):
                return True  # "Is 23 the one with the walking frame?"
            if c.dep_ == "prep" and c.lower_ == "in" and _in_a_state(c, ctx):
                return True  # "26C is in tears", "is in a lot of pain", "is in a wheelchair"
        return _state_by_word_order(verb, ctx, kind)
    if lemma == "do" and verb.tag_ == "VBG" and any(c.lower_ == "how" for c in children):
        return True  # "How's 6 doing?"
    if lemma in LINKING_VERBS and _place_state(verb, ctx, kind):
        return False  # "Room 12 feels cold", "bed 4 looks clean"
    if lemma in ("get", "become", "grow", *LINKING_VERBS) and any(
        (
            c.dep_ in ("acomp", "attr")
            or (c.dep_ == "dobj" and not any(g.dep_ == "det" for g in c.children))
        )
        and c.lemma_.lower() in ctx.words("human_states")
        for c in children
    ):
        return True  # "is getting shouty" (read as an object)
    if lemma in LINKING_VERBS and any(c.dep_ in ("acomp", "attr") for c in children):
        return False  # "Table 4 looks great", "bed 4 feels hard": said of anything
    if lemma in ("have", *BOARDING_VERBS) and _granted(verb, ctx, kind):
        return True
    if lemma in ("have", "get") and _had_own_done(verb, ctx):
        return True  # "Has 15 had her obs done?", "bed 6 got his dressing changed"
    if lemma == "have" and _had_an_act(verb, ctx):
        return True  # "Did bed 4 have a shower?", "17F is having a tantrum"
    if _had_their_own(verb, lemma, ctx, kind):
        return True  # "Has table 6 had their starters yet?"
    if lemma in ("have", "spike", "run", "develop"):
        return any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.words("human_conditions") for c in children
        )  # "has a nut allergy", "12 spiked a temp"
    if lemma in STATE_ENTRY_VERBS and any(
        c.dep_ == "prep" and c.lower_ in ("into", "in") and _in_a_state(c, ctx) for c in children
    ):
        return True  # "44C went into labour", "burst into tears"
    if lemma == "fall" and any(
        c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in ctx.words("human_states")
        for c in children
    ):
        return True  # "fell asleep"
    if lemma == "spend" and any(
        c.tag_ == "VBG"
        and c.dep_ in ("xcomp", "advcl", "ccomp", "conj", "dep")
        and (done := _fixed_lemma(c)) in ctx.words("human_verbs")
        and done not in SAID_OF_THINGS_TOO  # "flight 22 spent an hour waiting for a slot"
        and done not in kind.thing_verbs
        for c in verb.subtree
        if c.i > verb.i
    ):
        return True  # "return 66 spent an hour explaining", not "spent two days in customs"
    if (
        lemma not in OBJECT_NEUTRAL_VERBS
        and lemma not in kind.thing_verbs
        and any(
            c.dep_ == "dobj" and c.lemma_.lower() in ctx.words("person_objects") for c in children
        )
        and not _fitted_with(verb, lemma, ctx)
    ):
        return True  # "4417 opened a new ticket", "table 6 made a scene"
    if lemma not in CAUSATIVE_VERBS and any(
        _owned(verb, c, ctx) for c in children if c.dep_ == "dobj"
    ):
        return True  # "Bed 2 puts his call light on", "locker 48 left his keys": a person's own
    if (
        lemma in kind.thing_verbs
        or _capacity(verb)
        or _fitted(verb, lemma, ctx)
        or _reduced_passive(verb, lemma)
        or _undergoes(verb, lemma)
        or _supplied_with(verb, lemma, ctx)
        or _hangs_as_a_thing(verb, lemma)
        or _shows_a_status(verb, lemma, ctx, kind)
    ):
        return False
    if lemma in ctx.words("human_verbs"):
        return True
    return lemma == "show" and any(c.dep_ == "prt" and c.lower_ == "up" for c in children)


# What machines, cards and accounts refuse to do, or refuse to take: "pump 6 refusing to
# start", "PC 4 keeps refusing the password", "card 2 refusing contactless".
# Who a guest stays with: "staying with us", "stayed with them".
HOSTS = frozenset("us me them".split())


def _stayed_with_us(verb: Any, lemma: str, kind: LocatorKind) -> bool:
    """'Room 502 had been staying with us every summer', 'Cabin 8 stayed with us again':
    to stay with someone, told as it goes on or as it went, is to lodge as their guest. A
    record stays with whoever handles it ('case 4471 stays with me'), a place with its owner
    ('chalet 8 stayed with the estate'), and in the present a room may stay in a block
    kept back ('rooms 4 to 8 stay with us, the rest go to the agency')."""
    return (
        lemma == "stay"
        and verb.tag_ in ("VBG", "VBD", "VBN")
        and not kind.heads & CUSTOMER_RECORDS
        and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(g.dep_ == "pobj" and g.lower_ in HOSTS for g in c.children)
            for c in verb.children
        )
    )


MACHINE_REFUSALS = frozenset(
    "start work connect load open close boot print charge scan read turn go budge lock unlock "
    "respond sync update run shut power log dispense accept take pay".split()
)
MACHINE_REFUSED = frozenset(
    "password passcode pin login log-in card cards payment payments contactless code key "
    "connection signal update upload file disc disk coin coins note notes ticket tickets".split()
)


def _refused_by_a_machine(verb: Any) -> bool:
    """Things refuse too: a till or a pump refuses to start or to take a card, an account
    refuses a login. Only a refusal of something a machine does or takes is read so; 'room
    14 refusing to leave' and '12C refusing the meal' stay a person's."""
    for c in verb.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in MACHINE_REFUSALS:
            return True
        if c.dep_ == "dobj" and c.lower_ in MACHINE_REFUSED:
            return True
    return False


# What people do that machines, software or bikes are said to do as well ('PC 4 is
# struggling', 'the printer's messing about', 'camera 2 filming the stage'): read as a
# person's act only with a person named after the verb ('bed 7 missing, check the garden
# for him', not 'page 4 missing'); 'hog' unless software hogs a resource.
SHARED_WITH_MACHINES = frozenset("hog film struggle mess muck miss".split())


def _machine_sense(lemma: str, verb: Any) -> bool:
    """Whether a person's act shared with machines is said here in its machine sense: a
    refusal to start or of a card, hogging memory or the queue, or struggling, filming or
    messing about with no person named after it ('PC 4 is struggling, restart it')."""
    if lemma == "refuse":
        return _refused_by_a_machine(verb)
    if lemma == "hog":  # by word order: the tagger may read "hogging memory" as a noun phrase
        return any(t.lower_ in HOGGED_RESOURCES for t in _rest_of_clause(verb.doc, verb.i))
    return lemma in SHARED_WITH_MACHINES and not _someone_there(verb.doc, verb.i)


# Pronouns that name a person as an object or an owner ('near her', 'get him a float', 'on
# his phone'); a subject pronoun may be the writer's source ('PC 4 is struggling, she says').
SOMEONE_PRONOUNS = frozenset("him her his them their".split())
# Verbs whose object, in an instruction, is the colleague the writer addresses, not the one
# the note is about: 'page 4 missing, ask him to reprint it' (but 'asked her to stop').
TOLD_VERBS = frozenset("ask tell let call ring email text remind warn".split())
# Prepositions whose 'his', 'her' or 'their' names the owner of where a thing is, not the
# one who acts: 'order 4410 missing from his account', 'PC 4 struggling with his files'.
HOLDER_PREPOSITIONS = frozenset("from in into inside of with".split())


def _someone_there(doc: Any, i: int) -> bool:
    """Whether a person is named as an object or an owner after the word at `i`, which makes
    an act shared with machines a person's ('lane 4 struggling, get him a float', 'filming
    the stage on his phone'), unless the pronoun is a colleague being told ('PC 4
    struggling, tell her to use PC 5'), owns where a thing is ('missing from his order') or
    is what the act is done to ('camera 2 filming her')."""
    for t in doc[i + 1 :]:
        if t.lower_ not in SOMEONE_PRONOUNS or t.tag_ not in ("PRP", "PRP$"):
            continue
        if (
            t.dep_ in ("dobj", "nsubj")
            and t.head.tag_ == "VB"
            and t.head.lemma_.lower() in TOLD_VERBS
        ):
            continue
        if t.dep_ == "poss" and t.head.head.lower_ in HOLDER_PREPOSITIONS:
            continue
        if t.dep_ == "dobj" and t.head.i == i:
            continue  # the one filmed or missed: 'camera 2 filming her', 'order 88 missed him'
        return True
    return False


def _holds_a_title(attr: Any, kind: LocatorKind, ctx: SentenceContext) -> bool:
    """'15022 is the CTO at the trust', 'Account 8812 is the CEO of a building firm': a
    title only a person holds, said of a record or a bare number. Said of a place it may
    name whose place it is ('Room 4 is the CEO this week', 'Desk 4 is the founder')."""
    if not (kind.strict or kind.preposition == "with"):
        return False
    titles = ctx.words("person_titles")
    return attr.pos_ in ("NOUN", "PROPN") and (
        attr.lower_ in titles or attr.lemma_.lower() in titles
    )


def _a_kind_of_person(attr: Any, ctx: SentenceContext) -> bool:
    """'3C is a UM', 'Bed 14 was a retired headmistress', '19F was a surgeon': a noun that
    only names a person, said with 'a' or 'an', classes the number as someone, as no room,
    seat or record is a widower or a surgeon. 'The' may say whose place it is ('Room 4 is
    the CEO'), and a noun after it makes the person a modifier ('a surgeon rota', 'a
    teacher's desk')."""
    if not _names_a_kind_of_person(attr, ctx):
        return False
    if not any(c.dep_ == "det" and c.lower_ in INDEFINITE_ARTICLES for c in attr.children):
        return False
    return not _modifies_what_follows(attr.doc, attr.i)


def _modifies_what_follows(doc: Any, i: int) -> bool:
    """Whether the noun at `i` is a possessive or a modifier of a noun after it ('a UM
    seat', 'a teacher's desk'), so that the person it names is not what is spoken of."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and (
        after.lower_ in ("'s", "’s") or after.tag_ in ("NN", "NNS", "NNP", "NNPS", "POS")
    )


# What people keep doing, said of no place or record: "ticket 7720 keeps posting on the
# forum", "seat 41 keeps pinging the CEO" (but a ticket may keep reopening by itself).
# Machines post, ping and message too ("line 3 keeps pinging the gateway"), so these count
# only for a head that stands for a customer (_kept_by_a_customer).
KEPT_DOING = frozenset("post comment ping spam resubmit message tag".split())

# Verbs of entering a state: "went into labour", "burst into tears", "broke down in tears".
STATE_ENTRY_VERBS = frozenset("go fall burst break slip drift lapse".split())

# Verbs that take an object and a bare verb, where 'her' is the object: "B12 helps her sleep".
CAUSATIVE_VERBS = frozenset("help make let keep have see watch hear".split())
