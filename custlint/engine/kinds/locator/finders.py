"""The mention finders: where a code and its span start and end ("room 412", "booking ref
XK4P2L", "coach B seat 12", "rooms 4 and 5"), the numbered places no rule owns, spoken codes
and the booked times that stand for customers ("the 3:15").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.candidates import TENS, UNIT_WORDS, in_context, is_letter_code, spaced_letter
from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.grammar import (
    _age_and_sex,
    _code_text,
    _gerund_modifier,
    _mention_role,
    _third_person_stem,
    _verb_stem,
)
from custlint.engine.kinds.locator.lexicon import (
    BED_HEADS,
    CALL_VERBS,
    CLAUSE_OPENERS,
    CURRENCY,
    HANDOVER_WORDS,
    HYPHENED_REFERENCE,
    LIST_JOINERS,
    NOT_ATTENDED,
    NUMBER_MARKS,
    NUMBER_RE,
    OWNER_NOUNS,
    REFERENCE_CODE,
    TIME_OPENERS,
    UNITS,
    WEAK_VERBS,
)
from custlint.engine.kinds.locator.registry import Mention

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


def _reference_end(doc: Any, i: int) -> int | None:
    """Where a booking reference that starts at token `i` ends, if one does: 'XK4P2L', or
    '6HXQ2T', which the tokenizer cuts into '6HXQ2' and 'T' as it cuts units off numbers,
    or 'HZ-1193', capitals and digits joined by a hyphen."""
    text = doc[i].text
    if HYPHENED_REFERENCE.match(text):
        return i + 1
    if (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and doc[i + 1].text.isalpha()
        and REFERENCE_CODE.match(text + doc[i + 1].text)
    ):
        return i + 2
    return i + 1 if REFERENCE_CODE.match(text) else None


def _rank(doc: Any, i: int) -> bool:
    """'#1 seed', '#2 pick', '#3 single': a '#' with one or two digits before a noun it
    modifies is a place in a ranking, not a ticket or a customer's number ('#5521 replied')."""
    text = doc[i].text
    if not (text.isdigit() and len(text) <= 2) or i + 1 >= len(doc):
        return False
    nxt = doc[i + 1]
    return nxt.tag_ in ("NN", "NNS") and doc[i].head.i == nxt.i


# A person noun is at most this many tokens before the code it is placed by: the reach of
# the candidate pass, which parses a sentence for a trigger word only with a number that
# close after it (`candidates._number_follows`).
PLACED_REACH = 4
# What places a person by a place no rule owns. Not 'from', which names where someone works
# or comes from ('the man from Unit 4 Ltd'), nor 'of' ('the mother of child 3'); 'with'
# only with a reference ('the chap with collection reference PX-2291').
UNOWNED_PLACING = frozenset("in at on with off inside wearing had has".split())
# The same, with the article a compound place may open with ("at the returns desk 2").
PLACING_OR_ARTICLE = UNOWNED_PLACING | {"the", "a"}


