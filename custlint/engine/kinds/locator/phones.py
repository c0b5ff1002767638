"""The locator reading by phone number or registration: call centres, garages, taxi firms and
car parks name a customer by the number they ring from or the plate of their car ('07700
900123 on hold, he wants to cancel', 'CRM note: 07700 900461 called to cancel', 'KM19 XTA is
in reception asking about a courtesy car', 'ending 0932 is disputing a charge').

The numbers and plates are found by the family's own mention finder (`phone_finder`, a rule's
`finder = "phones"`), as no head word or code shape finds them.

The same numbers are contact details ('call us on 0800 123 4567', 'our number is 07700
900000'), signs and fleet cars ('KX19 ABC is the courtesy car', 'van KM19 XTA needs an MOT'),
so the person test (`phone_holder`) asks for what only a caller does or is:

- the number opens its clause (or follows 'got', 'have', 'that': 'I've got 07700 900412 on
  the line', 'Is that KX19 ABC on the phone?') and is said to be on the line, on the phone,
  on hold or in reception, to ring, ask, want, complain or dispute, to hang up, or to be
  furious; never passively ('was called by the dialler') and never of another number
  ('07700 900412 called 0800 123 4567'); a plate only wants *to* do something ('KX19 ABC
  wants to know', not 'KX19 ABC wants new brake pads');
- or it is told something ('tell 07700 900412 the engineer is on his way'), or a caller
  gives it for their name ('Hi, this is line 07700 900118');
- or a person noun is placed by it ('the man on the landline ending 442', 'the lady with
  KX19 ABC').

A number after a preposition, a verb of calling or a noun ('on', 'call', 'dial', 'number',
'van', 'the') is a contact detail or a thing, and stays quiet unless a person noun owns it.

Some numbers and plates do what a caller does without being one (`_not_a_caller`):

- an organisation's service line (UK 03, 08 and 09 numbers, US toll-free 800, 888 …) is
  nobody's own phone: it 'says it's closed on Sundays', 'asks for your account number',
  'texted me a security code', and 'ask 0300 123 4455 about your pension' is a call to it;
- a car waits for parts or a driver, holds up a lane, refuses to start or is refused entry
  (`plate_thing_acts`), unless it is waiting in reception or holding on the line;
- a quotation right after 'says' is a display or a recording ('PL19 HRT says "service due"',
  '07700 900412 says "number not recognised"'), and 'asks you to press 1' a phone menu;
  'asking £6,500' is an advert's price; a phone that 'rang for ten minutes' was rung;
- a label before the number names it as something else ('Serial: 0412 889 3301', 'Tracking:
  0031 4478 2290', 'Job card: BF67 ZKA': `not_caller_labels`);
- the sentence calls the number 'it' ('when I dial it', 'it's a scam number');
- a phone 'in reception by the lifts' or 'on the charger' is a handset put somewhere.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.phone_finder import (
    DETERMINERS,
    ENDING_WORDS,
    PHONE_WORDS,
    REG_WORDS,
    _phone_end,
    _preposition,
)
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.vetoes import STAFF_OWNERS

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind

# What may stand before a number that opens its clause: nothing, a mark, or a word that
# hands it to what follows ('I've got 07700 900412 on the line', 'Is that KX19 ABC …').
CLAUSE_MARKS = frozenset([":", ";", "—", "–", "-", "(", ",", "and"])
HANDING_WORDS = frozenset("got have 've that it's it’s".split())
# Words between the number and what it does: 'has just rung', 'is still on hold'.
BE_FORMS = frozenset("is 's ’s was are were".split())
FILLERS_AFTER = BE_FORMS | frozenset(
    "has have had 've just still again now already also who back then".split()
)
# Past participles, which after 'is' or 'was' make the number what is done to ('was called
# by the dialler').
PARTICIPLES = frozenset("called phoned texted emailed messaged asked said queried chased".split())
# What ends a ring that a phone does and not a caller: 'rang out', 'called by the dialler'.
NOT_A_CALLER = frozenset("out by".split())
# Mention words a person noun reaches a number by: 'the man on 07700 900412', 'the lady with
# KX19 ABC', 'the guy in KM19 XTA'.
PLACING = frozenset("on with in from driving".split())
# What 'on hold' may be followed by when it is a caller on hold, not an account held
# ('07700 900412 is on hold pending the port').
HOLD_ENDS = frozenset("and again still now for".split())
GREETINGS = frozenset("hi hello hey morning afternoon evening".split())
# Service lines: UK non-geographic numbers (03 …, 08 …, 09 …) and US toll-free area codes.
UK_SERVICE = re.compile(r"^(?:0|\+44|0044)[389]")
US_TOLL_FREE = frozenset("800 888 877 866 855 844 833".split())
# Prepositions of where a thing is put, after 'in reception': 'in reception by the lifts'.
PUT_THING = frozenset("by on next near behind beside under above opposite".split())
RINGING = frozenset("rang rung ringing rings".split())
# What a phone menu asks a caller to do: 'asks you to press 1'.
MENU_ACTS = frozenset("press enter key select choose say hold".split())
DURATION_WORDS = frozenset(
    "ages ever second seconds minute minutes min mins hour hours hr hrs day days".split()
)
QUOTES = frozenset(("'", '"', "‘", "“", "`"))
# Verbs whose object 'it' is the number as a thing: 'when I dial it', 'block it'.
NUMBER_VERBS = frozenset("dial ring call block redial try answer bar report save".split())
# Nouns an 'it' is said to be that make the number a thing: 'it's a scam number'.
NUMBER_NOUNS = frozenset(
    "number line landline mobile scam spam recording voicemail switchboard helpline".split()
)


def _is_plate(doc: Any, mention: Mention) -> bool:
    return _preposition(doc, mention).startswith("with")


def _opens_clause(doc: Any, start: int) -> bool:
    """Nothing but marks before the number, or a mark, 'and', or a word that hands the
    number to what follows ('got', 'that')."""
    if all(t.is_punct for t in doc[:start]):
        return True
    before = doc[start - 1].lower_
    return before in CLAUSE_MARKS or before in HANDING_WORDS


def _introduces_self(doc: Any, start: int) -> bool:
    """'Hi, this is line 07700 900118': a caller who gives their number for their name."""
    if start < 2 or doc[start - 2].lower_ != "this" or doc[start - 1].lower_ not in ("is", "'s"):
        return False
    return start == 2 or doc[start - 3].is_punct or doc[start - 3].lower_ in GREETINGS


def _on_the_line(doc: Any, k: int, ctx: SentenceContext) -> bool:
    """'on the line', 'on line 2', 'on hold', 'on the phone to billing', 'in reception':
    where a caller is; not a phone bill or a line rental, nor an account on hold pending
    something."""
    if doc[k].lower_ not in ("on", "in", "at"):
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in ("the", "another", "other"):
        k += 1
    if k < len(doc) and doc[k].lower_ == "other":
        k += 1
    if k >= len(doc) or doc[k].lower_ not in ctx.words("caller_places"):
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    if after is None or after.is_punct:
        return True
    if doc[k].lower_ in ("reception", "lobby") and after.lower_ in PUT_THING:
        return False  # 'the courtesy phone … is in reception by the lifts': a handset
    if after.pos_ in ("NOUN", "PROPN") and not after.like_num:
        return False  # 'on the phone bill', 'on the line rental'
    if doc[k].lower_ == "hold":
        return after.lower_ in HOLD_ENDS
    return True


def _says_as_a_caller(doc: Any, end: int, ctx: SentenceContext, plate: bool) -> bool:
    """What the words after the number say of it: that it is on the line, rings, asks or
    complains, or is furious (see the module's docstring)."""
    k = end
    passive = False
    while k < len(doc) and doc[k].lower_ in FILLERS_AFTER:
        passive = passive or doc[k].lower_ in BE_FORMS
        k += 1
    if k >= len(doc):
        return False
    word = doc[k].lower_
    after = doc[k + 1] if k + 1 < len(doc) else None
    if _on_the_line(doc, k, ctx):
        return True
    if word in ("keeps", "kept") and after is not None and after.lower_.endswith("ing"):
        return after.lower_ in ctx.words("caller_acts") or after.lower_ in ("ringing", "calling")
    if word in ctx.words("caller_states"):
        return passive
    if word not in ctx.words("caller_acts") or (passive and word in PARTICIPLES):
        return False
    if after is not None and (after.lower_ in NOT_A_CALLER or _phone_end(doc, k + 1)):
        return False  # 'rang out', '07700 900412 called 0800 123 4567'
    if plate and word in ctx.words("plate_thing_acts"):
        # 'BF67 ZKA is waiting for parts', 'GK71 NBV is holding up the exit lane', 'KX19 ABC
        # refused to start'; but 'KX19 ABC is waiting in reception'.
        return _on_the_line(doc, k + 1, ctx)
    if after is not None and after.text in QUOTES:
        return False  # 'says "number not recognised"': a display or a recording
    if _menu_prompt(doc, k):
        return False  # '0161 496 0000 asks you to press 1 for billing': a phone menu
    if word in ("asking", "asks") and after is not None and (after.like_num or after.is_currency):
        return False  # 'Reg KX19 ABC asking £6,500 ono': an advert's price
    if word in RINGING and _rang_for_a_while(doc, k + 1):
        return False  # 'rang for ten minutes and nobody picked up': it was rung
    if word == "hung":
        return after is not None and after.lower_ == "up"
    if word == "would":
        return after is not None and after.lower_ in ("like", "prefer", "rather")
    if plate and word in ("wants", "wanted"):
        # 'KX19 ABC wants to know …', not 'KX19 ABC wants new tyres'.
        return (
            after is not None
            and after.lower_ == "to"
            and k + 2 < len(doc)
            and doc[k + 2].lower_ != "be"
        )
    return True


def _menu_prompt(doc: Any, k: int) -> bool:
    """'asks you to press 1', 'tells you to enter your PIN': a phone menu's prompt to whoever
    rings the number."""
    words = [t.lower_ for t in doc[k + 1 : k + 4]]
    return words[:2] == ["you", "to"] and words[2:] != [] and words[2] in MENU_ACTS


def _rang_for_a_while(doc: Any, k: int) -> bool:
    """'rang for ten minutes', 'rang for ages', 'rang and rang': a phone rung, not a caller
    ('rang for a taxi' is a caller)."""
    if k < len(doc) and doc[k].lower_ == "and" and k + 1 < len(doc):
        return doc[k + 1].lower_ in RINGING | {"ring"}
    if k >= len(doc) or doc[k].lower_ != "for":
        return False
    return any(t.lower_ in DURATION_WORDS for t in doc[k + 1 : k + 4])


def _service_line(doc: Any, mention: Mention) -> bool:
    """A UK 03, 08 or 09 number or a US toll-free one: an organisation's line, which nobody
    rings from ('0800 028 0000 says it's closed on Sundays')."""
    words = [t.text for t in doc[mention.start : mention.end] if any(c.isdigit() for c in t.text)]
    if not words:
        return False
    if words[0][:1] not in ("0", "+"):
        return words[0] in US_TOLL_FREE and len(words) == 3  # '800 555 0199'
    joined = "".join(words).replace("-", "")
    if UK_SERVICE.match(joined):
        return True
    return joined.startswith("+1") and (
        joined[2:5] in US_TOLL_FREE or (len(words) > 1 and words[1] in US_TOLL_FREE)
    )


def _labelled_a_thing(doc: Any, start: int, ctx: SentenceContext) -> bool:
    """'Serial: 0412 889 3301 is waiting for parts', 'Tracking: 0031 4478 2290', 'Job card:
    BF67 ZKA': a short label before the number names it as something else."""
    if start < 2 or doc[start - 1].text != ":":
        return False
    label = doc[max(0, start - 4) : start - 1]
    return any(t.lower_ in ctx.words("not_caller_labels") for t in label)


def _called_it(doc: Any, end: int) -> bool:
    """The sentence calls the number 'it': 'when I dial it', 'it's a scam number'."""
    for tok in doc[end:]:
        if tok.lower_ != "it":
            continue
        head = tok.head
        if tok.dep_ == "dobj" and head.lemma_.lower() in NUMBER_VERBS:
            return True
        if tok.dep_ == "nsubj" and head.lemma_ == "be":
            if any(c.dep_ == "attr" and c.lower_ in NUMBER_NOUNS for c in head.children):
                return True
            if any(
                c.dep_ == "attr" and any(g.lower_ in NUMBER_NOUNS for g in c.children)
                for c in head.children
            ):
                return True  # 'it's a scam number'
    return False


def _not_a_caller(doc: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """A service line, a number or plate labelled as something else, or one the sentence
    calls 'it' (see the module's docstring)."""
    phone = not _is_plate(doc, mention) and not any(
        t.lower_ in ENDING_WORDS for t in doc[mention.start : mention.end]
    )  # a whole number, not its last digits ('the landline ending 093')
    return (
        (phone and _service_line(doc, mention))
        or _labelled_a_thing(doc, mention.start, ctx)
        or _called_it(doc, mention.end)
    )


def _placed_person(doc: Any, mention: Mention, ctx: SentenceContext) -> Person | None:
    """A person noun the number places: 'the man on the landline ending 442', 'the lady
    with KX19 ABC', 'the guy in KM19 XTA'."""
    k = mention.start - 1
    if k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    if k >= 0 and doc[k].lower_ in PHONE_WORDS | REG_WORDS | {"car", "van"}:
        k -= 1
    if k >= 0 and doc[k].lower_ in DETERMINERS:
        k -= 1
    if k < 1 or doc[k].lower_ not in PLACING:
        return None
    noun = doc[k - 1]
    if noun.lower_ not in ctx.words("caller_nouns"):
        return None
    start = noun.i
    if start > 0 and doc[start - 1].lower_ in STAFF_OWNERS:
        return None  # 'our man on 0161 496 0555': one of the staff
    if start > 0 and doc[start - 1].lower_ in DETERMINERS:
        start -= 1
    return Person(start, mention.end, noun)


@person_test("person_by_phone")
def phone_holder(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """The one who holds a phone number or a registration, read by what is said of the
    number (see the module's docstring)."""
    doc = ctx.doc
    if _not_a_caller(doc, mention, ctx):
        return None
    placed = _placed_person(doc, mention, ctx)
    if placed is not None:
        return placed
    start = mention.start
    if start > 0 and doc[start - 1].lower_ in ctx.words("caller_told"):
        return Person(start, mention.end, None)
    if _introduces_self(doc, start):
        return Person(start, mention.end, None)
    if not _opens_clause(doc, start):
        return None
    if _says_as_a_caller(doc, mention.end, ctx, _is_plate(doc, mention)):
        return Person(start, mention.end, None)
    return None
