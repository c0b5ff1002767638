"""The reading of homes and addresses as the household that lives there (CL216).

Housing officers, councils, utilities, couriers, engineers and landlords name the household
by its flat, its house number or its address: 'Flat 14B has been on the phone again about the
damp', '14 Harbour Road's been on about the fence again', 'no. 8 Birch Rd not in, left card',
'No. 10 made the engineer a brew'. The family finds its own mentions (`home_mentions`, a
rule's `finder = "homes"`):

- a home's head word and its number: 'Flat 14B', 'apartment 3', 'apt 4C', 'no. 8', 'No 12',
  'number 22' (`home_heads`), but not a record's or a queue's number ('Loyalty number 4410',
  'Queue no. 61'), which the other rules read;
- a house number and a street ('14 Harbour Road', '3 Elm Close': `street_words`);
- with what names it further: 'Flat 9, Block C', 'no. 8 Birch Rd', 'Number 22 on Elm Close';
- a number that opens a sentence the splitter cut after 'No.' ('No.' | '10 made the engineer
  a brew'), which is read as the house number it is.

The same words are said of the homes themselves, their kit and their post ('Flat 14B has damp
in the bathroom', 'No. 8's boiler was serviced', 'deliver to no. 10', '14 Harbour Road needs
a new fence panel'), so a home is its household only as the subject of its clause (first in
the sentence or after a stop, a comma or a joining word, never after a preposition or as an
owner: 'No. 8's bins') and only with what a household alone does or is (`at_home_person`):

- rings, phones, complains, says, asks, refuses, flags us down (`home_acts`), not in the
  passive ('No. 10 was refused planning') nor a want of work ('wants painting');
- is on the phone, on about, on at us, in touch (`home_phrases`);
- is not in or not home, with nothing after but the clause's end ('not in, left card'; but
  'isn't in the scheme');
- is fuming, upset or not happy (`home_feelings`);
- made or offered someone a brew (`home_brews`), let the engineer in, came down or to the door
  in her dressing gown, to show us, asking.

A house number that stands for a player's shirt or for the Prime Minister's office says so in
the sentence ('Number 9 complained to the referee', 'Number 10 said the policy stands':
`home_number_senses`; also of a number cut off its 'No.'), as does a member of staff who
rang in sick; these are refused. A home also lets light or water in, is said to be in poor
repair and is on the line of a new road, which are no household's.

Review round 12/4 refused more of what is said of the home or of someone else at it: a 'No.'
cut after a preposition ('the engineer at no.' | '5 rang for parts': `_cut_after_preposition`,
for every rule); a bell, a bill or a report ('rang out', 'rang true', 'rang up a bill', 'signed
off as complete', 'texted by the system', 'flagged as overdue', 'said in the report to have':
`ACT_NOT_HOUSEHOLD`, `ACT_REPORTED`); a phrase or a feeling before a noun ('on the phone line',
'happy hunting ground', 'on about £300k'); a brew word naming a thing ('made tea rooms').
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.finders import _root
from custlint.engine.kinds.locator.registry import (
    MENTION_FINDERS,
    Mention,
    MentionFinder,
    Person,
    person_test,
    thing_test,
)

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind

# A flat's or a house's number: '9', '14B', '3c'.
HOME_CODE = re.compile(r"^\d{1,4}[A-Za-z]?$")
# The heads that name a house by its number alone, which a record's or a queue's number uses
# too ('Queue no. 61', 'Customer number 550-1127').
NUMBER_HEADS = frozenset("no no. number".split())
# A sentence cut after a number's head ('No.' | '10 made the engineer a brew'), which the
# splitter reads as a stop; not a queue's or a record's ('Queue no.').
CUT_HEAD = re.compile(r"(?:^|[\s:;,(])(?:no|number)\.\s*$", re.IGNORECASE)
# Words between a clause's start and the home: 'and flat 3C let me in', 'but No. 10 rang'.
CLAUSE_JOINERS = frozenset("and but then so while when because since as though also".split())
# Words between the home and what it does: 'has been', 'is still', 'keeps'.
BETWEEN = frozenset(
    "has have had 's 've is are was were been just again already still also now keeps kept "
    "keep always constantly finally even then both really very so quite absolutely".split()
)
BEING = frozenset("is are was were been being".split())
NEGATIONS = frozenset("not n't".split())
# What may follow 'not in' or 'not home' in the same clause: 'not in again today'.
ABSENCE_ENDS = frozenset("again today yesterday either yet when so at this".split())
# Who a household lets in, or makes a brew for.
LET_IN = frozenset("me us him her them".split())
COMING = frozenset("came come comes coming".split())
COMING_OUT = frozenset("down out round over across".split())
# What a household coming down or out to the door is doing: 'in her dressing gown',
# 'to show the inspector', 'asking about the bins'.
COMING_PERSONAL = frozenset("her his their asking saying shouting demanding wanting".split())
# A preposition before a cut 'No.' ('the engineer at no.' | '5 rang for parts', 'the agent for
# No.' | '15 rang'): the number is where someone is or what a thing is for, never the subject.
CUT_PREPOSITIONS = frozenset("at for to from with of by near opposite outside behind".split())
# What a household's act is not when these follow it (review round 12/4): a bell or an alarm
# that rang out, a claim that rang true, a bill rung up, an order rung through, a policy
# written off, a report signed off, a home answering a description.
ACT_NOT_HOUSEHOLD = re.compile(
    r"^(?:\S+ (?:out|true|through|off|the changes|up (?:a bill|£|\d)|the description|price)\b"
    r"|sa(?:ys|id) \d)"  # "says 1890" on the plaque; a quote after 'said' is the household's
)
# A report of the home in the passive: 'Flat 3 texted by the system', 'Flat 2 signed for by a
# neighbour', 'Flat 40 flagged as overdue', 'Flat 12 said in the report to have subsidence'.
ACT_REPORTED = re.compile(
    r"^(?:\S+ (?:\S+ ){0,2}by (?:the|a|an|its|our|their|building|system)\b"
    r"|\S+ (?:for|off) (?:by|as)\b|flagged (?:as|for)\b"
    r"|sa(?:ys|id) in [\w ]{1,30} to (?:be|have)\b)"
)
# What a phrase or a feeling names when a noun follows it: 'on the phone line for the alarm',
# 'in touch distance of', 'happy hunting ground', 'happy valley'.
PHRASE_NOUNS = frozenset("line lines list number distance rota ground valley hour hours".split())


def home_mentions(doc: Any, ctx: SentenceContext, kind: LocatorKind) -> list[Mention]:
    """The homes of a sentence: a head word and its number ('Flat 14B', 'no. 8') or a house
    number and a street ('14 Harbour Road'), each with what names it further. A number
    followed by a noun is no home ('No 2 people', 'the number 22 bus', 'flat 20 pounds')."""
    heads = ctx.words("home_heads")
    streets = ctx.words("street_words")
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        end = None
        low = tok.lower_
        if low in heads and i + 1 < len(doc) and not _records_number(doc, i):
            j = i + 2 if low == "no" and doc[i + 1].text == "." else i + 1
            if j < len(doc) and HOME_CODE.match(doc[j].text):
                end = _named_further(doc, j + 1, streets)
        elif HOME_CODE.match(tok.text) and (i == 0 or doc[i - 1].lower_ not in heads):
            end = _street_end(doc, i + 1, streets)
            if end is None and i == 0 and CUT_HEAD.search(ctx.previous):
                end = i + 1  # "No. 10 made the engineer a brew", cut after "No."
        if end is not None and not _noun_follows(doc, end, ctx):
            found.append(Mention(i, end, _root(doc, i, end), bare=False))
            i = end
            continue
        i += 1
    return found


def _records_number(doc: Any, i: int) -> bool:
    """'Queue no. 61', 'Loyalty number 4410', 'a number 12 bus' ('a' is for the bus): the
    number of a record, a queue or a route, which the other rules read."""
    if doc[i].lower_ not in NUMBER_HEADS or i == 0:
        return False
    before = doc[i - 1]
    return before.is_alpha and before.lower_ not in CLAUSE_JOINERS


def _street_end(doc: Any, i: int, streets: frozenset[str]) -> int | None:
    """The end of a street's name starting at token i: one to three words in capitals, the
    last a street's ('Harbour Road', 'Birch Rd', 'Elm Close'), or None."""
    for k in range(i, min(i + 3, len(doc))):
        word = doc[k]
        if not (word.is_alpha and word.text[:1].isupper()):
            return None
        if k > i and word.lower_.rstrip(".") in streets:
            return k + 1
    return None


