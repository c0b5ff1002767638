"""The locator reading of what customers do, said of the number as the subject: 'Seat 22 had
smuggled in a trumpet', 'Pitch 12 has been feeding the ducks bread again', 'Table 8 had
started a conga', '14C filmed the whole thing', 'Contract RA-20931 returned the car with a
cracked windscreen'. The verb lists of `acts` name what people say, want and feel; these are
the things customers get up to, which staff report by the number.

Most such verbs are said of places, machines and vehicles too ('Screen 4 played the
trailer', 'Bus 14 picked up two passengers', 'Studio 2 is filming', 'Ticket 4410 returned
an error'), so the reading asks for one of a few shapes, with the number as the active
subject of its clause (or of the gerund it 'keeps' or 'has been' doing):

- a verb only people do (`customer_only_acts`: smuggle, gatecrash, jaywalk, haggle, ...);
- a verb with the object that makes it a person's: feeding animals (`fed_animals`),
  playing an instrument (`played_instruments`), starting a conga or a petition
  (`started_acts`), hitting or kicking balls (`hit_balls`), leaving a note, opening a
  ticket or a complaint (`opened_complaints`), tipping a member of staff or a sum;
- filming something, only of a place people occupy ('14C filmed the whole thing', but
  'Flight 212 filmed for a documentary' and 'Camera 2 filmed the door');
- returning, bringing back or coming back with a hired thing (`returned_hires`), only of
  a hire record (`hire_records`: 'Rental 3318 came back with one ski', but 'Order 5512
  came back undelivered');
- going 'without' doing what a fare or a queue asks (`without_acts`: 'Smartcard 00931 got
  on without tapping').

It refuses every number whose head is a machine, a carrier, a vessel, a staff member's post,
a clerk's or a kennel (`belonging_handlers`, `act_machines`, the rule's machine and staffed
heads), staff and role nouns ('Keeper 3 fed the goats', 'Patient 4 ...' is the descriptor
rules'), players, officials, staff and trade parties called by a number (`act_people`:
'Goalkeeper 1 kicked the ball long', 'Supplier 3014 raised a dispute'), automations, changes,
goods and works that act by themselves (`act_records`: 'Alert 4410 opened a ticket',
'Consignment 4410 went through customs without scanning', 'Hymn 440 started a singalong'),
and the passive ('Bay 9 was hit by a ball'). An object is read by its own head, not by its
modifier ('raised the ticket price', 'plays the flute sample'), but for the plural the parser
makes a modifier in 'feeding the seagulls chips'; a tip is never a tipping over or a forecast
('tipped them onto the road', 'tipped her for promotion'); and a place films what happened
there once, not a production or as a habit ('Suite 4 filmed the product shots', 'Bay 2
films every arrival').
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.finders import _subject_verb
from custlint.engine.kinds.locator.grammar import _fixed_lemma, _is_person_noun, _mention_role
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.lexicon import MOVABLE_HEADS
from custlint.engine.kinds.locator.lists import _occupied
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Verbs that carry on what they govern ('keeps hitting', 'started feeding'): the act is the
# gerund's.
KEEPING_VERBS = frozenset("keep start begin continue stop".split())
# Records that open tickets of their own, by automation ('Incident 55 opened a ticket with
# the vendor'), where an order, an account or a tenant opening one is its holder.
SELF_OPENING_RECORDS = frozenset("ticket case incident job rma invoice".split())
# Verbs by which a complaint or a ticket is opened.
OPENING_VERBS = frozenset("open raise log file submit reopen".split())
# How a customer goes on, in or through where a fare, a queue or a host waits: "got on
# without tapping", "walked in without knocking", "sat down without booking".
GOING_VERBS = frozenset(
    "get go board jump hop walk sit come barge push slip sneak stroll wander march enter "
    "ride".split()
)
# What a tip is given in: 'tipped the steward fifty dollars', 'tipped her a tenner'.
MONEY_WORDS = frozenset(
    "dollar dollars pound pounds quid euro euros buck bucks fiver tenner twenty".split()
)


@person_test("person_by_number")
@person_test("person_at_open_head")
def does_what_customers_do(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Locker 88 left a rather sharp note for the cleaners', 'Bay 9 keeps hitting balls at
    the net post': the number is the active subject of a customer's act (see the module's
    docstring for the shapes read and what is refused)."""
    verb = _subject_verb(mention) or _opening_code_verb(mention, ctx)
    if verb is None or _not_a_customer(mention, ctx, kind):
        return None
    for act in _acts_of(verb):
        if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in act.children):
            continue
        if _customer_act(mention, act, ctx, kind):
            return Person(mention.start, mention.end, None)
    return None


