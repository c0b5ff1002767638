"""The locator reading of stories and memories of a customer named by number: in memoirs,
blogs, team anecdotes and reviews staff remember a customer by the seat, bed, room, table or
account and then say who they were: 'I'll always remember 31B: a retired miner on his first
holiday', 'Ticket 5520 became famous in the office: he rang every morning at nine', 'We still
joke about 42 - she paid every bill in coins', 'I knew bed 9's granddaughters by name'.

The same frames tell of places, things, records and years ('I'll never forget room 12: the
view over the harbour', 'Ticket 5520 became famous: the bug that vanished on its own', 'I'll
never forget 1998'), so the number is a person only by what the story then says of it:

- the frame: the number is the object of remembering, forgetting, missing or knowing
  (`memoir_verbs`), the object of a story's 'about' or 'of' ('a running joke about 31', 'a
  photo of 7730', `memoir_story_words`), or the subject of becoming, being or teaching
  (`memoir_subject_verbs`: 'Table 11 taught me more than any course');
- the description, after a colon, a dash or a semicolon that ends the frame (or a comma
  right after the number, or the next sentence): a person noun as a fragment, not as the
  subject of a clause of its own ('a retired teacher who caught the scammer', 'two
  pensioners and a kettle', 'the founder's mum'), an age ('eighty-four years old', 'an
  eighty-year-old'), or a clause whose subject is 'he' or 'she' ('she called every day');
- or, without a frame, family of its own ('bed 9's granddaughters', `memoir_relations`).

It refuses heads that are not a customer's own place or record (`memoir_heads`: flights,
desks, pages, lines), bare years ('1998'), a 'he' or 'she' when someone else is named before
it ('Maria never forgot ticket 12: she fixed it in an hour') or when what they do is done to
'it' ('she fixed it'), a place's state before it ('Room 18 is cold; he'd like a heater'), a
description of someone named between the number and it ('Room 12 went to my aunt: a tiny
widow'), a description with 'the' of staff ('the nurse who ran it'), and a crowd ('forty
schoolkids').
"""

from __future__ import annotations

import re
from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import (
    _fixed_lemma,
    _is_person_noun,
    _mention_role,
    _names_a_kind_of_person,
    _staff_noun,
)
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test, thing_test

# What ends the frame and opens the description: "I'll never forget 26C: eighty-four".
SEPARATORS = frozenset(":;—–-")
# A bare number that is a year: "I'll never forget 1998: a skinny kid with a mop".
YEAR = re.compile(r"^(?:19|20)\d\d$")
# Third persons the description's pronoun may look back to instead of the number.
THIRD_PERSONS = frozenset("he she him her his".split())
# How an age is said: "eighty-four years old", "an eighty-year-old", "aged 91", "in her
# eighties".
AGE = re.compile(
    r"^(?:(?:\w+[- ])?\w+ (?:years|yrs) (?:old|young)|(?:an? )?\w+(?:-\w+)?-year-old|aged \d+"
    r"|in (?:her|his) (?:\w+ties|\d0s))\b"
)
# Tens and units a written age is made of.
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
# The largest group a description may count and still be a party, not a crowd: "two
# pensioners", but "forty schoolkids".
LARGEST_PARTY = 8
# What comes before the noun of a description: "a honeymooning couple", "the owner's grandad".
MODIFIERS = frozenset("det amod compound nummod poss case advmod quantmod".split())
# Person nouns that describe a crowd or a place rather than whom a number stood for.
NOT_A_PARTY = frozenset("team teams crowd bunch table tables".split())
NUMBER_WORDS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve".split(),
        range(1, 13),
        strict=True,
    )
)