def _named_further(doc: Any, end: int, streets: frozenset[str]) -> int:
    """Where a home's name ends, with its block or street after it: 'Flat 9, Block C',
    'no. 8 Birch Rd', 'Number 22 on Elm Close'."""
    street = _street_end(doc, end, streets) or (
        end + 1 < len(doc)
        and doc[end].lower_ in ("on", "in")
        and _street_end(doc, end + 1, streets)
    )
    if street:
        return int(street)
    k = end + 1 if end < len(doc) and doc[end].text == "," else end
    named = k + 1 < len(doc) and doc[k].lower_ == "block"
    if named and (doc[k + 1].text.isupper() or doc[k + 1].text.isdigit()):
        return k + 2
    return end


def _noun_follows(doc: Any, end: int, ctx: SentenceContext) -> bool:
    """'No 2 people', 'the number 22 bus'; but the tagger takes 'rang' for a noun in 'Flat 40
    rang', so a household's act is none."""
    if end >= len(doc):
        return False
    after = doc[end]
    if after.lower_ in ctx.words("home_acts"):
        return False
    return after.pos_ in ("NOUN", "PROPN") and after.tag_ != "POS" and after.is_alpha


def _preposition(doc: Any, mention: Mention) -> str:
    """A household is at its home: 'the customer at flat 14B', 'at 14 Harbour Road'."""
    return "at"