def _unowned_mentions(doc: Any, ctx: SentenceContext) -> list[Mention]:
    """A common noun (or a two-word compound) and a number or code, close after a person
    noun: 'the lady at returns desk 2', 'the dad wearing visitor lanyard 4'. Heads a rule
    owns are that rule's; `unplaced_heads` are where people are but are not placed (a
    figure, a school year, a platform, a shirt). A capitalised head is a name ('the man in
    Rocky 4', 'Highway 61'), and a number that goes on to a noun counts or sorts it ('type 2
    diabetes', 'Unit 4 Ltd')."""
    people = ctx.words("person_nouns")
    skipped = ctx.words("locator_heads") | ctx.words("unplaced_heads") | people
    found = []
    for tok in doc[1:]:
        i = tok.i
        if not (NUMBER_RE.match(tok.text) or HYPHENED_REFERENCE.match(tok.text)):
            continue
        head = doc[i - 1]
        if not _common_noun(head) or head.lower_.rstrip("s") in skipped:
            continue
        if head.lower_ in skipped or head.lower_ in NUMBER_MARKS:
            continue
        if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN"):
            continue
        start = i - 1
        if start > 0 and doc[start - 1].tag_ == "HYPH":
            continue  # "go-kart 9": a hyphened word the parse cut in two
        if (
            start > 1
            and (_common_noun(doc[start - 1]) or doc[start - 1].tag_ in ("JJ", "VBG"))
            and doc[start - 2].lower_ in PLACING_OR_ARTICLE
        ):
            start -= 1  # "returns desk 2", "hot tub 3", "charging point 6"
        before = start - 1 if start > 0 and doc[start - 1].lower_ in ("the", "a") else start
        placing = doc[before - 1].lower_ if before > 0 else ""
        if placing not in UNOWNED_PLACING:
            continue
        if placing == "with" and not HYPHENED_REFERENCE.match(tok.text):
            continue  # "the man with covid 19", "the kid with iphone 15": what they have
        if not any(doc[k].lower_ in people for k in range(max(0, i - PLACED_REACH), start)):
            continue
        found.append(Mention(start, i + 1, _root(doc, start, i + 1), bare=False))
    return found


def _open_head_word(tok: Any) -> bool:
    """A common noun that may head a numbered place: in lower case anywhere, or capitalised
    as the first word of its clause ('Basin 2 says …'); a capital elsewhere, or a word in
    capitals, is a name or an acronym ('Highway 61', 'SIM 4432')."""
    if tok.tag_ not in ("NN", "NNP") or not tok.text.isalpha():
        return False
    if tok.text.islower():
        return True
    first = tok.i == 0 or tok.doc[tok.i - 1].text in CLAUSE_OPENERS
    return first and tok.text[:1].isupper() and tok.text[1:].islower()


def _open_head_mentions(doc: Any, ctx: SentenceContext) -> list[Mention]:
    """A common noun no rule owns and a number that names it, as the subject of a clause:
    'Basin 2 says …', 'microfiche reader 2 shouting …'. Only digits count, which is what
    the candidate pass looks for (`trigger_shapes`); owned heads, `unplaced_heads`, person
    and staff nouns and `open_not_heads` are left out (but the staffed posts of
    `staffed_open_heads`, which only the staffed-room readings take), and so is a number that
    goes on to a noun ('Unit 4 Ltd') or a list ('Rink 4 and 5')."""
    skipped = (
        ctx.words("locator_heads")
        | ctx.words("unplaced_heads")
        | ctx.words("person_nouns")
        | ctx.words("staff_nouns")
        | ctx.words("open_not_heads")
    ) - ctx.words("staffed_open_heads")  # "Station 2 wants her toner redone"
    found = []
    for tok in doc[1:]:
        i = tok.i
        head = doc[i - 1]
        if not tok.text.isdigit() or tok.head.i != head.i or not _open_head_word(head):
            continue
        if head.lower_ in skipped or head.lemma_.lower() in skipped:
            continue
        if _subject_verb(Mention(i - 1, i + 1, head, bare=False)) is None:
            continue
        if i + 1 < len(doc) and (
            doc[i + 1].pos_ in ("NOUN", "PROPN") or doc[i + 1].lower_ in LIST_JOINERS
        ):
            continue
        start = i - 1
        before = doc[start - 1] if start > 0 else None
        if (
            before is not None
            and before.dep_ in ("compound", "amod")
            and before.head.i == head.i
            and before.text.isalpha()
            and _open_head_word(before)
        ):
            start -= 1  # "microfiche reader 2", "squat rack 3"
        if start > 0 and doc[start - 1].tag_ == "HYPH":
            continue  # "self-service 2": a hyphened word the parse cut in two
        found.append(Mention(start, i + 1, head, bare=False))
    return found


