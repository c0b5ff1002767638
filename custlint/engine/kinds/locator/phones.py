"""The locator reading by phone number or registration: call centres, garages, taxi firms and
car parks name a customer by the number they ring from or the plate of their car ('07700
900123 on hold, he wants to cancel', 'CRM note: 07700 900461 called to cancel', 'KM19 XTA is
in reception asking about a courtesy car', 'ending 0932 is disputing a charge').

The tokenizer cuts a phone number into several numbers, and a plate is no seat code, so the
family finds its own mentions (`phone_mentions`):

- a phone number: groups of digits that start with 0 or follow a country code ('07700
  900412', '+44 7700 900555', '020 7946 0958'), or three groups of 3, 3 and 4 digits ('555
  123 4567'), 9 to 13 digits in all, or the same written as one word ('07700900412');
- its last digits: 'ending 442', 'ending in 0932', with the phone word before ('the landline
  ending 442');
- a registration: the UK's 'KX19 ABC' (or 'KX19ABC'), or, after 'reg', 'registration' or
  'plate', any code of capitals and digits ('reg A123 BCD', 'reg ABC-1234').

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
from custlint.engine.kinds.locator.registry import (
    MENTION_FINDERS,
    Mention,
    MentionFinder,
    Person,
    person_test,
)
from custlint.engine.kinds.locator.vetoes import STAFF_OWNERS

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind

PHONE_GROUP = re.compile(r"^\d{2,6}$")
COUNTRY_CODE = re.compile(r"^\+\d{1,3}$")
WHOLE_NUMBER = re.compile(r"^(?:\+\d{10,13}|0\d{9,11})$")
LAST_DIGITS = re.compile(r"^\d{3,4}$")
# 'KX19' 'ABC', 'KX19ABC'; an older 'A123 BCD' only after its head word, as a seat's 'C12'
# may be followed by 'FYI'.
PLATE_FRONT = re.compile(r"^[A-Z]{2}\d{2}$")
PLATE_BACK = re.compile(r"^[A-Z]{3}$")
WHOLE_PLATE = re.compile(r"^[A-Z]{2}\d{2}[A-Z]{3}$")
# Any registration after its head word: 'reg ABC-1234', 'plate 7ABC123', 'reg KX19 ABC'.
HEADED_PLATE = re.compile(r"^(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]+(?:-[A-Z0-9]+)?$")
PLATE_PART = re.compile(r"^(?:[A-Z]{1,3}|\d{1,4})$")
REG_WORDS = frozenset("reg reg. registration plate numberplate number-plate".split())
ENDING_WORDS = frozenset("ending ends ended".split())
# Words for a phone that the last digits may follow: 'the landline ending 442'.
PHONE_WORDS = frozenset("landline mobile number phone line mob cell".split())

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
DETERMINERS = frozenset("the a an that this".split())
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


def _phone_end(doc: Any, i: int) -> int | None:
    """The end of a phone number starting at token i, or None."""
    if WHOLE_NUMBER.match(doc[i].text):
        return i + 1
    j = i
    digits = 0
    country = COUNTRY_CODE.match(doc[i].text) is not None
    if country:
        digits = len(doc[i].text) - 1
        j += 1
    groups: list[str] = []
    while j < len(doc) and PHONE_GROUP.match(doc[j].text):
        groups.append(doc[j].text)
        j += 1
        if (
            j + 1 < len(doc)
            and doc[j].text == "-"
            and not doc[j - 1].whitespace_
            and not doc[j].whitespace_
            and PHONE_GROUP.match(doc[j + 1].text)
        ):
            j += 1  # '07700-900412', '555-123-4567'
    digits += sum(len(g) for g in groups)
    if len(groups) < 2 or not 9 <= digits <= 13:
        return None
    if country or groups[0].startswith("0") or [len(g) for g in groups] == [3, 3, 4]:
        return j
    return None


def _plate_end(doc: Any, i: int) -> int | None:
    """The end of a registration starting at token i, with or without its head word."""
    text = doc[i].text
    if WHOLE_PLATE.match(text):
        return i + 1
    if (
        PLATE_FRONT.match(text)
        and doc[i].whitespace_
        and i + 1 < len(doc)
        and PLATE_BACK.match(doc[i + 1].text)
    ):
        return i + 2
    if i > 0 and doc[i - 1].lower_ in REG_WORDS and HEADED_PLATE.match(text):
        end = i + 1
        if (
            end < len(doc)
            and doc[i].whitespace_
            and PLATE_PART.match(doc[end].text)
            and doc[end].text.isdigit() != text[-1:].isdigit()
        ):
            end += 1  # 'reg ABC 1234'
        return end
    return None


def _shaped(doc: Any, start: int, end: int, kind: LocatorKind) -> bool:
    """A token of the mention has one of the rule's trigger shapes, as the cheap candidate
    pass asks: so that every sentence this reading fires on is one that pass keeps."""
    shapes = kind.rule.options.get("trigger_shapes", [])
    return any(t.shape_ in shapes for t in doc[start:end])


def phone_mentions(doc: Any, ctx: SentenceContext, kind: LocatorKind) -> list[Mention]:
    """Phone numbers, their last digits and registrations (see the module's docstring). The
    mention of last digits starts at 'ending', or at the phone word before it ('the landline
    ending 442'); of a headed registration at its head word ('reg ABC-1234')."""
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        start, end = i, None
        if i > 0 and (doc[i - 1].like_num or doc[i - 1].text in ("+", "£", "$", "€", ".")):
            i += 1
            continue  # the middle of some other number: '£1 200 000', '10.0.0 1234'
        if tok.lower_ in ENDING_WORDS:
            j = i + 1
            if j < len(doc) and doc[j].lower_ in ("in", "with"):
                j += 1
            if (
                j < len(doc)
                and LAST_DIGITS.match(doc[j].text)
                and not (j + 1 < len(doc) and doc[j + 1].like_num)
            ):
                end = j + 1
                if i > 0 and doc[i - 1].lower_ in PHONE_WORDS:
                    start = i - 1
                    if start > 0 and doc[start - 1].lower_ in DETERMINERS:
                        start -= 1  # 'the landline ending 442'
        else:
            end = _phone_end(doc, i) or _plate_end(doc, i)
            if end is not None and i > 0 and doc[i - 1].lower_ in REG_WORDS:
                start = i - 1
            elif end is not None and i > 0 and doc[i - 1].lower_ in PHONE_WORDS:
                start = i - 1  # 'Number 07911 123456 has complained', 'line 07700 900118'
        if end is not None and end < len(doc) and doc[end].like_num:
            end = None  # a longer run of numbers than a phone's: a table of figures
        if end is not None and _shaped(doc, start, end, kind):
            found.append(Mention(start, end, doc[end - 1], bare=True))
            i = end
        else:
            i += 1
    return found


def _preposition(doc: Any, mention: Mention) -> str:
    """'the customer on 07700 900412', 'the customer on the number ending 0932', 'the customer
    with registration KX19 ABC', 'the customer with reg ABC-1234'."""
    first = doc[mention.start].lower_
    if first in REG_WORDS:
        return "with"
    if first in ENDING_WORDS:
        return "on the number"
    if first in DETERMINERS:
        return "on"  # 'the customer on the landline ending 442'
    if first in PHONE_WORDS:
        # 'the customer on the landline ending 442', 'the customer on line 07700 900118'
        return "on the" if doc[mention.start + 1].lower_ in ENDING_WORDS else "on"
    if any(c.isalpha() for c in doc[mention.start].text):
        return "with registration"
    return "on"


def _covers(doc: Any, i: int) -> bool:
    """Token i is a group of a phone number or the front of a registration ('07700' in
    '07700 900412 is on hold pending checks', 'KX19' in 'KX19 ABC'), which is not a seat
    or a room number of its own."""
    for start in range(i, max(i - 5, -1), -1):
        part = doc[start].like_num or COUNTRY_CODE.match(doc[start].text) or doc[start].text == "-"
        if start < i and not part:
            break
        end = _phone_end(doc, start)
        if end is not None and end > i:
            return True
    return _plate_end(doc, i) is not None and not doc[i].text.isdigit()


MENTION_FINDERS["phones"] = MentionFinder(phone_mentions, _preposition, _covers)


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