def _covers(doc: Any, i: int) -> bool:
    """A home's number stays any other rule's to read ('number 22' is CL207's too): the
    overlap of two findings on one span keeps one of them."""
    return False


MENTION_FINDERS["homes"] = MentionFinder(home_mentions, _preposition, _covers)


@person_test("person_at_home")
def at_home_person(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Flat 14B has been on the phone again about the damp', 'no. 8 Birch Rd not in, left
    card': the home as the subject of what its household does or is (see the module's
    docstring for what is read and refused)."""
    doc = ctx.doc
    if not _opens_clause(doc, mention.start):
        return None
    k = mention.end
    if k < len(doc) and doc[k].lower_ == "'s" and k + 1 < len(doc) and doc[k + 1].pos_ == "NOUN":
        return None  # "No. 8's boiler", "number 22's bins"
    if k + 1 < len(doc) and doc[k].text == "," and _named_with_comma(mention, doc):
        k += 1  # "Flat 9, Block C, rang to say …"
    being = negated = False
    while k < len(doc) and (doc[k].lower_ in BETWEEN or doc[k].lower_ in NEGATIONS):
        being |= doc[k].lower_ in BEING
        negated |= doc[k].lower_ in NEGATIONS
        k += 1
    if k >= len(doc):
        return None
    if _household_does(doc, k, being, negated, ctx):
        return Person(mention.start, mention.end, None)
    return None


def _gerund_at(doc: Any, i: int) -> bool:
    return i < len(doc) and doc[i].lower_.endswith("ing")


def _named_with_comma(mention: Mention, doc: Any) -> bool:
    return any(t.text == "," for t in doc[mention.start : mention.end])


def _opens_clause(doc: Any, start: int) -> bool:
    """The home comes first in its clause: 'Flat 9 rang', 'left card; No. 10 made …', 'and
    flat 3C let me in'; not 'deliver to no. 10' nor 'the meter at flat 9'."""
    if start == 0:
        return True
    before = doc[start - 1]
    if before.lower_ in CLAUSE_JOINERS:
        return True
    return before.is_punct and before.text not in ("'", "’")


@thing_test
def _other_sense(mention: Mention, ctx: SentenceContext, kind: LocatorKind | None = None) -> bool:
    """'Number 9 complained to the referee', 'No. 10 said the minister would visit' (a
    shirt, the Prime Minister's office: `home_number_senses`), and 'Number 3 rang in sick'
    (staff): a number (or one cut off its 'No.') that is no household and no customer, for
    every rule that reads 'number N' ('Number 3 rang' is CL207's too)."""
    doc = ctx.doc
    first = doc[mention.start]
    cut = mention.start == 0 and first.like_num and CUT_HEAD.search(ctx.previous)
    if not (first.lower_ in NUMBER_HEADS or cut):
        return False
    if cut and _cut_after_preposition(ctx.previous):
        return True
    lows = [t.lower_ for t in doc]
    if set(lows) & ctx.words("home_number_senses"):
        return True
    return any(a in ("in", "off") and b == "sick" for a, b in pairwise(lows))


