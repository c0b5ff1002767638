"""The locator reading of callers and chatters named by their line, queue position or session:
'Line 7 just hung up after a 20 min wait, call back pls', 'line 3 still holding', 'Queue 2
has dropped off, ring them back', 'chat 5521 is typing in all caps again', 'Session 77-310
left the chat before I could reply'. Contact-centre staff call the waiting customer by what
the switchboard shows them; the rules' verb lists read most of what such a caller says and
wants ('Line 4 wants to cancel'), but not what a caller does on the phone, because a line
hangs, drops, rings and holds too ('line 10 hangs when the token expires', 'Line 7 keeps
dropping calls', 'line 4 is holding steady at 30% capacity').

The reading asks for a number whose head is one of `caller_heads` (a phone line, a chat, a
session, a queue or a place in one, a numbered caller) as the active subject of a caller's
act, and, for the acts a line does too, for what makes the subject a person in the sentence:

- typing, or leaving the chat or the call ('chat 5521 is typing in all caps'), which a line
  or a session does not do by itself, need nothing more;
- hanging up, ringing off, dropping off or out (or dropping after a wait), giving up,
  ringing back, holding, waiting or being on hold need a person pronoun after the number
  ('she's been a policyholder since 2009'), staff asked to call or ring back or to pick up
  ('call back pls', 'ring them back'), a wait in minutes or hours ('after a 20 min wait',
  'for twelve minutes', 'since ten'), or 'still' with a hold ('line 3 still holding'); a
  numbered caller ('Caller 7 hung up again') needs none of them.

It refuses an act with an object of its own ('line 2 hung up the modem', 'line 6 holds the
call'), said how a machine does it ('hung up automatically', 'quit unexpectedly', 'rang back
on its own'), held at a level ('holding steady at 30%'), a wait for something ('waiting for
the carrier'), and the passive. A session or a chat quits or exits by itself ('Session 12
exited with code 137', 'Chat 8 quits on Safari'), so those need what the caller leaves
('quit the chat'). A line that hangs up, drops out or gives up as a habit is a faulty line
('Line 2 drops out every evening, she says…', 'keeps dropping off', 'has been dropping out
since the storm'), where a caller does it once; a line is down for a while ('dropped out for
40 minutes during the works'), where a caller drops after a wait ('after 30 mins'), and a
while of something else is no wait ('after 40 minutes of heavy rain'); it gives up 'for
good'. A position is a caller's only in a queue ('Queue position 4', 'position 5 in queue'),
as a race and an agent's desk have positions too ('Position 3 dropped out after 40 minutes
with a gearbox fault').

Its thing test (`a_line_or_a_system`) refuses, for every reading, the same heads named as
what they are by a word before them (`caller_thing_kinds`: 'Packing line 4', 'Mooring line
8', 'Test caller 2', 'the fibre line 7'), a session, a queue, a chat or a position in a
sentence about software (`caller_system_words`: 'waiting on a database lock', 'when the
worker restarted', 'left the pool after the idle timeout'), which the rules' verb lists
would read as a caller's wait or leaving, and a hold that lasts days ('on hold since March',
'pending the safety audit').
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.customer_acts import _acts_of
from custlint.engine.kinds.locator.finders import _subject_verb
from custlint.engine.kinds.locator.grammar import _fixed_lemma
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.lexicon import DAY_AND_MONTH_NAMES
from custlint.engine.kinds.locator.registry import Mention, Person, person_test, thing_test

# A caller's acts that need no more evidence: a line or a session does not type or leave a
# chat by itself.
TYPING_OR_LEAVING = frozenset("type leave quit exit".split())
# What a caller leaves: 'left the chat', 'quit the call'.
LEFT_PLACES = frozenset("chat call queue conversation line session".split())
# A caller's acts that a line does too, with the particle that makes them a caller's:
# 'hung up', 'rang off', 'dropped off', 'gave up', 'rang back'; 'hold' and 'wait' take none.
PARTICLE_ACTS = {
    "hang": {"up", "off"},
    "ring": {"off", "back"},
    "drop": {"off", "out"},
    "give": {"up"},
    "call": {"back"},
    "phone": {"back"},
}
WAITING_ACTS = frozenset("hold wait".split())
# What a process does as a caller does: waits, holds, is on hold, leaves, gives up.
LINE_ACTS = TYPING_OR_LEAVING | WAITING_ACTS | frozenset(PARTICLE_ACTS) | {"drop", "be"}
# What staff are asked to do for a caller: 'call back pls', 'ring her back', 'pick up'.
CALLING_BACK = frozenset("call ring phone".split())
# Acts a session or a chat does by itself unless it leaves a chat or a call: 'Session 12
# exited with code 137', 'Chat 14 quit responding', but 'quit the chat'.
SELF_ENDING = frozenset("quit exit".split())
# How a machine hangs up, holds or quits: 'hung up automatically', 'holding steady', 'quit
# unexpectedly', 'exited cleanly'.
MACHINE_MANNER = frozenset(
    "automatically automatic steady steadily fine unexpectedly cleanly abnormally gracefully "
    "silently randomly".split()
)
# Verbs by which a line does its acts as a habit: 'keeps dropping out', 'started hanging up'.
HABIT_VERBS = frozenset("keep start begin continue".split())
# What a hold lasting days is counted from: 'on hold since March', 'since last week'.
DAYS = DAY_AND_MONTH_NAMES | frozenset(
    "weekend week month year jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# What a caller's wait is counted in ('after a 20 min wait', 'for twelve minutes'); not
# seconds, which a line's timeout is ('keeps hanging up after ten seconds').
WAIT_UNITS = frozenset("min mins minute minutes hour hours hr hrs ages wait".split())
# Who a caller is, said after the number.
PERSON_PRONOUNS = frozenset("he she him her his hers himself herself he's she's he'd she'd".split())


@person_test("person_by_number")
def hangs_up_or_holds(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'Line 7 just hung up after a 20 min wait, call back pls', 'line 3 still holding',
    'chat 5521 is typing in all caps again': a line, chat, session or queue place as the
    active subject of what a caller does on the phone (see the module's docstring)."""
    doc = ctx.doc
    heads = {t.lower_ for t in doc[mention.start : mention.end] if t.is_alpha}
    if mention.bare or not heads & ctx.words("caller_heads"):
        return None
    if "position" in heads and not _in_a_queue(mention, ctx):
        return None  # "Position 3 dropped out after 40 minutes with a gearbox fault"
    if any(t.lower_ in ctx.words("caller_test_words") for t in doc):
        return None  # "Test caller 2 hung up", "Session 3 typed too fast during the load test"
    verb = _subject_verb(mention)
    if verb is None:
        return None
    caller = "caller" in heads
    for act in _acts_of(verb):
        if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in act.children):
            continue
        shape = _caller_act(act)
        if shape == "alone" or (
            shape == "with_evidence" and (caller or _a_callers_sentence(mention, act, ctx))
        ):
            return Person(mention.start, mention.end, None)
    return None


