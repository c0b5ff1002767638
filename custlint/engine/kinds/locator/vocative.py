"""The locator reading by address: a code set off at the start of what staff say, then words
said to the one who holds it ('8020, I'm sorry, but we can't let you back on board', 'Sorry
7C, we can't serve you any more', 'F1, F2 and F3, we don't allow outside food, so please take
the pizza out', 'Next, number 32? Sorry, we can't post that abroad').

A number said first and set off by a comma may be the one spoken to, or only what the talk
is about: a label read out to a colleague ('Room 12, please clean it first'), a choice said
back ('Table 9, you said?'), a job for staff ('Seat 14C, you'll need to replace the tray'), a
station or a radio call sign spoken to ('Gate 4, you're cleared to board passengers'). So
the reading asks of the words after the number that they speak to a person about what is
theirs or what they may do, and that they say nothing that makes the number a thing:

- the number opens the sentence (or a speaker's line, 'Purser: …'), alone, in a list of
  codes, after a short opener of talk ('sorry', 'next', 'hi', 'right') or after a queue's
  word ('Queue number 58'), and is set off by a comma, '!' or a dash, or, after 'next', by a
  '?' or '!' that ends the call, the talk following in the next sentence;
- what follows speaks to its holder: 'your' and what is theirs, 'you', a 'please' with what
  a person does ('please take the pizza out'), or a refusal by 'we' ('we don't allow outside
  food'; after a bare number, which may be a price, only with an apology);
- and it does not make the number a thing or a third party's: no 'it' or 'that one' for the
  number, no 'that's the number', no job of the staff's on a thing ('replace', 'clean'), no
  echo ('you said?', 'you're sure?'), no acknowledgement of a ticket shown ('C7, lovely'),
  no radio talk ('cleared', 'copy'), no one else spoken to or about ('Anna', 'he', 'your
  guests'); a desk, a window or a machine spoken to is staff or a screen, never read;
- nor does it speak to whoever works the place: a colleague named at the end ('Room 14,
  you're doing the turndown tonight, Priya'), staff's own work ('Till 6, your float is
  short', 'Bay 3, you're taking the next admission'), a studio on air ('Studio 2, you're
  live'); nor does it say where the place is ('Room 201, you'll find the lift on your left',
  'Bay 40, you can pick up your click and collect there'), speak of the number as a kind of
  thing ('Locker 30, sorry, we don't have a spare key for those'), or come from its holder,
  telling the business what its staff did to them ('Table 12, your waiter forgot our
  drinks').
"""

from __future__ import annotations

from typing import Any