def _common_noun(tok: Any) -> bool:
    """A common noun, also one the tagger took for a name though written in lower case
    ('in hut 12', 'in yurt 4'); a capitalised name is a title or a brand ('Rocky 4')."""
    return tok.tag_ in ("NN", "NNS") or (tok.tag_ in ("NNP", "NNPS") and tok.text.islower())


def _route_end(doc: Any, i: int) -> int | None:
    """Where a departure named by its time ends, if the time at token i is followed by where
    it goes or comes from: 'the 06:10 to Geneva', 'the 7.15 from Milton Keynes'. A time with
    no such place after it is an hour ('the meeting at the 10:30'), not a departure."""
    j = i + 1
    if j + 1 >= len(doc) or doc[j].lower_ not in ("to", "from"):
        return None
    end = j + 1
    while end < len(doc) and end - j <= 3 and doc[end].is_title and doc[end].is_alpha:
        end += 1
    if end < len(doc) and doc[end].like_num:
        return None  # versions, not departures: "the 3.11 to Python 3.12 upgrade"
    return end if end > j + 1 else None


def _hyphened(doc: Any, left: int) -> bool:
    """Whether tokens left, left+1, left+2 are two numbers joined by a hyphen: '3-1'."""
    if left < 0 or left + 2 >= len(doc) or doc[left + 1].text != "-":
        return False
    return (
        doc[left].text.isdigit()
        and doc[left + 2].text.isdigit()
        and not doc[left].whitespace_
        and not doc[left + 1].whitespace_
    )


def _modifiers(doc: Any, head: Any, ctx: SentenceContext) -> int:
    """Where a numbered place begins: 'fitting room 3', 'side room 1', also where the
    parser made the modifier the head ('side rm 4'), but not at the verb the tagger took for
    a modifier: 'Email order 4471 back'."""
    start = head.i
    verbs = (
        ctx.words("human_verbs")
        | ctx.words("giving_verbs")
        | ctx.words("interaction_verbs")
        | ctx.words("record_verbs")  # "clean room 12", "check table 4"
        | CALL_VERBS
        | MOVING_VERBS
    )
    while (
        start > 0
        and doc[start - 1].dep_ in ("compound", "amod")
        and doc[start - 1].head.i == head.i
        and doc[start - 1].pos_ in ("NOUN", "ADJ", "VERB")
        and not doc[start - 1].is_punct
        and (
            doc[start - 1].lemma_.lower() not in verbs
            or (doc[start - 1].tag_ == "NN" and doc[start - 1].lower_ == "queue")
        )  # "Queue position 3" (callers.py), where a queue is no verb
        and doc[start - 1].lower_ not in ctx.words("address_words")  # "Dear room 12"
        and doc[start - 1].lower_ not in WHEN_WORDS  # "Yesterday room 1402 threatened"
    ):
        start -= 1
    before = doc[head.i - 1] if head.i > 0 else None
    if (
        start == head.i
        and before is not None
        and head.head.i == before.i
        and head.dep_ in ("npadvmod", "appos", "nmod")
        and before.tag_ in ("NN", "NNP")
        and before.is_lower
        and before.lemma_.lower() not in verbs
        and before.lower_ not in WHEN_WORDS
    ):
        start -= 1  # "side rm 4 is asking": the parser hung the place on its modifier
    if (
        start == head.i
        and before is not None
        and _gerund_modifier(before, head)
        and before.lemma_.lower() not in verbs - ctx.words("human_verbs")
    ):
        start -= 1  # "sleeping berth 12 keeps ringing": a kind of place, not what is done to it
    return start


def _lettered_place_before(doc: Any, start: int, heads: frozenset[str]) -> bool:
    """Whether a head word and a capital letter name the bigger place a number sits in
    ('coach B seat 12', 'row F seat 9', 'block C room 4'): one place, named by its parts
    like 'bay 2 bed 4', so that an address to it starts at the coach ('Coach B seat 12,
    your train has been held')."""
    return start > 1 and is_letter_code(doc[start - 1]) and doc[start - 2].lower_ in heads


