"""The `we_do_not` shape: 'we do not accept …', 'we don't …', and the tests that tell its
refusals from things we lack, hours and promises."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import (
    ACCESS_VERBS,
    AVAILABLE_SERVICES,
    FIRST_PERSON,
    NEGATIONS,
    RECIPIENTS,
    REFUND_NOUNS,
    REPORTED_PEOPLE,
    STAFF_PRONOUNS,
)
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import (
    _is_org_subject,
    _reported_by_staff,
    _speaker_subject,
)
from custlint.engine.kinds.refusal.syntax import (
    _conditional,
    _hyphenated_service,
    _lemma,
    _negated,
    _objects,
    _span_end,
    _subject,
)
from custlint.engine.kinds.refusal.vetoes import _keeps_private, _opens_later


@shape("we_do_not")
def we_do_not(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'we do not accept checks', 'our hotel does not allow pets', 'not eligible for a refund'."""
    found = []
    services = ctx.words("service_verbs")
    objects = ctx.words("refusal_objects")
    found += _do_not_hyphenated(ctx)
    for tok in ctx.doc:
        if tok.pos_ not in ("VERB", "AUX") or tok.dep_ in ("aux", "auxpass") or not _negated(tok):
            continue
        dos = [c for c in tok.children if c.dep_ == "aux" and _lemma(c) == "do"]
        if not dos and _no_longer(tok) and tok.tag_ in ("VBP", "VBZ", "VB"):
            subj = _subject(tok)
            if (
                subj is not None
                and subj.i < tok.i
                and _speaker_subject(subj, ctx)
                and _lemma(tok) in services
                and not _keeps_private(tok)
            ):
                found.append((subj.i, _span_end(tok), tok))  # "we no longer offer …"
            continue
        if not dos and _refused_for_now(tok, ctx):
            found.append((_subject(tok).i, _span_end(tok), tok))  # "we're not taking bookings"
            continue
        if not dos or dos[0].tag_ == "VBD" or _conditional(tok):
            continue
        subj = _subject(tok)
        if subj is None or subj.i > tok.i:
            continue
        objs = _objects(tok)
        if _keeps_private(tok) or any(_lemma(o) in DISCLAIMED for o in objs):
            continue
        if _opens_later(tok):
            continue  # "the museum doesn't open until ten" tells the hours
        if _not_only(tok):
            continue  # "we don't just fix phones, we …"
        lemma = _lemma(tok)
        speaks = _speaker_subject(subj, ctx) or (
            subj.lower_ in ("they", "he", "she") and _reported_by_staff(tok, ctx)
        )  # "the adviser said they don't give mortgages on flats"
        if (
            speaks
            and lemma in services
            and not _amenity_missing(tok, subj, ctx)
            and not _allows_a_fitting(tok, subj, ctx)
        ):
            found.append((subj.i, _span_end(tok), tok))
            continue
        if lemma in services:
            ctx.rejected.append((subj.i, _span_end(tok)))  # "many hotels do not allow pets"
        if lemma in ("have", "need", "know"):
            continue
        targets = [*objs, *[c for c in tok.children if c.dep_ == "prep"]]
        nouns = [g for t in targets for g in t.subtree if g.pos_ == "NOUN" and g.dep_ != "compound"]
        if any(_lemma(n) in REFUND_NOUNS for n in nouns) and not any(
            _lemma(n) in objects and n.lower_ in ("need",) for n in nouns
        ):
            found.append((dos[0].i, _span_end(tok), tok))
    return found


def _amenity_missing(verb: Any, subj: Any, ctx: SentenceContext) -> bool:
    """'The stadium does not have a roof', 'the lounge doesn't have showers': a place said to
    lack a thing describes it; 'our hotel does not have parking' or 'the clinic doesn't have
    appointments today' refuse something a customer asks for (a refusal object or a request
    noun). 'We don't have …' is ours to say either way."""
    if _lemma(verb) != "have" or subj.lower_ in FIRST_PERSON:
        return False
    wanted = ctx.words("refusal_objects") | ctx.words("request_nouns") | AVAILABLE_SERVICES
    return not any(_lemma(o) in wanted or o.lower_ in wanted for o in _objects(verb))


# 'We don't just fix phones', 'we don't only do weddings', 'Not only do we offer …': the
# first half of 'not only … but also', which refuses nobody. 'We don't just refund anyone'
# and 'we just don't take cheques' still refuse.
NOT_ONLY = frozenset("just only simply merely".split())
ANYONE = frozenset("anyone anybody everyone everybody anything".split())


def _not_only(verb: Any) -> bool:
    doc = verb.doc
    for neg in (c for c in verb.children if c.dep_ == "neg" or c.lower_ in NEGATIONS):
        if neg.i + 1 >= len(doc) or doc[neg.i + 1].lower_ not in NOT_ONLY:
            continue
        if any(c.dep_ == "dobj" and c.lower_ in ANYONE for c in verb.children):
            return False
        return _second_half(doc[verb.i + 1 :])
    return False


