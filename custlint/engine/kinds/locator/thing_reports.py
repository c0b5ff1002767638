"""What a numbered thing or place reports, holds, gives off or is given, said of the number
as the subject, where a verb the subject reading takes for a person's is the thing's:

- how many a place holds: 'Cabin 5120 sleeps four', 'Table 12 seats eight', 'Table 4 takes
  six covers' (not 'Table 4 takes two sugars');
- what a machine reports or asks for: 'Treadmill 2 reports error E07', 'Till 3 is asking for
  a supervisor code', 'Self-checkout 6 keeps saying unexpected item' (not 'Pump 4 says he
  paid inside', 'Till 3 is asking for a refund', nor a code a customer is given: 'Till 4 is
  asking for the code to the toilets', 'a discount code', 'a refund on the batteries',
  `customer_requests`);
- the staff a table or a section is given: 'Table 6 got the new waitress', 'the new waitress
  from Leeds' (not 'Table 6 got the waiter to take a photo');
- a place's sound: 'Bed 4 buzzed all night', 'Room 40 hummed from the fan' (not 'Bed 4
  buzzed for the nurse', nor '17F buzzed': a bare seat code is whoever sits in it, nor 'Room
  12 buzzed from the lobby', a caller at a door's buzzer, `buzzer_places`);
- a chef or a server calling a table's course: 'Table 6 is going out now', also to the one
  called ('…, chef') (not 'Table 6 is going out for a smoke');
- a ticket's or a page's note of our own fix: 'Ticket 4410 says the fix is in 3.2' (not
  'Ticket 3391 says the export still fails', its customer's report, nor 'says the fix didn't
  work', 'the patch broke the export', what its customer says of the fix).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.vetoes import PERSON_PRONOUNS

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind

# Verbs of how many a place holds, and the words for the people counted in it.
HOLDING_VERBS = frozenset("sleep seat accommodate".split())
COUNTED_BY = frozenset("take hold fit".split())
COUNTED_PEOPLE = frozenset("people person guest adult child kid cover diner pax".split())
# What a machine's screen says or asks for; in the rule file as `machine_messages`.
MESSAGE_VERBS = frozenset("say report show display flash read ask throw give".split())
# Who speaks for a customer, which a machine's message never names.
SPEAKERS = PERSON_PRONOUNS | frozenset("i me my we us our".split())
# A place's sounds, when nobody is said to be buzzing for anything.
SOUND_VERBS = frozenset(
    "buzz beep bleep hum rattle creak whine ping drone whirr whir squeak tick clank".split()
)
# Where a sound comes from or how long it goes on, which a call for help does not say.
SOUND_PREPS = frozenset("from with during since until till throughout after".split())
# What a course called for a table goes out with: 'is going out now', 'goes out next'.
COURSE_ADVERBS = frozenset("out now next first".split())
TABLE_HEADS = frozenset("table tbl".split())
# Records and pages whose note may be the team's own, and the words of a fix it notes.
NOTE_HEADS = frozenset("ticket case incident issue bug page section chapter".split())
SAYING_VERBS = frozenset("say state read show".split())
# What a fix does when the customer says it failed: 'the patch broke the export'.
FAILING = frozenset("break fail crash worsen undo".split())
FIX_WORDS = frozenset(
    "fix fixes hotfix patch workaround resolution release resolved escalated merged "
    "deployed".split()
)


def _thing_report(verb: Any, lemma: str, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the verb says of a numbered subject what its thing or place does: how many
    it holds, a machine's message, the staff it is given, its sound, its course, its fix."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    head = _head_word(subject, kind)
    return (
        _holds_how_many(verb, lemma)
        or (head is not None and _machine_message(verb, lemma, head, ctx))
        or _given_staff(verb, lemma, ctx)
        or (head is not None and _sounds(verb, lemma, ctx))
        or (head in TABLE_HEADS and _course_called(verb, lemma, ctx))
        or (head in NOTE_HEADS and _notes_a_fix(verb, lemma))
    )


def _head_word(subject: Any, kind: LocatorKind) -> str | None:
    """The head word of a numbered subject ('Table' of 'Table 6', 'checkout' of
    'Self-checkout 6', 'Till' of 'Till 3', which the parser may leave out of the subject's
    subtree), or None for a bare code ('17F'), which is whoever sits in it."""
    before = subject.doc[subject.i - 1] if subject.i > 0 and subject.tag_ == "CD" else None
    for t in (subject, *(c for c in subject.children if c.dep_ == "compound"), before):
        if t is not None and t.lower_ in kind.heads:
            return t.lower_
    return None


def _holds_how_many(verb: Any, lemma: str) -> bool:
    """'Cabin 5120 sleeps four', 'Table 12 seats eight people', 'Table 4 takes six': a
    number of people a place has room for; 'takes two sugars' counts no people."""
    if lemma not in HOLDING_VERBS | COUNTED_BY:
        return False
    for o in verb.children:
        if o.dep_ != "dobj":
            continue
        counted = o.lemma_.lower() in COUNTED_PEOPLE
        if o.tag_ == "CD" or (counted and any(c.dep_ in ("nummod", "amod") for c in o.children)):
            return True
        if lemma in HOLDING_VERBS and any(c.dep_ == "nummod" for c in o.children):
            return True  # 'sleeps four: two lower beds …', where 'four' counts the beds
    return False


def _machine_message(verb: Any, lemma: str, head: str, ctx: SentenceContext) -> bool:
    """'Treadmill 2 reports error E07', 'Till 3 is asking for a supervisor code', 'Self-
    checkout 6 keeps saying unexpected item': a machine's screen, which names no speaker;
    'Pump 4 says he paid inside' and 'Till 3 is asking for a refund' are its customer."""
    if head not in ctx.words("message_machines"):
        return False
    said = [verb] if lemma in MESSAGE_VERBS else []
    if lemma in ("keep", "start"):
        said = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in MESSAGE_VERBS]
    messages = ctx.words("machine_messages")
    asked = ctx.words("customer_requests")
    for v in said:
        words = [t for t in v.subtree if t.i > v.i]
        if any(t.lower_ in SPEAKERS for t in words):
            return False
        if any(t.lower_ in asked and _asked_for(t, v) for t in words):
            return False  # "for the code to the toilets", "a refund on the batteries"
        if any(t.lower_ in messages or t.lemma_.lower() in messages for t in words):
            return True
    return False


def _asked_for(word: Any, verb: Any) -> bool:
    """Whether the word is what the verb asks or says, or a modifier of it: 'asking for a
    discount code', 'for the code to the toilets', 'for a refund on the batteries'; not a
    word further off ('asks for a supervisor every refund', 'whether all members want a
    paper receipt')."""
    noun = word.head if word.dep_ == "compound" else word
    if noun.dep_ == "dobj":
        return noun.head.i == verb.i
    return noun.dep_ == "pobj" and noun.head.head.i == verb.i


def _given_staff(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Table 6 got the new waitress', 'Bay 2 has the agency nurse tonight', 'Bay 3 gets the
    locum' (`cover_staff`): the staff a place is given, where 'got the waiter to take a
    photo' or 'got the waitress a drink' is what its customer did."""
    if lemma not in ("get", "have") or any(
        c.dep_ in ("dative", "xcomp", "ccomp", "advcl", "oprd", "acomp", "prt")
        for c in verb.children
    ):
        return False
    staff = ctx.words("staff_nouns") | ctx.words("cover_staff")
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in staff
        and not any(g.dep_ in ("acl", "relcl", "prep") and not _from_a_place(g) for g in c.children)
        for c in verb.children
    )


def _from_a_place(prep: Any) -> bool:
    """'the new waitress from Leeds': where the staff come from, a name, not what they do."""
    return prep.lower_ == "from" and any(g.dep_ == "pobj" and g.is_title for g in prep.children)


def _sounds(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Bed 4 buzzed all night', 'Room 40 buzzed all night from the generator': a place's
    alarm or machine; 'Bed 4 buzzed for the nurse' or 'Room 9 buzzed down to reception' is
    a customer's call, and so is a buzz from a door's buzzer ('Room 12 buzzed from the
    lobby', `buzzer_places`)."""
    children = list(verb.children)
    places = ctx.words("buzzer_places")
    if any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.lemma_.lower() in places for g in c.subtree)
        for c in children
    ):
        return False
    return (
        lemma in SOUND_VERBS
        and not any(c.dep_ in ("dobj", "prt", "xcomp", "advcl") for c in children)
        and all(c.lower_ in SOUND_PREPS for c in children if c.dep_ == "prep")
        and not any(c.dep_ == "advmod" and c.lower_ in ("down", "up", "through") for c in children)
    )


def _course_called(verb: Any, lemma: str, ctx: SentenceContext) -> bool:
    """'Table 6 is going out now', 'Table 9 goes out next': the kitchen calling a table's
    course, said in the present with nothing but when; 'Table 6 is going out for a smoke',
    'to the terrace' or 'tonight' is where its customers go."""
    if lemma != "go" or verb.tag_ not in ("VBG", "VBZ"):
        return False
    children = list(verb.children)
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "out" for c in children):
        return False
    staff = ctx.words("staff_nouns")
    return all(
        c.dep_ in ("nsubj", "aux", "punct", "cc")
        or (c.dep_ in ("prt", "advmod") and c.lower_ in COURSE_ADVERBS)
        or _called_to(c, staff)
        for c in children
    )


