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
call'), said how a machine does it ('hung up automatically'), held at a level ('holding
steady at 30%'), a wait for something ('waiting for the carrier'), and the passive.
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.customer_acts import _acts_of
from custlint.engine.kinds.locator.finders import _subject_verb
from custlint.engine.kinds.locator.grammar import _fixed_lemma
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

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
# What staff are asked to do for a caller: 'call back pls', 'ring her back', 'pick up'.
CALLING_BACK = frozenset("call ring phone".split())
# How a machine hangs up or holds: 'hung up automatically', 'holding steady'.
MACHINE_MANNER = frozenset("automatically automatic steady steadily fine".split())
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
    if lemma in TYPING_OR_LEAVING:
        if lemma == "type" and not objects:
            return "alone"
        if lemma != "type" and all(o.lemma_.lower() in LEFT_PLACES for o in objects):
            return "alone"  # "left the chat", "quit the call"; not "left a voicemail"
        return None
    if objects:
        return None
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
        for o in prep.children
    )


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
    if any(_a_wait_of(c) for c in act.children):
        return True
    return _fixed_lemma(act) in WAITING_ACTS and any(
        c.dep_ == "advmod" and c.lower_ == "still" for c in act.children
    )