def _caller_act(act: Any) -> str | None:
    """'alone' for an act only a caller does (typing, leaving the chat), 'with_evidence' for
    one a line does too (hanging up, holding), None for neither or for an act done to
    something ('hung up the modem') or done as a machine does it ('hung up automatically')."""
    lemma = _fixed_lemma(act)
    objects = [
        c for c in act.children if c.dep_ in ("dobj", "dative") and c.lower_ not in WAIT_UNITS
    ]  # "has waited 35 min" counts the wait, it holds nothing
    if any(c.lower_ in MACHINE_MANNER for c in act.children if c.dep_ in ("advmod", "acomp")):
        return None
    if _by_itself(act):
        return None  # "rang back on its own", "gave up for good"
    if lemma in TYPING_OR_LEAVING:
        if lemma == "type" and not objects:
            return "alone"
        if lemma in SELF_ENDING and not objects and _ends_by_itself(act):
            return None  # "Session 12 exited with code 137", "Chat 14 quit responding"
        if lemma != "type" and all(o.lemma_.lower() in LEFT_PLACES for o in objects):
            return "alone"  # "left the chat", "quit the call"; not "left a voicemail"
        return None
    if objects:
        return None
    if (lemma in PARTICLE_ACTS or lemma == "drop") and _a_habit(act):
        return None  # "Line 2 drops out every evening", "keeps dropping off", "has been …"
    # the parser may hang the particle on the adverb after it: "has rung back twice"
    particles = {
        g.lower_
        for c in act.children
        if c.dep_ in ("prt", "advmod")
        for g in (c, *(d for d in c.children if d.dep_ == "advmod"))
    }
    if lemma in PARTICLE_ACTS and particles & PARTICLE_ACTS[lemma]:
        return "with_evidence"
    if lemma == "drop" and act.dep_ != "xcomp" and any(_a_wait_of(c) for c in act.children):
        return "with_evidence"  # "line 7 dropped after 40 min", but "keeps dropping"
    if lemma in WAITING_ACTS and not _waits_for_something(act):
        return "with_evidence"
    if lemma == "be" and any(
        c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "hold" for g in c.children)
        for c in act.children
    ):
        return "with_evidence"  # "Line 6 has been on hold 12 mins, can someone pick up?"
    return None


