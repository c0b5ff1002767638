"""A verb's thing-sense: what the subject reading's verbs say of a numbered thing or place
and never of the customer in it, said of the number as the subject.

- its own part or supply: 'Rower 9 lost its display', 'Room 14 missed its clean' ('its'
  looks back to a thing), 'Room 508 lost hot water';
- where a thing ends up: 'Table 3 went into the skip', '12F went into the spares pool';
- the sun, light or draught a place gets: 'Room 2 gets the morning sun', 'Table 1 gets a
  draught';
- where a place sits, said in the present of a table or seat: 'table 1 sits in the window';
- furniture that tips: 'Table 4 tipped over', 'Trolley 4 tipped them onto the floor';
- an event that starts at a time: 'Table 9 kicked off at eight';
- a smell left in a place: 'Room 403 left a bad smell after the refit'.

The persons these verbs have stay: 'Table 9 tipped the waiter', 'Table 9 kicked off at the
waiter', '44C went into labour', '17F left a bad smell in the loo' (a bare seat code is
whoever sits in it), 'Room 412 lost her keys'; and so do those said with the same words as a
thing: a row at a time that says what about or when ('kicked off at midnight about the
noise', 'at ten when the kitchen closed'), a shop gone into for something ('went into the
store to buy milk', 'into the museum and never came back'), a habit of sitting ('sits in
the corner of the lounge every afternoon'), and a tip of money ('tipped twenty pounds into
the jar').
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.lexicon import BED_HEADS
from custlint.engine.kinds.locator.senses import _furniture_subject

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind

# Where the fixed heads sit, said of a table or seat in the present: 'sits in the window'.
POSITIONS = frozenset("window aisle corner middle centre center alcove shade".split())
# What a place or a machine loses that a person has no use for: 'Room 508 lost hot water'.
SUPPLIES = frozenset("power electricity heating water gas signal wifi internet supply".split())
# What a place gives off and a person may leave only where a place is the subject.
SMELLS = frozenset("smell odour odor stink stench whiff pong".split())
# What a time is, for 'kicked off at eight': a clock word or a number.
CLOCK_WORDS = frozenset("noon midday midnight half quarter am pm".split())
# What says a kick-off at a time is a row: what about, or what set it off.
ROW_WORDS = frozenset("about over because when after".split())
# Acts after going into a place that only a person does there: 'and never came back'.
RETURNING = frozenset("come return rejoin".split())
# Adverbs of a habit, which a person has and furniture's place does not: 'every afternoon'.
HABITS = frozenset("every always usually often normally generally".split())
# Money tipped: 'tipped twenty pounds into the jar', 'tipped over a hundred quid'.
MONEY = frozenset(
    "pound pounds quid dollar dollars euro euros buck bucks tenner fiver percent % cent".split()
)


def _thing_sense(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the verb says of its subject what is said only of a thing or a place."""
    children = list(verb.children)
    objects = [c for c in children if c.dep_ == "dobj"]
    done = [g for c in children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"]
    if any(any(g.dep_ == "poss" and g.lower_ == "its" for g in o.children) for o in objects + done):
        return True  # 'Lodge 3 lost its water supply', 'Room 215 got its carpet cleaned'
    if lemma == "lose" and any(_words_in(o, SUPPLIES) for o in objects):
        return True  # 'Room 18 has lost hot water again'
    if (
        lemma == "go"
        and _goes_into(children, ctx.words("thing_destinations"))
        and not _went_for_something(children)
    ):
        return True  # 'Bed 6 went into storage', not 'bed 6 went into theatre'
    if lemma in ("get", "catch", "have") and any(
        _words_in(o, ctx.words("exposures")) for o in objects
    ):
        return True  # 'Does 14F get the sun in the afternoon?'
    if (
        lemma in ("sit", "stand", "lie")
        and (verb.tag_ == "VBZ" or (verb.tag_ == "VBP" and _furniture_subject(verb, kind)))
        and _goes_into(children, POSITIONS, preps=("in", "on"))
        and not any(t.lower_ in HABITS for c in children for t in c.subtree if c.dep_ != "prep")
    ):
        return True  # 'table 1 sits in the window', not '17F is sitting in the aisle'
    if lemma == "tip" and _tipped_as_furniture(children) and not _money_tipped(verb):
        return True
    if lemma == "kick" and _kicked_off_at_a_time(children):
        return True
    return (
        lemma == "leave"
        and any(_words_in(o, SMELLS) for o in objects)
        and any(
            c.dep_ == "nsubj" and c.lower_ in kind.heads and c.lower_ not in BED_HEADS
            for c in children
        )
    )  # 'Room 403 left a bad smell', 'Suite 8 left a bleach smell', not '17F left a smell'


def _words_in(noun: Any, words: frozenset[str]) -> bool:
    """Whether a noun or a compound word before it is one of the words: 'water pressure',
    'the spares pool', 'the history books'."""
    return noun.lemma_.lower() in words or any(
        g.dep_ == "compound" and g.lemma_.lower() in words for g in noun.children
    )


def _goes_into(children: list, words: frozenset[str], preps: tuple = ("into", "to")) -> bool:
    """Whether a preposition of the verb leads to one of the words: 'into the skip'."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(g.dep_ == "pobj" and _words_in(g, words) for g in c.children)
        for c in children
    )


def _went_for_something(children: list) -> bool:
    """'Room 302 went into the store to buy milk', 'Seat 14 went into the museum and never
    came back': a purpose, or a coming back, that a person going into a shop has."""
    return any(
        (
            c.dep_ in ("advcl", "xcomp")
            and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
        )
        or (c.dep_ == "conj" and c.lemma_.lower() in RETURNING)
        for c in children
    )


def _money_tipped(verb: Any) -> bool:
    """'Table 6 tipped twenty pounds into the jar', 'Table 9 tipped over a hundred quid': money
    given, which a tipped table never is."""
    return any(
        t.lemma_.lower() in MONEY or t.tag_ == "$" or t.text[:1] in "£$€"
        for t in verb.subtree
        if t.i > verb.i
    )


def _tipped_as_furniture(children: list) -> bool:
    """'Table 4 tipped over', 'Seat 1 tipped the pilot out', 'Trolley 4 tipped them onto
    the floor', 'Bike 6 tipped the courier off on the ice': furniture that falls or throws
    off who is on it, where 'Table 9 tipped the waiter' is a customer's tip."""
    if any(c.dep_ == "prt" and c.lower_ in ("over", "out", "up") for c in children):
        return True
    if any(c.dep_ == "prep" and c.lower_ in ("onto", "into") for c in children):
        return True
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in children) and any(
        c.dep_ == "prep" and c.lower_ in ("on", "onto", "into") for c in children
    )


def _kicked_off_at_a_time(children: list) -> bool:
    """'Table 9 kicked off at eight': the event started, where 'kicked off at the waiter'
    is the customer's row, and so is a kick-off at a time that says what about or when
    ('at midnight about the noise', 'at ten when the kitchen closed')."""
    if any(t.lower_ in ROW_WORDS for c in children for t in c.subtree if c.dep_ != "nsubj"):
        return False
    return any(c.dep_ == "prt" and c.lower_ == "off" for c in children) and any(
        c.dep_ == "prep"
        and c.lower_ == "at"
        and any(
            g.dep_ == "pobj"
            and (
                g.like_num
                or g.tag_ == "CD"  # 'at 7:30'
                or g.lower_ in CLOCK_WORDS
                or any(n.dep_ == "nummod" for n in g.children)  # 'at 9 sharp'
            )
            for g in c.children
        )
        for c in children
    )