@person_test("person_by_number")
def remembered_as_someone(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'I'll never forget 26C: a retired nurse on her first flight', 'Ticket 5520 became a
    legend: she rang daily', 'I knew bed 9's granddaughters': a remembered number that the
    story then makes a person (see the module's docstring for the shapes read and refused)."""
    if not _a_customers_number(mention, ctx):
        return None
    if _owns_family(mention, ctx):
        return Person(mention.start, mention.end, None)
    if not _in_a_memory(mention, ctx):
        return None
    start = _description_start(mention, ctx)
    if start is None:
        return None
    if _said_to_be_someone(mention, start, ctx):
        return Person(mention.start, mention.end, None)
    return None


@thing_test
def a_remembered_year(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'I'll never forget 1998: a skinny kid with a mop', 'we still talk about 1966': a bare
    year right after remembering or a story's 'about' is the year, whatever the description
    says (it is the teller's, then)."""
    return (
        mention.bare
        and bool(YEAR.match(ctx.doc[mention.start].text))
        and _told_of_by_word_order(mention, ctx)
    )  # not a subject: "I think 2031 and 2033 are the same person" are tickets


def _a_customers_number(mention: Mention, ctx: SentenceContext) -> bool:
    """A bare code that is not a year, or a head a customer is remembered by ('bed 9',
    'ticket 5520'; not 'flight 31' or 'desk 4')."""
    doc = ctx.doc
    if mention.bare:
        return not YEAR.match(doc[mention.start].text)
    heads = {t.lower_ for t in doc[mention.start : mention.end] if t.is_alpha}
    return bool(heads & ctx.words("memoir_heads"))


def _owns_family(mention: Mention, ctx: SentenceContext) -> bool:
    """'I knew bed 9's granddaughters by name': the number owns family only people have."""
    root = mention.root
    owned = root.head
    return (
        root.dep_ == "poss"
        and owned.i >= mention.end
        and (owned.lower_ in ctx.words("memoir_relations"))
        and not any(c.dep_ == "compound" for c in owned.children)  # "bed 9's son unit"
    )


def _in_a_memory(mention: Mention, ctx: SentenceContext) -> bool:
    """'I'll always remember 31B', 'a running joke about 42', 'a photo of 7730', 'Ticket
    5520 became famous': the number as what is remembered or told of, or as the subject of
    what it became or taught."""
    if _told_of_by_word_order(mention, ctx):
        return True
    dep, root = _mention_role(mention)
    head = root.head
    if dep == "dobj":
        return _fixed_lemma(head) in ctx.words("memoir_verbs")
    if dep == "pobj" and head.lower_ in ("about", "of"):
        teller = head.head
        return _fixed_lemma(teller) in ctx.words(
            "memoir_story_words"
        ) or teller.lower_ in ctx.words("memoir_story_words")
    if dep == "nsubj" and head.i > root.i:
        if _fixed_lemma(head) == "be" and any(c.dep_ == "acomp" for c in head.children):
            return False  # a place's state: "Room 18 is cold; he'd like a heater"
        return _fixed_lemma(head) in ctx.words("memoir_subject_verbs")
    return False


def _told_of_by_word_order(mention: Mention, ctx: SentenceContext) -> bool:
    """'I'll never forget 1209: eighty-seven years old', 'we still talk about pitch 40 - two
    grandmothers': the memory verb, or a story's 'about' or 'of', right before the number,
    where the parser hangs the number on the words after it ('1209' as the count of
    'years', 'pitch' as a modifier of 'grandmothers')."""
    doc = ctx.doc
    if mention.start == 0:
        return False
    before = doc[mention.start - 1]
    if _fixed_lemma(before) in ctx.words("memoir_verbs") and before.pos_ in ("VERB", "NOUN"):
        return True
    if before.lower_ not in ("about", "of") or mention.start < 2:
        return False
    teller = doc[mention.start - 2]
    stories = ctx.words("memoir_story_words")
    return _fixed_lemma(teller) in stories or teller.lower_ in stories


def _description_start(mention: Mention, ctx: SentenceContext) -> int | None:
    """Where what the story says of the number starts: after a comma right after it ('I miss
    room 204, the old sailor'), after the colon, dash or semicolon that ends its frame, or at
    the next sentence. None if someone is named on the way ('Room 12 went to my aunt: a tiny
    widow'), or another number is."""
    doc = ctx.doc
    i = mention.end
    if i < len(doc) and doc[i].text == ",":
        return i + 1 if i + 1 < len(doc) else None
    while i < len(doc):
        tok = doc[i]
        if tok.text in SEPARATORS or (tok.is_sent_start and i > mention.end):
            start = i if tok.is_sent_start and tok.text not in SEPARATORS else i + 1
            return start if start < len(doc) else None
        if tok.is_sent_end and tok.is_punct:
            return i + 1 if i + 1 < len(doc) else None
        if _someone_else(tok, ctx) or any(ch.isdigit() for ch in tok.text):
            return None
        i += 1
    return None


def _someone_else(tok: Any, ctx: SentenceContext) -> bool:
    """A third person or a name: who a description or a pronoun may be about instead of the
    number ('my aunt', 'Maria', 'she'); not the teller ('I', 'me', 'we') nor a team ('on our
    team')."""
    if tok.lower_ in THIRD_PERSONS or tok.lower_ in ("they", "them"):
        return True
    if tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha:
        return True
    if tok.lower_ in ctx.words("collective_nouns"):
        return False
    return tok.pos_ == "NOUN" and (
        _is_person_noun(tok, ctx)
        or _staff_noun(tok, ctx)
        or _names_a_kind_of_person(tok, ctx)
        or tok.lower_ in ctx.words("memoir_relations")
    )


def _said_to_be_someone(mention: Mention, start: int, ctx: SentenceContext) -> bool:
    """'he rang every morning', 'eighty-four years old', 'a retired miner on his first
    holiday', 'the founder's mum': the description makes the number a person."""
    doc = ctx.doc
    first = doc[start]
    if first.lower_ == "and" and start + 1 < len(doc):
        first = doc[start + 1]
    if first.lower_ in ("he", "she"):
        return _pronoun_is_the_number(mention, first, ctx)
    text = doc[start:].text.lower()
    if AGE.match(text) or _written_age(doc, start):
        return True
    return _person_fragment(doc, start, ctx)


def _pronoun_is_the_number(mention: Mention, pronoun: Any, ctx: SentenceContext) -> bool:
    """'Ticket 5520 became famous: he rang every morning': the pronoun is the subject of its
    clause, no one else before it could be who it is ('Maria never forgot ticket 12: she
    fixed it'), and what it does is not done to 'it', the number as a thing."""
    if pronoun.dep_ != "nsubj":
        return False
    if any(_someone_else(t, ctx) for t in ctx.doc[: mention.start]):
        return False
    verb = pronoun.head
    return not any(c.lower_ in ("it", "its") for c in verb.subtree if c.dep_ in ("dobj", "poss"))


def _written_age(doc: Any, start: int) -> bool:
    """'eighty-four, first flight, held my hand': an age written as tens and units and set
    apart by a comma, with his or her in what follows."""
    parts = doc[start].lower_.split("-")
    if len(parts) != 2 or parts[0] not in TENS or parts[1] not in NUMBER_WORDS:
        if not (start + 2 < len(doc) and doc[start].lower_ in TENS and doc[start + 1].text == "-"):
            return False
        parts = [doc[start].lower_, doc[start + 2].lower_]
        if parts[1] not in NUMBER_WORDS:
            return False
        start += 2
    if start + 1 >= len(doc) or doc[start + 1].text != ",":
        return False
    return any(t.lower_ in THIRD_PERSONS | {"my"} for t in doc[start + 2 : start + 14])


def _person_fragment(doc: Any, start: int, ctx: SentenceContext) -> bool:
    """'a retired miner on his first holiday', 'two pensioners and a kettle', 'an old couple
    celebrating sixty years', 'the founder's mum', 'a retired judge who ordered the soup':
    the first noun of the description is a person (or a calling said with 'a', or anyone
    'who' did something), not the subject of a clause of its own ('a guest had left a
    python in the bath'), and not a crowd ('forty schoolkids')."""
    article = doc[start].lower_
    for tok in doc[start : start + 8]:
        if tok.dep_ in MODIFIERS or tok.text in ("-", "'"):
            continue  # "a honeymooning couple", "the owner's grandad", "two"
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        if tok.dep_ in ("nsubj", "nsubjpass") or _a_crowd(tok) or tok.lower_ in NOT_A_PARTY:
            return False
        if tok.lower_ in ctx.words("customer_nouns") | ctx.words("descriptor_nouns"):
            return True
        if _is_person_noun(tok, ctx) or _names_a_kind_of_person(tok, ctx):
            return True
        if tok.lower_ in ctx.words("memoir_relations"):
            return True
        if article not in ("a", "an"):
            return False  # "the nurse who ran it", "the view over the bay"
        return (
            _staff_noun(tok, ctx)  # "a retired nurse"
            or tok.lower_ in ctx.words("memoir_callings")  # "a retired postman"
            or any(c.dep_ == "relcl" and _who(c) for c in tok.children)
        )
    return False


def _who(clause: Any) -> bool:
    """A relative clause said with 'who': 'a former dancer who taught the staff to waltz'."""
    return any(c.lower_ in ("who", "whom") and c.i < clause.i for c in clause.children)


def _a_crowd(noun: Any) -> bool:
    """'forty schoolkids', '120 delegates': more people than a party."""
    for c in noun.children:
        if c.dep_ == "nummod":
            low = c.lower_
            if low.isdigit():
                return int(low) > LARGEST_PARTY
            return low not in NUMBER_WORDS or NUMBER_WORDS[low] > LARGEST_PARTY
    return False