def _in_a_queue(mention: Mention, ctx: SentenceContext) -> bool:
    """'Queue position 4', 'position 5 in queue', 'position 3 in the queue': a position is a
    caller's only in a queue."""
    doc = ctx.doc
    if any(t.lower_ == "queue" for t in doc[mention.start : mention.end]):
        return True
    words = [t.lower_ for t in doc[mention.end : mention.end + 3]]
    return words[:2] == ["in", "queue"] or words == ["in", "the", "queue"]


def _by_itself(act: Any) -> bool:
    """'rang back on its own', 'hung up by itself', 'gave up for good': what a line does with
    no one on it."""
    for c in act.children:
        if c.dep_ != "prep":
            continue
        for o in c.children:
            if o.lower_ == "itself" or (c.lower_ == "for" and o.lower_ == "good"):
                return True
            if o.lower_ == "own" and any(g.lower_ == "its" for g in o.children):
                return True
    return False


def _ends_by_itself(act: Any) -> bool:
    """'Session 12 exited with code 137', 'Chat 14 quit responding', 'Chat 8 quits on Safari
    when cookies are blocked': a session or a chat that quits or exits as software does, with
    a status, by stopping what it does, or as a habit; not 'chat 5582 quit before the agent
    joined'."""
    if act.tag_ == "VBZ" or (act.dep_ == "xcomp" and _fixed_lemma(act.head) in HABIT_VERBS):
        return True  # "Chat 8 quits on Safari", but "chat 5582 quit before the agent joined"
    return any(
        c.dep_ == "xcomp"
        or (c.dep_ == "prep" and c.lower_ == "with" and any(o.dep_ == "pobj" for o in c.children))
        for c in act.children
    )


def _a_habit(act: Any) -> bool:
    """'drops out every evening', 'keeps dropping off', 'has been dropping out since the
    storm': a line's fault, where a caller hangs up or drops out once ('rang back', which the
    parser may tag as a present)."""
    if act.tag_ == "VBZ" or (act.tag_ == "VBP" and act.lower_ == _fixed_lemma(act)):
        return True
    if act.dep_ == "xcomp" and _fixed_lemma(act.head) in HABIT_VERBS:
        return True
    return act.tag_ == "VBG" and any(c.lower_ == "been" for c in act.children)


def _waits_for_something(act: Any) -> bool:
    """'waiting for the carrier to restore service', 'holding at 30%', 'holding pattern':
    what a hold or a wait is given, other than how long it lasts ('for twelve minutes',
    'since ten')."""
    for c in act.children:
        if c.dep_ in ("acomp", "attr", "oprd", "xcomp", "ccomp"):
            return True
        if c.dep_ == "prep" and c.lower_ not in ("since", "on") and not _a_wait(c):
            return True
    return False


def _a_wait_of(child: Any) -> bool:
    """'after a 20 min wait', 'waiting 25 minutes', 'on hold 12 mins': a child of the act
    that counts the caller's wait."""
    if child.dep_ == "prep":
        return _a_wait(child)
    return child.dep_ in ("npadvmod", "dobj", "attr") and child.lower_ in WAIT_UNITS


