"""Person tests: a number said to be a person or spoken to, asked about, called out or quoted
("3C is a UM", "Dear table 6", "Who's in 14B?", "Number 42, your order is ready").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.acts import _account_like
from custlint.engine.kinds.locator.finders import _asks_which, _asks_who, _called_number_end
from custlint.engine.kinds.locator.grammar import (
    _a_person_word,
    _code_text,
    _is_code,
    _is_person_noun,
    _list_end,
    _mention_role,
    _opens_note,
    _someone,
    _word_after,
)
from custlint.engine.kinds.locator.lexicon import (
    CALL_VERBS,
    CUSTOMER_RECORDS,
    INDEFINITE_ARTICLES,
    IT_WORDS,
    OPEN_QUOTES,
    PEOPLE_PRONOUNS,
)
from custlint.engine.kinds.locator.placed import DETERMINERS
from custlint.engine.kinds.locator.predicates import _modifies_what_follows
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.senses import TIME_NOUNS

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


# The present 'be' a note puts after a number, read by word order ("7E is a UM", "Nine,
# your order's ready", "the 3:15 is in reception").
BE_FORMS = frozenset("is are 's ’s".split())
# Words a kind of person may carry between the article and itself: "a nervous", "an elderly".
KIND_MODIFIER_TAGS = frozenset("JJ RB VBN HYPH".split())


@person_test("person_by_number")
def classed_as_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'7E is a UM, 9 yrs old, mum meeting at arrivals': the same reading as
    `_a_kind_of_person`, by word order, where the parser has lost the copula's complement
    in a note. The number must open the note or a clause ('…, that 19F was a surgeon')."""
    doc = ctx.doc
    i = mention.end
    if mention.many or i + 2 >= len(doc) or doc[i].lower_ not in BE_FORMS:
        return None
    if doc[i + 1].lower_ not in INDEFINITE_ARTICLES:
        return None
    before = doc[mention.start - 1].lower_ if mention.start > 0 else ""
    if not (_opens_note(mention, ctx) or before in ("that", "and", "but", ",")):
        return None
    j = i + 2
    while j < min(len(doc), i + 5) and doc[j].tag_ in KIND_MODIFIER_TAGS:
        j += 1
    if j >= len(doc):
        return None
    noun = doc[j]
    kinds = ctx.words("person_kinds") | ctx.words("person_titles")
    if noun.lower_ not in kinds:
        return None
    if _modifies_what_follows(doc, j):
        return None  # "14C is a UM seat"
    return Person(mention.start, mention.end, None)


MODALS = frozenset("can could should shall will would".split())

# Words between a verb and the thing given to the number: "bring 12 their bill".
GIFT_OPENERS = frozenset("a an another some the their his her more any".split())


def _word_before(mention: Mention, ctx: SentenceContext) -> Any | None:
    """The word before a number, looking back past the rest of its list ('comp 12 and 13')."""
    doc = ctx.doc
    i = mention.start - 1
    while i > 0 and (doc[i].text in (",", "&") or doc[i].lower_ == "and" or _is_code(doc[i])):
        i -= 1
    return doc[i] if i >= 0 else None


def _eye_kept(verb: Any) -> bool:
    """'keep an eye on 12': watching someone, not 'keep the lid on'."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() == "eye" for c in verb.children)


def _called_back(mention: Mention, ctx: SentenceContext) -> bool:
    """'call back 6671', 'ring account 30917 back', 'email order 4471 back': returning a call
    is done to a person."""
    doc = ctx.doc
    before = mention.start - 1
    if before >= 0 and doc[before].lower_ == "back":
        before -= 1
    back = doc[before + 1].lower_ == "back" if before + 1 < mention.start else False
    back = back or (mention.end < len(doc) and doc[mention.end].lower_ == "back")
    return (
        back
        and before >= 0
        and doc[before].lemma_.lower() in CALL_VERBS
        and doc[before].pos_ in ("VERB", "NOUN")
        and doc[before].tag_ not in ("NNS",)
    )


def _given_something(mention: Mention, ctx: SentenceContext) -> bool:
    """'bring 12 their bill', 'Take table 6 another bottle', 'comp 12 and 13 a programme':
    the number between a verb of giving and the thing given is who receives it."""
    doc = ctx.doc
    prev = _word_before(mention, ctx)
    if prev is None or prev.lower_ not in ctx.words("giving_verbs"):
        return False
    asked = prev.i > 1 and doc[prev.i - 2].lower_ in MODALS  # "Can we send 12 a card?"
    if (
        prev.i > 0
        and not asked
        and not (
            doc[prev.i - 1].is_punct or doc[prev.i - 1].lower_ in ("please", "pls", "you", "and")
        )
    ):
        return False  # an order, not "the coffee we bring 12 a day"
    i = _word_after(mention, ctx)
    if i >= len(doc) or doc[i].lower_ not in GIFT_OPENERS:
        return False
    return not any(t.lower_ in TIME_NOUNS for t in doc[i : i + 3])


def _belongs_to(mention: Mention, ctx: SentenceContext) -> bool:
    """'the food for table 10', 'the appetizer for 602': a person's order, by parse or by order."""
    doc = ctx.doc
    i = mention.start - 1
    while i >= 0 and doc[i].lower_ in DETERMINERS:
        i -= 1
    if i < 1 or doc[i].lower_ != "for":
        return False
    owners = [doc[i - 1]]
    root = mention.root
    if root.dep_ == "pobj" and root.head.i == i:
        owners.append(root.head.head)
    if mention.bare and re.match(r"^(19|20)\d\d$", doc[mention.start].text):
        return False  # "the bill for 2024" is a year
    return any(
        o.pos_ in ("NOUN", "PROPN")
        and (o.lemma_.lower() in ctx.words("possessions") or o.lower_ in ctx.words("possessions"))
        for o in owners
    )