from custlint.engine.checks import technical_text
from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.acts import _account_like
from custlint.engine.kinds.locator.addressed import (
    CODE_WORDS,
    NOT_CALLED_FOR,
    _aside,
    _talked_about,
)
from custlint.engine.kinds.locator.grammar import _is_code, _someone, _staff_noun
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.lexicon import IT_WORDS, LIST_WORDS
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Words that open a turn of talk before the number spoken to: "Sorry 7C, …", "Next, number
# 32?", "Right, F4, …". ('Excuse me' and the greetings are read by `addressed`.)
OPENERS = frozenset("sorry next hi hey hello right ok okay so now".split())
# Words of a queue before its number: "Queue number 58, I'm sorry, …".
QUEUE_WORDS = frozenset("queue raffle cloakroom waiting".split())
# Heads of the number a waiting customer holds, called out with a bare 'please' to come
# forward: '"Number 63, please."', "Ticket 208, please!" ('Room 12, please' may ask for a key).
CALLED_HEADS = frozenset("number ticket".split())
# Marks that set the number off from what is said to its holder.
SETTING_OFF = frozenset([",", "!", "—", "–"])
# Marks that end the first clause said after the number: what comes after a dash or a
# semicolon may be about something else ('we can't post that abroad — it's got a battery').
CLAUSE_ENDS = frozenset([".", "!", "?", ";", "—", "–", ":"])
# Apologies, which speak to the one refused: "I'm sorry, we can't accept that".
APOLOGIES = frozenset("sorry apologies apologise apologize afraid unfortunately".split())
# Pronouns for someone other than the one spoken to: "Table 9, you've got them tonight".
THIRD_PERSON = frozenset("he she him her his hers they them their theirs".split())
# Second-person words of the one spoken to.
YOU = frozenset("you you're you’re you've you’ve you'll you’ll".split())
YOUR = frozenset("your yours".split())
# Words that take a number read off a ticket or a screen: "C7 and C8, lovely, down the
# steps on your left" (the number is checked, its holder then spoken to).
ACKNOWLEDGEMENTS = frozenset("lovely great perfect fine thanks cheers ta brilliant super".split())
# Sides said with 'your' to give a way, which is no one's belonging: "on your left".
DIRECTIONS = frozenset("left right".split())
# Words before 'there' that point somewhere else than the number: "your drinks are over there".
POINTING = frozenset("over out up down in back from".split())
# Pronouns for the number as one of a kind of thing: "we don't have a spare key for those".
KIND_PRONOUNS = frozenset("those these".split())
# The speaker's own person, as what the business's staff did something to: "your waiter
# forgot our drinks", "your receptionist gave me the wrong key".
SPEAKER_OBJECTS = frozenset("me us".split())
SPEAKER_POSSESSIVES = frozenset("my our".split())
# Titles before a customer's name, which a colleague's first name said alone lacks:
# "Table 4, your table is ready, Mrs Patel".
TITLES = frozenset("mr mr. mrs mrs. ms ms. miss dr dr. sir madam".split())


