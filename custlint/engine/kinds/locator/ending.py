"""The reading of customers named by the last digits of their card, account, policy or line.

Bank, telecom, insurance and retail staff name the customer by what they hold, read from the
screen: 'Card ending 4417 in branch again', 'acc ending 2201 on the phone saying her direct
debit bounced', 'Account ending 3303 at the counter, she's upset', 'Card ending 7744 swore at
the cashier', 'Just had card ending 8301 on the line, she's lovely'. Saying the last digits
is how staff speak of the holder; the phone readings (`phones`) read such words of a phone's
last digits ('ending 0932 is disputing a charge'), and this module reads them of a record's.

The same words say what befalls the card or the account itself ('Card ending 9012 is in
branch for collection', 'Account ending 6620 is in the queue for review', 'Card ending 6612
was left at the counter', 'The card ending 2290 is on hold until she confirms', 'Account
ending 8830 is waiting for a clearing payment', 'The new card ending 4402 is at the counter
ready to collect'), so this reading takes the number for the holder only when it opens its
clause (or is what staff 'had' or 'got': 'had card ending 8804 in tears') and what follows
is one of:

- where a holder is (`ending_places`): 'in branch', 'at the counter', 'at till 4', 'on the
  phone', 'on the line', 'in the queue', 'in tears', or 'in' on its own with 'again' or a
  time ('was in earlier'), with nothing after it but a pause, a time, what they do
  ('asking', 'saying') or how long ('on the phone for an hour'); never a card put there
  ('was left at the counter', 'is saved on the phone': only 'is', 'has been' and adverbs
  may come between), nor one that waits there for something ('for collection', 'ready to
  collect', 'in the lost property box');
- what a caller does or is, as the phone readings take it (`caller_acts`, `caller_states`:
  'swore at the cashier', 'hung up on me', 'is furious'), where 'waiting' and 'holding' are
  a holder's only on the line or for someone's call (`ending_awaited`: 'waiting for a
  callback', not 'for a clearing payment').

A card that is new, a replacement or a spare (`ending_thing_modifiers`: 'the replacement
card ending 9914 is in the queue') is the plastic, and this reading leaves it alone. A holder
is 'on' the phone or the line, never on a desk or a counter ('Card ending 3301 is on the
desk').

Its thing test (`a_card_put_somewhere`) refuses, for every reading, what the same words say
of the card or the phone itself, which the older readings of 'is at', 'says' and 'needs'
take for a holder's:

- put on or in something ('is on the desk', 'on the counter next to the till', 'is in the
  safe at reception', `ending_containers`), or at a holder's place with where it lies there
  or since when ('at the counter in an envelope', 'has been at the counter since Monday',
  'at the door reader');
- at such a place with what befalls it after a pause ('at the counter, found under the chip
  and pin machine', 'at reception, left behind after the meeting', 'at the till, chip
  damaged', 'in the lobby, someone dropped it by the lift', 'in the queue, pending dispatch');
- new, spare or a replacement and at a place ('The new card ending 3317 is at the counter');
- what a terminal shows of it ('says expired on the terminal', 'says declined'), what is to
  be done to it ('needs updating', 'needs activating'), and a phone that rings somewhere
  ('The phone ending 2207 keeps ringing at the desk').
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.lexicon import DAY_AND_MONTH_NAMES
from custlint.engine.kinds.locator.phone_finder import ENDING_WORDS
from custlint.engine.kinds.locator.phones import (
    BE_FORMS,
    DURATION_WORDS,
    FILLERS_AFTER,
    _opens_clause,
    _says_as_a_caller,
)
from custlint.engine.kinds.locator.registry import Mention, Person, person_test, thing_test

# What may follow where the holder is: a time or 'again' ('in branch again', 'was in
# earlier'), which a card put somewhere is not said with.
TIMES = frozenset("again today earlier yesterday now still already this".split())
# Places said without an article, as staff say where a person is ('in branch', 'in tears');
# 'at the branch' is where a posted card waits too.
BARE_PLACES = frozenset("branch tears store".split())
# What waits for a holder: 'waiting for a callback', 'holding for the manager'.
WAITING = frozenset("waiting holding".split())
# Where a holder is 'on': the phone or the line, never the desk or the counter.
ON_THE_LINE = frozenset("phone line call".split())
# Where a card lies at a place: 'at the counter next to the till', 'under the screen'.
LYING = frozenset("next under inside beside behind by near".split())
# What a card is as a phone's or a terminal's, said after the pause: 'pending dispatch'.
PENDING = frozenset("pending awaiting".split())
# Days and months since which a card has been somewhere ('at the counter since Monday'),
# where a holder has been there since a time of day ('since ten').
DAYS = DAY_AND_MONTH_NAMES | frozenset("weekend week month yesterday".split())
# Phones whose ringing somewhere is the handset's: 'The phone ending 2207 keeps ringing at
# the desk'.
HANDSETS = frozenset("phone mobile landline handset cell".split())


def _last_digits(mention: Mention, ctx: SentenceContext) -> bool:
    """A record named by its last digits ('card ending 4417', 'account ending in 3306'), and
    not a card made or sent ('the replacement card ending 9914')."""
    words = ctx.doc[mention.start : mention.end]
    if not any(t.lower_ in ENDING_WORDS for t in words):
        return False
    return not any(t.lower_ in ctx.words("ending_thing_modifiers") for t in words)


def _opening(doc: Any, mention: Mention) -> bool:
    """The number opens its clause ('Card ending 4490 in branch'), after an article or what
    hands it over ('Just had card ending 8301 on the line', 'I've got the card ending …')."""
    start = mention.start
    if start > 0 and doc[start - 1].lower_ in ("the", "a"):
        start -= 1
    if start > 0 and doc[start - 1].lower_ == "had":
        return True
    return _opens_clause(doc, start)


def _rest_is_the_holders(doc: Any, k: int, ctx: SentenceContext) -> bool:
    """What follows where the holder is: nothing but a pause, a time ('again', 'earlier'),
    what they are doing ('asking', 'saying') or how long ('for an hour'); not what a card
    waits for ('for collection', 'ready to collect', 'in the lost property box')."""
    while k < len(doc) and doc[k].lower_ in TIMES:
        k += 1
    if k >= len(doc) or (doc[k].is_punct and doc[k].text != "("):
        return True
    tok = doc[k]
    if tok.tag_ == "VBG" and tok.lower_ != "being":
        return tok.lower_ not in WAITING or _waits_for_someone(doc, k, ctx)
    if tok.lower_ in ctx.words("caller_acts") and tok.tag_ in ("VBZ", "VBD"):
        return True  # 'in branch, wants …' misread, 'on the line asked for you'
    if tok.lower_ == "for":
        return any(t.lower_ in DURATION_WORDS for t in doc[k + 1 : k + 4])
    return False


def _where_the_holder_is(doc: Any, k: int, ctx: SentenceContext) -> int | None:
    """The index after 'in branch', 'at the counter', 'at till 4', 'on the phone', 'in
    tears' or a bare 'in' with a time ('was in earlier'), starting at the preposition k."""
    if k >= len(doc) or doc[k].lower_ not in ("in", "at", "on"):
        return None
    j = k + 1
    if j < len(doc) and doc[k].lower_ == "in" and doc[j].lower_ in TIMES:
        return j  # "was in earlier", "in again"
    article = j < len(doc) and doc[j].lower_ == "the"
    if article:
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ctx.words("ending_places"):
        return None
    if doc[k].lower_ == "on" and doc[j].lower_ not in ON_THE_LINE:
        return None  # "is on the desk", "on the counter": where a card lies
    if article == (doc[j].lower_ in BARE_PLACES):
        return None  # 'at the branch' (a card posted there), 'at counter' (a note's label)
    j += 1
    if j < len(doc) and doc[j].like_num:
        j += 1  # "at till 4", "on line 2"
    return j


def _waits_for_someone(doc: Any, k: int, ctx: SentenceContext) -> bool:
    """'waiting for a callback', 'holding for the manager': what a holder waits for, not a
    payment or a clearing."""
    words = [t.lower_ for t in doc[k + 1 : k + 4]]
    if words[:1] != ["for"]:
        return False
    rest = words[1:]
    if rest[:1] in (["a"], ["an"], ["the"], ["her"], ["his"], ["their"]):
        rest = rest[1:]
    return rest[:1] != [] and rest[0] in ctx.words("ending_awaited")


def _holder_reading(doc: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """Where the holder is, or what they do or are, after the number (see the module's
    docstring)."""
    k = mention.end
    passive = False
    while k < len(doc) and doc[k].lower_ in FILLERS_AFTER:
        passive = passive or doc[k].lower_ in BE_FORMS
        k += 1
    if k < len(doc) and doc[k].lower_ == "been":
        k += 1  # "has been at the counter"
    place_end = _where_the_holder_is(doc, k, ctx)
    if place_end is not None:
        return _rest_is_the_holders(doc, place_end, ctx)
    if k >= len(doc) or doc[k].lower_ in ("in", "at", "on"):
        return False  # "on hold until she confirms", "in the post": the record's own place
    if doc[k].lower_ in WAITING:
        return _waits_for_someone(doc, k, ctx)
    # what a caller does or is, with 'waiting' and 'holding' left to the line (a plate's
    # reading): 'swore at the cashier', 'hung up on me', 'is furious'
    return not (passive and doc[k].tag_ == "VBN") and _says_as_a_caller(
        doc, mention.end, ctx, plate=True
    )


def _handed_over(doc: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """'Just had card ending 8301 on the line', 'had card ending 8804 in tears': whom staff
    had somewhere only a person is (not 'we have the card ending 4402 at the branch')."""
    start = mention.start
    if start > 0 and doc[start - 1].lower_ in ("the", "a"):
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in ("had", "got", "have", "'ve"):
        return True
    end = _where_the_holder_is(doc, mention.end, ctx)
    return end is not None and doc[end - 1].lower_ in ("phone", "line", "call", "tears")


@person_test("person_by_number")
def holder_by_last_digits(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Card ending 4490 in branch again', 'acc ending 2201 on the phone saying her direct
    debit bounced', 'Card ending 7744 swore at the cashier': the last digits of a record
    that opens its clause, followed by where a holder is or what a caller does (see the
    module's docstring)."""
    doc = ctx.doc
    if not _last_digits(mention, ctx) or not _opening(doc, mention):
        return None
    if not _handed_over(doc, mention, ctx) or not _holder_reading(doc, mention, ctx):
        return None
    return Person(mention.start, mention.end, None)


def _befalls_the_card(doc: Any, k: int) -> bool:
    """After a pause: what befalls a card or a phone ('found under the chip and pin machine',
    'left by a customer', 'added to Google Pay', 'chip damaged', 'still in the reader',
    'pending dispatch'), or 'it' said of it ('it belongs to her late husband', 'someone
    dropped it by the lift'); not what a holder does or is ('she's very upset', 'wants a
    word', 'can you take it?')."""
    end = k
    while end < len(doc) and not (doc[end].is_punct and doc[end].text not in ("'", "-")):
        end += 1
    while k < end and doc[k].lower_ in ("still", "just", "now", "already"):
        still = doc[k].lower_ == "still"
        k += 1
        if still and k < end and doc[k].lower_ in ("in", "on", "inside", "under"):
            return True  # "still in the reader"
    if k >= end:
        return False
    tok = doc[k]
    if tok.lower_ in PENDING:
        return True
    if tok.tag_ == "VBN" or (
        tok.tag_ == "VBD"
        and not any(c.dep_ in ("nsubj", "expl") and c.i >= k for c in tok.children)
    ):
        return True  # "found under …", "left behind after the meeting", "cut in half"
    if tok.pos_ == "NOUN" and k + 1 < end and doc[k + 1].tag_ == "VBN":
        return True  # "chip damaged"
    return any(
        t.lower_ == "it" and (t.dep_ == "nsubj" or (t.dep_ == "dobj" and t.head.tag_ == "VBD"))
        for t in doc[k:end]
    )


def _a_place(doc: Any, k: int, ctx: SentenceContext) -> int | None:
    """The index after a holder's place at k, with or without its article ('at reception',
    'at the counter', 'at till 4'), as the older readings read it."""
    if doc[k].lower_ not in ("in", "at", "on"):
        return None
    j = k + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    if j >= len(doc) or doc[j].lower_ not in ctx.words("ending_places"):
        return None
    j += 1
    if j < len(doc) and doc[j].like_num:
        j += 1
    return j


def _put_there(doc: Any, k: int, ctx: SentenceContext) -> bool:
    """At or in a holder's place, with where the card lies there or since when, or with what
    befalls it after a pause (see `a_card_put_somewhere`); k is the preposition."""
    j = _a_place(doc, k, ctx)
    if j is None:
        return False
    places = ctx.words("ending_places")
    if (
        j < len(doc)
        and doc[j - 1].dep_ == "compound"
        and doc[j].pos_ == "NOUN"
        and doc[j].lower_ not in places
    ):
        return True  # "at the door reader", "on the phone app", but "at the front desk"
    if j >= len(doc):
        return False
    tok = doc[j]
    if tok.lower_ in LYING or (
        tok.lower_ == "in" and j + 1 < len(doc) and doc[j + 1].lower_ != "tears"
    ):
        return True  # "at the counter next to the till", "at the counter in an envelope"
    if tok.lower_ == "since" and j + 1 < len(doc) and doc[j + 1].lower_ in DAYS:
        return True  # "has been at the counter since Monday", not "since ten"
    return tok.is_punct and _befalls_the_card(doc, j + 1)


@thing_test
def a_card_put_somewhere(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Card ending 3301 is on the desk', 'Card ending 2204 at the counter, found under the
    chip and pin machine', 'The new card ending 3317 is at the counter', 'Card ending 8817 says
    expired on the terminal', 'Account ending 2298 needs updating', 'The phone ending 2207
    keeps ringing at the desk': what the last digits' words say of the card, the account or
    the phone itself (see the module's docstring), for every reading."""
    doc = ctx.doc
    words = doc[mention.start : mention.end]
    if not any(t.lower_ in ENDING_WORDS for t in words):
        return False
    k = mention.end
    while k < len(doc) and doc[k].lower_ in FILLERS_AFTER:
        k += 1
    if k < len(doc) and doc[k].lower_ == "been":
        k += 1  # "has been at the counter"
    if k >= len(doc):
        return False
    tok = doc[k]
    after = doc[k + 1] if k + 1 < len(doc) else None
    if tok.lower_ in ("on", "in"):
        j = k + 1
        if j < len(doc) and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        if j < len(doc) and (
            (tok.lower_ == "on" and doc[j].is_alpha and doc[j].lower_ not in ON_THE_LINE | {"hold"})
            or doc[j].lower_ in ctx.words("ending_containers")
        ):
            return True  # "is on the desk", "is in the safe at reception"
    if tok.lower_ in ("at", "in", "on"):
        modified = any(t.lower_ in ctx.words("ending_thing_modifiers") for t in words)
        if modified and _a_place(doc, k, ctx) is not None:
            return True  # "The new card ending 3317 is at the counter"
        return _put_there(doc, k, ctx)
    if after is None:
        return False
    if tok.lower_ in ("says", "said", "shows", "showing") and (
        after.lower_ in ctx.words("ending_card_states")
    ):
        return True  # "says expired on the terminal", "says declined"
    if tok.lemma_.lower() == "need" and (
        after.tag_ == "VBG"
        or (after.lower_ == "to" and k + 2 < len(doc) and doc[k + 2].lower_ == "be")
    ):
        return True  # "needs updating", "needs to be reissued"
    ringing = next((t for t in doc[k : k + 3] if t.lemma_.lower() == "ring"), None)
    return (
        ringing is not None
        and any(t.lower_ in HANDSETS for t in words)
        and ringing.i + 1 < len(doc)
        and doc[ringing.i + 1].lower_ in ("at", "on", "in")
    )  # "keeps ringing at the desk", but "Card ending 5523 keeps ringing about the refund"