def _owner_of(mention: Mention, ctx: SentenceContext) -> bool:
    """'the pram by the door belongs to table 6', 'this coat belongs to 12A': what belongs
    to the number is a person's own thing, so the number is its owner (but 'the key belongs
    to room 4' and 'this chair belongs to table 6' are parts of a place). Read by word
    order, as the parser takes 'to table 6' for an infinitive."""
    doc = ctx.doc
    i = mention.start
    if i < 2 or doc[i - 1].lower_ != "to" or doc[i - 2].lemma_.lower() != "belong":
        return False
    verb = doc[i - 2]
    owned = ctx.words("personal_belongings") | ctx.words("possessions")
    return any(
        c.dep_ == "nsubj"
        and (c.lemma_.lower() in owned or c.lower_ in owned)
        and c.lower_ not in ctx.words("thing_parts")
        and c.lemma_.lower() not in ctx.words("thing_parts")
        for c in verb.children
    )


@person_test("person_by_number")
def is_a_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'she became room 143', 'I'm 4A': the number names who a person is."""
    dep, root = _mention_role(mention)
    if dep not in ("attr", "acomp", "oprd"):
        return None
    verb = root.head
    if verb.lemma_.lower() not in ("be", "become", "remain"):
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i > mention.start:
        return None
    if mention.bare and _code_text(root).isdigit() and len(_code_text(root)) <= 2:
        return None  # "He is 84": an age
    if subj.lower_ in ("he", "she", "they") or _is_person_noun(subj, ctx):
        return Person(mention.start, mention.end, None)
    if verb.lemma_.lower() == "become" and _a_person_word(subj, ctx):
        return Person(mention.start, mention.end, None)  # not "the storeroom became bay 9"
    if subj.lower_ in ("it", "that", "this") and _about_a_call(ctx):
        return Person(mention.start, mention.end, None)  # "My phone rang; it was room 226."
    return None


CALL_WORDS = frozenset(
    "phone phoned rang ring rings ringing call called calling caller line buzz buzzing buzzed "
    "knock knocking knocked".split()
)


def _about_a_call(ctx: SentenceContext) -> bool:
    """Who is calling: 'it was room 226' names a caller when a call is in the air."""
    words = {t.lower_ for t in ctx.doc} | set(re.findall(r"[a-z]+", ctx.previous.lower()))
    return bool(words & CALL_WORDS)


