"""Person tests: a person noun placed by a number ("the man in seat 17F", "the couple at table
14", "desk 4 lady").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import _is_person_noun
from custlint.engine.kinds.locator.lexicon import PREPOSITIONS
from custlint.engine.kinds.locator.predicates import _human_predicate
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.vetoes import _trailing_person

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


PLACING_WORDS = frozenset(
    "sitting seated sat staying standing lying waiting now over there still currently who's".split()
)
DETERMINERS = frozenset("my our the your his her their this that".split())
# Number words that stand for a group of people after 'the': 'the four on court 7'.
GROUP_NUMBERS = frozenset("two three four five six seven eight nine ten eleven twelve".split())


def _number_group(tok: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'the four on court 7 haven't paid': a number word after 'the' stands for people when
    it does what people do; 'the two on shelf 3 are cracked' are things."""
    return (
        tok.lower_ in GROUP_NUMBERS
        and tok.dep_ == "nsubj"
        and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in tok.children)
        and (_human_predicate(tok.head, ctx, kind) or _on_their_phones(tok.head))
    )


def _person_or_group(tok: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    return _is_person_noun(tok, ctx) or _number_group(tok, ctx, kind)


def _on_their_phones(verb: Any) -> bool:
    """'the two in H11 are on their phones': 'be' with a place only people have."""
    return verb.lemma_ == "be" and any(
        p.dep_ == "prep" and any(c.lower_ in ("their", "his", "her") for c in p.subtree)
        for p in verb.children
    )


@person_test("person_by_number")
def named_with_its_person(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """A code and the person noun after it, staff shorthand for who is there: 'desk 4 lady
    wants the form re-sent', 'the bed 4 lady keeps buzzing', 'pitch 12 caravan owner wants
    a later slot'. The span is the whole reference, an article before it included."""
    if mention.many:
        return None
    noun = _trailing_person(mention, ctx)
    if noun is None:
        return None
    start = mention.start
    if start > 0 and ctx.doc[start - 1].lower_ in ("the", "that", "this"):
        start -= 1
    return Person(start, noun.i + 1, noun)


@person_test("person_by_number")
@person_test("person_placed")
def person_noun_placed(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'the man in seat 17F', 'the couple at table 14', 'the woman seated in 4A'."""
    if (
        mention.bare
        and mention.start > 0
        and ctx.doc[mention.start - 1].lower_ == "of"
        and ctx.doc[mention.start].text.isdigit()
    ):
        return None  # a size, not a place: "a party of 12", "groups of 10"
    governor = _placed_by_parse(mention)
    if governor is not None and not _placed_person(governor, mention, ctx, kind):
        climbed = _climb_places(governor, ctx)  # "the gentleman at the bar in seat 3"
        if climbed is not None:
            governor = climbed
    if governor is None or not _placed_person(governor, mention, ctx, kind):
        governor = _placed_by_order(mention, ctx)  # "the ticket of the man in 13C"
    if (
        governor is None
        or governor.i >= mention.start
        or not _placed_person(governor, mention, ctx, kind)
    ):
        return None
    if mention.bare and (_party_size(governor) or _clock_time(mention)):
        return None  # "a table for four people at 8", "meeting a friend at 8": a time
    if governor.lemma_.lower() in ("team", "group", "crew") and any(
        c.lower_ in ("our", "my") for c in governor.children
    ):
        return None  # "our team in room 4": the staff
    if _holder_as_a_role(governor, mention, ctx):
        return None
    start = governor.left_edge.i if governor.left_edge.i < governor.i else governor.i
    while (
        start > 0
        and ctx.doc[start - 1].dep_ in ("det", "poss", "amod", "compound", "nummod")
        and (ctx.doc[start - 1].head.i == governor.i)
    ):
        start -= 1
    while start < governor.i and (
        ctx.doc[start].is_punct or ctx.doc[start].lower_ in ("but", "and", "so")
    ):
        start += 1
    return Person(start, mention.end, governor)


# Who holds a place by a title to it: the person noun is the place's legal role.
HOLDER_NOUNS = frozenset("owner tenant occupier lodger renter leaseholder plotholder".split())
# Records that an owner works on rather than holds: "the owner of ticket 4410" is staff.
ASSIGNED_RECORDS = frozenset("ticket issue case job task bug incident".split())
# What a rule lays on the holder of a place: "the tenant of flat 7 must …", "is responsible".
DUTY_MODALS = frozenset("must shall should".split())
DUTY_STATES = frozenset("responsible liable required obliged".split())


def _holder_as_a_role(noun: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """'Tenants of block 2 must not store bikes', 'the plotholder of plot 22 is responsible
    for the hedge', 'the owner of ticket 4410': a holder in a rule, or a bare plural of
    holders, names whoever holds the place, as leases and by-laws do, not a person in
    it; and a record's owner is the one assigned to it. 'The owner of berth 12 wants the
    power back' is still someone placed by the berth."""
    if noun.lemma_.lower() not in HOLDER_NOUNS:
        return False
    heads = {t.lower_.removesuffix("s") for t in ctx.doc[mention.start : mention.end]}
    if heads & ASSIGNED_RECORDS:
        return True
    if noun.tag_ == "NNS" and not any(c.dep_ in ("det", "poss") for c in noun.children):
        return True  # "Owners of plots 1 to 20 share the cost": holders in general
    verb = noun.head if noun.dep_.startswith("nsubj") else None
    if verb is None:
        return False
    return any(c.lower_ in DUTY_MODALS for c in verb.children) or (
        verb.lemma_ == "be" and any(c.lower_ in DUTY_STATES for c in verb.children)
    )


def _placed_person(tok: Any, mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A noun for the people a number places: a person noun, a group ('the four'), or a
    carer by trade in a seat (`_seated_carer`)."""
    return _person_or_group(tok, ctx, kind) or _seated_carer(tok, mention, ctx, kind)


# The places of the seat rule that nobody works in: 'the nurse in 22C'. Not 'on' a bare
# code, which is how a ward is named ('the nurse on 7B').
SEAT_PREPOSITIONS = frozenset("in at".split())
# Where staff are given seats: a carer in a seat of a plan or a rota works from it ('the
# seat plan shows the doctor in 22C', 'crew rota: the nurse in 1A').
SEAT_PLAN_WORDS = frozenset("plan map chart rota roster allocation assign allocate".split())


def _seated_carer(noun: Any, mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'the nurse in 22C is helping', 'the doctor in seat 9D': a doctor or a nurse is staff
    where they work ('the nurse in bay 4', 'the doctor at station 2'), but nobody nurses from
    a seat on a plane, a train or in a theatre: placed by a seat, the trade says who helps,
    and the seat says a customer is helping."""
    before = mention.start - 1
    if "seat" not in kind.heads or before < 0 or ctx.doc[before].lower_ not in SEAT_PREPOSITIONS:
        return False
    if any(t.lemma_.lower() in SEAT_PLAN_WORDS for t in ctx.doc):
        return False  # "the seat plan shows the doctor in 22C": crew given seats
    carers = ctx.words("seated_carers")
    return noun.lower_ in carers or noun.lemma_.lower() in carers


# Verbs that happen at an hour: "meeting a friend at 8", "my wife arrives at 10".
TIMED_VERBS = frozenset(
    "meet arrive finish start begin leave open close come expect book collect land depart end "
    "wake".split()
)


def _clock_time(mention: Mention) -> bool:
    """'meeting a friend at 8': an hour, where 'at' hangs on a verb that happens at a time."""
    root = mention.root
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "at"
        and root.head.head.lemma_.lower() in TIMED_VERBS
        and root.text.isdigit()
        and int(root.text) <= 24
    )


def _party_size(noun: Any) -> bool:
    """'for four people', 'for 6 adults': a counted group that a booking is for."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and any(c.dep_ == "nummod" for c in noun.children)
    )


def _climb_places(place: Any, ctx: SentenceContext) -> Any | None:
    """The person noun a chain of places hangs from: 'the lady on the aisle in G3', 'the
    regular at the end of the bar on stool 4' (two places at most)."""
    for _ in range(3):
        if place.dep_ != "pobj" or place.head.lower_ not in (*PREPOSITIONS, "of"):
            return None
        place = place.head.head
        if place.pos_ not in ("NOUN", "PROPN"):
            return None
        if _is_person_noun(place, ctx):
            return place
    return None


def _placed_by_parse(mention: Mention) -> Any | None:
    """The noun that the parse attaches the mention's preposition to."""
    root = mention.root
    if _had_or_worn(root):
        return root.head.head
    if root.dep_ != "pobj" or root.head.lower_ not in PREPOSITIONS:
        return None
    governor = root.head.head
    if governor.pos_ in ("VERB", "ADJ") and governor.dep_ in ("acl", "relcl", "amod", "advcl"):
        governor = governor.head
    elif _relative_be(governor):
        governor = governor.head  # "the man who is in room 4"
    if governor.pos_ == "ADV" and governor.dep_ == "advmod":
        governor = governor.head
    if governor.pos_ == "NUM" and governor.dep_ == "pobj" and governor.head.lower_ == "of":
        governor = governor.head.head  # "the party of eight at table 5": the party is placed
    if governor.pos_ not in ("NOUN", "PROPN", "PRON", "ADJ") and (
        governor.lower_ not in GROUP_NUMBERS  # "the four on court 7"
    ):
        return None
    return governor


def _relative_be(verb: Any) -> bool:
    """'the man who is in room 4', 'the lady that was at table 6': 'be' in a relative clause
    places its noun as the bare preposition does ('the man in room 4')."""
    return (
        verb.lemma_ == "be"
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children)
    )


# What we hand out to be worn with a number on it; a worn shirt or number is a player's.
WORN_TAGS = frozenset("lanyard badge wristband band bib tag pass sticker".split())


# What a person does with a place they hold for a while: 'the woman who uses locker 31',
# 'the couple that rent pitch 9'. Not 'book' or 'order', which name what someone asked for
# ('the man who booked table 6' may never sit there).
HELD_PLACE_VERBS = frozenset("have use rent hire occupy share".split())
RELATIVE_SUBJECTS = frozenset("who that".split())
# Of the held-place verbs, those a standing group does with the room it is based in ('the
# team that uses room 4', 'the department that occupies floor 3'); hiring and renting stay
# a customer's ('the team that hired court 5').
BASED_VERBS = frozenset("use occupy share".split())
STANDING_GROUPS = frozenset("team department company firm office staff committee unit".split())


def _had_or_worn(root: Any) -> bool:
    """'the group who had court 5', 'the woman who uses locker 31', 'the dad wearing
    visitor lanyard 4': the place a person holds for a while, or the tag they wear, places
    them as 'at' and 'with' do ('the woman wearing number 7' is a player)."""
    verb = root.head
    if root.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_ == "wear":
        return verb.dep_ == "acl" and root.lemma_.lower() in WORN_TAGS
    if verb.lemma_ in BASED_VERBS and verb.head.lemma_.lower() in STANDING_GROUPS:
        return False  # "the team that uses room 4": a standing group's base, as an office
    return (
        verb.lemma_ in HELD_PLACE_VERBS
        and verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS for c in verb.children)
    )


def _placed_by_order(mention: Mention, ctx: SentenceContext) -> Any | None:
    """'the lady in 1B leans over': the words right before the mention, when the parse
    attached the preposition to the verb instead."""
    doc = ctx.doc
    i = mention.start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if i < 1 or doc[i].lower_ not in PREPOSITIONS:
        return None
    i -= 1
    while i >= 0 and doc[i].lower_ in PLACING_WORDS:
        i -= 1
    if i < 0 or doc[i].pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    return doc[i]