@person_test("person_by_number")
def spoken_to_after_the_number(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Table 9, your mains are on their way', '8020, I'm sorry, but we can't let you back
    on board without your cruise card': the number opens the talk, set off by a comma, and
    the words after it speak to the one who holds it (see the module's docstring). Not
    'Room 12, please clean it first' or 'Seat 14C, you'll need to replace the tray': a job
    on the place, for whoever is told."""
    doc = ctx.doc
    head = doc[mention.start].lower_
    if kind.times or head in kind.machine_heads or head in kind.staffed_heads:
        return None  # "Desk 3, your next customer is here": staff at their station
    if technical_text(ctx.original or doc.text, (t.lower_ for t in doc)):
        return None
    if (mention.bare or kind.strict) and not _account_like(mention, ctx):
        return None  # a count or a year: "10, you'll need two tables", "2024, your year!"
    lead = _lead(mention, ctx)
    if lead is None or _talked_about(mention, ctx):
        return None  # "Room 12, the one you wanted, is taken"
    end = _list_end(mention, ctx)
    if end + 1 >= len(doc) and not (end < len(doc) and ctx.following):
        return None
    called = bool(lead) and lead[-1].lower_ == "next"
    if called and doc[end].text in ("?", "!") and end + 1 == len(doc):
        # "Next, number 32? Sorry, we can't post that abroad": the call, then the talk
        said = _first_clause(ctx.parse(ctx.following)) if ctx.following else []
    elif end + 1 < len(doc) and doc[end].text in SETTING_OFF and not _aside(doc, end + 1):
        said = _first_clause(doc[end + 1 :])
        stop = end + 1 + len(said)
        if stop < len(doc) and doc[stop].text == "?" and len(said) <= 3:
            return None  # "Room 1104, you're sure?": the number said back
    else:
        return None
    heads = frozenset() if mention.bare else frozenset([doc[mention.start].lemma_.lower()])
    if heads & CALLED_HEADS and [t.lower_ for t in said] == ["please"]:
        return Person(mention.start, mention.end, None, vocative=True)  # '"Number 63, please."'
    if _speaks_to_the_holder(said, ctx, heads):
        return Person(mention.start, mention.end, None, vocative=True)
    return None


def _lead(mention: Mention, ctx: SentenceContext) -> list[Any] | None:
    """The words before the number, if they leave it opening the talk: none, a short opener
    ('Sorry', 'Next,'), a queue's word ('Queue number 58'), the larger place the number is in
    ('Coach H seat 3') or the codes listed before it ('F1, F2 and F3'); None where the number
    follows anything else ('Clean room 12, …')."""
    doc = ctx.doc
    i = mention.start
    if mention.bare:
        while i >= 2 and doc[i - 1].lower_ in LIST_WORDS and _is_code(doc[i - 2]):
            i -= 2  # back over the codes listed before it: "F1, F2 and F3"
    while (
        i > 0
        and not mention.bare
        and (doc[i - 1].lower_ in QUEUE_WORDS or _part_of_the_place(doc[i - 1], ctx))
    ):
        i -= 1  # "Queue number 58", "Coach H seat 3"
    label = max((t.i for t in doc[:i] if t.text == ":"), default=-1)
    lead = [t for t in doc[label + 1 : i] if not t.is_punct]  # after "Purser:"
    if not lead:
        return lead
    if len(lead) <= 2 and all(t.lower_ in OPENERS for t in lead):
        return lead
    return None


def _part_of_the_place(tok: Any, ctx: SentenceContext) -> bool:
    """A word of the larger place a numbered seat is in, written before it: the 'Coach' and
    the 'H' of 'Coach H seat 3', the 'Block 112' of 'Block 112 row M'."""
    return tok.lower_ in ctx.words("locator_heads") or (
        _is_code(tok) or (len(tok.text) == 1 and tok.text.isupper())
    )


def _list_end(mention: Mention, ctx: SentenceContext) -> int:
    """The index past the number and the codes listed after it ('F1, F2 and F3,')."""
    doc = ctx.doc
    i = mention.end
    while (
        mention.bare
        and i + 1 < len(doc)
        and doc[i].lower_ in LIST_WORDS
        and _is_code(doc[i + 1])
        and doc[i + 1].pos_ in ("NUM", "PROPN", "NOUN", "X")
    ):
        i += 2
    return i


def _first_clause(tokens: Any) -> list[Any]:
    """The words said up to the first full stop, question mark, dash or semicolon: what
    follows may be about something else ('we can't post that abroad — it's got a battery')."""
    clause = []
    for tok in tokens:
        if tok.text in CLAUSE_ENDS and (clause or tok.text not in ("—", "–")):
            break
        clause.append(tok)
    return clause


def _speaks_to_the_holder(said: list[Any], ctx: SentenceContext, heads: frozenset[str]) -> bool:
    """Whether the words after the number speak to a person about what is theirs: 'your'
    and what they own, 'you' as someone who acts or is acted on, a 'please' to do what
    people do, or an apology or a refusal of what they ask or bring ('I'm sorry, we can't
    accept that'; after a bare number, which may be a price, only with 'you', 'your' or
    'please'; `heads` holds the number's head word, none for a bare one). None of it where
    the words make the number a thing ('it' before any 'your',
    'that one', 'that's the number'), give a job to staff ('you'll need to replace the
    tray', 'please clean'), speak over the radio ('you're cleared'), speak to a colleague
    by name ('Room 406, Anna, …'), or of someone else ('he', 'your guests')."""
    if len(said) < 2 or _to_a_colleague(said, ctx) or _colleague_named_last(said, ctx):
        return False
    lowers = [t.lower_ for t in said]
    if lowers[0] in ("that", "this", "that's", "this's") or lowers[0] in ACKNOWLEDGEMENTS:
        return False  # "Ticket 8810, that's the number you gave me", "C7 and C8, lovely, …"
    if _staff_work(said, ctx) or _holder_speaks(said, ctx):
        return False  # "Till 6, your float is short", "Table 12, your waiter forgot our drinks"
    jobs = ctx.words("staff_jobs")
    radio = ctx.words("radio_words")
    on_air = ctx.words("on_air_words")
    # 'your' of what is theirs, not of a way ('on your left'), which leaves a job a job
    yours = any(
        low in YOUR and (k + 1 == len(said) or lowers[k + 1] not in DIRECTIONS)
        for k, low in enumerate(lowers)
    )
    customers = ctx.words("descriptor_nouns") | ctx.words("customer_nouns")
    owned = False
    for k, tok in enumerate(said):
        low = tok.lower_
        after = lowers[k + 1] if k + 1 < len(said) else ""
        if low in radio or (low in IT_WORDS and not owned and after != "way"):
            return False  # "Room 212, you'll love it" ('your bill, once it's paid' is theirs)
        if low in on_air and tok.dep_ == "acomp":
            return False  # "Studio 2, you're live after the ad break"
        if low in KIND_PRONOUNS and tok.dep_ != "det":
            return False  # "Locker 30, sorry, we don't have a spare key for those"
        if _there_for_the_place(tok, lowers[k - 1] if k else ""):
            return False  # "Bay 40, you can pick up your click and collect there"
        if low == "one" and k > 0 and lowers[k - 1] in ("that", "this", "the"):
            return False  # "Room 611, you take that one"
        if low == "that" and tok.dep_ == "advmod":
            return False  # "250, sorry, we can't go that low": a price or an amount
        if low in THIRD_PERSON and after != "way":
            return False  # "Table 7, you've got them tonight" ('on their way' is the mains')
        if _a_job(tok, jobs) and not yours:
            return False  # "Seat 14C, you'll need to replace the tray", "Room 201, you'll
            # find the lift on your left"
        if (
            tok.tag_ == "NN"
            and tok.lemma_.lower() in heads | CODE_WORDS
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children)
        ):
            return False  # "Seat 14C, the seat you asked for, is gone"
        if low in YOUR and k + 1 < len(said):
            thing = said[k + 1]
            if thing.lower_ in customers or thing.lemma_.lower() in customers:
                return False  # "Gate 4, your passengers are boarding"
            if thing.lower_ in NOT_CALLED_FOR or (
                thing.lower_ in ctx.words("thing_parts") and not _where_it_waits(said, k + 1)
            ):
                return False  # "Six, your turn", "Seat 14C, your tray table is stuck"
            owned = True
    to_you = owned or any(low in YOU for low in lowers)
    if to_you:
        return True
    if "please" in lowers:
        return _asked_to_act(said, jobs)
    return _refusal(said) and (bool(heads) or any(low in APOLOGIES for low in lowers))


def _where_it_waits(said: list[Any], k: int) -> bool:
    """'your connection is on platform 4': a thing of the one spoken to said to be where
    they will find it, not a part of the place said to be broken ('your tray is stuck')."""
    while k < len(said) and said[k].pos_ in ("NOUN", "PROPN"):
        k += 1
    return k + 1 < len(said) and said[k].lemma_ == "be" and said[k + 1].pos_ == "ADP"


def _to_a_colleague(said: list[Any], ctx: SentenceContext) -> bool:
    """'Room 406, Anna, can you check the minibar?', 'Bed 12, Dr Patel, …': a name or a
    staff noun set off right after the number is the one spoken to."""
    comma = next((k for k, t in enumerate(said[:4]) if t.text == ","), None)
    if comma is None or any(t.lower_ in APOLOGIES for t in said[:comma]):
        return False  # "Bay 7, sorry mate, we can't …" speaks to the holder
    return comma > 0 and any(_someone(t, ctx) for t in said[:comma])


def _colleague_named_last(said: list[Any], ctx: SentenceContext) -> bool:
    """'Room 14, you're doing the turndown tonight, Priya', 'Table 6, you've got the
    birthday, Sam': a first name set off at the end of what is said is the one spoken to,
    a colleague given the place to work. Not a name after a title ('…, Mrs Patel'), which
    is a customer's, nor 'sir' or 'madam' ('Lounger 18, your cocktail, sir!')."""
    words = [t for t in said if not (t.is_punct and t.text != ",")]
    if len(words) < 3 or words[-2].text != ",":
        return False
    name = words[-1]
    return (
        name.pos_ == "PROPN"
        and name.is_alpha
        and name.is_title
        and name.lower_ not in TITLES
        and _someone(name, ctx)
    )


def _staff_work(said: list[Any], ctx: SentenceContext) -> bool:
    """'Till 6, your float is short by ten pounds', 'Section 5, you're short a runner
    tonight', 'Bay 3, you're taking the next admission': staff's own work or what they hold
    at their post (`staff_work`) is said to whoever works the place, not to a customer."""
    work = ctx.words("staff_work")
    return any(
        t.pos_ in ("NOUN", "PROPN") and (t.lower_ in work or t.lemma_.lower() in work) for t in said
    )


def _holder_speaks(said: list[Any], ctx: SentenceContext) -> bool:
    """'Table 12, your waiter forgot our drinks', 'Room 308, your receptionist gave me the
    wrong key': the holder gives their own number and tells the business what its staff
    did to them ('me', 'us', 'my', 'our'); the 'your' is the business's."""
    for tok in said:
        if not (
            tok.dep_ in ("nsubj", "nsubjpass")
            and _staff_noun(tok, ctx)
            and any(c.dep_ == "poss" and c.lower_ in YOUR for c in tok.children)
        ):
            continue
        for obj in tok.head.children:
            if obj.dep_ in ("dobj", "dative") and (
                obj.lower_ in SPEAKER_OBJECTS
                or any(g.dep_ == "poss" and g.lower_ in SPEAKER_POSSESSIVES for g in obj.children)
            ):
                return True
    return False


def _there_for_the_place(tok: Any, before: str) -> bool:
    """'Bay 40, you can pick up your click and collect there': a 'there' on what is done
    names the number's place, said as where to go; not 'over there', nor the 'there' of a
    state ('your table is there') that may point anywhere."""
    return (
        tok.lower_ == "there"
        and tok.dep_ == "advmod"
        and before not in POINTING
        and tok.head.pos_ == "VERB"
        and tok.head.lemma_ != "be"
    )


def _a_job(tok: Any, jobs: frozenset[str]) -> bool:
    """A verb of a job staff do to a place or a thing ('replace the tray', 'strip the
    beds'), not one done to the person spoken to ('the doctor has seen you') nor one we
    refuse them ('we can't release the car')."""
    return (
        tok.pos_ in ("VERB", "AUX")
        and tok.lemma_.lower() in jobs
        and not any(c.dep_ == "dobj" and c.lower_ == "you" for c in tok.children)
        and not any(c.dep_ == "nsubj" and c.lower_ in ("we", "i") for c in tok.children)
    )


def _asked_to_act(said: list[Any], jobs: frozenset[str]) -> bool:
    """'please come through to room 2', 'so please take the pizza out': a 'please' with the
    bare form of a verb that is no job on the place ('please strip the beds')."""
    k = [t.lower_ for t in said].index("please")
    verb = next((t for t in said[k + 1 : k + 3] if t.tag_ == "VB"), None)
    if verb is None:
        verb = next((t for t in said[max(0, k - 2) : k] if t.tag_ == "VB"), None)
    return verb is not None and verb.lemma_.lower() not in jobs


def _refusal(said: list[Any]) -> bool:
    """'we can't …', 'we don't allow …', 'we're not able to …': a refusal in the first
    person plural (the 'not' may hang on 'able' rather than on the verb 'we' is subject of)."""
    for tok in said:
        if tok.dep_ == "neg" and any(
            c.lower_ == "we" and c.dep_ in ("nsubj", "nsubjpass")
            for verb in (tok.head, tok.head.head)
            for c in verb.children
        ):
            return True
    return False