@person_test("person_by_number")
def answers_who(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'"Who?" I asked. "Room 23."', '"Who's on hold?" "8841, she wants to cancel."': an
    answer to a question about who."""
    if not (_asks_who(ctx.previous) or _asks_which(ctx.previous, ctx)):
        return None
    doc = ctx.doc
    if any(t.pos_ in ("NOUN", "PROPN") for t in doc[: mention.start]):
        return None  # "Agency 24, a small studio": a name with a number in it
    if not any(t.pos_ in ("VERB", "AUX") for t in doc):
        return Person(mention.start, mention.end, None)
    opening = all(t.is_punct for t in doc[: mention.start])
    if opening and mention.end < len(doc) and doc[mention.end].text in (",", "—", "–", "-"):
        return Person(mention.start, mention.end, None)  # the answer, then more about them
    return None


@person_test("person_by_number")
def owns_personal_things(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'3E's face', '27A's phone rang' (but not 'room 12's door')."""
    dep, root = _mention_role(mention)
    end = mention.end
    doc = ctx.doc
    if (
        end < len(doc)
        and doc[end].text in ("'s", "’s")
        and (dep == "poss" or doc[end].dep_ == "case")
    ):
        owned = root.head if dep == "poss" else doc[end].head.head
        if mention.start <= owned.i < mention.end or owned.i <= end or owned.pos_ != "NOUN":
            # the parse tied "'s" back into the mention: the owned noun is the next one
            owned = next((t for t in doc[end + 1 : end + 4] if t.pos_ == "NOUN"), owned)
        parts = ctx.words("thing_parts")
        names = {owned.lemma_.lower(), owned.lower_}
        if owned.dep_ == "compound":
            names.add(owned.head.lemma_.lower())  # "bed 2's call bell"
        if not mention.bare:
            # With a head word the owner is the place or the record ("cabin 5007's balcony",
            # "case 552's priority") unless what it owns is a person or a person's things.
            personal = ctx.words("person_nouns") | ctx.words("personal_belongings")
            return Person(mention.start, mention.end, None) if names & personal else None
        if not names & parts and owned.pos_ == "NOUN":
            return Person(mention.start, mention.end, None)
    return None


@person_test("person_by_number")
def addressed(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Dear Table 67,', 'Thank you table 28', 'Bed 4, "Nurse!"', 'Table 9: can we get…'."""
    doc = ctx.doc
    colon = max((t.i for t in doc[: mention.start] if t.text == ":"), default=-1)
    lead = [t for t in doc[colon + 1 : mention.start] if not t.is_punct]  # after "MC:"
    if lead and _talked_about(mention, ctx):
        return None  # "Morning, 14C is the seat you asked for", "Sorry, 3312, that is the …"
    greeted = bool(lead) and _greeting(lead, ctx) and _closes_address(doc, mention.end)
    opened = _spoken_to_after_an_opener(mention, lead, ctx) or _told_to_wait(mention, lead, ctx)
    if kind.strict and not (lead and lead[0].lower_ == "dear") and not greeted and not opened:
        return None  # "Hi 3312, sorry for the wait" but not "Thanks 2 all"
    if mention.bare and re.match(r"^(19|20)\d\d$", _code_text(doc[mention.start])):
        return None  # "Hi 2024, goodbye 2023!": a year
    if (lead and _greeting(lead, ctx)) or opened:
        return Person(mention.start, mention.end, None, vocative=True)
    if _called_after_a_marker(mention, lead, ctx) and not kind.strict:
        return Person(mention.start, mention.end, None, vocative=True)  # "Right, table 5, your …"
    if not lead and mention.end + 1 < len(doc):
        after = doc[mention.end]
        nxt = doc[mention.end + 1]
        if after.text in (",", ":") and (nxt.text in OPEN_QUOTES or after.text == ":"):
            if after.text == ":" and not kind.colon_address:
                return None  # a log line: "line 88: variable 'x' is unused"
            if after.text == ":" and not _spoken_to_after(doc, mention.end + 1):
                return None  # a record's note: "Order 4410: dispatched 09:00, tracking sent"
            return Person(mention.start, mention.end, None)
        # A number, a comma and words to its holder ("Bed 5, your wife …") is read by
        # `vocative`, which tells them from a job or a label for staff.
    return None


@person_test("person_by_number")
def asked_if_the_listener(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Are you table 8?', 'Sorry, are you room 305?': a question whether the one spoken to
    is the number names the listener by it. Only the asked form, with the number right
    after 'you' and closing the question ('are you sure table 11 is free?', 'are you table
    11's waiter?', 'are you seat 4 on the list?' are about the place); 'you're number 5 in
    the queue' tells a place in a line, and a plain number is an age ('are you 18?')."""
    doc = ctx.doc
    you = mention.start - 1
    if kind.strict or you < 1 or doc[you].lower_ != "you" or doc[you - 1].lemma_ != "be":
        return None
    if doc[you - 1].i > 0 and not doc[you - 2].is_punct and doc[you - 2].tag_ != "UH":
        return None  # the question opens the sentence or follows "Hi,": not "what are you …"
    if mention.end < len(doc) and doc[mention.end].text not in ("?", ","):
        return None  # "are you 22B or 22C?" asks which seat is theirs
    return Person(mention.start, mention.end, None)


# What is ready for a number called at a counter: "Nine, your order's ready".
CALLED_OUT_STATES = frozenset("ready here up done".split())
# What follows 'your' after a number that is no order called out: a title in an answer
# ("Fifteen, your honour"), a turn in a game ("Six, your turn").
NOT_CALLED_FOR = frozenset(
    "honour honor majesty grace lordship ladyship highness excellency worship "
    "turn go shot serve move throw roll".split()
)


@person_test("person_by_number")
def called_out_for_an_order(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Fifteen, your noodles!', 'Nine, your order's ready at the hatch': a number word
    that opens the sentence, then 'your' and what is theirs, alone or said to be ready,
    calls the one who holds the number. A number said before other news is a count or an
    answer ('Fifteen, your total is twelve pounds', 'Forty-two, your answer is wrong'),
    and before a title or a turn it answers a question ('Fifteen, your honour')."""
    doc = ctx.doc
    if not doc[mention.start].is_alpha or _called_number_end(doc, mention.start) != mention.end:
        return None
    i = mention.end + 2
    while i < len(doc) and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i += 1
    if i == mention.end + 2 or doc[i - 1].lower_ in NOT_CALLED_FOR:
        return None
    if i >= len(doc) or doc[i].text in ("!", "."):
        return Person(mention.start, mention.end, None, vocative=True)
    if doc[i].lower_ in BE_FORMS and i + 1 < len(doc) and doc[i + 1].lower_ in CALLED_OUT_STATES:
        return Person(mention.start, mention.end, None, vocative=True)
    return None


ADDRESS_SIGNS = frozenset(
    "you your you're you’re yours we we're we’re us i i'm i’m me my can could would "
    "please pls thanks thank sorry hi hello ? !".split()
)


def _spoken_to_after(doc: Any, start: int) -> bool:
    """What follows a colon speaks to someone, as in 'Bed 4: can we get some water?', not a
    record's note ('res 4471-Q: p/u 0900 LHR T3')."""
    return any(t.lower_ in ADDRESS_SIGNS for t in doc[start:])


DISCOURSE_MARKERS = frozenset("right ok okay alright so now".split())
SECOND_PERSON = frozenset("you your you're you’re".split())


def _called_after_a_marker(mention: Mention, lead: list, ctx: SentenceContext) -> bool:
    """'Right, table 5, your starters are on their way': a marker and a comma, the number
    set off by commas, then words to the number's people."""
    doc = ctx.doc
    return (
        len(lead) == 1
        and lead[0].lower_ in DISCOURSE_MARKERS
        and lead[0].i + 1 < mention.start
        and doc[lead[0].i + 1].text == ","
        and mention.end + 1 < len(doc)
        and doc[mention.end].text == ","
        and doc[mention.end + 1].lower_ in SECOND_PERSON
        and not _aside(doc, mention.end + 1)
    )


# Words that open a turn of talk before the one spoken to is named: "ok 88271, …",
# "Sorry about that, room 214, …".
TURN_OPENERS = DISCOURSE_MARKERS | frozenset("sorry thanks thank hi hello hey morning".split())
# Where a lead stops short of a phrase of its own, so that the number finishes it: "Sorry
# about room 214", "Thanks for booking room 214", "ok so the".
UNFINISHED_TAGS = frozenset("IN TO DT PDT PRP$ JJ VB VBD VBG VBN VBP VBZ MD".split())


def _spoken_to_after_an_opener(mention: Mention, lead: list, ctx: SentenceContext) -> bool:
    """'ok 88271, i can see your ticket', 'Sorry about that, room 214, your towels are on
    the way': a short opener of talk, the number set off by a comma after it, then a clause
    to the listener, 'you' or 'your', which handles no 'it'. The number finishes no phrase
    of the opener ('Sorry about room 214, you'll get a new one') and is no topic the clause
    goes on about ('ok ticket 4410, you said it never loaded?')."""
    doc = ctx.doc
    if not lead or len(lead) > 4 or lead[0].lower_ not in TURN_OPENERS:
        return False
    if not _account_like(mention, ctx):
        return False  # a count said back: "ok 10, you'll need two tables then"
    last = lead[-1]
    if (
        last.tag_ in UNFINISHED_TAGS
        and last.lower_ not in TURN_OPENERS  # "okay", read as an adjective
        and not (last.lower_ in ("that", "this") and doc[last.i - 1].tag_ == "IN")
    ):
        return False  # but "sorry about that, room 214, …"
    if any(mention.start <= t.head.i < mention.end for t in lead):
        return False  # the parser hangs the opener on the number: "Thanks 2 all"
    return _clause_to_the_listener(mention, ctx)


# Requests to wait, which the tagger may read as names when they open a sentence ("Bear").
HOLD_VERBS = frozenset("hang hold bear sit stay wait".split())


def _told_to_wait(mention: Mention, lead: list, ctx: SentenceContext) -> bool:
    """'Hang on, 23D, we'll get you a blanket', 'Bear with me, 14C, your meal is coming': a
    short request that opens the sentence, a comma, the number set off by commas, then a
    clause to the listener. The comma keeps out an object ('Check 14C, you'll see the
    crack'), a lead with a number in it is a step of its own ('Dial 9, 4410, …'), and a
    small number is a count ('Hang on, 10, you'll need two tables')."""
    doc = ctx.doc
    return (
        0 < len(lead) <= 3
        and (lead[0].tag_ == "VB" or lead[0].lower_ in HOLD_VERBS)
        and _account_like(mention, ctx)
        and all(t.pos_ != "NUM" for t in lead)
        and doc[mention.start - 1].text == ","
        and _clause_to_the_listener(mention, ctx)
    )


def _clause_to_the_listener(mention: Mention, ctx: SentenceContext) -> bool:
    """After the number's comma, a clause to 'you' or 'your' that handles no 'it' and is no
    aside ('you see,')."""
    doc = ctx.doc
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    clause = []
    for tok in doc[mention.end + 1 :]:
        if tok.text in (".", "!", "?", ";"):
            break
        clause.append(tok)
    if _aside(doc, mention.end + 1) or any(t.lower_ in IT_WORDS for t in clause):
        return False
    return any(t.lower_ in SECOND_PERSON for t in clause)


# Words for what a code is, which a clause after it may name: "that is the order number".
CODE_WORDS = frozenset("number code reference ref".split())


def _talked_about(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether a number after an opener of talk is what the sentence talks about, not whom
    it speaks to: the subject of the verb after it, by the parse or by a list running into
    the verb ('Morning, 14C is the seat you asked for', 'Okay, 3C, 3D and 3E are the seats
    we've held for your family'), or named again in the clause after its comma ('Sorry,
    3312, that is the order number you gave me', 'ok 3C, the seat you wanted is gone')."""
    doc = ctx.doc
    i = _word_after(mention, ctx)  # past the rest of a list: "3C, 3D and 3E are"
    if (
        i < len(doc)
        and doc[i].tag_ in ("VBZ", "VBP", "VBD", "MD")
        and doc[i - 1].text != ","
        and not (i + 1 < len(doc) and doc[i + 1].lower_ in ("you", "we", "i"))  # "are you …?"
    ):
        return True
    if mention.end >= len(doc) or doc[mention.end].text != ",":
        return False
    heads = ctx.words("locator_heads") | CODE_WORDS
    for tok in doc[mention.end + 1 :]:
        if tok.text in (".", "!", "?", ";"):
            break
        if (
            tok.dep_ in ("nsubj", "nsubjpass", "attr")
            and tok.pos_ == "NOUN"
            and tok.lemma_.lower() in heads
            and any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in tok.children)
        ):
            return True
    return False


def _aside(doc: Any, i: int) -> bool:
    """'you see,', 'you know,', 'you said,': words to the listener set off by commas inside
    a sentence about the number ('Now, table 3, you see, needs a new leg')."""
    return (
        doc[i].lower_ == "you"
        and i + 2 < len(doc)
        and doc[i + 1].pos_ == "VERB"
        and doc[i + 2].text == ","
    )


def _greeting(lead: list, ctx: SentenceContext) -> bool:
    """'Hi', 'Good morning', 'Excuse me', 'Thank you so much': words that open an address."""
    words = ctx.words("address_words")
    return (
        len(lead) <= 3
        and lead[0].lower_ in words
        and all(t.lower_ in words or t.lower_ in ("you", "so", "much", "again") for t in lead)
    )


def _told_about(mention: Mention, verb: Any, ctx: SentenceContext) -> bool:
    """'tell maintenance 14C has no reading light', 'tell housekeeping 412 needs towels':
    a listener that is no person noun stands between the verb and the number, which is
    what the listener is told about, a place with a thing's state."""
    doc = ctx.doc
    between = doc[verb.i + 1 : mention.start]
    if len(between) != 1 or between[0].pos_ not in ("NOUN", "PROPN"):
        return False
    if _is_person_noun(between[0], ctx) or between[0].lower_ in ctx.words("staff_nouns"):
        return False
    nxt = doc[mention.end] if mention.end < len(doc) else None
    return nxt is not None and nxt.lemma_.lower() in ("have", "be", "need")


def _closes_address(doc: Any, end: int) -> bool:
    """An address ends at a comma, '!', '?' or the end of the sentence."""
    return end >= len(doc) or doc[end].text in (",", "!", "?", ".", "—", "–", ":")


# Events of a life that only a person goes through: "Bed 7 gave birth", "table 8 got
# engaged" ('line 4 got engaged' is a phone line, which the rule for lines leaves alone).
@person_test("person_by_number")
def missing_since(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Room 630 hasn't been seen since Sunday', '412 hasn't been seen at breakfast since
    Tuesday': not seen since a time is said of someone gone missing. Not when the number is
    seen to or seen by someone, which is a place looked after or inspected ('hasn't been
    seen to since Sunday', 'seen by the inspector since May'), nor a thing in the place
    ('the leak in 630 hasn't been seen since'). A record or a machine not seen is one
    with no activity ('account 4471 has not been seen since March', 'PC 6 …')."""
    if kind.heads & CUSTOMER_RECORDS or kind.machine_heads:
        return None
    verb = mention.root.head
    if mention.root.dep_ != "nsubjpass" or verb.lemma_ != "see" or verb.tag_ != "VBN":
        return None
    children = list(verb.children)
    if not any(c.dep_ == "neg" for c in children):
        return None
    if any(c.lower_ in ("to", "by") and c.dep_ in ("prep", "prt", "agent") for c in children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "since" for c in children):
        return None
    return Person(mention.start, mention.end, None)


LIFE_EVENT_STATES = frozenset("engaged married divorced hitched pregnant".split())
GET_FORMS = frozenset("get gets got getting gotten".split())


@person_test("person_by_number")
def went_through_a_life_event(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Bed 7 gave birth at 3am', 'Room 2204 and room 2206 got engaged': the subject of a
    life event. 'Room 2204 got a new carpet' and 'the order got delayed' are not."""
    dep, root = _mention_role(mention)
    verb = root.head
    if any(t.lower_ in ("line", "lines") for t in ctx.doc[mention.start : mention.end]):
        return None  # "line 4 got engaged": the line is busy
    children = list(verb.children)
    if (
        dep == "nsubj"
        and verb.lemma_.lower() == "give"
        and any(c.dep_ == "dobj" and c.lower_ == "birth" for c in children)
    ):
        return Person(mention.start, mention.end, None)
    after = ctx.doc[verb.i + 1] if verb.i + 1 < len(ctx.doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return None  # "got married couples mostly": 'married' describes what it got
    if (
        dep == "nsubjpass"
        and verb.lower_ in LIFE_EVENT_STATES
        and any(c.dep_ == "auxpass" and c.lower_ in GET_FORMS for c in children)
    ):
        return Person(mention.start, mention.end, None)
    return None


# Verbs that say a quotation aloud to someone: "the server shouted 'Table Four, your
# order!'", "'Order 3310!' the pharmacist called".
CALLING_VERBS = frozenset(
    "shout yell call cry bellow holler scream shriek bark say announce".split()
)
# Heads of the numbers a counter or a clinic calls out to the one waiting: "shouted 'order
# 3310!'", "calling 'appointment 14!'". A room, table or bed called out alone may be where
# to go ("he yelled 'room 12!'"), and a number alone a bingo call or a chant.
CALLED_QUEUE_HEADS = frozenset("ticket order appointment".split())
# Words that tell the one called to do something: "'seat 9, sit down'".
CALLED_TO_WORDS = frozenset("sit stand come wait stay follow hurry".split())
# Verbs of calling that a text does too: "the email said 'Order 2291, …'".
SAYING_VERBS = frozenset("say announce".split())


@person_test("person_by_number")
def called_in_a_quote(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'The server shouted "Table Four, your order!"', 'the pharmacist shouted "order
    3310!"', 'the usher said "14A and 14B, phones away please"': a quotation said aloud that
    opens with the number and goes on to speak to its people, or is the number alone that a
    counter calls. 'He shouted "room 12 is flooding!"' and 'the label said "ticket 61, do not
    open"' speak of a place or a thing; 'shouted "twelve!"' may be a bid or a bingo call."""
    doc = ctx.doc
    interjected = _after_a_quoted_interjection(doc, mention.start)
    opening = interjected if interjected is not None else _opening_quote(doc, mention.start)
    if opening is None or not _said_aloud(doc, opening, ctx):
        return None
    if kind.strict and not _account_like(mention, ctx):
        return None  # "'One, your passport; two, your boarding pass'": a list
    end = _list_end(mention, ctx)
    if end >= len(doc):
        return None
    after = doc[end]
    if after.text == ",":
        clause = _rest_of_quote(doc, end + 1)
        if not clause or any(t.lower_ in IT_WORDS for t in clause):
            return None  # "'room 12, you'll love it'"
        if len(clause) == 2 and clause[0].lower_ == "you":
            return None  # "'table 6, you said?'": the number said back
        if any(t.lower_ in SECOND_PERSON or t.lower_ in ("please", "pls") for t in clause):
            return Person(mention.start, mention.end, None, vocative=True)
        if clause[0].lower_ in CALLED_TO_WORDS:
            return Person(mention.start, mention.end, None, vocative=True)  # "'seat 9, sit down'"
        if interjected is not None and _asks_the_listener(doc, clause):
            return Person(mention.start, mention.end, None, vocative=True)  # "'ah, 7215, usual?'"
        return None
    if interjected is not None:
        return None  # "'ok, order 12!'" is said of the order
    closing = end + 1 if after.text in ("!", "?") else end
    if mention.bare or doc[mention.start].lower_ not in CALLED_QUEUE_HEADS:
        return None
    if closing < len(doc) and doc[closing].tag_ == "''":
        return Person(mention.start, mention.end, None, vocative=True)
    return None


# Verbs that make the quoted number what someone is: "'so you're table nine'", "in the
# clinic I became 'bay 9'".
BEING_VERBS = frozenset("be become remain".split())
# Number words a code is said with digit by digit: "eight-one-one-four", "two-oh-nine".
DIGIT_WORDS = frozenset("zero oh nought one two three four five six seven eight nine".split())
# The two words of a question that asks someone whether they are a number: "'are you
# F14?'", "'r u 12C?'", and the phone's "'Hi, is that job 4410?'".
ARE_YOU = (("are", "you"), ("r", "u"))
IS_THAT = ("is", "that")
# Records a caller is asked to be on the phone; a place after 'is that' may be shown
# ('Hi, is that seat 14C?' asks of 'that seat').
PHONED_RECORDS = CUSTOMER_RECORDS | frozenset(["job"])
PHONE_GREETINGS = frozenset("hi hello hey hiya morning afternoon evening".split())


@person_test("person_by_number")
def asked_if_they_are(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """ "'Excuse me, are you 14C?'", "'Hi, is that job 4410?'": a question whose whole
    predicate is the number asks the one spoken to whether they are it, as staff find who
    sits where or who answers the phone. The number ends the question, so 'are you F14 or
    F15?' (which seat), 'is that job 4410 done?' (the job) and 'is that room 12 on the
    left?' stay quiet; 'is that' asks a person only of a record after a greeting, as on
    the phone, since a place may be pointed at ('Hi, is that room 12?'); a small bare
    number is an age ('are you 12?')."""
    doc = ctx.doc
    start = mention.start
    if start < 2 or mention.end >= len(doc) or doc[mention.end].text != "?":
        return None
    if mention.bare and not _account_like(mention, ctx):
        return None
    asked = (doc[start - 2].lower_, doc[start - 1].lower_)
    if asked in ARE_YOU:
        return Person(mention.start, mention.end, None)
    if asked != IS_THAT or start < 3 or doc[start].lower_ not in PHONED_RECORDS:
        return None
    greeting = start - 3 if doc[start - 3].text != "," else start - 4
    if greeting < 0 or doc[greeting].lower_ not in PHONE_GREETINGS:
        return None
    return Person(mention.start, mention.end, None)


# Who a quoted "you're table nine" can name: the one spoken to, the speaker, people.
PREDICATE_PEOPLE = frozenset("you i we he she they".split())
# A number with its place among others is a rank, not a name: "'you're number 4 in the
# queue'", "'we're order 12 of 40'".
RANKING_WORDS = frozenset("in of on out".split())


@person_test("person_by_number")
def named_in_a_quoted_predicate(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """ "'Ah, you're badge 217, you're in the overflow room'", "'so you're table nine'",
    "she said I was 'order 7734' now": in quoted speech, a person is the number; staff
    name people so. "'I'm desk 3'" is staff at their post, "'You're in room 217'" places
    them, "'your table is nine'" and "it was 'order 7734'" speak of a thing, and a bare
    "'you're 21'" may be an age."""
    dep, root = _mention_role(mention)
    if dep not in ("attr", "acomp") or root.head.lemma_.lower() not in BEING_VERBS:
        return None  # 'acomp': the parser reads "you're table nine" as a 'table' adjective
    doc = ctx.doc
    if mention.bare and not _long_code(mention, ctx):
        return None  # "'you're 21'": an age
    subject = next((c for c in root.head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in PREDICATE_PEOPLE:
        return None
    if doc[mention.start].lower_ in ("number", "no"):
        return None  # "'you're number 3'": a place in a queue
    if doc[mention.start].lower_ in kind.staffed_heads:
        return None  # "'Hi, I'm desk 3'": staff named by where they serve
    if mention.end < len(doc) and doc[mention.end].lower_ in RANKING_WORDS:
        return None
    if not _in_a_quotation(doc, mention.start):
        return None
    return Person(mention.start, mention.end, None)


def _long_code(mention: Mention, ctx: SentenceContext) -> bool:
    """A bare number too long to be an age or a count and no year ('2281', '41-220'), or
    one said digit by digit ('eight-one-one-four'): in "'so you're 2281'" or "for a week I
    was 'eight-one-one-four'" a code names the person, where "'you're 21'" is an age."""
    doc = ctx.doc
    words = [t for t in doc[mention.start : mention.end] if t.tag_ != "HYPH"]
    if len(words) >= 3 and all(t.lower_ in DIGIT_WORDS for t in words):
        return True
    code = "".join(_code_text(t) for t in doc[mention.start : mention.end])
    return bool(re.match(r"^\d[\d-]{3,}$", code)) and not re.match(r"^(19|20)\d\d$", code)


def _in_a_quotation(doc: Any, start: int) -> bool:
    """The last quotation mark before `start` opens a quotation: the words are speech."""
    mark = next((t for t in reversed(doc[:start]) if t.tag_ in ("``", "''")), None)
    return mark is not None and mark.tag_ == "``"


# Short words of talk a speaker opens a quotation with before naming who they speak to:
# "'ah, 7215, the usual?'", "'right, account 5531, what can I help with'".
QUOTE_INTERJECTIONS = TURN_OPENERS | frozenset("ah oh ooh aha well yes yep um er".split())
# Words of a short question that asks the one spoken to about themself ("'ah, 7215, the
# usual?'", "'oh, 12C, back again?'", "'right, order 8812, what can I help with?'"); a
# question about a place asks where or which ("'ok, room 304, which floor?'").
LISTENER_QUESTION_WORDS = frozenset("usual again help".split())


def _after_a_quoted_interjection(doc: Any, start: int) -> int | None:
    """The quotation mark of "'ah, 7215, …'": a quotation that opens with a word of talk
    and a comma before the number, so the number is still the first thing named."""
    if start < 3 or doc[start - 1].text != "," or doc[start - 2].lower_ not in QUOTE_INTERJECTIONS:
        return None
    return _opening_quote(doc, start - 2)


def _asks_the_listener(doc: Any, clause: list) -> bool:
    """The words after the number are a short question about its people: it ends with '?'
    and asks what they want or whether they are back, not where or which."""
    end = clause[-1].i + 1
    return (
        end < len(doc)
        and doc[end].text == "?"
        and len(clause) <= 6
        and any(t.lower_ in LISTENER_QUESTION_WORDS for t in clause)
    )


def _opening_quote(doc: Any, start: int) -> int | None:
    """The quotation mark that the number opens a quotation after, if any."""
    i = start - 1
    if i < 0 or doc[i].text not in OPEN_QUOTES or doc[i].tag_ == "''" or doc[i].whitespace_:
        return None
    return i if i == 0 or doc[i - 1].whitespace_ else None  # not the "'" of "the girls' 12"


def _said_aloud(doc: Any, opening: int, ctx: SentenceContext) -> bool:
    """A verb of calling or saying takes the quotation: before it ('shouted "…"', 'called
    out, "…"') or after it, when it opens the sentence ('"…" the host called')."""
    i = opening - 1
    while i >= 0 and doc[i].lower_ in (",", ":", "out"):
        i -= 1
    if i >= 0:
        return _calls_aloud(doc[i], ctx)
    closing = next((t.i for t in doc[opening + 1 :] if t.tag_ == "''"), None)
    if closing is None:
        return False
    if closing + 1 == len(doc):
        return _called_in_the_next(ctx.following)  # the parse split "'Order 3310!' she called"
    verb = next((t for t in doc[closing + 1 : closing + 9] if t.pos_ == "VERB"), None)
    return verb is not None and _calls_aloud(verb, ctx)


# Forms of the calling verbs that a text does not take: "'Ticket 212!' the woman at the
# deli called" (but "'Order 2291, dispatched' the email said").
CALLED_FORMS = re.compile(
    r"^[a-z][^.!?]{0,60}?\b(?:shout(?:ed|s)|yell(?:ed|s)|call(?:ed|s)(?: out)?|cri(?:ed|es)|"
    r"bellow(?:ed|s)|holler(?:ed|s)|scream(?:ed|s)|shriek(?:ed|s)|bark(?:ed|s))\b"
)


def _called_in_the_next(following: str) -> bool:
    """The sentence the parser split off after a quotation goes on with who called it: it
    opens in lower case and a verb of calling comes within its first words."""
    return bool(CALLED_FORMS.match(following))


def _calls_aloud(verb: Any, ctx: SentenceContext) -> bool:
    """A verb of calling said by someone: 'the waiter said', not 'the sign said'."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CALLING_VERBS:
        return False
    if verb.lemma_.lower() not in SAYING_VERBS:
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in PEOPLE_PRONOUNS or _someone(subject, ctx):
        return True
    return subject.lemma_.lower() in ctx.words("staff_nouns")  # "usher", tagged an adjective


def _rest_of_quote(doc: Any, start: int) -> list:
    """The words of a quotation from `start` to the end of its first sentence."""
    words = []
    for tok in doc[start:]:
        if tok.text in (".", "!", "?", ";") or tok.tag_ == "''":
            break
        if not tok.is_punct:
            words.append(tok)
    return words
