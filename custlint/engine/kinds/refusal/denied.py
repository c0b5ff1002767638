"""The `request_denied` shape: 'your application has been denied', 'were denied a
refund', and a request refused in staff shorthand ('Request denied')."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import ASKING, FIRST_PERSON, SHORT_REQUESTS
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import _our_people, _speaker_subject, _staff
from custlint.engine.kinds.refusal.syntax import (
    _aux_lemmas,
    _conditional,
    _lemma,
    _negated,
    _span_end,
    _subject,
)

IMPERSONAL = frozenset("it this that there which what".split())
NOBODY = frozenset("nobody noone none".split())

ENTRY = frozenset("entry boarding admission access service carriage travel".split())


@shape("request_denied")
def request_denied(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'your application has been denied', 'refund being denied', 'we have denied credit'."""
    found = []
    requests = ctx.words("request_nouns")
    for tok in ctx.doc:
        if _lemma(tok) not in ("deny", "decline", "reject", "refuse") or tok.pos_ not in (
            "VERB",
            "AUX",
        ):
            continue
        if _negated(tok):
            continue
        kept = _reserved_right(tok, ctx)
        if kept is not None:
            found.append(kept)
            continue  # "we reserve the right to refuse service"
        verdict = _shorthand_verdict(tok, ctx)
        if verdict is not None:
            found.append(verdict)
            continue  # "Extension: declined.", "Request denied.", "…, refused, hygiene"
        subj = _subject(tok)
        passive = any(c.dep_ == "auxpass" for c in tok.children)
        if subj is not None and _lemma(subj) in ISSUER_EVENTS and _lemma(tok) != "deny":
            continue  # "your card was declined": the card issuer's answer, not ours
        if passive and any(
            c.dep_ in ("dobj", "oprd", "npadvmod", "attr") and _lemma(c) in ENTRY
            for c in tok.children
        ):
            found.append((min(c.i for c in tok.children if c.dep_ == "auxpass"), tok.i + 2, tok))
            continue  # "will be refused entry"
        given = _refused_a_thing(tok, subj, ctx) if passive else None
        if given is not None:
            found.append((min(c.i for c in tok.children if c.dep_ == "auxpass"), given + 1, tok))
            continue  # "my husband was refused a second opinion"
        if not passive and _lemma(tok) == "refuse" and subj is not None:
            act = next((c for c in tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if (
                act is not None
                and _lemma(act) in ctx.words("service_verbs")
                and not any(c.dep_ == "prt" for c in act.children)  # "refused to give up"
                and subj.lower_ not in FIRST_PERSON
                and _our_people(subj, ctx)
                and not _conditional(tok)
            ):
                found.append((tok.i, _span_end(act), tok))
                continue  # "the cashier refused to accept my return"
        request = _request_before(tok, requests) if tok.tag_ == "VBN" else None
        if request is not None:
            found.append((request, tok.i + 1, tok))
            continue  # "refund denied", "refund being denied"
        if (subj is not None and subj.dep_ == "nsubjpass") or (passive and subj is not None):
            subjects = [c for c in tok.children if c.dep_ == "nsubjpass" and c.i < tok.i]
            subj = next((c for c in subjects if _lemma(c) in requests), subj)
            will = _aux_lemmas(tok) & {"will", "shall", "wo"}
            if (
                passive
                and will
                and _lemma(tok) in ("refuse", "reject")
                and not _negated(tok)
                and not _conditional(tok)
                and not _staff(subj, ctx)
                and _lemma(subj) not in ctx.words("technical_subjects")
                and subj.lower_ not in ("it", "i", "you", "we", "this", "that")
            ):
                aux = min(c.i for c in tok.children if c.dep_ in ("aux", "auxpass"))
                found.append((aux, tok.i + 1, tok))  # "opened items will be refused"
                continue
            if _lemma(subj) in requests or subj.lower_ in requests:
                start = min(
                    subj.i, *[c.i for c in tok.children if c.dep_ in ("aux", "auxpass")], tok.i
                )
                found.append((start, tok.i + 1, tok))
            continue
        if passive and subj is None and tok.dep_ in ("acl", "xcomp", "ccomp", "pcomp"):
            noun = tok.head if tok.head.pos_ == "NOUN" else None
            if noun is None:
                noun = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if noun is not None and _lemma(noun) in requests:
                found.append((min(noun.i, tok.i), max(noun.i, tok.i) + 1, tok))
            continue
        hedged = _aux_lemmas(tok) & {"would", "could", "might", "should", "will", "wo"}
        if (
            subj is not None
            and subj.lower_ in FIRST_PERSON
            and not _conditional(tok)
            and not hedged
        ):
            found.append((subj.i, _span_end(tok), tok))
    return found


# What a bank or card issuer declines, not us: "your card was declined", "the payment was
# refused by your bank".
ISSUER_EVENTS = frozenset("card payment transaction".split())


def _shorthand_verdict(verb: Any, ctx: SentenceContext) -> tuple[int, int, Any] | None:
    """A staff note's verdict on a request: the bare participle with no auxiliary, no object
    and no person before it, after a heading that names the request ('Extension: declined',
    'refund req from Mr Dale: denied'), under a request as its subject ('Request denied',
    'late checkout request denied'), or set off by commas after the customer's asking
    ('cust trying to return opened headphones, refused, hygiene'). 'Access denied' and
    'permission denied' name no request, and a card declined is the issuer's
    ('Card declined, paid cash')."""
    doc = ctx.doc
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass", "dobj", "dative", "neg") for c in verb.children):
        return None
    if verb.i + 1 < len(doc) and not doc[verb.i + 1].is_punct:
        return None  # "declined to comment", "rejected the offer": a verb with more to say
    requests = ctx.words("request_nouns") | SHORT_REQUESTS
    before = [t for t in doc[: verb.i] if not t.is_punct]
    if not before:
        return None
    prev = doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.text in (":", "-", "–", "—"):
        heading = [t for t in doc[: prev.i] if not t.is_punct]
        if any(_lemma(t) in ISSUER_EVENTS for t in heading[-2:]):
            return None
        if any(t.lower_ in requests or _lemma(t) in requests for t in heading):
            return (verb.i, verb.i + 1, verb)  # "Extension: declined"
        return None
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and prev is not None and prev.i == subj.i:
        if _lemma(subj) in ISSUER_EVENTS or not (
            subj.lower_ in requests or _lemma(subj) in requests
        ):
            return None
        if any(c.dep_ == "poss" or c.lower_ in ("my", "our") for c in subj.children):
            return None  # "my request denied" is a customer's telling, kept for other readings
        start = min(c.i for c in subj.subtree)
        return (start, verb.i + 1, verb)  # "Late checkout request denied"
    if prev is not None and prev.text == "," and subj is None:
        asked = [t for t in doc[: prev.i] if _lemma(t) in ASKING or _lemma(t) in requests]
        if asked and all(t.lower_ not in FIRST_PERSON | {"he", "she", "they"} for t in before):
            return (verb.i, verb.i + 1, verb)  # "cust wanted cash back, refused"
    return None


def _reserved_right(verb: Any, ctx: SentenceContext) -> tuple[int, int, Any] | None:
    """'We reserve the right to refuse service', 'the hotel reserves the right to decline a
    booking': a refusal we announce in advance as ours to make. The customer's own right
    ('you have the right to refuse treatment', 'guests reserve the right to decline') is
    not one, so the right must be reserved by us."""
    right = verb.head
    if verb.dep_ != "acl" or _lemma(right) != "right" or _lemma(right.head) != "reserve":
        return None
    subj = _subject(right.head)
    if not _speaker_subject(subj, ctx) or _negated(right.head):
        return None
    refused = [
        c for c in verb.children if c.dep_ == "dobj" or (c.dep_ == "dative" and c.pos_ != "ADP")
    ]  # "refuse you entry", not the "to" of "refuse entry to anyone"
    end = max([_span_end(verb), *[c.i + 1 for c in refused]])
    return (subj.left_edge.i, end, verb)


def _refused_a_thing(tok: Any, subj: Any | None, ctx: SentenceContext) -> int | None:
    """The index of what a person was refused or denied ('was refused a second opinion',
    'were denied a refund'), or None. The subject is a person, not a thing or a rule for
    staff ('access was denied', 'staff were denied a pay rise')."""
    if subj is None or subj.i > tok.i or _negated(tok) or _conditional(tok):
        return None
    if _staff(subj, ctx) or _lemma(subj) in ctx.words("technical_subjects"):
        return None
    if subj.lower_ in IMPERSONAL | NOBODY or any(c.lower_ == "no" for c in subj.children):
        return None  # "nobody was refused a seat", "no one was denied a refund"
    for agent in (c for c in tok.children if c.dep_ == "agent"):
        by = next((g for g in agent.children if g.dep_ == "pobj"), None)
        if by is not None and not _our_people(by, ctx):
            return None  # "denied a visa by the embassy": someone else refused
    thing = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None if thing is None else thing.i


def _request_before(tok: Any, requests: frozenset[str]) -> int | None:
    """The index of a request noun right before a participle ('refund being denied')."""
    prev = tok.i - 1
    while prev > 0 and tok.doc[prev].lower_ in ("being", "been", "was", "is", "be", "got"):
        prev -= 1
    return prev if prev >= 0 and tok.doc[prev].lower_ in requests else None
