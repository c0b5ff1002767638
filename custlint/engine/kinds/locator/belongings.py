"""The locator reading of a number that owns what people own: 'Yurt 3 forgot their torch',
'Bay 2 twisted her ankle', 'Room 8 came down in her dressing gown', 'Cabana 8 spilled her
smoothie'. Things have parts, contents and records ('its'), but only a person has his, her
or their own belongings, body and clothes to forget, sprain or be seen in.

A possessive alone is not enough: machines, carriers and records handle a person's things
too ('Washer 3 shrank her jumper', 'Flight 212 lost his suitcase', 'Order 6620 lost his
discount'), staff have their own things at their numbered posts ('Desk 4 lost his pen'),
and a place is said to be someone's ('Table 6 is her favourite'). So the reading asks, of
the number as the subject of its clause:

- a verb of what people do with their things: one no machine or record does ('forget',
  'misplace', `belonging_verbs`), one done to the body with a part of it (`body_verbs`,
  `body_parts`), 'can't find', 'brought their own', or one that handlers do too ('lose',
  'drop', 'spill', `handled_belonging_verbs`) only where the number is no record and its
  head is no machine, carrier or vessel (`belonging_handlers`);
- or a person seen in their clothes ('in her dressing gown', `worn_things`), or a belonging
  left somewhere ('Locker 88 left their key in the sauna', as `_left_a_belonging` reads it);
- the possessive on the verb's own object, and that object a belonging: not a person, not
  a part of a place or a vessel, not what a record or a line holds (`not_belongings`);
- and the number no clerk's post, no machine a customer is served at, no carrier, vessel or
  kennel (`staffed_heads`, `machine_heads`, `belonging_handlers`), whose 'his' or 'her' may
  be the clerk's, the machine's user's, a passenger's, the vessel's own or the dog's; nor,
  for a head no rule owns, a device or a consignment that forgets or loses what it stored
  or carried for its user ('Tablet 4 forgot her saved cards', `stored_data`).
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.finders import RECORD_HEADS, _subject_verb
from custlint.engine.kinds.locator.found_and_open import (
    PERSON_POSSESSIVES,
    STAFFED_ROOMS,
    _left_a_belonging,
)
from custlint.engine.kinds.locator.grammar import _a_person_word, _fixed_lemma
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Verbs a person does with belongings only where the clause says they could not: "Cabin 214
# can't find his car keys" (but "Room 9 found his wallet" may be the housekeeper's room).
NEGATED_ONLY = frozenset("find".split())
# Verbs whose object is a person's only with 'own': "Villa 9 brought her own pillows" (but
# "Room 16 brought back his childhood").
OWN_ONLY = frozenset("bring".split())


@person_test("person_by_number")
@person_test("person_at_open_head")
def owns_belongings(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Igloo 6 lost her mittens', 'Pitch 12 forgot their tent pegs', 'Bay 2 twisted her
    ankle': the number is the subject of what a person does with their own things or body
    (see the module's docstring for what is refused)."""
    verb = _subject_verb(mention)
    if verb is None or _a_handler(mention, ctx, kind, strict=True) or _numbers_people(mention, ctx):
        return None
    verb = _kept_up(verb)
    if kind.open and _stored_by_a_device(verb, ctx):
        return None
    if (
        _seen_in_own_clothes(verb, ctx)
        or _left_a_belonging(verb, ctx)
        or _does_with_own_things(mention, verb, ctx, kind)
    ):
        return Person(mention.start, mention.end, None)
    return None


def _numbers_people(mention: Mention, ctx: SentenceContext) -> bool:
    """'Patient 4 forgot her inhaler': a role word with a number names a person in a study
    or a list (the descriptor rules' business), not a place the person is at."""
    root = mention.root
    roles = ctx.words("descriptor_nouns") | ctx.words("customer_nouns")
    return root.lower_ in roles or root.lemma_.lower() in roles


