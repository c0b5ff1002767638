"""Person tests: a number found, seen or moved as a person ("Bed 11 was found on the floor",
"14C was seen smoking"), and numbered places no rule owns acting as a person ("Basin 2 says
she's been waiting").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.acts import PAST_FORMS
from custlint.engine.kinds.locator.finders import _is_number, _subject_verb
from custlint.engine.kinds.locator.grammar import (
    _a_person_word,
    _fixed_lemma,
    _is_code,
    _staff_noun,
)
from custlint.engine.kinds.locator.lexicon import (
    PEOPLE_PRONOUNS,
    SAID_OF_PLACES_TOO,
    SAID_OF_THINGS_TOO,
)
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.shorthand import PERSON_DESTINATIONS
from custlint.engine.kinds.locator.vetoes import CLERK_REQUESTS, MACHINE_PROMPTS

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


# Who sees a person in a clinic, not a place: "Bed 7 was seen by the registrar".
CLINICIANS = frozenset(
    "doctor doctors dr registrar reg consultant consultants surgeon surgeons physio physios "
    "physiotherapist nurse nurses paramedic paramedics midwife therapist "
    "pharmacist chaplain anaesthetist anesthetist medics medic gp sho fy1 ortho cardiology "
    "psych psychiatry psychiatrist dietitian dietician".split()
)
# Care given to a person only: "17F was given oxygen by the crew".
GIVEN_CARE = frozenset(
    "oxygen medication medicine meds painkiller painkillers analgesia antibiotics insulin "
    "morphine paracetamol ibuprofen antiemetic cpr fluids sedation adrenaline epipen "
    "reassurance".split()
)
# Where a body lies when it has fallen: "Bed 11 was found on the floor".
FALLEN_PLACES = frozenset("floor ground".split())
# Where a person is moved and a seat or a room is not: a seat code, a room, a cabin class.
MOVED_TO_HEADS = frozenset("seat room suite cabin".split())
CABIN_CLASSES = frozenset("business first premium economy".split())
SEEN_VERBS = frozenset("see spot catch find hear notice watch observe film".split())


@person_test("person_by_number")
def found_as_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """Passives whose subject can only be a person: seen doing what people do ('14C was
    seen smoking in the toilet'), found fallen or in a person's state ('Bed 11 was found on
    the floor', 'was found unresponsive'), seen by a clinician ('Bed 7 was seen by the
    registrar'), given care ('17F was given oxygen'), a seat or a room moved to another
    seat or a class ('12B was moved to 14A'). A place found, seen or given a thing is left
    ('Room 308 was found unlocked', 'Bed 9 was seen to be wobbling')."""
    root = mention.root
    if _seen_in_a_note(mention, ctx):
        return Person(mention.start, mention.end, None)  # "Bed 14 seen by reg at 10"
    verb = root.head
    if root.dep_ == "nsubj" and _on_the_floor(mention, verb):
        return Person(mention.start, mention.end, None)  # "702 is on the floor, ambulance called"
    if root.dep_ != "nsubjpass" or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    lemma = _fixed_lemma(verb)
    children = list(verb.children)
    if lemma in SEEN_VERBS:
        for c in children:
            if c.dep_ in ("xcomp", "advcl", "dep") and c.tag_ == "VBG" and c.i > verb.i:
                if any(a.dep_ == "aux" for a in c.children):
                    continue  # "seen to be wobbling"
                stem = _fixed_lemma(c)
                if stem in ctx.words("human_verbs") and stem not in kind.thing_verbs:
                    return Person(mention.start, mention.end, None)
    if lemma == "find":
        for c in children:
            if _found_fallen(mention, c):
                return Person(mention.start, mention.end, None)
            if (
                c.dep_ in ("acomp", "oprd", "xcomp")
                and c.lower_ in ctx.words("human_states")
                and c.lower_ not in kind.thing_states
                and c.lower_ not in SAID_OF_PLACES_TOO
            ):
                return Person(mention.start, mention.end, None)
    if lemma == "see":
        for c in children:
            if c.dep_ == "agent" and any(
                o.lower_ in CLINICIANS for o in c.children if o.dep_ == "pobj"
            ):
                return Person(mention.start, mention.end, None)
    if lemma == "give" and any(c.dep_ == "dobj" and c.lower_ in GIVEN_CARE for c in children):
        return Person(mention.start, mention.end, None)
    if lemma in ("move", "reseat", "transfer") and _moved_like_a_person(mention, verb, ctx):
        return Person(mention.start, mention.end, None)
    return None


# Heads whose number may be found fallen on the floor: a bed's or a room's person; a table, a
# chair or a seat found on the floor is the furniture ('Table 5 was found on the floor').
FALLEN_HEADS = frozenset("bed bd room rm suite cabin cubicle bay cell".split())
# Rooms a person falls in: "found on the floor of the bathroom"; not "of the lorry".
FALLEN_ROOMS = frozenset(
    "bathroom toilet loo lav lavatory shower ensuite en-suite room cabin cell corridor ward "
    "bay lounge bedroom kitchen".split()
)


def _found_fallen(mention: Mention, prep: Any) -> bool:
    """'Bed 11 was found on the floor': the person of a bed, a room or a bare seat code
    found fallen, not furniture that fell ('Table 5 was found on the floor') or a bed
    stored on the floor of a lorry."""
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "onto"):
        return False
    heads = {t.lower_ for t in mention.root.doc[mention.start : mention.end]}
    if not (mention.bare or heads & FALLEN_HEADS):
        return False
    for floor in (o for o in prep.children if o.dep_ == "pobj" and o.lower_ in FALLEN_PLACES):
        places = [
            o
            for p in floor.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if all(
            o.lower_ in FALLEN_ROOMS and not any(m.dep_ == "compound" for m in o.children)
            for o in places
        ):  # "of the bathroom", not "of the store room"
            return True
    return False


# Words that put a floor above or below, not under someone: "702 is on the floor above".
FLOOR_DIRECTIONS = frozenset("above below upstairs downstairs up down".split())


def _on_the_floor(mention: Mention, verb: Any) -> bool:
    """'702 is on the floor in the bathroom', 'bed 11 is on the floor': 'be' on the floor,
    as a person is who has fallen, said of a bed's or a room's person or a bare code (a
    tray or a table on the floor is furniture, which _found_fallen leaves). 'the floor'
    alone: 'on the first floor', 'on the same floor', 'on the floor above' say where a
    room is."""
    if verb.lemma_ != "be" or any(
        c.dep_ in ("acomp", "attr") or c.lower_ in FLOOR_DIRECTIONS for c in verb.children
    ):
        return False
    return any(
        _the_floor_alone(prep) and _found_fallen(mention, prep)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
    )


def _the_floor_alone(prep: Any) -> bool:
    """'on the floor', 'on the floor in the bathroom': 'the' and nothing that says which
    floor ('the first floor', 'the floor above')."""
    objects = [o for o in prep.children if o.dep_ == "pobj"]
    words = [g for o in objects for g in o.children]
    return (
        bool(objects)
        and any(g.dep_ == "det" for g in words)
        and all(g.dep_ == "prep" or (g.dep_ == "det" and g.lower_ == "the") for g in words)
    )


NOTE_SEEN_VERBS = frozenset("see seen assess assessed examine examined review reviewed".split())


def _seen_in_a_note(mention: Mention, ctx: SentenceContext) -> bool:
    """'Bed 14 seen by reg at 10': a ward note that opens with the bed and a participle
    with no 'was', seen or examined by a clinician."""
    doc = ctx.doc
    if mention.start != 0 or mention.end >= len(doc):
        return False
    verb = doc[mention.end]
    if verb.tag_ != "VBN" or verb.lower_ not in NOTE_SEEN_VERBS:
        return False
    agent = doc[mention.end + 1] if mention.end + 1 < len(doc) else None
    if agent is None or agent.lower_ != "by":
        return False
    words = [t for t in doc[agent.i + 1 : agent.i + 3] if t.lower_ not in ("the", "a", "an")]
    return bool(words) and words[0].lower_ in CLINICIANS


def _moved_like_a_person(mention: Mention, verb: Any, ctx: SentenceContext) -> bool:
    """A seat code or a room moved 'to 14A', 'to room 12' or 'to business'."""
    doc = ctx.doc
    heads = {t.lower_.rstrip("s") for t in doc[mention.start : mention.end]}
    if not (mention.bare or heads & MOVED_TO_HEADS):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "into")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.lower_ in CABIN_CLASSES or obj.lower_ in PERSON_DESTINATIONS:
                return True
            if _is_code(obj) and re.match(r"^\d{1,2}[A-Ka-k]$", obj.text):
                return True  # "12B was moved to 14A": a seat is moved by no one
            if obj.lower_.rstrip("s") in MOVED_TO_HEADS and any(
                _is_number(t) for t in doc[obj.i + 1 : obj.i + 3]
            ):
                return True
    return False


# Verbs (lemmas) a person speaks with, whose reported clause says what the speaker is:
# "Basin 2 says she's been waiting".
SPEAKING_VERBS = frozenset("say claim insist reckon swear tell complain explain".split())
# Subjects of a reported clause that only a person is: a machine or a page reports 'it'.
SPEAKER_PRONOUNS = frozenset("he she".split())
# Heads that ring on their own: "Line 3 rang and rang", "Bell 6 rang at noon"; lines and
# pagers, and machines that ring when they are done ("Dryer 6 rang to say it was done").
RINGING_HEADS = frozenset(
    "line phone telephone handset landline mobile extension ext bell doorbell buzzer alarm "
    "chime clock timer siren intercom hotline helpline pager bleeper radio walkie gong "
    "machine dryer washer oven microwave cooker".split()
)
# Acts (lemmas) of a person alone, which no machine, place or page does: "Yurt 9 snored",
# "hammock 4 keeps arguing with the lifeguard", "Sauna 2 apologised". Not "weep", which
# joints, taps, wounds and walls do ("Joint 4 is weeping"), nor "sulk", said of every
# machine that will not work ("Router 2 is sulking again").
PERSON_ONLY_ACTS = frozenset(
    "swear curse yell scream shout sob laugh giggle argue bicker quarrel flirt heckle "
    "snore vomit puke apologise apologize insist threaten faint beg plead moan whinge "
    "grumble rant tut phone".split()
)
# Complaints that boilers, pipes and engines make as sounds ("Boiler 2 keeps moaning",
# "Generator 2 grumbled all night"): a person's has something it is about or someone it
# is made to ('moaning about the music', 'grumbling to the waiter').
COMPLAINING_SOUNDS = frozenset("moan grumble whinge groan".split())
# Acts whose object says a machine or a drain does them: what is thrown up is the
# person's own ('vomited his dinner'), not suds or sewage ("Washer 4 vomited suds").
EXPELLING_ACTS = frozenset("vomit puke".split())
PERSON_POSSESSIVES = frozenset("his her their".split())
# Rooms a clinician or a practitioner works in, whose number is as often the one who
# treats as the one treated ('Surgery 6 wants his notes sent over'): only a customer's
# noun said of it counts ('Consult 2 is a new client'). A stylist's station is one too
# ('Station 4 wants more foils').
STAFFED_ROOMS = frozenset("surgery consult clinic theatre lab practice station".split())
# Person-only acts that sounds are said to do as well: "siren 4 screaming across the estate".
LOUD_ACTS = frozenset("scream shout yell".split())
# Nouns said of a number that make it a customer: "Consult 6 is a new client".
PERSON_PREDICATES = frozenset("client customer regular member owner newbie vip".split())
# Of these, a noun that is also a size, a fuel or a timetable ("Coffee 3 is a regular",
# "Service 12 is a regular"): it counts only when the sentence goes on to speak of the
# number as 'he' or 'she' ("Consult 3 is a regular, she knows the way").
PREDICATES_ALSO_OF_THINGS = frozenset("regular".split())
# What a machine wants of its user: "Pump 4 wants her card again", "Screen 4 wants her
# password"; besides MACHINE_PROMPTS and CLERK_REQUESTS. Also the papers and details a
# reader, a kiosk or a gate asks for ("Machine 4 wants his passport", "Kiosk 3 wants his
# date of birth", "Turnstile 2 wants his pass").
MACHINE_WANTS = frozenset(
    "card cards pin code receipt ticket coin coins cash payment money details number "
    "location fingerprint face email attention consent permission passport id badge pass "
    "licence license signature date postcode zip fare fee deposit fob key token barcode "
    "photo address name voucher coupon reference".split()
)
# What is left somewhere by its owner: a belonging, not a person ("left her washing in").
LEFT_WHERE = frozenset("in on at behind inside under by overnight again".split())
# States a machine leaves clothes in, which are not places ("Dryer 6 left his jeans in a
# tangle", "Washer 3 left her whites in a right state").
LEFT_STATES = frozenset("tangle mess state heap knot ball twist jumble muddle".split())


def _reports_a_speaker(verb: Any) -> bool:
    """'Basin 2 says she's been waiting', 'Hammock 12 insists he paid': a verb of speech
    whose reported clause has 'he' or 'she' for subject. A page, a screen or a rule says
    things too, but of 'it' ('PC 6 says it needs a restart'); texts that report what a
    person said ('Page 12 says he was born') are `open_not_heads`."""
    if _fixed_lemma(verb) not in SPEAKING_VERBS:
        return False
    return any(
        s.dep_ in ("nsubj", "nsubjpass") and s.lower_ in SPEAKER_PRONOUNS
        for c in verb.children
        if c.dep_ == "ccomp"
        for s in c.children
    )


def _rang_in(verb: Any, mention: Mention) -> bool:
    """'Allotment 14 rang in about the trough', 'Kayak 5 phoned from the far bank': a call
    made, with no object rung ('Bike 17 rang its bell'); a line, a phone or a bell rings
    on its own and is left alone."""
    lemma = _fixed_lemma(verb)
    if lemma == "call":
        return any(c.dep_ == "prt" and c.lower_ in ("in", "back") for c in verb.children)
    if lemma not in ("ring", "phone") or verb.tag_ not in ("VBD", "VBZ", "VBG", "VBP"):
        return False
    if lemma == "ring" and mention.root.lower_ in RINGING_HEADS:
        return False
    return not any(c.dep_ == "dobj" for c in verb.children)


def _acts_alone_as_a_person(verb: Any, ctx: SentenceContext) -> bool:
    """A verb of PERSON_ONLY_ACTS, or one kept up ('keeps arguing', 'is swearing'); a
    loud one only at someone or with a person's things ('shouting at the instructor',
    'shouting into his phone'), as sirens scream and kettles shout too."""
    if verb.lemma_.lower() == "keep":
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), verb)
    lemma = _fixed_lemma(verb)
    if verb.pos_ != "VERB" or lemma not in PERSON_ONLY_ACTS:
        return False
    if _said_of_things_this_way(verb, lemma, ctx):
        return False
    if lemma not in LOUD_ACTS | COMPLAINING_SOUNDS:
        return True
    if lemma in COMPLAINING_SOUNDS and any(
        c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "about") for c in verb.children
    ):
        return True  # "moaning about the music", "grumbles that it's cold"
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "kettle 2 shouting its whistle"
    return any(
        t.lower_ in ("his", "her", "their")
        or (t.dep_ == "pobj" and t.head.lower_ in ("at", "to") and _someone_or_staff(t, ctx))
        for t in verb.subtree
        if t.i > verb.i
    )


def _said_of_things_this_way(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """Whether a person-only act has the shape things give it: a thing threatens to do what
    no person does ('Dam 2 threatens to burst'), a form insists on a noun ('Field 4 insists
    on a date', where a person insists on doing something or that something is so), a
    reading flirts with a value ('Freezer 3 flirted with zero'), a machine or a drain
    throws up what is not its own ('Washer 4 vomited suds')."""
    children = list(verb.children)
    if lemma == "threaten":
        todo = [c for c in children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")]
        return bool(todo) and _fixed_lemma(todo[0]) not in ctx.words("human_verbs")
    if lemma == "insist":
        return any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.dep_ == "pobj" for g in c.children)
            for c in children
        )
    if lemma == "flirt":
        return any(
            g.dep_ == "pobj" and not _someone_or_staff(g, ctx)
            for c in children
            if c.dep_ == "prep" and c.lower_ == "with"
            for g in c.children
        )
    if lemma in EXPELLING_ACTS:
        return any(
            c.dep_ == "dobj"
            and not any(g.dep_ == "poss" and g.lower_ in PERSON_POSSESSIVES for g in c.children)
            for c in children
        )
    return False


def _someone_or_staff(tok: Any, ctx: SentenceContext) -> bool:
    """A person a loud act is aimed at: a pronoun, a person noun or a member of staff."""
    return tok.lower_ in PEOPLE_PRONOUNS or _a_person_word(tok, ctx) or _staff_noun(tok, ctx)


def _called_a_customer(verb: Any, ctx: SentenceContext) -> bool:
    """'Consult 6 is a new client', 'Cabana 11 is a regular, he knows the way': a
    customer's noun said of the number, as the whole predicate ('a regular booking' is a
    booking); one of PREDICATES_ALSO_OF_THINGS only with a 'he' or 'she' after it."""
    if verb.lemma_.lower() != "be":
        return False
    speaker_after = any(t.lower_ in SPEAKER_PRONOUNS for t in verb.doc[verb.i + 1 :])
    return any(
        c.dep_ == "attr"
        and c.lower_ in PERSON_PREDICATES
        and (c.lower_ not in PREDICATES_ALSO_OF_THINGS or speaker_after)
        and not any(g.dep_ in ("compound", "prep", "poss") for g in c.children)
        for c in verb.children
    )


def _plural_agreement(verb: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """'Rink 4 are asking for the heaters on', 'Gazebo 5 want the band to play': a singular
    place with a plural verb is the people in it, doing what people do; crews, squads and
    classes agree in the plural too, and are `open_not_heads` or owned."""
    head = mention.root
    if head.tag_ not in ("NN", "NNP") or head.lower_.endswith("s"):
        return False
    finite = [a for a in verb.children if a.dep_ == "aux" and a.i < verb.i] or [verb]
    if not all(_plural_finite(a) for a in finite):
        return False
    lemma = _fixed_lemma(verb)
    return lemma in ctx.words("human_verbs") and lemma not in SAID_OF_THINGS_TOO


def _plural_finite(tok: Any) -> bool:
    """A finite verb that agrees with a plural: 'are', 'want', 'were'. A past form the
    tagger filed as a present ('Dryer 6 rang to say it was done') agrees with anything."""
    return tok.lower_ == "were" or (tok.tag_ == "VBP" and tok.lower_ not in PAST_FORMS)


def _left_a_belonging(verb: Any, ctx: SentenceContext) -> bool:
    """'Machine 14 left her washing in the drum', 'Hut 7 left his wallet on the bar': an
    owner's thing left somewhere, not what a machine or a bus leaves someone in ('left her
    clothes soaking wet', 'left his daughter behind')."""
    if verb.lemma_.lower() != "leave":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    complements = ("acomp", "oprd", "xcomp", "ccomp")
    if len(objects) != 1 or any(c.dep_ in complements for c in verb.children):
        return False
    obj = objects[0]
    if _a_person_word(obj, ctx) or not any(
        g.dep_ == "poss" and g.lower_ in ("his", "her", "their") for g in obj.children
    ):
        return False
    return any(c.lower_ in LEFT_WHERE and not _a_state(c) for c in verb.children if c.i > obj.i)


def _a_state(prep: Any) -> bool:
    """'in a tangle', 'in a right state': a state a machine leaves clothes in, not a place
    their owner left them (LEFT_STATES)."""
    return any(g.dep_ == "pobj" and g.lemma_.lower() in LEFT_STATES for g in prep.children)


def _wants_their_own(verb: Any) -> bool:
    """'Cabana 8 wants her towels changed': what is wanted is the speaker's own, and not
    what a machine asks its user for ('Pump 4 wants her card again')."""
    if verb.lemma_.lower() != "want":
        return False
    asked = MACHINE_PROMPTS | CLERK_REQUESTS | MACHINE_WANTS
    for c in verb.children:
        owned = c if c.dep_ == "dobj" else None
        if c.dep_ == "ccomp":
            owned = next((s for s in c.children if s.dep_ == "nsubj"), None)
        if (
            owned is not None
            and owned.lower_ not in asked
            and owned.lemma_.lower() not in asked
            and any(g.dep_ == "poss" and g.lower_ in ("his", "her") for g in owned.children)
        ):
            return True
    return False


@person_test("person_at_open_head")
def open_head_acts_as_a_person(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """A numbered place no rule owns, as the subject of what only a person does or says:
    the head word says nothing of who is there, so only evidence that needs no head counts.
    'Wants' or 'says' alone does not ('Machine 9 says error E4', 'Desk 9 is asking for a
    password')."""
    verb = _subject_verb(mention)
    if verb is None:
        return None
    if mention.root.lower_ in STAFFED_ROOMS:
        return Person(mention.start, mention.end, None) if _called_a_customer(verb, ctx) else None
    if (
        _reports_a_speaker(verb)
        or _rang_in(verb, mention)
        or _acts_alone_as_a_person(verb, ctx)
        or _called_a_customer(verb, ctx)
        or _plural_agreement(verb, mention, ctx)
        or _left_a_belonging(verb, ctx)
        or _wants_their_own(verb)
    ):
        return Person(mention.start, mention.end, None)
    return None