def _called_to(word: Any, staff: frozenset[str]) -> bool:
    """'Table 28 is going out now, chef': the one the course is called to, after a comma."""
    doc = word.doc
    return (
        word.dep_ in ("npadvmod", "appos", "dep", "intj")
        and word.lemma_.lower() in staff
        and word.i > 0
        and doc[word.i - 1].text == ","
    )


def _notes_a_fix(verb: Any, lemma: str) -> bool:
    """'Ticket 4410 says the fix is in 3.2', 'Case 8812 says the patch went out on Tuesday':
    the fix a ticket notes is the team's, where 'Ticket 3391 says the export still fails', 'says
    it still crashes after the patch' or 'says he's tried restarting it' is its customer
    speaking: the fix has to be what the note is about (the subject of what is said, or all of
    it: 'says resolved')."""
    if lemma not in SAYING_VERBS:
        return False
    words = [t for t in verb.subtree if t.i > verb.i]
    return not any(t.lower_ in SPEAKERS for t in words) and any(
        t.lower_ in FIX_WORDS
        and (t.dep_ in ("nsubj", "nsubjpass") or t.head.i == verb.i)
        and not (t.dep_ == "nsubj" and _fix_failed(t.head))
        for t in words
    )


def _fix_failed(verb: Any) -> bool:
    """'the fix didn't work', 'the patch broke the export', 'the hotfix made it worse': what a
    customer reports of our fix, not the note of it."""
    return (
        any(c.dep_ == "neg" for c in verb.children)
        or verb.lemma_.lower() in FAILING
        or any(t.lower_ in ("worse", "nothing") for t in verb.subtree if t.i > verb.i)
    )
