"""Person tests: readings of shorthand notes and of word order, for where the parse of a note
is unreliable.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.acts import BETWEEN_SUBJECT_AND_VERB
from custlint.engine.kinds.locator.addressed import _word_before
from custlint.engine.kinds.locator.grammar import (
    _fixed_lemma,
    _is_code,
    _is_person_noun,
    _list_end,
    _opens_note,
    _verb_stem,
    _word_after,
)
from custlint.engine.kinds.locator.lexicon import (
    BED_HEADS,
    CUSTOMER_RECORDS,
    LIST_WORDS,
    MOVABLE_HEADS,
    SAID_OF_THINGS_TOO,
    USED_HEADS,
)
from custlint.engine.kinds.locator.lists import (
    DEVICE_STATES,
    _bare_presence,
    _device_state,
    _note_items,
    _occupied,
    _starts_a_code,
)
from custlint.engine.kinds.locator.predicates import SHARED_WITH_MACHINES, _machine_sense
from custlint.engine.kinds.locator.registry import Mention, Person, person_test
from custlint.engine.kinds.locator.senses import _takes_people_in
from custlint.engine.kinds.locator.vetoes import _free_standing

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


def _opens_note_item(mention: Mention, ctx: SentenceContext) -> bool:
    """Whether the number opens a later item of a note whose items each open with a code:
    'Nights: bed 6 settled, bed 7 pain 6/10, bed 8 asleep' reads every item as the first."""
    doc = ctx.doc
    if mention.bare and doc[mention.start].text.isdigit() and len(doc[mention.start].text) <= 2:
        return False  # "Catering: 12 vegan, 15 coeliac, 80 standard": counts of meals
    items = _note_items(doc)
    if len(items) < 2 or any(b - a > 8 for a, b in items):
        return False  # short items only: a note, not a sentence with commas
    openers = [a for a, _b in items if _starts_a_code(doc, a, ctx)]
    return len(openers) >= 2 and mention.start in openers[1:]


def _after_parenthesis(doc: Any, i: int) -> int:
    """The index past a short bracketed aside at `i` ('Rm 9 (annexe) complaining …')."""
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i + 1 : i + 8] if t.text == ")"), None)
        if close is not None:
            return close + 1
    return i


# Adjectives a ward or table note puts straight after the number, with no verb:
# "11 coeliac, burger on a GF bun", "resus 2 intubated", "5 and 9 ready to go home".
READY_FOR = frozenset("home discharge transport theatre surgery".split())
# Records that are themselves paid or ordered: "invoice 4410 ready to pay" is the invoice.
PAYABLE_HEADS = frozenset("invoice bill order account acct loan mortgage policy claim".split())


def _headed_by_one_of(mention: Mention, doc: Any, heads: frozenset[str]) -> bool:
    """Whether the mention's own head word is one of `heads` ('invoice 4410')."""
    return any(t.lower_.rstrip(".") in heads for t in doc[mention.start : mention.end])


# States a later item of a note may give the place itself, whatever its first item says:
# "Rooms: 311 clean, 314 cold", "Beds: bed 2 lowered, bed 3 high".
SAID_OF_BEDS_AND_ROOMS = frozenset("cold hot warm high comfortable uncomfortable".split())

# What may follow a note's phrase about a person and still leave it the whole item: "411
# not in when I knocked", "flat 6 not home either".
AFTER_NOTE_PHRASE = frozenset("when again either too yet still today tonight so but".split())
# Scores a person gives a symptom: "bed 7 pain 6/10".
SCORE_RE = re.compile(r"^\d{1,2}/10$")
# A state a ward note gives a patient that is said of bills and disputes too: "bed 6
# settled" is the patient, "account 6 settled" the account.
WARD_STATES = frozenset(("settled",))
# Set phrases of whereabouts, which a piece of kit is or is not as stock: "bed 3 not in",
# "lounger 8 not in" are deliveries; "411 not in" is the room's guest.
WHEREABOUTS_PHRASES = frozenset(("not in", "not home", "not at home"))
# Furniture and kit that is delivered, moved and stored, unlike a room or a bay one is in.
KIT_HEADS = frozenset(
    "bed bd cot bunk trolley stretcher chair bike mat treadmill rower lounger sunbed".split()
)


