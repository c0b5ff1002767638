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

It refuses, too, what the stories tell of those who made, kept or worked on the numbered
thing: a description whose relative clause does something to 'it' ('a carpenter who built it
from one oak', 'a steward who slept in it', 'a junior dev who fixed it'), staff whose clause
names the customers they served ('a nurse who sang to every patient'); a pronoun named after
its clause as staff, an owner or family ('he painted the murals by hand, my grandad', 'she
worked there for ten years, our bookkeeper', `memoir_others`); a pronoun that does the
staff's work on a ticket, case, claim or order (`memoir_staff_acts`, `memoir_staff_objects`:
'he wrote the fix', 'she closed the whole thing', 'he packed the wrong box'); an age of a
building or furniture ('two hundred years old', 'a 300-year-old barn'); and a year written
with its apostrophe ("I'll never forget '86: a skinny apprentice").
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
# A year's apostrophe, before its two digits: "'86".
APOSTROPHES = frozenset("' ’ ‘ `".split())
# Heads of records, whose stories may tell of the staff who worked on them.
# Not accounts, bookings or memberships, which their holders close and settle themselves.
RECORD_MEMOIR_HEADS = frozenset("ticket case claim order policy ref incident".split())
# What a customer says of their room or seat with 'it': "a retired nurse who loved it here".
LIKING = frozenset(
    "like love hate adore enjoy prefer want book choose request rent liked loved hated adored "
    "enjoyed preferred wanted booked chose requested rented".split()
)
# An age no person has: "two hundred years old", "a 300-year-old barn".
OLDEST = 115
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
        text = doc[mention.start].text
        if mention.start > 0 and doc[mention.start - 1].text in APOSTROPHES and len(text) == 2:
            return False  # "I'll never forget '86", a year
        return not YEAR.match(text)
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
    age = AGE.match(text)
    if age and _a_things_age(doc, start, age.group(0), ctx):
        return False  # "two hundred years old", "a 300-year-old barn"
    if age or _written_age(doc, start):
        return True
    return _person_fragment(doc, start, ctx)


def _a_things_age(doc: Any, start: int, said: str, ctx: SentenceContext) -> bool:
    """'two hundred years old and freezing', 'a 300-year-old barn', 'a hundred-year-old walnut
    top': an age no person has, or one said of a noun that is no person."""
    if "hundred" in said or "thousand" in said:
        return True
    if any(n.isdigit() and int(n) > OLDEST for n in re.findall(r"\d+", said)):
        return True
    old = next((t for t in doc[start : start + 10] if t.lower_ in ("old", "year-old")), None)
    if old is None or old.i + 1 >= len(doc):
        return False
    after = doc[old.i + 1]
    if after.pos_ not in ("NOUN", "PROPN") and not (
        after.pos_ == "ADJ" and after.head.pos_ == "NOUN" and after.head.i > after.i
    ):
        return False  # "an eighty-year-old who swam", "ninety years old and dancing"
    noun = after if after.pos_ in ("NOUN", "PROPN") else after.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return not (
        _is_person_noun(noun, ctx)
        or _names_a_kind_of_person(noun, ctx)
        or noun.lower_ in ctx.words("customer_nouns") | ctx.words("descriptor_nouns")
    )


def _pronoun_is_the_number(mention: Mention, pronoun: Any, ctx: SentenceContext) -> bool:
    """'Ticket 5520 became famous: he rang every morning': the pronoun is the subject of its
    clause, no one else before it could be who it is ('Maria never forgot ticket 12: she
    fixed it'), and what it does is not done to 'it', the number as a thing."""
    if pronoun.dep_ != "nsubj":
        return False
    if any(_someone_else(t, ctx) for t in ctx.doc[: mention.start]):
        return False
    verb = pronoun.head
    if _named_after(pronoun, ctx) or _staff_work(mention, verb, ctx):
        return False
    return not any(c.lower_ in ("it", "its") for c in verb.subtree if c.dep_ in ("dobj", "poss"))


def _named_after(pronoun: Any, ctx: SentenceContext) -> bool:
    """'he painted the murals by hand, my grandad', 'she worked there for ten years, our
    bookkeeper': the pronoun named at the end, after a comma and 'my', 'our' or 'the', as
    staff, an owner or family, who had to do with the place rather than being its customer."""
    doc = ctx.doc
    others = ctx.words("memoir_others") | ctx.words("memoir_relations")
    for comma in (t for t in doc[pronoun.i + 1 :] if t.text == ","):
        if comma.i + 1 >= len(doc) or doc[comma.i + 1].lower_ not in ("my", "our", "the"):
            continue  # not "…, his wife in tow", who came with the customer
        for tok in doc[comma.i + 1 : comma.i + 5]:
            if tok.dep_ in MODIFIERS and tok.pos_ != "NOUN":
                continue
            if tok.pos_ == "NOUN" and (_staff_noun(tok, ctx) or tok.lower_ in others):
                return True
            break
    return False


def _staff_work(mention: Mention, verb: Any, ctx: SentenceContext) -> bool:
    """'Ticket 4410 became a legend: he wrote the fix at three', 'Case 88: she closed the whole
    thing in one call', 'Order 5521: he packed the wrong box': the staff's work on a record,
    not its customer."""
    heads = {t.lower_ for t in ctx.doc[mention.start : mention.end] if t.is_alpha}
    if not heads & RECORD_MEMOIR_HEADS:
        return False
    if _fixed_lemma(verb) in ctx.words("memoir_staff_acts"):
        return True
    objects = ctx.words("memoir_staff_objects")
    return any(c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children)


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
        if _worked_on_it(tok, ctx):
            return False  # "a carpenter who built it", "a nurse who sang to every patient"
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


def _worked_on_it(noun: Any, ctx: SentenceContext) -> bool:
    """'a carpenter who built it from one oak', 'a steward who slept in it', 'a junior dev who
    fixed it': the one described did something to 'it', the numbered thing (not liked it:
    'a retired nurse who loved it here' is its customer); or, as staff,
    served its customers ('a nurse who sang to every patient')."""
    customers = ctx.words("customer_nouns") | ctx.words("descriptor_nouns")
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        words = list(clause.subtree)
        if any(
            t.lower_ == "it"
            and t.dep_ in ("dobj", "pobj")
            and not {_fixed_lemma(t.head), t.head.lower_} & (ctx.words("memoir_verbs") | LIKING)
            for t in words
        ):
            return True
        if _staff_noun(noun, ctx) and any(t.lower_ in customers for t in words):
            return True
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