# Words for when, which the tagger may take for a modifier of the place after them.
WHEN_WORDS = frozenset(
    "yesterday today tonight tomorrow morning afternoon evening night overnight earlier later "
    "now then".split()
)


def _head_stretched(doc: Any, end: int, heads: frozenset[str]) -> int:
    """The end of a list of bare numbers that a singular head is stretched over, written
    as the head's own number is ('seat 15 and 16', 'table 3, 4 and 7', 'bed 12 & 14'),
    where nothing names what the numbers count ('room 4 and 5 towels', '4 and 5 pm')."""
    shape = _digits_only(doc[end - 1])
    i = end
    last = end
    while i + 1 < len(doc) and doc[i].lower_ in ("and", "&", "+", ","):
        k = i + 1
        if doc[i].text == "," and doc[k].lower_ in ("and", "&") and k + 1 < len(doc):
            k += 1  # "3, 4, and 7"
        tok = doc[k]
        if not _is_number(tok) or _digits_only(tok) != shape or (tok.like_num and tok.is_alpha):
            break
        nxt = doc[k + 1] if k + 1 < len(doc) else None
        glued = (  # "4 and 5:30", "3 and 4-6": a time or a range
            nxt is not None
            and not tok.whitespace_
            and not nxt.whitespace_
            and k + 2 < len(doc)
            and doc[k + 2].text[:1].isdigit()
        )
        if nxt is not None and (
            glued
            or nxt.lower_ in UNITS
            or nxt.lower_.rstrip("s") in heads
            or nxt.pos_ in ("NOUN", "PROPN", "NUM")
        ):
            break
        last = i = k + 1
    return last


# Heads of a record a customer is known by, whose numbers are often written in groups.
RECORD_HEADS = frozenset(
    "account acct acc card policy claim loan mortgage licence license contract ticket order "
    "case booking reservation confirmation registration membership subscription ref invoice "
    "meter mpan mprn sim member consignment tenancy session".split()
)
RECORD_GROUPS = 3  # at most this many groups after the first: "MPAN 1200 0512 3345"


def _record_code_end(doc: Any, end: int) -> int:
    """Where a record's number ends when it is written in groups: 'policy 41-7702', 'meter
    0041-77', 'claim 8944 0012', 'SIM 7720 1144'. A record's number is one identifier, not
    a range, so glued digits after a hyphen continue it; a spaced group continues it only
    when it is three to six digits and no unit follows ('order 4410 300 points')."""
    for _ in range(RECORD_GROUPS):
        last = doc[end - 1]
        if (
            end + 1 < len(doc)
            and doc[end].text in ("-", "–")
            and not last.whitespace_
            and not doc[end].whitespace_
            and doc[end + 1].text.isdigit()
        ):
            end += 2
        elif (
            end < len(doc)
            and last.text.isdigit()
            and doc[end].text.isdigit()
            and 3 <= len(doc[end].text) <= 6
            and not (end + 1 < len(doc) and doc[end + 1].lower_ in UNITS + CURRENCY)
        ):
            end += 1
        else:
            break
    return end


def _digits_only(tok: Any) -> bool:
    return _code_text(tok).lstrip("#").isdigit()


def _in_headed_list(doc: Any, i: int, heads: frozenset[str]) -> bool:
    """Whether the number at i continues a list that a head word opened: 'rooms 4 and 5'."""
    j = i - 1
    while j >= 0 and (doc[j].lower_ in LIST_JOINERS or _is_number(doc[j])):
        j -= 1
    return 0 <= j < i - 2 and doc[j].lower_.rstrip("s") in heads


# Places people sit or lie in that a larger numbered place holds: a seat in a coach, a row
# or a screen, a bed in a bay. The larger place is part of the name ('coach A, seat 12'),
# so a finding and its rewrite cover both: 'the customer in coach A, seat 12'.
CONTAINED_HEADS = frozenset("seat bed berth bunk".split())
CONTAINER_HEADS = frozenset("coach carriage car row screen block bay deck tier".split())
# How a larger place follows the seat it holds: 'seat 61 on coach D', 'seat 3 in row B'.
CONTAINER_LINKS = frozenset("in on of".split())