def _cut_after_preposition(previous: str) -> bool:
    """'The engineer at no.' | '5 rang for parts', 'The agent for No.' | '15 rang to book a
    viewing', 'The sign at No.' | '4 says private parking': the word before a cut 'No.' is a
    preposition, so the number is a place or a thing's, not the clause's subject (for every
    rule that reads the number cut off its 'No.')."""
    words = re.findall(r"[A-Za-z']+", previous)
    return len(words) >= 2 and words[-2].lower() in CUT_PREPOSITIONS


QUOTE_MARKS = frozenset('"“”')
SPEAKER_WORDS = frozenset("i we you me us our my your".split())


def _quotes_a_label(doc: Any, k: int) -> bool:
    """'Flat 1 says "fire door" on it': what is quoted after 'says' is a sign's label, where
    'Flat 5 said "we are not paying"' quotes the household: a quotation with no one speaking in
    it (I, we, you) is read as a label."""
    if (
        doc[k].lower_ not in ("said", "says")
        or k + 1 >= len(doc)
        or doc[k + 1].text not in QUOTE_MARKS
    ):
        return False
    quoted = []
    for tok in doc[k + 2 :]:
        if tok.text in QUOTE_MARKS:
            break
        quoted.append(tok.lower_)
    return not SPEAKER_WORDS.intersection(quoted)


def _household_does(doc: Any, k: int, being: bool, negated: bool, ctx: SentenceContext) -> bool:
    word = doc[k]
    low = word.lower_
    rest = " ".join(t.lower_ for t in doc[k : k + 4])
    # the report patterns reach further: "said in the council's report to have subsidence"
    reported = " ".join(t.lower_ for t in doc[k : k + 10])
    if low in ctx.words("home_acts") and (
        ACT_NOT_HOUSEHOLD.match(rest) or ACT_REPORTED.match(reported) or _quotes_a_label(doc, k)
    ):
        return False
    nxt = doc[k + 1].lower_ if k + 1 < len(doc) else ""
    if negated and low in ("in", "home"):
        after = doc[k + 1] if k + 1 < len(doc) else None
        return after is None or after.is_punct or after.lower_ in ABSENCE_ENDS
    if low in ctx.words("home_feelings"):
        return (being or negated) and nxt not in PHRASE_NOUNS  # "happy hunting ground"
    for phrase in ctx.words("home_phrases"):
        if rest == phrase or rest.startswith(phrase + " "):
            after = k + len(phrase.split())
            if after < len(doc) and (
                doc[after].lower_ in PHRASE_NOUNS or doc[after].text[:1] == "£"
            ):
                return False  # "on the phone line for the alarm", "on about £300k"
            return after >= len(doc) or doc[after].lower_ != "of"  # "on the line of the tram"
    if low in ctx.words("home_acts"):
        if low in ("said", "says") and k + 1 < len(doc) and doc[k + 1].lower_ == "to":
            return False  # "Flat 12 said to be in poor condition": a report of the home
        if being and word.tag_ in ("VBN", "VBD"):
            return False  # "No. 10 was refused planning"
        # but "number 22 wants painting": work the home needs
        return not (low in ("wants", "wanted") and _gerund_at(doc, k + 1))
    if low in ("made", "makes", "offered", "brought"):
        brews = ctx.words("home_brews")
        return any(
            t.lower_ in brews and not (t.i + 1 < len(doc) and t.nbor().pos_ == "NOUN")
            for t in doc[k + 1 : k + 6]
        )  # but "made tea rooms of the ground floor", "offered a cake stall"
    if low in ("let", "lets") and k + 2 < len(doc):
        who = doc[k + 1]
        if who.lower_ in LET_IN and doc[k + 2].lower_ == "in":
            return True
        people = ctx.words("staff_nouns") | ctx.words("person_nouns")
        return (
            who.lower_ == "the"
            and k + 3 < len(doc)
            and doc[k + 2].lower_ in people
            and doc[k + 3].lower_ == "in"
        )  # "let the engineer in", not "let the water in"
    if low in COMING and k + 1 < len(doc):
        out = doc[k + 1].lower_ in COMING_OUT or rest.startswith(f"{low} to the door")
        after = doc[k + 2 : k + 6]
        return out and any(
            t.lower_ in COMING_PERSONAL or (t.lower_ == "to" and t.nbor().tag_ == "VB")
            for t in after
            if t.i + 1 < len(doc)
        )
    return False
