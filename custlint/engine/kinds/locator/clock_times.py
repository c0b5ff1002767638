"""Person test: a customer named by the time they are booked for ("the 3:15 has arrived", "my
two o'clock rang to cancel").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.addressed import BE_FORMS
from custlint.engine.kinds.locator.finders import _booked_for_what, _person_act, _time_end
from custlint.engine.kinds.locator.grammar import _verb_stem
from custlint.engine.kinds.locator.lexicon import NOT_ATTENDED, TIME_OPENERS
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


OWNER_OPENERS = frozenset("my your our".split())

# Words of a departure or a race: a time in their sentence is a train's, a bus's or a race's
# ('the 7:05 is here, the driver says', 'the 2:40 at Cheltenham').
TRANSPORT_WORDS = frozenset(
    "train trains bus buses coach tram ferry sailing boat plane flight platform station "
    "driver guard conductor signal timetable carriage departure departs terminates race "
    "racing runner runners jockey".split()
)

BOOKED_STATES = frozenset(
    "nervous anxious angry furious upset annoyed scared terrified worried allergic pregnant "
    "deaf rude lovely chatty livid fuming".split()
)
# A person the time is said to be: "the 3:40 is a new patient".
BOOKED_KINDS = frozenset("patient client customer regular newbie vip walk-in".split())
# Words that may stand between the time and what it does: "has just texted", "is very nervous".
BOOKED_FILLERS = frozenset(
    "has have had is was are were 's ’s just still again now already also really very so "
    "all a an new".split()
)

ATTEND_VERBS = frozenset("show turn attend come".split())
# Where a customer waits when they are in: "the 1:45 is in reception".
WAITING_PLACES = frozenset("reception chair desk waiting lobby door surgery".split())
# Said to the customer booked for a time: "tell the 10:40 …", "ring the 16:15".
TOLD_BOOKINGS = frozenset(
    "tell told remind reminded ask asked warn warned reassure update text texted email "
    "emailed phone phoned ring rang call called greet welcome thank chase let".split()
)
# What is handed to the customer booked for a time: "offer the 3:15 a coffee".
GIVING_VERBS = frozenset("offer offered give gave get bring make".split())
SOFT_PRONOUNS = frozenset("she he her his him".split())


def _time_opener(doc: Any, mention: Mention) -> int:
    """Where the words for the booked customer start: the article or 'my' before the time."""
    i = mention.start
    return i - 1 if i > 0 and doc[i - 1].lower_ in TIME_OPENERS else i


def _act_after_time(doc: Any, k: int) -> tuple[str, int] | None:
    """The word said of the time, past the auxiliaries and adverbs, with its index: 'has
    just texted' gives 'texted'; None at the end of the clause or after 'been' (the slot
    'has been moved')."""
    while k < len(doc) and doc[k].lower_ in BOOKED_FILLERS:
        k += 1
    if k >= len(doc) or doc[k].lower_ == "been" or doc[k].is_punct:
        return None
    return doc[k].lower_, k


def _did_not_attend(doc: Any, end: int) -> bool:
    """'9:15 DNA', 'the 4pm no-showed', 'my 4pm didn't turn up', 'never showed'."""
    words = [t.lower_ for t in doc[end : end + 4]]
    if words[:1] and words[0] in NOT_ATTENDED:
        return True
    if words[:2] == ["no", "show"]:
        return True
    if words[:1] == ["never"] and len(words) > 1:
        return _verb_stem(words[1], ATTEND_VERBS) is not None
    return (
        len(words) > 2
        and words[0] in ("did", "does", "has", "have")
        and words[1] in ("n't", "not")
        and (words[2] in ATTEND_VERBS)
    )


def _arrived(doc: Any, end: int) -> bool:
    """'has arrived', 'is here', 'is in reception', 'is in the chair': where a customer is
    when they come, which a train or a bus is too; a person must say so besides."""
    words = [t.lower_ for t in doc[end : end + 5]]
    if words[:1] in (["arrived"], ["here"]) or words[1:2] in (["arrived"], ["here"]):
        return True
    if words[:1] and words[0] in BE_FORMS | {"'s"} and words[1:2] in (["in"], ["at"]):
        return any(w in WAITING_PLACES for w in words[2:5])
    return False


def _running_late(doc: Any, end: int) -> bool:
    """'is running late', 'is late': said of trains and buses as much as of people."""
    words = [t.lower_ for t in doc[end : end + 3]]
    return "late" in words and (words[0] in BE_FORMS | {"running"})