def _container_code(tok: Any) -> bool:
    """The number or capital letter of a larger place: 'coach D', 'screen 5', 'row K'."""
    return bool(NUMBER_RE.match(tok.text)) or is_letter_code(tok)


def _container_before(doc: Any, start: int) -> int:
    """Where a seat's name begins when larger places come before it, with or without a
    comma: 'coach A, seat 12', 'screen 5 row F seats 8-9'. Staff name a seat so on a train
    or in a theatre; the seat alone ('seat 12') is in every coach."""
    while True:
        i = start - 1 if start > 0 and doc[start - 1].text == "," else start
        if i < 2 or not _container_code(doc[i - 1]) or doc[i - 2].lower_ not in CONTAINER_HEADS:
            return start
        start = i - 2


def _container_after(doc: Any, end: int) -> int:
    """Where a seat's name ends when a larger place follows it: 'seat 61 on coach D',
    'seat 14 coach B', 'seat 3 in row B'."""
    i = end + 1 if end < len(doc) and doc[end].lower_ in CONTAINER_LINKS else end
    if (
        i + 1 < len(doc)
        and doc[i].lower_ in CONTAINER_HEADS
        and _container_code(doc[i + 1])
        and not (i + 2 < len(doc) and _is_number(doc[i + 2]))
    ):
        return i + 2
    return end


def _place_follows(doc: Any, i: int, heads: frozenset[str]) -> bool:
    """A numbered place starts at token i: 'bed 4' after 'bay 2'."""
    return i + 1 < len(doc) and doc[i].lower_ in heads and _is_number(doc[i + 1])