def _a_wait(prep: Any) -> bool:
    """'for twelve minutes', 'after a 20 min wait', 'since ten': a preposition whose object
    counts a caller's wait."""
    if prep.lower_ == "since":
        return True
    return prep.lower_ in ("for", "after") and any(
        o.dep_ == "pobj"
        and (o.lower_ in WAIT_UNITS or (o.lemma_.lower() == "age" and o.tag_ == "NNS"))
        and not any(g.dep_ == "prep" and g.lower_ == "of" for g in o.children)
        for o in prep.children
    )  # not "after 40 minutes of heavy rain", a while of something else


def _a_callers_sentence(mention: Mention, act: Any, ctx: SentenceContext) -> bool:
    """What makes the number a caller, where a line hangs up and holds too: a person
    pronoun after it ('line 7 dropped after 40 min, call back pls, she's been a
    policyholder since 2009'), staff asked to call back or pick up ('ring them back', 'call
    back pls', 'callback'), a wait counted in minutes or hours ('after a 20 min wait', 'for
    twelve minutes'), or a hold that goes on ('line 3 still holding')."""
    doc = ctx.doc
    later = doc[mention.end :]
    if any(t.lower_ in PERSON_PRONOUNS for t in later):
        return True
    if any(t.lower_ in ("callback", "call-back") for t in later):
        return True
    for t in later:
        if t.i == act.i:
            continue
        words = {c.lower_ for c in t.children if c.dep_ in ("prt", "advmod")}
        if _fixed_lemma(t) in CALLING_BACK and "back" in words:
            return True  # "call back pls", "ring them back"
        if _fixed_lemma(t) == "pick" and "up" in words and t.pos_ == "VERB":
            return True  # "can someone pick up"
    # a line drops out for a while, a caller drops after a wait ("dropped out after 30
    # mins", not "dropped out for 40 minutes during the engineering works")
    if any(
        _a_wait_of(c) and (_fixed_lemma(act) != "drop" or c.lower_ != "for") for c in act.children
    ):
        return True
    return _fixed_lemma(act) in WAITING_ACTS and any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in act.children
    )


@thing_test
def a_line_or_a_system(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Packing line 4 has been waiting since six', 'Queue 3 has been waiting for 20 minutes
    on a database lock', 'Session 30 left the pool after the idle timeout', 'Line 4 has been
    on hold since March': a line, session, queue, chat or position named as a thing by a
    word before it, one of software in a sentence about software, or a hold that lasts days,
    which the rules' verb lists would read as a caller's wait or leaving."""
    doc = ctx.doc
    words = doc[mention.start : mention.end]
    heads = {t.lower_ for t in words if t.is_alpha}
    callers = ctx.words("caller_heads")
    if mention.bare or not heads & callers:
        return False
    before = [t for t in words if t.is_alpha and t.lower_ not in callers]
    if mention.start > 0 and doc[mention.start - 1].is_alpha:
        before.append(doc[mention.start - 1])  # "the fibre line 7" when the mention is "line 7"
    if any(t.lower_ in ctx.words("caller_thing_kinds") for t in before):
        return True  # "Packing line 4", "Mooring line 8", "Test caller 2"
    verb = _subject_verb(mention)
    if (
        heads & {"session", "queue", "chat", "webchat", "position"}
        and verb is not None
        and {_fixed_lemma(a) for a in _acts_of(verb)} & LINE_ACTS
        and any(t.lower_ in ctx.words("caller_system_words") for t in doc)
    ):
        return True  # "Queue 2 is still waiting on the upstream service"
    held = next((t.i for t in doc[mention.end :] if t.lemma_.lower() in WAITING_ACTS), None)
    if held is None:
        return False
    for t in doc[held + 1 : held + 6]:
        if t.lower_ == "pending":
            return True  # "on hold since March pending the safety audit"
        if t.lower_ == "since" and t.i + 1 < len(doc):
            when = doc[t.i + 1]
            if when.lower_ == "last" and t.i + 2 < len(doc):
                when = doc[t.i + 2]
            if when.lower_ in DAYS:
                return True  # "on hold since Friday", "waiting since last week"
    return False