def _second_half(rest: Any) -> bool:
    """The 'but also' of a 'not just': '… too', '… as well', 'but …', or a clause of what we
    do after a comma ('…, we recycle them'); 'We don't just give refunds to people who ask'
    has none and refuses."""
    words = [t.lower_ for t in rest]
    if any(w in ("also", "too", "but") for w in words) or " as well" in " " + " ".join(words):
        return True
    return any(
        t.dep_ == "nsubj"
        and t.lower_ in STAFF_PRONOUNS
        and t.doc[t.i - 1].text in (",", ";")
        and not _negated(t.head)
        for t in rest
    )  # "We don't simply repair phones, we recycle them."


def _allows_a_fitting(verb: Any, subj: Any, ctx: SentenceContext) -> bool:
    """'The arena does not allow the roof to be opened in winter': a place that does not let
    a part of itself be worked refuses the customer nothing. What is (not) allowed is the
    subject of a clause under 'allow'; it refuses only a person or a thing of the customer
    ('the hotel does not allow pets to be left alone') or an act the customer does ('the
    gym does not allow the sauna to be used after 9'). A plain object ('does not allow
    flowers') is left to the caller."""
    if _lemma(verb) not in ("allow", "permit", "let") or subj.lower_ in FIRST_PERSON:
        return False
    wanted = (
        ctx.words("refusal_objects")
        | ctx.words("customer_things")
        | ctx.words("audience_nouns")
        | ctx.words("request_nouns")
    )
    acts = ctx.words("prohibited_actions") | ACCESS_VERBS | {"use"}
    for clause in verb.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        thing = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if thing is None or thing.i > clause.i:
            continue
        if thing.lower_ in RECIPIENTS | REPORTED_PEOPLE or thing.ent_type_ == "PERSON":
            return False
        ours = _lemma(thing) in wanted or thing.lower_ in wanted
        return not (ours or _lemma(clause) in acts)
    return False


def _refused_for_now(verb: Any, ctx: SentenceContext) -> bool:
    """'We're not taking bookings', 'the clinic is not accepting new patients': a service we
    refuse in the present progressive, as 'we do not take bookings' refuses it for good.
    Only the present: 'we weren't serving' tells of a past night; and as in 'we do not',
    a promise to keep the customer's data private is no refusal."""
    if verb.tag_ != "VBG" or _lemma(verb) not in ctx.words("service_verbs"):
        return False
    if _lemma(verb) in STATUS_VERBS and not any(
        _lemma(o) in TAKEN_SERVICES for o in _objects(verb)
    ):
        return False  # "we're not having any problems" (but "not taking bookings")
    be = [c for c in verb.children if c.dep_ == "aux" and _lemma(c) == "be"]
    if not be or be[0].tag_ not in ("VBP", "VBZ") or _conditional(verb):
        return False
    if any(c.dep_ == "prt" for c in verb.children) or _keeps_private(verb):
        return False  # "we're not giving up on your case"
    if any(c.lower_ in ("your", "yours") for o in _objects(verb) for c in o.subtree):
        return False  # "don't worry, we're not cancelling your booking" reassures
    subj = _subject(verb)
    return subj is not None and subj.i < verb.i and _speaker_subject(subj, ctx)


# Service verbs that in the present progressive tell how work is going, not what is
# refused: "we're not having problems", "I'm not taking any chances", "we're not checking
# the return value", "we're not making promises".
STATUS_VERBS = frozenset("have make take check give get keep see".split())
# What such a verb still refuses as a service: "we're not taking bookings", "not seeing
# walk-ins", "not giving refunds".
TAKEN_SERVICES = frozenset(
    "booking reservation order payment cash card cheque call appointment walk-in patient "
    "customer guest referral return deposit refund exchange request application".split()
)


def _no_longer(tok: Any) -> bool:
    return any(
        c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children) for c in tok.children
    )


def _do_not_hyphenated(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'we don't price-match', 'we do not gift-wrap': the parser reads these verbs as nouns."""
    doc = ctx.doc
    services = ctx.words("service_verbs")
    found = []
    for tok in doc[1:]:
        if tok.i + 5 > len(doc):
            break
        if tok.lower_ not in ("do", "does") or doc[tok.i + 1].lower_ not in NEGATIONS:
            continue
        second = _hyphenated_service(doc, tok.i + 2, services)
        if second is None:
            continue
        subj = doc[tok.i - 1]
        if subj.lower_ in FIRST_PERSON or _is_org_subject(subj, ctx):
            found.append((subj.i, second.i + 1, second))
    return found


DISCLAIMED = frozenset("liability responsibility obligation obligations blame".split())
