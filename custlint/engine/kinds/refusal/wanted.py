"""What the customer asked for or came to do: a thing wanted, a price haggled over, a
service named by a noun."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import (
    ACCESS_PARTICLES,
    ACCESS_VERBS,
    AVAILABLE_SERVICES,
    PRICE_WORDS,
)
from custlint.engine.kinds.refusal.syntax import _lemma, _objects


def _something_wanted(verb: Any, ctx: SentenceContext) -> bool:
    """A reported refusal denies something the customer asked for or came to do: a thing
    ('said we couldn't have the rollaway bed'), a service or an action our rules govern
    ('couldn't check in', 'couldn't sit by the fire'), or, by ellipsis, whatever was asked
    ('told her we can't'). 'The pilot said we couldn't land because of fog' reports what
    circumstances allow, and nobody refused the customer anything."""
    if verb.tag_ == "MD" or _objects(verb) or _haggled(verb):
        return True
    lemma = _lemma(verb)
    if lemma not in ACCESS_VERBS | ctx.words("service_verbs") | ctx.words("prohibited_actions"):
        return False
    return all(c.lower_ in ACCESS_PARTICLES for c in verb.children if c.dep_ == "prt")


PRICE_FLOORS = frozenset("below under lower cheaper".split())


def _haggled(verb: Any) -> bool:
    """'We can't go below £40', 'I won't go any lower than 15% off': a price we will not
    come down to refuses the discount asked for, where 'go' is otherwise harmless ('the
    temperature won't go below zero' has no speaker, so other tests keep it quiet)."""
    if _lemma(verb) != "go":
        return False
    words = [t for t in verb.subtree if t.i > verb.i]
    return any(t.lower_ in PRICE_FLOORS for t in words) and any(
        t.tag_ == "$" or t.text in PRICE_SIGNS or _lemma(t) in PRICE_WORDS for t in words
    )  # a price, not any number: "we can't go below Python 3.8", "lower than 5 retries"


PRICE_SIGNS = frozenset("£ $ € ¥ %".split())


def _service_noun(noun: Any, ctx: SentenceContext) -> bool:
    """A service a customer asks for (AVAILABLE_SERVICES), written as one word or with a
    hyphen ('check-in', read as 'check' '-' 'in'); 'service' itself only with a modifier
    that names which ('room service', 'valet service'), not 'the service'."""
    doc = noun.doc
    forms = {noun.lower_, _lemma(noun)}
    if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_:
        forms |= {f"{doc[noun.i - 2].lower_}-{w}" for w in (noun.lower_, _lemma(noun))}
    if not forms & AVAILABLE_SERVICES:
        return False
    if _lemma(noun) == "service":
        return any(c.dep_ in ("compound", "amod") for c in noun.children)
    return True
