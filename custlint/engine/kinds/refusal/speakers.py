"""Who speaks and who is refused: our organization and staff, third parties, a refusal
reported by staff, the customer as audience (by noun, age limit or code)."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import _AUDIENCE_CODE, FIRST_PERSON, SAYING
from custlint.engine.kinds.refusal.syntax import _conditional, _lemma, _negated, _subject


def _is_org_subject(subj: Any, ctx: SentenceContext) -> bool:
    """'our hotel', 'the hotel', 'this store': us, but not 'the pharmacy next door',
    'the other carrier' or 'our partner hotels', which are someone else."""
    if _lemma(subj) not in ctx.words("organization_nouns"):
        return False
    owners = [c for c in subj.children if c.dep_ in ("poss", "det")]
    if not any(c.lower_ in ("our", "this", "the") for c in owners):
        return False
    ours = any(c.lower_ == "our" for c in owners)
    for c in subj.children:
        if c.dep_ in ("amod", "compound", "nmod") and _lemma(c) in THIRD_PARTY:
            return False
        if not ours and c.dep_ in ("amod", "compound", "nmod", "prep", "advmod", "npadvmod"):
            return False  # "the outlet store", "the shop across the road"
    return True


THIRD_PARTY = frozenset(
    "other partner sister nearby local neighbouring neighboring another external "
    "third-party affiliate".split()
)


def _speaker_subject(subj: Any | None, ctx: SentenceContext) -> bool:
    return subj is not None and (subj.lower_ in FIRST_PERSON or _is_org_subject(subj, ctx))


def _reported_by_staff(tok: Any, ctx: SentenceContext) -> bool:
    """'The receptionist told us they don't do room changes', 'the engineer said he couldn't
    install the router', 'told 2 ppl at gate they can't bring the umbrellas in': a refusal
    one of our people gave, reported. The clause stands under a verb of saying whose teller
    is staff, one of our organizations, or 'they/he/she' telling me or us (a review: 'at the
    till they told me I couldn't …'), or nobody (a shorthand note: 'told him …'). Its tense
    follows the telling, so 'couldn't' reports a 'can't'."""
    node = tok
    for _ in range(4):
        if node.dep_ == "ccomp" and _lemma(node.head) in SAYING:
            break
        if node.dep_ in ("xcomp", "acomp", "conj", "aux", "auxpass") and node.head.i != node.i:
            node = node.head
        else:
            return False
    else:
        return False
    say = node.head
    if _negated(say) or _conditional(say) or any(c.dep_ == "auxpass" for c in say.children):
        return False
    teller = _subject(say)
    told_us = any(c.dep_ in ("dobj", "dative") and c.lower_ in ("me", "us") for c in say.children)
    if teller is None:
        opens = say.i == next(t.i for t in ctx.doc if not t.is_punct)
        return told_us or (opens and say.tag_ in ("VBD", "VBN"))
    if teller.lower_ in ("they", "he", "she"):
        return told_us
    return _our_people(teller, ctx)


def _our_people(noun: Any, ctx: SentenceContext) -> bool:
    """Staff or an organization of ours, named as in a review ('the night manager', 'the box
    office', 'staff'), but not someone else's ('the partner airline', 'the other hotel')."""
    if not (_staff(noun, ctx) or _lemma(noun) in ctx.words("organization_nouns")):
        return False
    return not any(
        c.dep_ in ("amod", "compound", "nmod", "det") and _lemma(c) in THIRD_PARTY | {"another"}
        for c in noun.children
    )


def _audience(subj: Any, ctx: SentenceContext) -> bool:
    """The people a rule is told to: 'guests under 18 can't check in', '14A can't have a bag'."""
    if _lemma(subj) in ctx.words("audience_nouns") or subj.lower_ in ctx.words("audience_nouns"):
        return True
    if _aged_class(subj):
        return True  # "drivers under 25"
    return bool(_AUDIENCE_CODE.match(subj.text))


# People named by an age limit are the customers a rule is told to: 'drivers under 25
# cannot hire …', 'renters over 70 can't book …'. 'Drivers under contract', 'files over
# 10 MB' and the writer's own ('my drivers under 25') are not.
AGED_PEOPLE = frozenset(
    "driver renter rider player student applicant borrower swimmer climber skier cyclist "
    "runner hirer learner youngster teenager teen person".split()
)


def _aged_class(subj: Any) -> bool:
    if _lemma(subj) not in AGED_PEOPLE or subj.tag_ != "NNS":
        return False
    if any(c.dep_ == "poss" for c in subj.children):
        return False
    aged = any(
        c.dep_ == "prep"
        and c.lower_ in ("under", "over", "aged")
        and any(g.dep_ == "pobj" and g.like_num for g in c.children)
        for c in subj.children
    )
    return aged and not _law_of_the_land(subj.doc)


# Who else makes an age rule: 'the government says', 'under FA rules', 'legally', 'in the
# UK': the sentence reports the law or a governing body, not our refusal.
LAWGIVERS = frozenset(
    "government law laws legally legislation statute regulation regulations rule rules "
    "council authority authorities federation association league".split()
)


def _law_of_the_land(doc: Any) -> bool:
    for t in doc:
        if t.ent_type_ == "GPE":
            return True  # "in the UK", "in France"
        if t.lower_ in ("legally", "illegal", "lawfully") or _lemma(t) in ("government", "law"):
            return True
        if _lemma(t) not in LAWGIVERS:
            continue
        if t.dep_ == "pobj" and t.head.lower_ in ("under", "by"):
            return True  # "under FA rules", "by law"
        if t.dep_ == "nsubj" and _lemma(t.head) in SAYING:
            return True  # "the league says"
    return False


def _located_by_code(noun: Any) -> bool:
    """'the lady in 14A', 'the man at table 5': whoever sits in a seat, room or table we
    serve is a customer, whatever word names them. Read only where they are refused a thing
    ('can't have a second bag'): 'the couple at bay 7 can't get the seat in' is a struggle."""
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "on"):
            continue
        for place in prep.children:
            if place.dep_ == "pobj" and (
                _AUDIENCE_CODE.match(place.text)
                or any(c.like_num and c.dep_ in ("nummod", "appos") for c in place.children)
            ):
                return True
    return False


# 'Am I not allowed to take photos in here?', 'Are we not allowed to use the pool?': the
# customer asks (the verb before the 'I' or 'we'); 'I am not allowed to give you a refund'
# tells.
def _asked_by_the_customer(tok: Any, subj: Any) -> bool:
    mine = any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in subj.children)
    if subj.lower_ not in FIRST_PERSON and not mine:
        return False
    doc = tok.doc
    if not doc.text.rstrip(" \t\n\"”'’").endswith("?"):
        return False
    first = next((t for t in doc if not t.is_punct), None)
    if first is None or first.i > subj.i:
        return False
    if first.i + 1 == subj.left_edge.i and first.pos_ == "AUX" and first.head.i == tok.i:
        return True  # "Am I not allowed …?", "Are my kids not allowed …?"
    if first.lower_ == "why" and any(t.pos_ == "AUX" for t in doc[first.i + 1 : subj.i]):
        return True  # "Why can't we take the booking?" asks a colleague
    return first.lower_ == "so" and first.i + 1 == subj.i  # "So I'm not allowed …?"


def _staff(subj: Any, ctx: SentenceContext) -> bool:
    staff = ctx.words("staff_nouns")
    return _lemma(subj) in staff or subj.lower_ in staff