def _person_note_phrase(
    mention: Mention, doc: Any, i: int, ctx: SentenceContext, kind: LocatorKind
) -> bool:
    """A note item that says, in a set phrase, whether the person turned up, is in or is
    upset (note_person_phrases: 'no-show', 'not in', 'in tears', 'let me in'); said only of
    a place people sit, sleep or play in ('bed 6', '19C', 'bike 3'), since a record or a
    door is 'not in' stock or 'lets me in' ('order 55 not in', 'door 3 let me in'). The
    phrase must end the item: 'flat 2B not in use', 'table 9 on the phone list'. A bed's
    'settled' is its patient ('bed 6 settled', not 'account 6 settled'). Kit is 'not in'
    as stock is ('bed 3 not in', 'lounger 8 not in'), so whereabouts need a room or a seat."""
    head = {t.lower_.rstrip(".").removesuffix("s") for t in doc[mention.start : mention.end]}
    if not (_occupied(mention, ctx, kind) or head & USED_HEADS):
        return False
    end = next((t.i for t in doc[i:] if t.text in (",", ";", ".", "!")), len(doc))
    words = " ".join(doc[i:end].text.lower().split())  # "no-show" is three tokens
    if words in WARD_STATES and head & BED_HEADS:
        return True
    for phrase in ctx.words("note_person_phrases"):
        if phrase in WHEREABOUTS_PHRASES and head & KIT_HEADS:
            continue
        if words == phrase:
            return True
        rest = words[len(phrase) :].split()
        if words.startswith(phrase + " ") and rest[0] in AFTER_NOTE_PHRASE:
            return True
    return False


def _rated_condition(doc: Any, i: int, ctx: SentenceContext) -> bool:
    """'bed 7 pain 6/10', 'cubicle 2 nausea 3/10': a symptom given a score out of ten is
    rated by the person who has it."""
    return (
        i + 1 < len(doc)
        and doc[i].lower_ in ctx.words("human_conditions")
        and SCORE_RE.match(doc[i + 1].text) is not None
    )