def _opening_code_verb(mention: Mention, ctx: SentenceContext) -> Any | None:
    """'14C filmed the whole thing': a bare code that opens the sentence, which the parser
    files as a list marker ('meta') or a loose noun, before a verb with no subject of its
    own; the code is that subject."""
    dep, root = _mention_role(mention)
    verb = root.head
    if (
        not mention.bare
        or any(not t.is_punct for t in ctx.doc[: mention.start])
        or dep not in ("meta", "dep", "npadvmod", "nmod")
        or verb.pos_ != "VERB"
        or verb.i < mention.end
        or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
    ):
        return None
    return verb


def _acts_of(verb: Any) -> list[Any]:
    """The verb and the gerund it keeps up ('keeps hitting balls'), with the verbs joined
    to it that share its subject ('had smuggled in a trumpet and played …')."""
    acts = [verb]
    if _fixed_lemma(verb) in KEEPING_VERBS:
        acts += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"]
    acts += [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.pos_ == "VERB"
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
    ]
    return acts


def _not_a_customer(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Machine 4 keeps hitting balls', 'Bus 14 smuggled …', 'Keeper 3 feeds the goats':
    a machine, carrier, vessel, clerk's post, member of staff or role word; a player,
    official or trade party called by a number ('Goalkeeper 1 kicked the ball long',
    'Supplier 3014 raised a dispute', `act_people`); or an automation, a change, goods or a
    work that acts by itself ('Alert 4410 opened a ticket', 'Consignment 4410 went through
    customs without scanning', 'Hymn 440 started a singalong', `act_records`)."""
    root = mention.root
    heads = {root.lower_, root.lemma_.lower()}
    if mention.start < mention.end - 1:
        heads |= {t.lower_ for t in ctx.doc[mention.start : mention.end - 1] if t.is_alpha}
    refused = (
        kind.machine_heads
        | kind.staffed_heads
        | MOVABLE_HEADS
        | ctx.words("belonging_handlers")
        | ctx.words("act_machines")
        | ctx.words("act_people")
        | ctx.words("act_records")
        | ctx.words("staff_nouns")
        | ctx.words("descriptor_nouns")
        | ctx.words("customer_nouns")
    )
    return bool(heads & refused)


def _objects(act: Any) -> list[Any]:
    """The act's objects, with the nouns joined to them ('the ducks and the swans'), and for
    feeding the first of two objects that the parser made a compound ('feeding the seagulls
    chips'). Only a plural counts there: a singular before a noun is a modifier ('feeds the
    duck pond', 'the fish tanks'), and no other act's object is read through its modifiers
    ('plays the flute sample', 'raised the ticket price', 'a chargeback flag')."""
    found = [c for c in act.children if c.dep_ in ("dobj", "dative")]
    found += [g for o in found for g in o.children if g.dep_ == "conj"]
    if _fixed_lemma(act) != "feed":
        return found
    return found + [
        g for o in found for g in o.children if g.dep_ == "compound" and g.tag_ == "NNS"
    ]


def _spelled_stems(act: Any) -> set[str]:
    """The lemma and the stems its spelling allows, for verbs the lemmatizer does not know
    ('gatecrashed' is left as 'gatecrashe')."""
    low = act.lower_
    stems = {_fixed_lemma(act)}
    for ending in ("ed", "d", "ing", "s", "es"):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            stems |= {stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem}
    return stems


def _customer_act(mention: Mention, act: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    lemma = _fixed_lemma(act)
    objects = _objects(act)
    words = {o.lower_ for o in objects} | {o.lemma_.lower() for o in objects}
    if _spelled_stems(act) & ctx.words("customer_only_acts"):
        return True  # "Row F seat 22 had smuggled in a trumpet"
    if lemma == "feed":
        return bool(words & ctx.words("fed_animals"))  # "feeding the ducks bread"
    if lemma == "play":
        return bool(words & ctx.words("played_instruments"))  # "played the bagpipes"
    if lemma in ("start", "begin"):
        # the parse may hang the object on a preposition after it: "a conga round the bar"
        loose = {g.lower_ for c in act.children for g in (c, *c.children) if g.dep_ == "npadvmod"}
        return bool((words | loose) & ctx.words("started_acts"))  # "had started a conga"
    if lemma in ("hit", "kick", "whack", "smash", "throw", "lob"):
        # a 'number' that kicks or throws a ball is a player's shirt ("Number 10 kicked …")
        return bool(words & ctx.words("hit_balls")) and mention.root.lower_ != "number"
    if lemma == "leave":
        return bool(words & {"note", "notes"})  # "left a rather sharp note for the cleaners"
    if lemma in OPENING_VERBS:
        return bool(words & ctx.words("opened_complaints")) and not (
            {mention.root.lower_, mention.root.lemma_.lower()} & SELF_OPENING_RECORDS
        )  # "Tenant 8812 keeps opening P1 tickets"
    if lemma == "tip":
        return not _tipped_over_or_for(act) and any(_staff_or_money(o, ctx) for o in objects)
    if lemma == "film":
        return _filmed_what_happened(act, objects, ctx) and _occupied(mention, ctx, kind)
    if lemma in ("return", "bring", "come"):
        return _hire_returned(mention, act, lemma, ctx)
    return _went_without(act, ctx)


# Where what is tipped over goes, or what it is tipped for: "tipped them onto the road",
# "tipped the instructor off", "tipped them into the lead", "tipped her for promotion".
TIPPED_TO = frozenset("into onto over off out of from across down for as ahead".split())


def _tipped_over_or_for(act: Any) -> bool:
    """'Skip 3 tipped them onto the road', 'Pony 3 tipped the instructor off at the jump',
    'Goal 3 tipped them into the lead', 'Pundit 3 tipped them for the title', 'Poll 4 tipped
    them to win': tipping over, or tipping as a forecast. A customer's tip has no particle, no
    direction and no forecast after it ('tipped the porter twenty quid'), though it may say
    what it was for ('tipped him for carrying the bags')."""
    for c in act.children:
        if c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in TIPPED_TO):
            return True
        what = c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ in TIPPED_TO)
        if what and not any(g.tag_ == "VBG" for g in c.children):
            return True  # but "tipped him for carrying the bags"
    return False


def _staff_or_money(obj: Any, ctx: SentenceContext) -> bool:
    """'tipped the steward', 'tipped her a tenner', 'tipped fifty dollars': what a tip goes
    to or is, where a truck tips its load and a bin its rubbish."""
    low = obj.lower_
    return (
        low in ctx.words("staff_nouns")
        or low in ("him", "her", "them")
        or obj.lemma_.lower() in MONEY_WORDS
        or (obj.like_num and obj.dep_ == "dobj")
        or (_is_person_noun(obj, ctx) and obj.dep_ == "dative")
    )


def _filmed_what_happened(act: Any, objects: list[Any], ctx: SentenceContext) -> bool:
    """'14C filmed the whole thing', 'Table 14 filmed the proposal': someone filming what went
    on there, once. A room or a bay that films as its habit ('Bay 2 films every arrival',
    'Room 2 films the lectures') has a camera in it, and what a suite or a room films as a
    production ('filmed the product shots', 'the deposition') is staff's work there."""
    if not objects or act.tag_ in ("VBZ", "VBP"):
        return False
    productions = ctx.words("filmed_productions")
    return not any(o.lower_ in productions or o.lemma_.lower() in productions for o in objects)


def _hire_returned(mention: Mention, act: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Contract RA-20931 returned the car', 'Rental 3318 came back with one ski', 'Hire 22
    brought back the kayak': a hired thing returned by a hire record's holder. An order comes
    back undelivered and a ticket returns an error, so only a hire record counts."""
    heads = {t.lower_ for t in ctx.doc[mention.start : mention.end]}
    if not heads & ctx.words("hire_records"):
        return False
    hires = ctx.words("returned_hires")
    if lemma == "return" or (lemma == "bring" and any(c.lower_ == "back" for c in act.children)):
        return any(
            o.lower_ in hires or o.lemma_.lower() in hires
            for o in _objects(act)
            if o.dep_ == "dobj"
        )
    if lemma != "come" or not any(c.lower_ == "back" for c in act.children):
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "with"
        and any(
            o.dep_ == "pobj" and (o.lower_ in hires or o.lemma_.lower() in hires)
            for o in p.children
        )
        for p in act.children
    )


def _went_without(act: Any, ctx: SentenceContext) -> bool:
    """'Smartcard 00931 got on at Mill Road without tapping', 'Wristband 4410 went through
    the barrier without scanning': someone going on, in or through without doing what a
    fare, a queue or a host asks. Only a going counts ('Order 5512 shipped without paying
    the duty' is a parcel's, 'Card 4410 worked without tapping' a card's), and not a
    sign-off, which is given to a change ('Change 4410 went through without signing off')."""
    if _fixed_lemma(act) not in GOING_VERBS:
        return False
    return any(
        p.dep_ == "prep"
        and p.lower_ == "without"
        and any(
            d.dep_ in ("pcomp", "pobj")
            and d.tag_ == "VBG"
            and _fixed_lemma(d) in ctx.words("without_acts")
            and not any(g.dep_ == "prt" and g.lower_ == "off" for g in d.children)
            for d in p.children
        )
        for p in act.children
    )
