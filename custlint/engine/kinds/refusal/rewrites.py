"""The sentence rewrites a rule can name in `rewrite`: `available_for`, `as_soon_as` and
`can_within`."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.registry import rewrite
from custlint.engine.kinds.refusal.syntax import _lemma, _subject

TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years night nights".split()
)


def _written(ctx: SentenceContext, start: int, end: int) -> str:
    """Tokens as written, one space between words (rewrites run across line breaks)."""
    return " ".join(ctx.written(start, end).split())


def _time_phrase(tok: Any) -> Any | None:
    """An 'after 30 days' prepositional phrase under tok, or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("after", "beyond", "past"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if (
                objs
                and _lemma(objs[0]) in {u.rstrip("s") for u in TIME_UNITS} | TIME_UNITS
                and any(g.like_num for g in objs[0].children)
            ):
                return c
    return None


@rewrite("available_for")
def available_for(
    ctx: SentenceContext, start: int, end: int, noun: Any
) -> tuple[int, int, str] | None:
    """'No refunds after 30 days' -> 'Refunds are available for 30 days'."""
    doc = ctx.doc
    prep = _time_phrase(noun)
    if prep is None or (start != noun.i - 1 and doc[start].lower_ != "no"):
        return None
    phrase = _written(ctx, start + 1, noun.i + 1)
    duration = _written(ctx, prep.i + 1, prep.right_edge.i + 1)
    verb = "is" if noun.tag_ == "NN" else "are"
    text = f"{phrase} {verb} available for {duration}"
    text = text[0].upper() + text[1:] if doc[start].text[0].isupper() else text
    return start, prep.right_edge.i + 1, text


@rewrite("as_soon_as")
def as_soon_as(
    ctx: SentenceContext, start: int, end: int, verb: Any
) -> tuple[int, int, str] | None:
    """'We cannot ship it until payment clears' -> 'We will ship it as soon as payment clears'."""
    until = next(
        (
            t
            for t in verb.subtree
            if t.lower_ == "until" and t.dep_ in ("mark", "prep") and t.i > verb.i
        ),
        None,
    )
    if until is None:
        return None
    clause = until.head if until.dep_ == "mark" else until
    last = max(clause.right_edge.i, until.i)
    if last <= until.i:
        return None
    subject = _written(ctx, start, start + 1)
    action = _written(ctx, verb.i, until.i)
    rest = _written(ctx, until.i + 1, last + 1)
    return start, last + 1, f"{subject} will {action} as soon as {rest}"


@rewrite("can_within")
def can_within(
    ctx: SentenceContext, start: int, end: int, verb: Any
) -> tuple[int, int, str] | None:
    """'Items cannot be returned after 14 days' -> 'Items can be returned within 14 days'."""
    prep = _time_phrase(verb)
    subj = _subject(verb)
    if prep is None or subj is None or subj.i > verb.i:
        return None
    first = subj.left_edge.i
    subject = _written(ctx, first, subj.i + 1)
    duration = _written(ctx, prep.i + 1, prep.right_edge.i + 1)
    participle = _written(ctx, verb.i, verb.i + 1)
    return first, prep.right_edge.i + 1, f"{subject} can be {participle} within {duration}"
