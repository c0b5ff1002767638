"""Readings that say a negation refuses nobody now, shared by several shapes: a rule of
another time, opening hours, a promise to keep the customer's data private."""

from __future__ import annotations

import re
from typing import Any

from custlint.engine.kinds.refusal.lexicon import HOURS_VERBS, PRIVATE, UNTIL
from custlint.engine.kinds.refusal.syntax import _attached_to, _lemma, _objects


def _opens_later(verb: Any) -> bool:
    """'The museum doesn't open until ten', 'we don't open till noon on Sundays': when a
    place opens or closes, told with 'until', names the hour it does; 'we don't open on
    Sundays' keeps its reading."""
    if _lemma(verb) not in HOURS_VERBS or _objects(verb):
        return False
    for c in verb.children:
        if c.dep_ in ("prep", "mark") and c.lower_ in UNTIL:
            return True
        if c.dep_ == "advcl" and any(g.lower_ in UNTIL for g in c.children):
            return True  # "doesn't open until the morning staff arrive"
    return False


def _keeps_private(verb: Any) -> bool:
    """'we will not share your details': a promise to keep the customer's data to ourselves.
    'We cannot restore data' or 'we can't give out another user's address' refuse."""
    if _lemma(verb) not in DISCLOSE:
        return False
    for o in _objects(verb):
        private = _lemma(o) in PRIVATE or any(
            _lemma(g) in PRIVATE for g in o.children if g.dep_ in ("compound", "amod")
        )
        someone_else = any(
            c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in o.children
        ) or any(c.lower_ in ("another", "other") for c in o.children)
        if private and not someone_else:
            return True
    return False


DISCLOSE = frozenset(
    "share sell disclose give pass rent trade publish reveal release send lend show post "
    "store keep use ask request email text sms contact spam track save retain see view".split()
)

# What sets a story in another time: "in the nineteenth century", "in Victorian times", "in
# those days", "back then", "as a child".
ERA_WORDS = frozenset(
    "century centuries era eras decade decades generation generations victorian edwardian "
    "georgian medieval wartime pre-war prewar post-war postwar colonial ancient".split()
)
CHILDHOOD = frozenset("child children kid kids girl girls boy boys teenager teenagers".split())
YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})s?$|^'?[0-9]0s$")
SINCE = frozenset("in until till before by during since from".split())


def _long_ago(tok: Any, subj: Any | None) -> bool:
    """'Women were not allowed to vote until 1918', 'in those days children were not
    permitted in the reading room', 'as a child she wasn't allowed to …': a rule of another
    time, told as history or a memoir, refuses nobody now. The refusal is in the past tense,
    told of someone other than the customer ('you were not allowed to board in 2019' still
    tells the customer what we refused), and its own clause names the time: an era ('in the
    nineteenth century', 'back then', 'in the old days'), childhood or a year; an era in
    another clause ('… because the Georgian ballroom is closed') dates nothing."""
    doc = tok.doc
    verbs = [tok, *(c for c in tok.children if c.dep_ in ("aux", "auxpass"))]
    if tok.dep_ == "acomp":
        verbs.append(tok.head)
    if not any(v.tag_ == "VBD" for v in verbs):
        return False
    you = subj is not None and (
        subj.lower_ == "you" or any(c.lower_ == "your" for c in subj.children)
    )
    if you:
        return False  # "you were not allowed in because the Georgian ballroom is closed"
    own = {v.i for v in verbs}
    for t in doc:
        low = t.lower_
        if not _attached_to(t, own):
            continue  # "… because the decade-old aircraft was swapped": another clause's
        if _lemma(t) in ERA_WORDS or low in ERA_WORDS:
            return True
        if low in ("day", "days", "time", "times") and any(
            c.lower_ in ("those", "old", "my", "his", "her", "their", "olden", "victorian")
            for c in t.children
        ):
            return True  # "in those days", "in the old days", "in my day", "in olden times"
        if low == "then" and t.i > 0 and doc[t.i - 1].lower_ == "back":
            return True
        if (
            _lemma(t) in CHILDHOOD
            and t.dep_ == "pobj"
            and t.head.lower_ == "as"
            and t.head.i < tok.i
        ):
            return True  # "as a child she wasn't allowed …"
        if YEAR.match(t.text) and t.dep_ == "pobj" and t.head.lower_ in SINCE:
            return True  # "until 1918", "in 2019", "in the 1960s"
    return False
