"""The `no_object` shape: 'No refunds', 'No pets allowed', a sign or an answer that refuses
with 'no' and a noun."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import FIRST_PERSON, FRAGMENT_TOKENS, PERMISSION_VERBS
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.syntax import _lemma, _no_head, _span_end, _subject


@shape("no_object")
def no_object(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'No refunds', 'NO PETS ARE ALLOWED', 'there are no refunds available'."""
    doc = ctx.doc
    found = []
    objects = ctx.words("refusal_objects")
    benefits = ctx.words("benefit_nouns")
    for tok in doc:
        if tok.lower_ != "no":
            continue
        if tok.i > 0 and doc[tok.i - 1].lower_ in ("at", "for", "with", "by", "in", "of"):
            continue
        limit = _limit_sign(tok)
        if limit is not None:
            found.append((tok.i, limit.i + 1, limit))  # "No more than two bags per passenger"
            continue
        noun = _no_head(tok)
        if noun is None:
            noun = _no_gerund(tok, objects)  # "No visiting after 8pm"
        if noun is None:
            continue
        words = {noun.lower_, _lemma(noun)} | {
            w
            for c in noun.children
            if c.dep_ in ("compound", "conj", "amod")
            for w in (c.lower_, _lemma(c))
        }
        if _boarding_thing(noun):
            words = set()  # "no boarding pass in the envelope": a paper, not boarding refused
        if noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_:
            joined = doc[noun.i + 2]
            words |= {f"{noun.lower_}-{joined.lower_}", joined.lower_, _lemma(joined)}
            noun = joined  # "NO RE-ENTRY", "no non-residents"
        if {noun.lower_, _lemma(noun)} & benefits and not _moved_money(noun):
            continue
        if _good_news(noun) or _tally(noun, ctx):
            continue
        verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
        permitted = verb is not None and (
            _lemma(verb) in PERMISSION_VERBS
            or any(
                c.dep_ == "xcomp" and c.lemma_ in ("visit", "enter", "bring") for c in verb.children
            )
        )
        if noun.dep_ == "dobj" and _lemma(noun.head) == "have":
            owner = _subject(noun.head)
            if owner is None or owner.lower_ not in FIRST_PERSON:
                continue  # "the event has no assigned seating" describes, it refuses nobody
        fragment = (
            not any(t.pos_ in ("VERB", "AUX") for t in doc)
            and len(doc) <= FRAGMENT_TOKENS
            and tok.i == next((t.i for t in doc if not t.is_punct), 0)
            and not doc.text.rstrip().endswith("?")
        )
        if words & objects or permitted or (fragment and noun.pos_ in ("NOUN", "PROPN")):
            end = noun.i + 1
            if permitted and verb.i > noun.i:
                end = _span_end(verb)
            found.append((tok.i, end, noun))
        elif any(n.i == noun.head.i for _, _, n in found) and noun.dep_ in ("conj", "appos"):
            found.append((tok.i, noun.i + 1, noun))  # "No parties, no loud music, no …"
    return found


# What "boarding" names when it modifies another noun: 'no boarding pass', 'no boarding
# gate' are a paper or a place, not boarding refused ('no boarding after 9' is).
BOARDING_HEADS = frozenset("pass gate card group time".split())


def _boarding_thing(noun: Any) -> bool:
    return _lemma(noun) in BOARDING_HEADS and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "boarding" for c in noun.children
    )


# Money moved in a form we take or not: "No cash deposits", "no coin deposits" refuse a
# service, where "no deposit" alone is good news.
MONEY_FORMS = frozenset("cash cheque check coin coins cheques checks".split())


def _moved_money(noun: Any) -> bool:
    return _lemma(noun) == "deposit" and any(
        c.dep_ in ("compound", "amod") and c.lower_ in MONEY_FORMS for c in noun.children
    )


def _tally(noun: Any, ctx: SentenceContext) -> bool:
    """'quiet night: no falls, no deaths, no new admissions': a list of 'no' items that
    counts what happened, told by one of our people, refuses nobody. It is a tally when one
    most of its items are plurals of something that happens ('falls', 'deaths'), not
    things asked for or brought; 'No pets, no parties, no extra tents' stays a sign."""
    root = noun
    while root.dep_ in ("appos", "conj") and root.head.i != root.i:
        root = root.head
    chain, todo = [], [root]
    while todo:
        t = todo.pop()
        chain.append(t)
        todo += [c for c in t.children if c.dep_ in ("appos", "conj")]
    items = {t for t in chain if any(c.lower_ == "no" for c in t.children)}
    if len(items) < 2:
        return False
    things = ctx.words("refusal_objects") | (ctx.words("benefit_nouns") - TALLIED)
    things |= ctx.words("audience_nouns")
    happened = [
        t for t in items if (t.tag_ == "NNS" and not {_lemma(t), t.lower_} & things) or _counted(t)
    ]
    return len(happened) > len(items) - len(happened)


# Good news on its own ('No complaints!') that a tally also counts ('no falls, no
# complaints, no new admissions').
TALLIED = frozenset("complaint complaints show shows".split())


def _counted(noun: Any) -> bool:
    """'no refunds issued', 'no complaints logged' in a tally: a thing asked for, reported
    with the participle of what was (not) done, is counted like 'no falls'; 'no refunds
    after 30 days' and 'no refunds given on sale items' keep a sign's rule."""
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and not any(g.dep_ == "prep" for g in c.children)
        for c in noun.children
    )


def _limit_sign(no: Any) -> Any | None:
    """'No more than two bags per passenger', 'NO MORE THAN TWO PEOPLE AT EACH BEDSIDE': a
    sign that opens on a limit of what the customer may bring. Only where 'No' opens a
    line with no verb: 'it takes no more than five minutes' measures."""
    doc = no.doc
    if no.i + 4 >= len(doc) or [t.lower_ for t in doc[no.i + 1 : no.i + 3]] != ["more", "than"]:
        return None
    if no.i != next((t.i for t in doc if not t.is_punct), 0) or not doc[no.i + 3].like_num:
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc):
        return None
    noun = doc[no.i + 4]
    return noun if noun.pos_ in ("NOUN", "PROPN") else None


def _good_news(noun: Any) -> bool:
    """'no booking required', 'no questions asked', 'no deposit needed': nothing is refused."""
    doc = noun.doc
    nxt = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    words = {"required", "needed", "necessary", "asked", "involved", "attached", "charged"}
    if nxt is not None and nxt.lower_ in words:
        return True
    return noun.head.lower_ in words and noun.head.i > noun.i


# 'No visiting after 8pm', 'No swimming until the lifeguard arrives': the parser reads the
# refused activity as a verb, 'no' its determiner.
def _no_gerund(no: Any, objects: frozenset[str]) -> Any | None:
    doc = no.doc
    if no.i + 1 >= len(doc) or no.dep_ != "det":
        return None
    nxt = doc[no.i + 1]
    if no.head.i != nxt.i or nxt.tag_ != "VBG" or nxt.lower_ not in objects:
        return None
    return nxt
