"""The passive shapes: `passive_refusal` ('refunds are not accepted', '… is not available')
and `non_adjective` ('the fare is non-refundable'), with the tests of what is refused and by
whom."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import (
    COSTS,
    FIRST_PERSON,
    NEGATIONS,
    PRICE_WORDS,
    PRICED,
    PRIVATE,
    REPORTED_PEOPLE,
    SAYING,
    UNTIL,
)
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import (
    _asked_by_the_customer,
    _audience,
    _is_org_subject,
    _staff,
)
from custlint.engine.kinds.refusal.syntax import _conditional, _lemma, _negated, _span_end, _subject
from custlint.engine.kinds.refusal.wanted import _service_noun


def _classified(verb: Any) -> bool:
    """'Changes are not considered a breach', 'are not considered as deviations': a definition
    of what something counts as, not a refusal ('late entries will not be considered' is)."""
    if _lemma(verb) != "consider":
        return False
    return any(
        c.dep_ in ("oprd", "dobj", "attr", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def _priced(verb: Any) -> bool:
    """'City tax is not included in the rate', 'texts to short codes are not included in
    your allowance', 'the kettle is not included in the room': what a price covers or a
    room holds, told so the customer knows what they get; it refuses nothing the customer
    asked for ('No, the spa isn't included' answers one who asked)."""
    if _lemma(verb) != "include":
        return False
    return any(
        _lemma(o) in PRICED
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ in ("in", "within")
        for o in p.children
        if o.dep_ == "pobj"
    )


@shape("passive_refusal")
def passive_refusal(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'refunds will not be issued', 'sale items cannot be returned'."""
    found = _refused_adjectives(ctx) + _refused_signs(ctx) + _unavailable_services(ctx)
    participles = ctx.words("refused_participles")
    requested = ctx.words("requested_participles")
    technical = ctx.words("technical_subjects")
    for tok in ctx.doc:
        if tok.tag_ != "VBN":
            continue
        forms = _participle_forms(tok)
        if not (forms & participles or (forms & requested and _customers_thing(tok, ctx))):
            continue
        if _lemma(tok) == "see" and not _seen_person(tok, ctx):
            continue  # "patients cannot be seen without a referral"; "the road can't be seen"
        if not any(c.dep_ == "auxpass" for c in tok.children) or not _negated(tok):
            continue
        if any(c.lower_ in ("responsible", "liable", "accountable") for c in tok.children):
            subj = _subject(tok)
            first = subj.i if subj is not None and subj.i < tok.i else tok.i
            ctx.rejected.append((first, _span_end(tok)))  # "the bank cannot be held liable"
            continue  # "you will not be held responsible" is good news
        if _classified(tok) or _priced(tok):
            continue
        auxes = [c for c in tok.children if c.dep_ == "aux"]
        passive_be = [c for c in tok.children if c.dep_ == "auxpass"]
        modal = {_lemma(a) for a in auxes} & {"can", "will", "shall", "may", "must"}
        present = passive_be and passive_be[0].tag_ in ("VBZ", "VBP") and not auxes
        ruled = (
            [a.lower_ for a in auxes] == ["to"]
            and tok.dep_ == "xcomp"
            and _lemma(tok.head) == "be"
            and tok.head.tag_ in ("VBZ", "VBP")
        )  # "keys are not to be lent"
        if not (modal or present or ruled):
            continue
        if present and not modal and tok.dep_ == "relcl":
            continue  # "orders that are not collected within 7 days are refunded": a condition
        if (
            present
            and not modal
            and any(
                t.dep_ in ("nsubj", "nsubjpass", "expl")
                for t in ctx.doc[passive_be[0].i + 1 : tok.i]
            )
        ):
            continue  # "Are dogs not allowed in the pool?": asked (and the rule's trigger
            # patterns, 'is not'/'not be', never see an inverted present passive)
        if ruled:
            auxes = [tok.head]
        elif not auxes:
            auxes = passive_be
        if _conditional(tok):
            continue
        subj = _subject(tok)
        if subj is not None and (
            ((_lemma(subj) in technical or subj.lower_ in technical) and not _in_hand(subj))
            or (subj.lower_ == "you" and not _participle_forms(tok) & TURNED_AWAY)
            or subj.lower_ == "i"
            or (_lemma(subj) in PRIVATE and not _participle_forms(tok) & MOVED_DETAILS)
            or (
                _lemma(tok) == "increase"
                and (_lemma(subj) in COSTS or not any(c.lower_ == "your" for c in subj.children))
            )  # "your limit cannot be increased"; "the recursion limit" is code
            or _staff(subj, ctx)
        ):
            ctx.rejected.append((min(subj.i, *(a.i for a in auxes)), tok.i + 1))
            continue  # "your details will not be shared", "your price will not be
            # increased" are promises
        if subj is not None and any(c.lower_ == "no" for c in subj.children):
            continue  # "No refunds will be issued" is the no-object shape
        if subj is not None and _asked_by_the_customer(tok, subj):
            continue  # "Are we not allowed to use the pool?" asks
        found.append((min(a.i for a in auxes), tok.i + 1, tok))
    return found


def _customers_thing(tok: Any, ctx: SentenceContext) -> bool:
    """The passive subject of a request participle is a thing the customer holds or asks for
    (`customer_things`: 'accounts cannot be closed by phone', 'memberships cannot be frozen')
    or one of theirs ('your appointment can't be moved'); 'the door can't be closed' and
    'the meeting can't be moved' refuse nobody a thing of theirs."""
    subj = _subject(tok)
    if subj is None or subj.i > tok.i:
        return False
    yours = any(c.dep_ == "poss" and c.lower_ == "your" for c in subj.children)
    if _physical_reason(tok, ctx):
        return False  # "the cake can't be moved until it has cooled"
    things = ctx.words("customer_things")
    if not (_lemma(subj) in things or subj.lower_ in things):
        return yours
    if _lemma(subj) in HANDLED_THINGS or subj.lower_ in HANDLED_THINGS:
        # "your seat can't be moved", "tickets can't be closed"; 'the ticket cannot be
        # closed until QA signs off' and 'the order cannot be reassigned to another worker
        # thread' are a workshop's or a program's
        generic = subj.tag_ == "NNS" and not any(
            c.dep_ in ("det", "poss") and c.lower_ not in ("all", "any") for c in subj.children
        )
        return yours or generic
    return True


# Customer things that are also objects of a workshop, a kitchen or a program: a request
# participle refuses one only as 'your …' or a generic plural.
HANDLED_THINGS = frozenset(
    "ticket tickets order orders session sessions cake cakes seat seats balance balances "
    "table tables room rooms cabin cabins berth pitch locker lockers car cars key keys tyre "
    "tyres tire tires item items package packages card cards pass passes point points class "
    "classes gift gifts hamper hampers meal meals tab tabs statement statements bill bills "
    "policy policies plan plans sim repair repairs".split()
)
# What a thing waits on in a reason clause when the reason is physical or technical: 'until
# it has cooled', 'because the rail is broken', 'while the ledger is locking'.
PHYSICAL_STATES = frozenset(
    "cool set dry break broken lock locking locked crash freeze frozen heat warm charge "
    "load sync compile build deploy restart reboot".split()
)


def _physical_reason(tok: Any, ctx: SentenceContext) -> bool:
    technical = ctx.words("technical_subjects")
    for clause in tok.children:
        if clause.dep_ != "advcl":
            continue
        if not any(
            c.dep_ == "mark" and c.lower_ in UNTIL | {"because", "while", "as"}
            for c in clause.children
        ):
            continue
        subj = _subject(clause)
        words = {clause.lower_, _lemma(clause)} | {
            c.lower_ for c in clause.children if c.dep_ in ("acomp", "attr", "prt")
        }
        if words & PHYSICAL_STATES:
            return True
        if subj is not None and (
            subj.lower_ == "it" or _lemma(subj) in technical or subj.lower_ in technical
        ):
            return True
    return False


def _seen_person(tok: Any, ctx: SentenceContext) -> bool:
    """'Seen' refuses a person an appointment ('walk-ins cannot be seen after 6', 'patients
    without a referral can't be seen'), never a thing out of sight ('the road can't be seen
    from here')."""
    subj = _subject(tok)
    if subj is None:
        return True  # "cannot be seen without an appointment": whoever it is, a person
    return (
        _audience(subj, ctx)
        or subj.lower_ in REPORTED_PEOPLE
        or subj.ent_type_ == "PERSON"
        or _walk_ins(subj)
    )


WALK_INS = frozenset("walk-in walk-ins walkin walkins".split())


def _walk_ins(subj: Any) -> bool:
    """'walk-ins' (which the tokenizer may cut at the '-'), 'walkins'; not 'walkway' or
    'walking'."""
    doc = subj.doc
    for t in subj.subtree:
        if t.lower_ in WALK_INS:
            return True
        if (
            t.lower_ == "walk"
            and t.i + 2 < len(doc)
            and doc[t.i + 1].text == "-"
            and doc[t.i + 2].lower_ in ("in", "ins")
        ):
            return True
    return False


# What a customer is refused in the passive, said to them: "you will not be admitted after
# the doors close", "you won't be seated until …", "you will not be refunded". Other
# participles with 'you' are promises: "you will not be charged", "you won't be billed".
TURNED_AWAY = frozenset(
    "admit readmit seat serve board refund reimburse compensate rebook upgrade".split()
)


# What we refuse to do with the customer's own details, where other participles promise
# privacy: "your number cannot be ported", "your address can't be changed online" (but
# "your number will not be shared").
MOVED_DETAILS = frozenset("port amend change transfer".split())


# What makes a technical-sounding noun a thing the customer holds: a room key, a licence
# key, lost property.
IN_HAND = frozenset("room locker car door gate house hotel spare licence license lost".split())


def _in_hand(noun: Any) -> bool:
    """'Room keys are not to be lent', 'lost property will not be kept': 'key' and
    'property' are technical subjects ('keys cannot be null'), but a modifier that puts
    them in the customer's hand makes the rule one about the customer's things."""
    return any(c.dep_ in ("compound", "amod") and c.lower_ in IN_HAND for c in noun.children)


def _participle_forms(tok: Any) -> set[str]:
    """The lemma and the stem of a participle: the lemmatizer misreads 'rebooked' as 'rebooke'."""
    low = tok.lower_
    forms = {_lemma(tok), low}
    if low.endswith("ed"):
        forms |= {low[:-2], low[:-1]}
        if len(low) > 4 and low[-3] == low[-4]:
            forms.add(low[:-3])  # "transferred" -> "transfer"
    return forms


def _refused_adjectives(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'Tickets are not transferable', 'annual plans are not refundable'."""
    doc = ctx.doc
    adjectives = ctx.words("refused_adjectives")
    technical = ctx.words("technical_subjects")
    participles = ctx.words("refused_participles")
    found = []
    for tok in doc[2:]:
        if tok.lower_ not in adjectives:
            continue
        if tok.tag_ == "VBN" and _participle_forms(tok) & participles:
            continue  # "are not accepted" is the passive's
        neg, be = doc[tok.i - 1], doc[tok.i - 2]
        if neg.lower_ not in NEGATIONS or _lemma(be) != "be" or be.tag_ not in ("VBZ", "VBP"):
            continue
        subj = _subject(be) or _subject(tok)
        if subj is None or subj.i > be.i:
            continue
        # "you are not eligible for a refund": an adjective with a complement says what
        # the customer is refused
        addressed = subj.lower_ == "you" and any(
            c.dep_ in ("prep", "xcomp") and c.i == tok.i + 1 for c in tok.children
        )
        if _lemma(subj) in technical or (
            subj.lower_ in technical | FIRST_PERSON | {"you", "it"} and not addressed
        ):
            continue
        if _conditional(be) or any(c.lower_ == "no" for c in subj.children) or _staff(subj, ctx):
            continue
        found.append((be.i, tok.i + 1, tok))
    return found


# 'Tickets are non-transferable', 'the deposit is non-refundable': a refused
# adjective with 'non-' (`non_adjectives`, the list the rule's trigger pattern reads too)
# said in the present of what we sell refuses as 'not refundable' does; 'the coating is
# non-toxic' (not in the list), 'was non-refundable' (a past told), 'Is the deposit
# non-refundable?' (asked), 'my pension is non-transferable' (someone's own), 'they say
# the fares are non-refundable' (told by others) and 'honesty is non-negotiable' (not a
# price) refuse nobody.
OWNERS = frozenset("my his her their".split())
NEGOTIATED = PRICE_WORDS | COSTS | frozenset("term terms deposit offer deal".split())


def _owned_by_someone(noun: Any) -> bool:
    """'my pension', 'their fares', "my grandmother's pension": a thing of the writer or of
    someone else, not one we sell ('your ticket' and 'our fares' are)."""
    node = noun
    for _ in range(3):
        poss = next((c for c in node.children if c.dep_ == "poss"), None)
        if poss is None:
            return False
        if poss.lower_ in OWNERS:
            return True
        node = poss
    return False


def _told_by_others(verb: Any, ctx: SentenceContext) -> bool:
    """'They say the flights are non-refundable', '…, she told me': the clause reported
    from a teller who is not us ('we', 'I', our hotel, our staff)."""
    says = []
    if verb.dep_ in ("ccomp", "parataxis") and _lemma(verb.head) in SAYING:
        says.append(verb.head)
    says += [c for c in verb.children if c.dep_ in ("parataxis", "ccomp") and _lemma(c) in SAYING]
    for say in says:
        teller = _subject(say)
        if teller is None or teller.lower_ in ("we", "us", "i"):
            continue
        if _is_org_subject(teller, ctx) or _staff(teller, ctx):
            continue
        return True
    return False


@shape("non_adjective")
def non_adjective(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    doc = ctx.doc
    if doc.text.rstrip(" \t\n\"”'’").endswith("?"):
        return []
    adjectives = ctx.words("non_adjectives")
    technical = ctx.words("technical_subjects")
    found = []
    for tok in doc:
        if tok.lower_ != "non" or tok.i + 2 >= len(doc) or doc[tok.i + 1].text != "-":
            continue
        adj = doc[tok.i + 2]
        if adj.lower_ not in adjectives or tok.whitespace_ or doc[tok.i + 1].whitespace_:
            continue
        be = next(
            (h for h in (tok.head, adj.head) if _lemma(h) == "be" and h.i < tok.i),
            None,
        )
        if be is None or be.tag_ not in ("VBZ", "VBP") or _negated(be) or _conditional(be):
            continue
        if any(c.dep_ == "mark" and c.lower_ in ("because", "as", "since") for c in be.children):
            continue  # "… has been denied because the fare is non-refundable": the reason
        subj = _subject(be)
        if subj is None or subj.i > be.i or subj.lower_ in REPORTED_PEOPLE:
            continue
        if _lemma(subj) in technical or subj.lower_ in technical:
            continue
        if _owned_by_someone(subj) or _told_by_others(be, ctx):
            continue  # "my pension is non-transferable", "they say fares are non-refundable"
        if adj.lower_ == "negotiable" and not (
            _lemma(subj) in NEGOTIATED or subj.lower_ in NEGOTIATED
        ):
            continue  # "honesty is non-negotiable"; "the price is non-negotiable" refuses
        found.append((be.i, adj.i + 1, adj))
    return found


# What keeps a service from being offered for a while, not as our rule: "Room service is not
# available during the refurbishment", "… due to maintenance".
OUTAGE_PREPS = frozenset("during due because".split())

# What the customer holds or buys, on which a service may not be offered: "roaming isn't
# available on the basic plan", "cash advances are not available on this card".
PLANS = frozenset(
    "plan card fare ticket tariff contract account package rate membership subscription "
    "tier voucher pass bundle deal offer promotion policy".split()
)


def _on_a_plan(available: Any, subj: Any, ctx: SentenceContext) -> bool:
    """'International roaming isn't available on the basic plan', 'that option isn't
    available on the free plan', 'cash advances are not available with this card': whatever
    the thing, not available on what the customer holds is a service refused them. A
    person ('Dr Patel is not available on Fridays') or our people are never one."""
    if _staff(subj, ctx) or subj.ent_type_ == "PERSON" or subj.lower_ in REPORTED_PEOPLE:
        return False
    if _lemma(subj) in ctx.words("technical_subjects") - {"option", "options"}:
        return False
    return any(
        p.dep_ == "prep" and p.lower_ in ("on", "with", "under") and _lemma(o) in PLANS
        for p in (*available.children, *available.head.children)
        for o in p.children
        if o.dep_ == "pobj"
    )


def _open_to_whom(open_: Any, ctx: SentenceContext) -> bool:
    """'Not open to under-16s', 'isn't open to non-members', 'not open to dogs': a place
    shut to some of the people we serve; 'not open to the public until May' or 'not open
    yet' tell the date it opens."""
    for p in (*open_.children, *open_.head.children):
        if p.dep_ != "prep" or p.lower_ != "to":
            continue
        for o in p.children:
            if o.dep_ == "pobj" and (_audience(o, ctx) or o.lower_.startswith(("non-", "under-"))):
                return True
    return False


def _unavailable_services(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'Refunds are not available after 30 days', 'Late checkout isn't available this
    weekend', 'Cash withdrawals are no longer available at this branch': a service the
    customer wants, said in the present to be not available. Not a service that is not
    available yet, or for a while ('during the refurbishment'), nor one in a condition
    ('if early check-in is not available, …')."""
    found = []
    for tok in ctx.doc:
        if tok.lower_ == "open" and tok.dep_ == "acomp" and _open_to_whom(tok, ctx):
            be = tok.head
            if be.tag_ in ("VBZ", "VBP") and _negated(be) and not _conditional(be):
                found.append((be.i, tok.i + 1, tok))  # "the spa is not open to under-16s"
            continue
        if tok.lower_ != "available" or tok.dep_ != "acomp":
            continue
        be = tok.head
        if _lemma(be) != "be" or be.tag_ not in ("VBZ", "VBP"):
            continue
        if not _negated(be) or _conditional(be):
            continue
        if any(c.dep_ == "aux" for c in be.children):
            continue  # "will not be available": a date, not our rule
        subj = _subject(be)
        if subj is None or subj.i > be.i:
            continue
        if not (_service_noun(subj, ctx) or _on_a_plan(tok, subj, ctx)):
            continue
        if any(c.lower_ in ("yet", "anymore", "now") for c in (*be.children, *tok.children)):
            continue  # "not available right now": for a while
        if any(
            c.dep_ == "prep" and c.lower_ in OUTAGE_PREPS for c in (*be.children, *tok.children)
        ):
            continue
        if any(c.lower_ == "no" for c in subj.children):
            continue  # "No refunds are available" is the no-object shape
        found.append((be.i, tok.i + 1, tok))
    return found


def _refused_signs(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """A sign without a verb: 'Cash not accepted', 'Pets not permitted beyond this point'."""
    doc = ctx.doc
    participles = ctx.words("refused_participles")
    found = []
    if doc.text.rstrip().endswith("?"):
        return found  # "Dinner not included in the price?" asks
    for tok in doc[2:]:
        if tok.tag_ != "VBN" or not (_participle_forms(tok) & participles):
            continue
        neg, noun = doc[tok.i - 1], doc[tok.i - 2]
        if neg.lower_ != "not" or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
            continue
        if any(t.pos_ in ("VERB", "AUX") and t.i != tok.i for t in doc):
            continue  # a full sentence: "the cash we had not accepted …"
        if noun.left_edge.i != next((t.i for t in doc if not t.is_punct), 0):
            continue
        found.append((noun.left_edge.i, tok.i + 1, tok))
    return found