def _answer_word(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """A number word that is the whole answer to a question about who: '"Who's buzzing?"
    "Nineteen."'. Elsewhere a number word counts ('Two complained')."""
    if any(not t.is_punct for t in doc[:i]):
        return False
    if i + 1 < len(doc) and not doc[i + 1].is_punct:
        return False
    return _asks_who(ctx.previous) or _asks_which(ctx.previous, ctx)


def _called_number_end(doc: Any, i: int) -> int | None:
    """Where a number word ends that opens a sentence and is called with 'your' after a
    comma ('Fifteen, your noodles!', 'Forty-two, your coffees are up'), which a counter
    calls out; whether it is a person `called_out_for_an_order` decides."""
    if any(not t.is_punct for t in doc[:i]):
        return None
    end = i + 1
    if (
        doc[i].lower_ in TENS
        and end + 1 < len(doc)
        and doc[end].text == "-"
        and doc[end + 1].lower_ in UNIT_WORDS
    ):
        end += 2  # "Forty-two"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "your":
        return end
    return None


def _glued_letter(doc: Any, i: int) -> bool:
    """A number with a single letter glued on after it ('11' + 'K') or set apart as a seat
    letter ('17 F'): the seat's code, not the number."""
    return (
        i + 1 < len(doc)
        and not doc[i].whitespace_
        and len(doc[i + 1].text) == 1
        and doc[i + 1].text.isalpha()
    ) or spaced_letter(doc, i)


def _is_number(tok: Any) -> bool:
    return bool(NUMBER_RE.match(tok.text)) or (tok.like_num and tok.is_alpha)


def _root(doc: Any, start: int, end: int) -> Any:
    """The token of the mention whose head lies outside it."""
    for i in range(start, end):
        head = doc[i].head
        if head.i < start or head.i >= end or head.i == i:
            return doc[i]
    return doc[start]


# Verbs the tagger may read as a modifier of the place: "moving room 140 to 241".
MOVING_VERBS = frozenset("move moving swap swapping upgrade upgrading bump bumping".split())

# A question about who, anywhere in the sentence before: '"Who?" I asked.', 'Who's next?'
WHO_QUESTION = re.compile(r"(?:^|[\"“‘'\s])[Ww]ho(?:'s|’s)?\b[^.!?\"”]{0,40}\?")


def _asks_who(previous: str) -> bool:
    """Whether the sentence before asks about who: 'Who?', 'Who's on hold?'."""
    opening = previous.strip().lower().lstrip("\"“‘'")
    return (opening.startswith("who") and "?" in opening) or bool(WHO_QUESTION.search(previous))


WHICH_QUESTION = re.compile(r"\b[Ww]hich (\w+)((?:\s+\w+[\w'’]*){1,4})\s*\?")


def _asks_which(previous: str, ctx: SentenceContext) -> bool:
    """'Which table is celebrating?', 'Which room complained?': a question about which
    numbered place did what people do (not 'Which seat is missing its cushion?')."""
    match = WHICH_QUESTION.search(previous)
    if match is None or match.group(1).lower() not in ctx.words("locator_heads"):
        return False
    verbs = ctx.words("human_verbs") - WEAK_VERBS - {"need"}  # "Which order needs gift wrap?"
    states = ctx.words("human_states")
    for word in re.findall(r"[a-z]+", match.group(2).lower()):
        stems = {word, word[:-1], word[:-2], word[:-3], word[:-3] + "e", word[:-2] + "e"}
        if word in states or (len(word) > 3 and stems & verbs):
            return True
    return False


def _age_after_a_bed(doc: Any, i: int) -> bool:
    """Whether the word at i is the age and sex a ward note gives after a bed ('bay 2 bed
    5: 67F'), which the seat rule would read as a seat code."""
    j = i
    while j > 0 and doc[j - 1].lower_ in HANDOVER_WORDS:
        j -= 1
    return (
        j < i
        and j >= 2
        and _is_number(doc[j - 1])
        and doc[j - 2].lower_ in BED_HEADS
        and _age_and_sex(doc, i)
    )


def _subject_verb(mention: Mention) -> Any | None:
    """The verb a mention is the subject of, or None; in a note, the verb right after it
    that the parser gave no subject ('rink 2 arguing over the score')."""
    dep, root = _mention_role(mention)
    verb = root.head
    if dep == "nsubj" and verb.i != root.i:
        return verb
    if dep in ("dep", "npadvmod", "nmod") and verb.i == mention.end and verb.pos_ == "VERB":
        return verb
    return None


# A clock time, as a booking is named by it: "3:15", "14:30", "2.30" (not "14:02:11").
CLOCK_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d$")
# Hours said as words, for "two o'clock" and "half two".
CLOCK_HOURS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
OCLOCK = frozenset("o'clock o’clock oclock".split())
MERIDIEM = frozenset("am pm a.m. p.m.".split())

# What a booking is for, said after its time: "the 2:30 root filling", "the 11:00 viewing".
# Not what a time names that holds no one ('slot', 'class', 'meeting', 'train', 'showing'),
# nor the booking itself ('the 7:30 booking is here' says what the table waits for).
APPOINTMENT_NOUNS = frozenset(
    "callback call-back consult consultation checkup check-up "
    "filling extraction crown scale polish hygiene cut trim colour color blow-dry blowdry "
    "highlights perm wax facial massage mot fitting jab vaccine injection smear follow-up "
    "review assessment viewing walk-in referral patient client customer".split()
)
APPOINTMENT_MODIFIERS = frozenset("new root eye and &".split())

# What only a person does or is, said right after the time: "the 2:50 complained".
BOOKED_ACTS = frozenset(
    "text ring phone email message want ask say complain cry apologise apologize insist "
    "refuse moan forget rebook swear shout faint panic".split()
)
BOOKED_ACT_FORMS = frozenset("rang said forgot wept".split())


def _time_end(doc: Any, i: int) -> int | None:
    """The end of a clock time starting at token i: '3:15', '3pm', 'two o'clock', 'half
    two', 'half past two'; None if no time starts there."""
    tok = doc[i]
    low = tok.lower_
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    if CLOCK_TIME.match(tok.text):
        return i + 2 if nxt in MERIDIEM else i + 1
    if (tok.text.isdigit() and 1 <= int(tok.text) <= 12) or low in CLOCK_HOURS:
        return i + 2 if nxt in OCLOCK or (nxt in MERIDIEM and tok.text.isdigit()) else None
    if low == "half":
        k = i + 2 if nxt == "past" else i + 1
        if k < len(doc) and (doc[k].lower_ in CLOCK_HOURS or doc[k].text.isdigit()):
            return k + 1
    return None


def _booked_for_what(doc: Any, end: int, ctx: SentenceContext) -> tuple[int, Any | None] | None:
    """After a time, the appointment or person it names ('root filling', 'cat owner'): the
    end of those words and the person noun, if one ends them. None if another noun
    follows, which the time only schedules ('the 3:15 slot', 'the 5:30 class')."""
    people = ctx.words("person_nouns") | OWNER_NOUNS
    k = end
    while k < len(doc) and k - end < 3:
        low = doc[k].lower_
        named = people | APPOINTMENT_NOUNS
        if not (
            low in named
            or low in NOT_ATTENDED
            or low in APPOINTMENT_MODIFIERS
            or (doc[k].tag_ == "NN" and k + 1 < len(doc) and doc[k + 1].lower_ in named)
        ):
            break  # "cat" of "cat owner" and "root" of "root filling" go on
        k += 1
    while k > end and doc[k - 1].lower_ in NOT_ATTENDED:
        k -= 1
    while k > end and doc[k - 1].lower_ in APPOINTMENT_MODIFIERS:
        k -= 1
    if (
        k < len(doc)
        and doc[k].pos_ in ("NOUN", "PROPN")
        and doc[k].lower_ not in NOT_ATTENDED
        and not _person_act(doc[k].lower_)
        and doc[k].lower_ != "know"  # "let the 1:40 know", 'know' read as a noun
    ):
        return None
    last = doc[k - 1] if k > end else None
    noun = last if last is not None and last.lower_ in people else None
    return k, noun


def _time_mentions(doc: Any, ctx: SentenceContext, kind: LocatorKind) -> list[Mention]:
    """A clock time after an article or 'my', or opening a clause, with what it is booked
    for after it: 'the 3:15', 'my two o'clock', 'the 2:30 root filling', '11:30 is …'. A
    time with a place after it ('the 06:10 to Geneva', 'the 2:40 at Cheltenham') is a
    departure or a race: the flight rule owns the first. The mention starts after the
    article, which the person's span adds, unless an appointment follows ('the customer
    booked for the 2:30 root filling')."""
    found = []
    for tok in doc:
        i = tok.i
        if found and i < found[-1].end:
            continue
        end = _time_end(doc, i)
        if end is None:
            continue
        before = doc[i - 1].lower_ if i > 0 else ""
        if (
            tok.text[:1].isdigit()
            and kind.context is not None
            and not in_context(doc, i, kind.context, ctx.following)
        ):
            continue
        if before not in TIME_OPENERS and not (i == 0 or doc[i - 1].text in CLAUSE_OPENERS):
            continue
        if (
            end < len(doc)
            and doc[end].lower_ in ("to", "from", "at")
            and (end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN")
        ):
            continue
        booked = _booked_for_what(doc, end, ctx)
        if booked is None:
            continue
        stop, noun = booked
        start = i - 1 if stop > end and noun is None and before in TIME_OPENERS else i
        found.append(Mention(start, stop if noun is None else end, tok, bare=False))
    return found


def _person_act(word: str) -> bool:
    """A form of what only a person does ('texted', 'rang', 'wants', 'complaining')."""
    return (
        word in BOOKED_ACTS
        or word in BOOKED_ACT_FORMS
        or _verb_stem(word, BOOKED_ACTS) is not None
        or _third_person_stem(word, BOOKED_ACTS) is not None
    )