@person_test("person_by_number")
def shorthand_predicate(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A note that opens with the number and goes on, without 'is' or 'has', to what only a
    person does or is: 'cubicle 8 vomiting x3', 'Rm 9 (annexe) complaining the heater's too
    loud', 'resus 2 intubated', '11 coeliac, burger on a GF bun'."""
    doc = ctx.doc
    if not (_opens_note(mention, ctx) or _opens_note_item(mention, ctx)):
        return None
    i = _list_end(mention, ctx)
    i = _after_parenthesis(doc, i)
    while i < len(doc) and doc[i].lower_ in BETWEEN_SUBJECT_AND_VERB:
        i += 1
    if i >= len(doc):
        return None
    if _person_note_phrase(mention, doc, i, ctx, kind) or _rated_condition(doc, i, ctx):
        return Person(mention.start, mention.end, None)
    tok = doc[i]
    low = tok.lower_
    if tok.pos_ in ("AUX",) or tok.tag_ in ("VBZ", "VBD", "VBP", "MD"):
        return None  # a finite verb: the other tests read the clause
    if tok.dep_ in ("nsubj", "nsubjpass") or _is_person_noun(tok, ctx):
        return None  # "till 2 customer wants …", "side room 4 blind is broken"
    verbs = ctx.words("human_verbs")
    stem = _verb_stem(low, verbs | SHARED_WITH_MACHINES) if low.endswith("ing") else None
    if (
        stem is not None
        and not _machine_sense(stem, tok)
        and stem not in kind.thing_verbs
        and stem not in SAID_OF_THINGS_TOO
        and not _device_state(low, mention, ctx, kind)
        and _free_standing(doc, i)
    ):
        return Person(mention.start, mention.end, None)
    states = ctx.words("human_states")
    if (
        low in states
        and low != "ready"
        and not _bare_presence(doc, i)
        and not (low in SAID_OF_BEDS_AND_ROOMS and not _opens_note(mention, ctx))
        and not _device_state(low, mention, ctx, kind)  # "till 3 unresponsive": a terminal too
        and not _takes_people_in(doc, i, ctx)  # "bay 2 happy to receive patients from 2pm"
        and low not in kind.thing_states
        and low not in ctx.words("place_states")
        and _free_standing(doc, i)
    ):
        return Person(mention.start, mention.end, None)
    if low == "ready" and i + 2 < len(doc) and doc[i + 1].lower_ in ("to", "for"):
        rest = {t.lower_ for t in doc[i + 2 : i + 4]}
        if rest & READY_FOR or (
            doc[i + 1].lower_ == "to"
            and doc[i + 2].lower_ in ("order", "pay")
            and not _headed_by_one_of(mention, doc, PAYABLE_HEADS)
        ):
            return Person(mention.start, mention.end, None)  # "5 and 9 ready to go home"
    return None


# Verbs whose object may be followed by what that object is doing: "we've got 27E and 27F
# arguing at the door", "found 12 crying in the lift", "caught 4B smoking".
# What 'How's 14 …?' asks of a person: "How's 2207 doing after the burglary?", "How is
# bed 4 coping?", "How's 31C getting on?", "How's 9 holding up?".
HOW_ASKED = {"doing": None, "feeling": None, "coping": None, "getting": "on", "holding": "up"}
# Heads whose number is asked after as the person in it ("How's bed 12 doing?"), where a
# room, a flight or an order may be asked after as itself ("How's room 12 doing?").
ASKED_AFTER_HEADS = BED_HEADS | frozenset("seat table tbl".split())


def _asked_by(mention: Mention, doc: Any, word: str) -> bool:
    """The sentence opens by asking `word` ('how', 'who') of the number: "How's 14 …",
    "Who is 4410?"; only punctuation may come before."""
    i = mention.start
    if i < 2 or doc[i - 1].lower_ not in ("'s", "’s", "is", "was") or doc[i - 2].lower_ != word:
        return False
    return all(t.is_punct for t in doc[: i - 2])


@person_test("person_by_number")
def asked_how_they_are(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'How's 2207 doing after the burglary?', 'How's bed 12 doing today?', 'How's 14
    coping since the fall?': a question after how the number is doing, feeling or coping,
    read by word order, as the parser takes 'How's' for a possessive and the number for
    anything but the subject."""
    doc = ctx.doc
    i = mention.start
    if not _asked_by(mention, doc, "how"):
        return None
    if not mention.bare and not any(
        t.lower_ in ASKED_AFTER_HEADS for t in doc[mention.start : mention.end]
    ):
        return None
    if mention.bare and re.fullmatch(r"(?:19|20)\d\d", doc[i].text):
        return None  # "How's 2025 doing so far?": a year
    if mention.end >= len(doc):
        return None
    after = doc[mention.end]
    if after.lower_ not in HOW_ASKED:
        return None
    particle = HOW_ASKED[after.lower_]
    if particle is not None and (
        mention.end + 1 >= len(doc) or doc[mention.end + 1].lower_ != particle
    ):
        return None
    return Person(mention.start, mention.end, None)


@person_test("person_by_number")
def asked_who(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Who's 4410?', 'Who is account 3306?': asking who a number is takes it for someone.
    Only identifiers and customer records count: 'Who's 18?' or 'Who's table 6?' may ask
    which of the staff has the table."""
    doc = ctx.doc
    if not _asked_by(mention, doc, "who"):
        return None
    if mention.end >= len(doc) or doc[mention.end].text != "?":
        return None
    words = {t.lower_ for t in doc[mention.start : mention.end]}
    if mention.bare:
        code = doc[mention.start].text.lstrip("#")
        digits = code.split("-")[0]
        if digits.isdigit() and (len(digits) < 3 or re.fullmatch(r"(?:19|20)\d\d", digits)):
            return None
        if digits.startswith("0") and len(digits) <= 3:
            return None  # "Who is 007?": a name, as no room or account is numbered so
    elif not words & CUSTOMER_RECORDS:
        return None
    return Person(mention.start, mention.end, None)


SMALL_CLAUSE_VERBS = frozenset("get have see find catch notice hear leave spot watch keep".split())


@person_test("person_by_number")
def seen_doing(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """The object of 'got', 'found', 'saw' … followed by an -ing form of what only people
    do is the one doing it: 'we've got 27E and 27F arguing', 'found bed 4 crying'."""
    doc = ctx.doc
    prev = _word_before(mention, ctx)
    if prev is None or prev.pos_ not in ("VERB", "AUX"):
        return None
    if _fixed_lemma(prev) not in SMALL_CLAUSE_VERBS:
        return None
    i = _list_end(mention, ctx)
    if i >= len(doc) or not doc[i].lower_.endswith("ing"):
        return None
    stem = _verb_stem(doc[i].lower_, ctx.words("human_verbs"))
    if stem is None or stem in kind.thing_verbs or not _free_standing(doc, i):
        return None
    return Person(mention.start, mention.end, None)


# Nouns of thanks and praise whose 'to' names who they are for: "shoutout to 14A".
THANKS_NOUNS = frozenset(
    "shoutout shout-out thanks kudos props apologies congrats congratulations respect "
    "cheers gratitude".split()
)
# What a body does onto someone beside it: "was sick on 8B", "threw up over 12C".
BODY_VERBS = frozenset(
    "sick vomit vomited puke puked spew spewed sneeze sneezed cough coughed".split()
)
# Where only a person is taken: "take bed 1 to the toilet", "wheel 6 down to CT".
PERSON_DESTINATIONS = frozenset(
    "toilet toilets loo loos bathroom wc lavatory theatre theatres recovery x-ray xray ct mri "
    "scan ultrasound icu hdu itu dialysis physio chapel arrivals discharge".split()
)
TAKING_VERBS = frozenset("take bring wheel walk escort help push transfer".split())


@person_test("person_by_number")
def taken_or_thanked(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """What is done to people, read by word order: thanks to them ('shoutout to 14A'), a
    body's mess on them ('was sick on 8B'), taking them where only people go ('take bed 1
    to the toilet'), and checking them in ('check in 47 before 46')."""
    doc = ctx.doc
    start = mention.start
    prev = doc[start - 1] if start > 0 else None
    if prev is not None and start > 1:
        before = doc[start - 2]
        if prev.lower_ == "to" and before.lower_ in THANKS_NOUNS:
            return Person(mention.start, mention.end, None)
        if (
            mention.bare
            and prev.lower_ in ("on", "over")
            and (
                before.lower_ in BODY_VERBS
                or (
                    before.lower_ == "up" and start > 2 and doc[start - 3].lemma_.lower() == "throw"
                )
            )
        ):
            return Person(mention.start, mention.end, None)
        if (
            mention.bare
            and prev.lower_ == "in"
            and before.lower_ == "check"
            and (
                start == 2 or doc[start - 3].is_punct or doc[start - 3].lower_ in ("please", "pls")
            )
        ):
            return Person(mention.start, mention.end, None)  # "check in 47 before 46"
    verb = _word_before(mention, ctx)
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING_VERBS:
        return None
    if not mention.bare and any(
        t.lower_ in MOVABLE_HEADS for t in doc[mention.start : mention.end]
    ):
        return None  # "take chair 6 to recovery": moving the chair, not whoever sat in it
    i = _word_after(mention, ctx) if mention.bare else mention.end
    words = [t.lower_ for t in doc[i : i + 5]]
    if "to" not in words:
        return None
    rest = words[words.index("to") + 1 :]
    if rest[:1] == ["the"]:
        rest = rest[1:]
    if rest[:1] and rest[0] in PERSON_DESTINATIONS:
        return Person(mention.start, mention.end, None)
    return None


# Verbs of a person's move, which 'the one' may take as well as the human verbs: "Is 4129
# the one moving to Spain?".
LIFE_MOVES = frozenset("move relocate retire emigrate".split())


@person_test("person_by_number")
def the_one_doing(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Is 4129 the one moving to Spain?', 'bed 6 is the one allergic to penicillin': 'the
    one' followed by what a person is doing or how a person is, as 'the one who …' is read,
    by word order; a place's or a record's doing ('Is flight 12 the one going to Paris?',
    'Is order 55 the one shipping today?') or state ('the one empty') is left."""
    doc = ctx.doc
    i = mention.end
    be = ("is", "was", "'s", "’s")
    if mention.start > 0 and doc[mention.start - 1].lower_ in ("is", "was"):
        pass  # "Is 4129 the one …?"
    elif i < len(doc) and doc[i].lower_ in be:
        i += 1  # "4129 is the one …"
    else:
        return None
    if i + 2 >= len(doc) or doc[i].lower_ != "the" or doc[i + 1].lower_ != "one":
        return None
    nxt = doc[i + 2]
    low = nxt.lower_
    if nxt.tag_ == "VBG":
        lemma = nxt.lemma_.lower()
        if lemma in kind.thing_verbs or lemma in SAID_OF_THINGS_TOO - {"wait", "sit", "stand"}:
            return None
        if lemma in ctx.words("human_verbs") or lemma in LIFE_MOVES:
            return Person(mention.start, mention.end, None)
        return None
    if (
        nxt.pos_ == "ADJ"
        and low in ctx.words("human_states")
        and low not in ctx.words("place_states")
        and low not in kind.thing_states
        and low not in DEVICE_STATES
    ):
        return Person(mention.start, mention.end, None)
    return None


# What a boarding or roll call says of the codes it lists, as the words before the list:
# "still missing 31D and 31E", "4 still to board: 12A, 12B and 19F", "no-shows: 27B".
ROLL_CALL_VERBS = frozenset("board boarded arrive arrived show check".split())
ROLL_CALL_BEFORE_TO = frozenset("still yet left".split())


def _roll_call_lead(doc: Any, k: int, label: bool = False) -> bool:
    """Whether the words ending at `k` (exclusive) say that the codes after them have not
    boarded, arrived or shown up: 'still missing', 'yet to board', 'not yet boarded',
    'still to check in', 'no-shows', 'unaccounted for', 'still waiting for'."""
    words = [t.lower_ for t in doc[max(0, k - 4) : k]]
    if not words:
        return False
    last = words[-1]
    if last == "in" and len(words) >= 2 and words[-2] == "check":
        words, last = words[:-1], "check"
    if last in ROLL_CALL_VERBS:
        if last in ("board", "arrive", "show", "check"):
            return len(words) >= 3 and words[-2] == "to" and words[-3] in ROLL_CALL_BEFORE_TO
        return len(words) >= 2 and words[-2] in ("not", "yet", "n't", "never")
    if last == "missing":
        return label or (len(words) >= 2 and words[-2] in ("still", "are", "'re", "’re", "were"))
    if last in ("no-shows", "no-show", "noshows"):
        return True
    if last in ("shows", "show") and len(words) >= 2 and words[-2] in ("no", "-"):
        return True
    if last == "for" and len(words) >= 2:
        return words[-2] == "unaccounted" or words[-3:] == ["still", "waiting", "for"]
    return False


def _named_before(doc: Any, k: int) -> bool:
    """Whether a noun that is not a person is the subject of the roll call's clause, which
    ends at `k` ('The parts are still to arrive: …'; not 'We're still missing …')."""
    i = k - 1
    while i >= 0 and doc[i].text not in (":", ",", ";", ".", "-", "–", "—"):
        if (
            doc[i].pos_ in ("NOUN", "PROPN")
            and doc[i].lower_ not in ROLL_CALL_VERBS
            and doc[i].lower_ not in ("pax", "passengers")
        ):
            return True
        i -= 1
    return False


@person_test("person_by_number")
def roll_called(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A boarding or roll call of bare codes, read by word order: 'still missing 31D and
    31E', '4 still to board, 12A, 12B and 22C', 'Yet to board: 3A and 7F', 'no-shows:
    27B'. Only codes with nothing after the list but punctuation count ('still missing 3D
    support' is a feature, 'still to be painted: 402' a door)."""
    if not mention.bare:
        return None
    doc = ctx.doc
    j = mention.start
    while j >= 2 and doc[j - 1].lower_ in LIST_WORDS and _is_code(doc[j - 2]):
        j -= 2  # the list's first code
    k = j - 1 if j > 0 and doc[j - 1].text in (":", ",", "-", "–", "—") else j
    if not _roll_call_lead(doc, k):
        if k == j or doc[k].text != ":":
            return None
        # a label closed by a colon: "missing pax: 12C", "no-shows so far: 27B"
        label = k
        while label > 0 and k - label < 5 and doc[label - 1].text not in (":", ",", ";", "."):
            label -= 1
        if not any(_roll_call_lead(doc, e, label=True) for e in range(label + 1, k + 1)):
            return None
    elif _named_before(doc, k):
        return None  # "The parts are still to arrive: 14A and 14B"
    code = doc[mention.start].text.lstrip("#")
    if code.isdigit() and (len(code) < 3 or re.fullmatch(r"(?:19|20)\d\d", code)):
        return None  # "still to arrive: 2 and 3" may be parcels
    end = _word_after(mention, ctx)
    while end > mention.end and (doc[end - 1].text in (",", "&") or doc[end - 1].lower_ == "and"):
        end -= 1
    if end < len(doc) and not (doc[end].is_punct or doc[end].lower_ in ("last", "final")):
        return None
    return Person(mention.start, mention.end, None)
