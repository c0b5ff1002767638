"""The locator's mention finder for phone numbers and car registrations (a rule's
`finder = "phones"`, read by `phones`): call centres, garages, taxi firms and car parks name
a customer by the number they ring from or the plate of their car ('07700 900123 on hold',
'KM19 XTA is in reception').

The tokenizer cuts a phone number into several numbers, and a plate is no seat code, so the
family finds its own mentions (`phone_mentions`):

- a phone number: groups of digits that start with 0 or follow a country code ('07700
  900412', '+44 7700 900555', '020 7946 0958'), or three groups of 3, 3 and 4 digits ('555
  123 4567'), 9 to 13 digits in all, or the same written as one word ('07700900412');
- its last digits: 'ending 442', 'ending in 0932', with the phone word before ('the landline
  ending 442');
- a registration: the UK's 'KX19 ABC' (or 'KX19ABC'), or, after 'reg', 'registration' or
  'plate', any code of capitals and digits ('reg A123 BCD', 'reg ABC-1234').

It registers, with what it finds, the preposition the rewrite places the customer by ('the
customer on 07700 900412', 'the customer with registration KX19 ABC') and the tokens it
covers, which the other rules then do not read as codes of their own ('07700' of '07700
900412').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.registry import MENTION_FINDERS, Mention, MentionFinder

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
DETERMINERS = frozenset("the a an that this".split())


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