def _stored_by_a_device(verb: Any, ctx: SentenceContext) -> bool:
    """'Tablet 4 forgot her saved cards after the update', 'Keypad 2 forgot her code',
    'Sample 3 lost her barcode': a head no rule owns may be a device, a record or a
    consignment, which keeps, forgets or loses what it stored for its user or carries on
    its label (`stored_data`, or what is 'saved' or 'stored'), so its 'her' is the user's.
    Read only of open heads: an owned head's ticket or card is its holder ('Ticket 4410
    forgot her password')."""
    data = ctx.words("stored_data")
    return any(
        c.dep_ == "dobj"
        and (
            c.lower_ in data
            or any(m.lower_ in ("saved", "stored") for m in c.children if m.dep_ == "amod")
        )
        for c in verb.children
    )


def _kept_up(verb: Any) -> Any:
    """'Bed 6 keeps losing her hearing aids': the verb kept up, not 'keep'."""
    if verb.lemma_.lower() != "keep":
        return verb
    return next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"), verb)


def _a_handler(mention: Mention, ctx: SentenceContext, kind: LocatorKind, strict: bool) -> bool:
    """Whether the number's head names what handles a person's things or serves them, whose
    'his' or 'her' may be its user's or its own: a clerk's post, a customer's machine, a
    carrier, a vessel, a kennel or a room or post a clinician or stylist works in ('Desk 4 lost
    his pen', 'Flight 9 forgot her wheelchair', 'Kennel 4 lost his collar', 'Station 5 forgot
    her scissors'); with `strict` False also a record, which loses and drops
    what is a person's but forgets nothing ('Ticket 4410 lost her attachment', but 'Ticket
    4410 forgot her password')."""
    heads = {mention.root.lower_, mention.root.lemma_.lower()}
    handlers = (
        kind.staffed_heads | kind.machine_heads | STAFFED_ROOMS | ctx.words("belonging_handlers")
    )
    return bool(heads & handlers) or (not strict and bool(heads & RECORD_HEADS))


def _does_with_own_things(
    mention: Mention, verb: Any, ctx: SentenceContext, kind: LocatorKind
) -> bool:
    """'Yurt 3 forgot their torch', 'Cabin 214 can't find his car keys', 'Villa 9 brought
    her own pillows', 'Bay 2 twisted her ankle', 'Hut 7 dropped his binoculars'."""
    lemma = _fixed_lemma(verb)
    owned = _owned_objects(verb, ctx)
    if not owned:
        return False
    if lemma in ctx.words("belonging_verbs"):
        return True
    if lemma in ctx.words("body_verbs"):
        return any(o.lower_ in ctx.words("body_parts") for o in owned)
    if lemma in NEGATED_ONLY:
        return any(c.dep_ == "neg" for c in verb.children)
    if lemma in OWN_ONLY:
        return any(g.lower_ == "own" for o in owned for g in o.children)
    return lemma in ctx.words("handled_belonging_verbs") and not _a_handler(
        mention, ctx, kind, strict=False
    )


def _owned_objects(verb: Any, ctx: SentenceContext) -> list[Any]:
    """The verb's objects with 'his', 'her' or 'their' on them that are belongings, also
    one the parser made the subject of a clause ('find his car keys' as 'car' + 'keys')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"
    ]
    return [
        o
        for o in objects
        if any(g.dep_ == "poss" and g.lower_ in PERSON_POSSESSIVES for g in o.children)
        and not _a_person_word(o, ctx)
        and o.lower_ not in ctx.words("not_belongings")
    ]


def _seen_in_own_clothes(verb: Any, ctx: SentenceContext) -> bool:
    """'Room 8 came down in her dressing gown', 'Table 5 turned up in his football kit': a
    person seen in their clothes (not 'came in her name', 'came up in her notes')."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and g.dep_ == "pobj"
        and g.lower_ in ctx.words("worn_things")
        and any(p.dep_ == "poss" and p.lower_ in PERSON_POSSESSIVES for p in g.children)
        for prep in verb.children
        for g in prep.children
    )