def _someone_said_so(doc: Any, mention: Mention, ctx: SentenceContext) -> bool:
    """A person's pronoun later in the sentence ('she texted', 'her wash'), or what the time
    names an appointment: what makes an arrival or a delay a customer's."""
    if mention.start < mention.root.i or mention.end > mention.root.i + 1:
        return True
    return any(t.lower_ in SOFT_PRONOUNS for t in doc[mention.end :])


def _told_the_booking(doc: Any, start: int, end: int) -> bool:
    """'tell the 10:40 we're late', 'ring the 16:15', 'let the 11:20 know', 'offer the 3:15
    a coffee': the time as the one spoken to or given something; not a booking called off,
    moved or offered to someone ('call the 2:30 off', 'offer the 3:15 to the next caller')."""
    if start == 0:
        return False
    verb = doc[start - 1].lower_
    after = doc[end].lower_ if end < len(doc) else ""
    if verb in GIVING_VERBS:
        return after in ("a", "an", "some")
    if verb not in TOLD_BOOKINGS:
        return False
    if verb == "let":
        return after == "know"
    if after == "to":
        return end + 1 < len(doc) and doc[end + 1].tag_ == "VB"  # "remind the 9:00 to bring"
    return after not in ("off", "for", "in", "into", "from", "or")


@person_test("person_by_time")
def booked_for_a_time(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """A customer named by the time they are booked for ('the 3:15 has arrived', 'my two
    o'clock is here', 'tell the 10:40 we're late'): only what a person alone does or is
    counts, as a time also names a slot ('the 3:15 is free'), a train ('the 7:05 is
    late') or a race; an arrival or a delay counts only with a person's pronoun, an
    appointment named, or 'my' for an arrival, and never in a sentence about travel."""
    doc = ctx.doc
    if _about_travel(doc, mention):
        return None
    start = _time_opener(doc, mention)
    end = mention.end
    root = mention.root
    noun = _booked_for_what(doc, _time_end(doc, root.i) or end, ctx)
    person_noun = noun[1] if noun is not None else None
    last = noun[0] if noun is not None else end
    if person_noun is not None:
        if person_noun.lower_ not in ctx.words("collective_nouns"):
            return Person(start, last, person_noun)
        end = last  # "the 8pm party of ten" is a restaurant's booking, unless it acts
    act = _act_after_time(doc, end)
    people = (
        _did_not_attend(doc, end)
        or _told_the_booking(doc, start, end)
        or (act is not None and _person_act(act[0]) and not _rang_through(doc, act[1]))
        or _cancelled_on_us(doc, end)
        or (act is not None and act[0] in BOOKED_STATES)
        or (act is not None and act[0] in BOOKED_KINDS and not _noun_after(doc, act[1]))
        or (
            _arrived(doc, end)
            and (_someone_said_so(doc, mention, ctx) or doc[start].lower_ in OWNER_OPENERS)
        )
        or (
            (_running_late(doc, end) or (act is not None and act[0] == "waiting"))
            and _someone_said_so(doc, mention, ctx)
        )
    )
    return Person(start, end, person_noun) if people else None


def _about_travel(doc: Any, mention: Mention) -> bool:
    """A word of travel or racing in the sentence, up to a person's pronoun: 'the 7:05 is
    here, the driver says' is a bus; in '11:30 is late, she texted from the bus' the bus
    is where she is."""
    for t in doc:
        if t.i > mention.end and t.lower_ in SOFT_PRONOUNS:
            return False
        if t.lower_ in TRANSPORT_WORDS:
            return True
    return False


def _rang_through(doc: Any, i: int) -> bool:
    """'the 8:30 MOT rang through': a sale rung through a till, not a call."""
    return (
        doc[i].lower_ in ("rang", "rung", "ring", "rings")
        and i + 1 < len(doc)
        and doc[i + 1].lower_ in ("through", "up")
    )


def _cancelled_on_us(doc: Any, end: int) -> bool:
    """'the 9:45 has cancelled', 'cancelled on us': a customer calling their booking off,
    in the active voice; a slot 'is cancelled' or 'has been cancelled', and a bare
    'cancelled again' is as often a train's."""
    words = [t.lower_ for t in doc[end : end + 3]]
    if words[:1] and words[0] in ("cancelled", "canceled"):
        return words[1:3] in (["on", "us"], ["on", "me"], ["on", "her"], ["on", "him"])
    return words[:1] in (["has"], ["have"]) and words[1:2] in (["cancelled"], ["canceled"])


def _noun_after(doc: Any, i: int) -> bool:
    """A noun right after token i, which makes it a modifier: 'a new patient slot'."""
    return i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN")
