"""The rule-sign shapes: `prohibition` ('… is not allowed', 'prohibited'),
`do_not_imperative` ('do not bring …') and `no_circumstances` ('under no circumstances')."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import FIRST_PERSON, NEGATIONS
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import _asked_by_the_customer, _staff
from custlint.engine.kinds.refusal.syntax import (
    _conditional,
    _lemma,
    _negated,
    _objects,
    _span_end,
    _subject,
)
from custlint.engine.kinds.refusal.vetoes import _keeps_private, _long_ago


@shape("prohibition")
def prohibition(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'Smoking is not allowed', 'is prohibited', 'are generally not permitted'."""
    found = []
    technical = ctx.words("technical_subjects")
    for tok in ctx.doc:
        low = tok.lower_
        negative = low in ("prohibited", "forbidden", "banned", "disallowed")
        permissive = low in ("allowed", "permitted", "tolerated")
        if not (negative or permissive):
            continue
        be = [c for c in tok.children if c.dep_ in ("auxpass", "aux") and _lemma(c) == "be"]
        if tok.dep_ == "acomp" and _lemma(tok.head) == "be":
            be = [tok.head]
        if (
            not be
            and tok.dep_ == "conj"
            and tok.head.dep_ == "acomp"
            and _lemma(tok.head.head) == "be"
        ):
            be = [tok.head.head]  # "Dogs are welcome on the patio but prohibited indoors"
        if not be and tok.dep_ == "conj" and _lemma(tok.head) == "be" and negative:
            be = [tok.head]  # the same, parsed as a second verb of "are"
        if not be:
            continue
        if permissive and not (_negated(tok) or (be and _negated(be[0]))):
            continue
        if negative and (_negated(tok) or _negated(be[0])):
            continue
        subj = _subject(tok) or _subject(be[0])
        if any(c.dep_ == "xcomp" for c in tok.children) and (
            subj is None or subj.lower_ in FIRST_PERSON
        ):
            continue  # "we're not allowed to …" is the first-person shape
        start = min(c.i for c in (be[0], tok, *[c for c in tok.children if c.dep_ == "neg"]))
        if subj is not None:
            if (_lemma(subj) in technical or subj.lower_ in technical) and subj.tag_ != "VBG":
                ctx.rejected.append((min(subj.i, start), tok.i + 1))
                continue
            if any(c.lower_ == "no" for c in subj.children):
                continue  # "No pets are allowed" is the no-object shape
            if subj.lower_ in FIRST_PERSON:
                continue
            if _asked_by_the_customer(tok, subj):
                continue  # "Are my kids not allowed in the pool?" asks
            if _staff(subj, ctx):
                ctx.rejected.append((min(subj.i, start), tok.i + 1))
                continue  # "housekeeping are not allowed to enter …" is a rule for us
        if _long_ago(tok, subj):
            ctx.rejected.append((start if subj is None else min(subj.i, start), tok.i + 1))
            continue  # "in 1950 dogs were not permitted on the trams": history
        if start < tok.i - 3:
            start = tok.i  # "are welcome on the patio but prohibited": the refusal is the last word
        found.append((start, tok.i + 1, tok))
    return found


@shape("do_not_imperative")
def do_not_imperative(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'Do not bring alcohol into the stadium', 'Please don't feed the birds'."""
    doc = ctx.doc
    actions = ctx.words("prohibited_actions")
    found = []
    for tok in doc:
        if tok.lower_ != "do" or tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ not in NEGATIONS:
            continue
        before = [t for t in doc[: tok.i] if not t.is_punct]
        opens = not before or (len(before) == 1 and before[0].lower_ == "please")
        if not opens and not (tok.i > 0 and doc[tok.i - 1].text in (";", ":")):
            continue  # "Do not" opens the sign, or follows "please", ";" or ":"
        verb = doc[tok.i + 2]
        if verb.tag_ != "VB" or _lemma(verb) not in actions:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children):
            continue
        if _keeps_private(verb) or _conditional(verb):
            continue
        if any(c.lower_ == "away" for c in verb.children):
            continue  # "Don't throw away the receipt": advice to keep it, not a prohibition
        if _guards_belongings(verb, ctx):
            ctx.rejected.append((tok.i, _span_end(verb)))
            continue
        found.append((tok.i, _span_end(verb), verb))
    return found


def _guards_belongings(verb: Any, ctx: SentenceContext) -> bool:
    """'Don't leave valuables in the car', 'please do not bring jewellery to the ward':
    safety advice that keeps the customer's own things safe refuses them nothing, so it is
    negation that refuses nobody. 'Do not leave bags under the tables' is a rule of ours."""
    belongings = ctx.words("own_belongings")
    things = [o for o in _objects(verb) if o.dep_ == "dobj"]
    things += [c for o in things for c in o.children if c.dep_ == "conj"]
    return any(_lemma(t) in belongings or t.lower_ in belongings for t in things)


@shape("no_circumstances")
def no_circumstances(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'Under no circumstances will the deposit be returned', 'in no case may …'."""
    doc = ctx.doc
    found = []
    for tok in doc[1:-2]:
        if tok.lower_ != "no" or doc[tok.i - 1].lower_ not in ("under", "in"):
            continue
        noun = doc[tok.i + 1]
        if _lemma(noun) not in ("circumstance", "account", "case"):
            continue
        nxt = doc[tok.i + 2]
        if nxt.tag_ != "MD" or _lemma(nxt) in ("should", "would", "could", "might"):
            continue  # "under no circumstances should you pay a courier": advice for the customer
        verb = nxt.head
        if _keeps_private(verb) or _lemma(verb) in ctx.words("harmless_verbs"):
            continue  # "under no circumstances will we ask for your PIN" is a promise
        found.append((tok.i - 1, noun.i + 1, noun))
    return found
