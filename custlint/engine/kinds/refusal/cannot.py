"""The `first_person_cannot` shape: 'we cannot …', 'we are unable to …', 'you can't …', and
the tests that tell its refusals from promises, capacities and plans."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import (
    CONDITIONAL_MARKS,
    COSTS,
    FIRST_PERSON,
    NEGATIONS,
    PRICED,
    RECIPIENTS,
    REPORTED_PEOPLE,
    STAFF_REFUSERS,
    STAFF_ROLES,
)
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import (
    _asked_by_the_customer,
    _audience,
    _located_by_code,
    _reported_by_staff,
    _speaker_subject,
)
from custlint.engine.kinds.refusal.syntax import (
    _aux_lemmas,
    _conditional,
    _hyphenated_service,
    _lemma,
    _negated,
    _objects,
    _span_end,
    _subject,
    _through_be_able,
)
from custlint.engine.kinds.refusal.vetoes import _keeps_private, _long_ago, _opens_later
from custlint.engine.kinds.refusal.wanted import _haggled, _something_wanted


@shape("first_person_cannot")
def first_person_cannot(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'we cannot …', 'we are unable to …', 'I'm not going to …', 'you can't …'."""
    found = []
    harmless = ctx.words("harmless_verbs")
    for tok in ctx.doc:
        verb = _refused_verb(tok)
        if verb is None:
            continue
        subj = _subject(tok)
        if subj is None and tok.lower_ == "position":
            subj = _subject(tok.head.head)  # "we are not in a position to …"
        elided = _elided_speaker(tok, verb, subj, ctx)
        if elided is not None:
            found.append((elided, _span_end(verb), verb))  # "Sorry, can't seat you till …"
            continue
        if subj is None or subj.i > tok.i:
            continue
        if _asked_by_the_customer(tok, subj):
            ctx.rejected.append((subj.i, _span_end(verb)))
            continue  # "Am I not allowed to bring my own wine?"
        auxes = _aux_lemmas(tok)
        turned_down = (subj.i, _span_end(verb))
        told = (subj.lower_ in REPORTED_PEOPLE or _audience(subj, ctx)) and _reported_by_staff(
            tok, ctx
        )  # "the engineer said the cable couldn't carry it" reports a fact, not a refusal
        if told and not _something_wanted(verb, ctx):
            ctx.rejected.append(turned_down)
            continue  # "the pilot said we couldn't land because of fog": circumstances
        reported = told
        backshifted = reported and not auxes & {"did", "might", "should"}
        if auxes & {"could", "would", "did", "might", "should"} and not backshifted:
            ctx.rejected.append(turned_down)
            continue
        if auxes & {"have", "has", "had", "'ve", "’ve"} and tok.lower_ in ("able", "unable"):
            ctx.rejected.append(turned_down)
            continue  # "we haven't been able to reach you": attempts so far, not a refusal
        if verb.tag_ == "VBN" and "have" in auxes and auxes & PERFECT_MODALS:
            ctx.rejected.append(turned_down)
            continue  # "we couldn't have picked a better week": what might have been;
            # "we won't have finished by Friday", "you can't have missed it": when work
            # will be done, or what must be so, refuse nobody
        if auxes & {"may", "must"} and subj.lower_ in FIRST_PERSON:
            ctx.rejected.append(turned_down)
            continue  # "we may not be able to": a hedge, not a refusal
        if any(c.lower_ == "yet" for c in (*tok.children, *verb.children)):
            ctx.rejected.append(turned_down)
            continue  # "I can't reproduce it yet": it will happen
        if _conditional(tok) or _conditional(verb):
            ctx.rejected.append(turned_down)
            continue
        if tok.lower_ in ("allowed", "permitted") and _long_ago(tok, subj):
            ctx.rejected.append(turned_down)
            continue  # "in the old days passengers were not allowed to bring two bags"
        lemma = _lemma(verb)
        if lemma == "be":
            ctx.rejected.append(turned_down)
            continue  # "we shall not be liable": a disclaimer, not a refusal of service
        if _reported_as_never_said(tok):
            continue  # "you will never hear us say 'you can't do that'"
        if _spares_you(verb) or _a_plan(verb) or _opens_later(verb):
            ctx.rejected.append(turned_down)
            continue  # "we won't keep you waiting long", "I can't make it to the meeting",
            # "we won't open until ten"
        if _own_rota(verb, subj):
            ctx.rejected.append(turned_down)
            continue  # "I can't do Tuesday's night shift": my own rota
        if (_keeps_private(verb) and not _withheld(verb, auxes, tok)) or _spares_cost(verb):
            ctx.rejected.append(turned_down)
            continue  # "we will not share your details" is a promise
        helps = lemma == "help" and any(
            c.dep_ == "dobj" and c.lower_ in ("you", "it") for c in verb.children
        )
        causes = lemma == "have" and any(
            c.dep_ in ("ccomp", "xcomp") and c.tag_ in ("VB", "VBG") for c in verb.children
        )  # "I can't have you smoking in here"; "she couldn't have the results ready" tells
        # how our own work goes
        mine = any(c.dep_ == "poss" and c.lower_ == "my" for c in subj.children)
        gets = (
            lemma == "have"
            and not mine  # "my kids can't have nuts": the writer's own, not a refusal
            and (
                subj.lower_ == "you"
                or _audience(subj, ctx)
                or _located_by_code(subj)
                or (backshifted and subj.lower_ in ("we", "i"))
            )
            and (auxes & {"can", "ca", "may"} or (backshifted and "could" in auxes))
            and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in verb.children)
        )  # "you can't have a refund", "the manager said we couldn't have the cot"
        goes = (
            lemma in ("go", "come")
            and not mine
            and (_audience(subj, ctx) or _lemma(subj) in ctx.words("refusal_objects"))
            and auxes & {"can", "ca", "may", "must"}
            and any(c.dep_ == "prep" and c.lower_ in PLACE_PREPS for c in verb.children)
        )  # "the stroller can't go in the cabin", "dogs may not come into the dining room"
        able = tok.lower_ in ("able", "unable") or any(
            c.dep_ == "acomp" and c.lower_ in ("able", "unable") for c in tok.children
        )
        if _capacity(verb, subj):
            ctx.rejected.append(turned_down)
            continue  # "table 4 can't fit eight chairs": what a thing holds
        withheld = (
            lemma in ctx.words("harmless_verbs")
            and _withheld(verb, auxes, tok)
            and _someones_details(verb, ctx)
        )
        staff = not reported and _staff_refuses(subj, verb, auxes, ctx)
        if staff:
            pass  # "the doctor won't refer you", "the pharmacist can't give you two packs"
        elif helps or causes or gets or goes or withheld or _haggled(verb) or _moves_you(verb):
            pass  # "I can't help you", "I can't have anyone hang out here", "we can't go
            # below £40", "we cannot disclose test results to relatives"
        elif lemma in SERVICE_WHEN_ABLE and (
            able or any(c.dep_ in ("prt", "advmod") and c.lower_ == "back" for c in verb.children)
        ):
            pass  # "we won't be able to call you", "we won't ring back": a service refused
        elif _held_for_a_paper(verb):
            pass  # "we can't see you without a referral"
        elif lemma in harmless:
            ctx.rejected.append(turned_down)
            continue
        if reported or staff:
            pass  # "they told me I couldn't use two vouchers": who refused is the teller
        elif subj.lower_ == "i" and any(t.lower_ == "able" for t in ctx.doc[subj.i : verb.i]):
            ctx.rejected.append(turned_down)
            continue  # "I won't be able to …": my own inability, told to a colleague
        elif subj.lower_ == "you" or _audience(subj, ctx) or gets or goes:
            if not (
                auxes & {"can", "ca", "may", "must"}
                or tok.lower_ in ("allowed", "permitted", "able", "ca", "can")
            ):
                ctx.rejected.append(turned_down)
                continue
        elif not _speaker_subject(subj, ctx):
            ctx.rejected.append(turned_down)  # a third party: "the airport cannot …"
            continue
        negs = [c.i + 1 for c in tok.children if c.dep_ == "neg" or c.lower_ in NEGATIONS]
        if gets:
            # "table 4 can't have the terrace": what is refused is the thing, and a person
            # named by a noun is the locator's finding, so the span runs modal to thing
            thing = next(c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN")
            first = (
                subj.i
                if subj.pos_ == "PRON"
                else min((c.i for c in verb.children if c.dep_ == "aux"), default=subj.i)
            )
            found.append((first, thing.i + 1, verb))
            continue
        end = max([_span_end(verb), *negs])
        if _moves_you(verb):
            end = max(end, next(c.i for c in verb.children if c.dep_ == "dobj") + 2)
        found.append((subj.i, end, verb))  # "I can't sign you off"
    return found + _unable_hyphenated(ctx)


# Promises in which 'you' is spared a wait or a failure: "we won't keep you (waiting) long",
# "we won't hold you up", "we won't let you down" (verb, and the word that makes it one).
SPARING = {"keep": frozenset(("long", "waiting")), "hold": frozenset(("up",))}
SPARING["let"] = frozenset(("down",))

# What one attends, not serves: "I can't make the 3 pm call", "can't make the meeting".
ENGAGEMENTS = frozenset(
    "meeting call appointment session class party wedding date event dinner lunch "
    "rehearsal training briefing interview shift match game show".split()
)


def _spares_you(verb: Any) -> bool:
    """'We won't keep you waiting long', 'we won't keep you long', 'we won't hold you up',
    'we won't let you down': a promise to the customer, whose object is 'you' and whose
    particle or complement ('up', 'down', 'long', 'waiting') spares them. 'We won't keep
    your bag overnight' and 'we can't let you board' still refuse."""
    words = SPARING.get(_lemma(verb))
    you = any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children)
    if you and _lemma(verb) in ("rush", "hurry"):
        return True  # "we won't rush you" (but "we can't rush your order" refuses)
    if words is None or not you:
        return False
    return any(
        c.dep_ in ("prt", "advmod", "oprd", "xcomp", "acomp") and c.lower_ in words
        for c in verb.children
    )


def _a_plan(verb: Any) -> bool:
    """'I can't make it to the meeting', 'we can't make the 3 pm call': whether we get to
    something, not a service refused; 'it' or an engagement as the only object, with
    nothing made of it ('we can't make it any cheaper', 'make an exception' refuse)."""
    if _lemma(verb) != "make":
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd", "ccomp", "xcomp")]
    if len(objects) != 1 or objects[0].dep_ != "dobj":
        return False
    thing = objects[0]
    if any(c.dep_ in ("advmod", "acomp") for c in verb.children):
        return False
    return thing.lower_ == "it" or _lemma(thing) in ENGAGEMENTS


# What a clinician or an engineer does for the customer in person: "won't refer you",
# "can't prescribe it", "won't connect the dryer".
CLINICAL = frozenset("refer prescribe discharge treat operate examine sign connect fit".split())


def _staff_refuses(subj: Any, verb: Any, auxes: set[str], ctx: SentenceContext) -> bool:
    """'The doctor won't refer you to a specialist', 'the GP won't prescribe antibiotics',
    'the engineer won't install the router without ID', 'the doctor can't see you until
    Friday': one of our people named by role ('the', 'our' or 'your' doctor) refusing, with
    'can't' or 'won't', a service done to the customer or to a thing. 'My doctor won't let
    me' is the writer's own; 'the nurse won't forget' and 'the doctor won't be long' refuse
    nobody (harmless verbs and 'be' never reach here as a service)."""
    if _lemma(subj) not in STAFF_REFUSERS and subj.lower_ not in STAFF_REFUSERS:
        return False
    if not any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "our", "your") for c in subj.children
    ):
        return False
    if any(c.dep_ == "compound" and _lemma(c) not in STAFF_ROLES for c in subj.children):
        return False  # "the context manager won't release the lock" is code
    if not auxes & {"can", "ca", "will", "wo"} or auxes & {"could", "would"}:
        return False
    lemma = _lemma(verb)
    you = any(c.dep_ in ("dobj", "dative") and c.lower_ == "you" for c in verb.children)
    if lemma == "see":
        return you or any(
            c.dep_ == "dobj" and _audience(c, ctx) for c in verb.children
        )  # "the doctor can't see you until Friday", "won't see patients without a referral"
    if lemma in ctx.words("harmless_verbs"):
        return you and lemma == "sell"  # "the pharmacist can't sell you two packs"
    if lemma == "let":
        whom = [c for c in verb.children if c.dep_ == "dobj"] + [
            g
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp")
            for g in c.children
            if g.dep_ == "nsubj"
        ]
        return any(w.lower_ == "you" or _audience(w, ctx) for w in whom)
        # "the receptionist won't let you upstairs", "won't let visitors in after eight"
    if lemma in LIGHT_VERBS - {"give"}:
        things = ctx.words("refusal_objects") | ctx.words("request_nouns")
        return any(_lemma(o) in things for o in _objects(verb))  # "won't make substitutions"
    if lemma in CLINICAL:
        return True
    return lemma in ctx.words("service_verbs") and bool(_objects(verb))


PERFECT_MODALS = frozenset("could would should will wo can ca shall".split())
# Verbs of how much a thing holds: "table 4 can't fit eight chairs", "the room can't sleep
# five", "the van can't take the sofa".
CAPACITY = frozenset("fit seat sleep hold take accommodate carry".split())


def _capacity(verb: Any, subj: Any) -> bool:
    """What a table, room or vehicle holds is its size, not a refusal: the subject is a
    thing that holds ('table 4', 'the van'), not a person, and the verb one of holding.
    'Passengers can't carry more than two bags' and 'we can't seat ten' still refuse."""
    return _lemma(verb) in CAPACITY and _lemma(subj) in HOLDERS


HOLDERS = frozenset(
    "table room van car lift elevator bus boat cabin bin locker suite tent bag case".split()
)
# Particles that make a verb of ours a service done to the customer: "sign you off",
# "put you through", "fit you in".
SERVICE_PARTICLES = frozenset("off in through up".split())


def _moves_you(verb: Any) -> bool:
    """'I can't sign you off work', 'we can't squeeze you in': a verb otherwise harmless
    ('sign', 'see') with the customer as its object and a particle of service."""
    doc = verb.doc
    you = next(
        (c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("you", "him", "her")),
        None,
    )
    if you is None or you.i + 1 >= len(doc):
        return False
    nxt = doc[you.i + 1]
    return nxt.head.i == verb.i and nxt.lower_ in SERVICE_PARTICLES and nxt.dep_ in ("prt", "prep")


# Verbs that refuse to pass on what we hold when we "can't": "we can't give out account
# details over the phone", "we cannot disclose results to relatives".
WITHHOLD = frozenset("give disclose release reveal pass send show discuss".split())
# Whom we promise never to pass data to: "we cannot share your data with third parties".
OUTSIDERS = frozenset(
    "party parties advertiser advertisers marketer marketers partner partners company "
    "companies".split()
)


def _withheld(verb: Any, auxes: set[str], modal: Any) -> bool:
    """A privacy promise ('we will never give out your details') turned into a refusal:
    'can't' or 'not allowed/able to' give out details that are not the customer's own
    ('account details', 'that information') to the customer asking. 'Won't' stays a
    promise, and so does data passed to outsiders ('third parties', 'advertisers')."""
    if _lemma(verb) not in WITHHOLD:
        return False
    if not (auxes & {"can", "ca"} or modal.lower_ in ("allowed", "permitted", "able", "unable")):
        return False
    if any(c.lower_ in ("never", "ever") for c in (*modal.children, *verb.children)):
        return False
    for o in _objects(verb):
        if any(c.lower_ in ("your", "yours", "our") for c in o.subtree):
            return False
    for p in verb.children:
        if p.dep_ in ("prep", "dative"):
            for g in p.subtree:
                if _lemma(g) in OUTSIDERS or g.lower_ in OUTSIDERS:
                    return False
                if g.lower_ == "anyone" and not any(
                    c.lower_ in ("except", "but", "other") for c in g.children
                ):
                    return False
    return True


# What is kept on a customer or patient, theirs without a word saying whose: "we cannot
# disclose test results", "we can't disclose the diagnosis over the phone".
PERSONAL_RECORDS = frozenset(
    "result results record records diagnosis prognosis notes history whereabouts "
    "balance password pin".split()
)


def _someones_details(verb: Any, ctx: SentenceContext) -> bool:
    """A refusal to disclose needs someone asking or what is someone's: a recipient
    ('we cannot disclose test results to family members', 'to you') or a customer's or
    patient's details ('the patient's diagnosis', 'her results', 'test results'). 'We
    cannot disclose the details of the merger until Friday' or 'the location of the party'
    keep a secret from nobody we serve."""
    for p in verb.children:
        if p.dep_ in ("prep", "dative") and p.lower_ == "to":
            for o in p.children:
                if o.dep_ == "pobj" and (o.lower_ in RECIPIENTS or _audience(o, ctx)):
                    return True
    for o in _objects(verb):
        for g in o.subtree:
            if g.lower_ in ("his", "her", "their") or (g is not o and _audience(g, ctx)):
                return True
        whose = [g for p in o.children if p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
        if (_lemma(o) in PERSONAL_RECORDS or o.lower_ in PERSONAL_RECORDS) and not whose:
            return True  # "test results", not "the results of the audit"
    return False


# 'We can't see you without a referral', 'I can't serve you without ID': a service held
# back until the customer brings a paper; 'I can't see you without my glasses' (the
# writer's own) and 'we couldn't have done it without you' refuse nobody.
REQUIRED_PAPERS = frozenset(
    "referral appointment id identification passport ticket booking reservation receipt "
    "prescription proof letter deposit licence license form voucher pass consent note "
    "insurance visa".split()
)


def _held_for_a_paper(verb: Any) -> bool:
    if not any(c.dep_ == "dobj" and c.lower_ == "you" for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "without":
            continue
        for thing in prep.children:
            if thing.dep_ != "pobj" or thing.lower_ not in REQUIRED_PAPERS:
                continue
            if not any(c.dep_ == "poss" and c.lower_ in ("my", "our") for c in thing.children):
                return True
    return False


# 'I can't do Tuesday's night shift', 'I can't cover the late shift': one of us about our
# own rota, to a colleague ('I can't cover nights next week', 'I can't work overtime this
# month'); 'I can't do a refund on that', 'I can't do three nights at the weekend rate' (a
# count of nights, at a price) and 'I can't do overtime rates for a party' (a price, the
# head of the object) still refuse.
ROTA = frozenset("shift shifts rota rotas handover".split())
ROTA_WORDS = frozenset("lates earlies nights overtime".split())
ROTA_VERBS = frozenset("do cover work take make pick".split())


def _own_rota(verb: Any, subj: Any) -> bool:
    if subj.lower_ != "i" or _lemma(verb) not in ROTA_VERBS:
        return False
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if _lemma(c) in ROTA:
            return True
        if c.lower_ not in ROTA_WORDS:
            continue
        counted = any(g.dep_ == "nummod" for g in c.children)
        priced = any(
            p.dep_ == "prep" and any(_lemma(o) in PRICED for o in p.subtree)
            for p in (*c.children, *verb.children)
        )
        return not (counted or priced)
    return False


# Words that may open a reply before an elided "we": "Sorry, can't seat you".
OPENERS = frozenset("sorry unfortunately afraid nope no nah policy rules".split())
# An elided speaker's verbs that need what is refused named: "can't do refunds", not
# "can't do much"; "can't make it tonight" is a plan.
LIGHT_VERBS = frozenset("do make take have give put get let keep go".split())


def _elided_speaker(modal: Any, verb: Any, subj: Any | None, ctx: SentenceContext) -> int | None:
    """Chat and notes drop the 'we': 'Can't refund that, it's past 30 days', 'Sorry, can't
    seat you till your whole group is here', 'Company policy, can't help you'. A negated
    'can'/'will' opens the sentence (or follows an apology or 'policy' and a comma) with no
    subject of its own, and the verb is a service done to the customer or to a thing they
    ask for. 'Can't wait to see you' and 'can't make it tonight' refuse nobody."""
    doc = ctx.doc
    if subj is not None:
        between = doc[subj.i + 1 : modal.i]
        if not (_lemma(subj) in OPENERS and any(t.text == "," for t in between)):
            return None  # "Company policy, can't help you" (the parser's subject is the policy)
    aux = next(
        (c for c in (*modal.children, modal) if c.tag_ == "MD" and _lemma(c) in ("can", "will")),
        None,
    )
    if aux is None or not _negated(modal):
        return None
    before = [t for t in doc[: aux.i] if not t.is_punct]
    if (
        before
        and not (
            doc[aux.i - 1].is_punct
            and all(
                t.lower_ in OPENERS or t.dep_ in ("compound", "intj") or t is subj for t in before
            )
        )
        and not (len(before) == 1 and before[0].lower_ in ("sorry", "unfortunately"))
    ):
        return None  # chat drops the comma too: "sorry can't help with that one"
    if _conditional(modal) or _conditional(verb):
        return None
    lemma = _lemma(verb)
    if lemma not in ctx.words("service_verbs") and lemma not in ctx.words("refusal_objects"):
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    served = lemma == "help" or lemma not in ctx.words("harmless_verbs") | LIGHT_VERBS
    if served and any(o.lower_ in ("you", "him", "her", "them") for o in objects):
        return aux.i
    things = ctx.words("refusal_objects") | ctx.words("request_nouns")
    if any(_lemma(o) in things or o.lower_ in things for o in objects):
        return aux.i  # "can't do refunds after 14 days"
    if lemma == "help" and any(
        p.dep_ == "prep"
        and p.lower_ == "with"
        and any(
            o.dep_ == "pobj"
            and (
                o.lower_ in ("that", "this", "it", "those")
                or _lemma(o) in things
                or (o.lower_ == "one" and any(c.lower_ in ("that", "this") for c in o.children))
            )
            for o in p.children
        )
        for p in verb.children
    ):
        return aux.i  # "sorry, can't help with that one", "can't help with refunds here"
    pointed = [o for o in objects if o.lower_ in ("that", "this", "it")]
    if lemma == "do" and pointed and _sorry_beside(before, pointed[-1]):
        return aux.i  # "Can't do that, sorry.", "sorry, can't do it": a request refused
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in ("that", "this")
        and lemma in ctx.words("refusal_objects")
        and lemma not in LIGHT_VERBS
    ):
        return aux.i  # "Can't refund that"
    return None


APOLOGIES = frozenset("sorry afraid unfortunately".split())


def _sorry_beside(before: list[Any], obj: Any) -> bool:
    """An apology next to 'can't do that' itself: before it ('Sorry, can't do it') or right
    after its object ('Can't do that, sorry', "can't do it I'm afraid"); 'Sorry, can't do it
    myself, my back is bad' is the writer's own limit, not a request refused."""
    doc = obj.doc
    if obj.i + 1 < len(doc) and doc[obj.i + 1].lower_ in ("myself", "ourselves"):
        return False
    if any(t.lower_ in APOLOGIES for t in before):
        return True
    after = [t.lower_ for t in doc[obj.i + 1 :] if not t.is_punct][:3]
    if after and after[0] in APOLOGIES:
        return True
    return len(after) == 3 and after[0] in ("i", "we") and after[2] in APOLOGIES


# Where a customer or what they bring may not go: "in the cabin", "onto the pitch".
PLACE_PREPS = frozenset("in into inside on onto beyond past through".split())
# Verbs that a plain "we won't" makes a promise ("we will never call you", "we won't tell
# anyone") but "we are not able to" makes a refused service ("we're not able to tell you
# why", "we won't be able to call you back").
SERVICE_WHEN_ABLE = frozenset("call contact email tell see ring phone text".split())


def _refused_verb(tok: Any) -> Any | None:
    """The verb a negated modal or 'unable to' refuses, or None."""
    low = tok.lower_
    negated = _negated(tok) or (tok.dep_ == "acomp" and _negated(tok.head))
    if low == "unable" or (low in ("able", "allowed", "permitted", "going", "willing") and negated):
        for c in tok.children:
            if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX"):
                return _through_be_able(c)
        return None
    if low == "position" and tok.head.lower_ == "in" and _negated(tok.head.head):
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB":
                return c  # "we are not in a position to reschedule"
        return None
    if tok.pos_ not in ("VERB", "AUX") or not _negated(tok):
        return None
    if tok.tag_ == "MD" and tok.dep_ not in ("aux", "auxpass") and _lemma(tok) in ("can", "will"):
        if any(c.lower_ == "never" for c in tok.children):
            return None  # "we don't sell your data, and we never will": a promise
        return tok  # an ellipsis: "We can't, it's fully booked."
    if tok.dep_ in ("aux", "auxpass"):
        return None
    auxes = {_lemma(c) for c in tok.children if c.dep_ == "aux"} | {
        c.lower_ for c in tok.children if c.dep_ == "aux"
    }
    if auxes & {"can", "ca", "will", "wo", "shall", "may", "must", "could", "would"}:
        if any(c.dep_ == "auxpass" for c in tok.children):
            return None  # passive: "cannot be returned" is its own shape
        return _through_be_able(tok)
    return None


def _spares_cost(verb: Any) -> bool:
    """'We will not increase your monthly price': a promise about what the customer pays.
    'We won't increase your credit limit' refuses: a limit is not a cost."""
    if _lemma(verb) not in ("increase", "raise"):
        return False
    return any(
        _lemma(o) in COSTS or any(_lemma(g) in COSTS for g in o.children if g.dep_ == "compound")
        for o in _objects(verb)
    )


def _unable_hyphenated(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'We won't be able to price-match', 'we are unable to gift-wrap', 'we can't
    price-match': as after 'do not', the parser reads the hyphenated verb as a noun, so
    'able to' or 'can't' finds no verb to refuse. Only 'we': 'I won't be able to …' is my
    own inability, told to a colleague."""
    doc = ctx.doc
    services = ctx.words("service_verbs")
    found = []
    for tok in doc[2:]:
        if tok.i + 4 > len(doc):
            break
        modal = tok.lower_ in NEGATIONS and _lemma(doc[tok.i - 1]) in ("can", "will")
        if tok.lower_ != "to" and not modal:
            continue
        second = _hyphenated_service(doc, tok.i + 1, services)
        if second is None:
            continue
        able = doc[tok.i - 1].lower_
        if not modal and able not in ("able", "unable"):
            continue
        before = doc[max(0, tok.i - 6) : tok.i - 1] if not modal else doc[tok.i - 2 : tok.i - 1]
        if able == "able" and not any(t.lower_ in NEGATIONS for t in before):
            continue
        subj = next((t for t in reversed(before) if t.lower_ in FIRST_PERSON), None)
        if subj is None or subj.lower_ != "we":
            continue
        if any(t.lower_ in CONDITIONAL_MARKS for t in doc[max(0, subj.i - 3) : subj.i]):
            continue  # "if we are unable to gift-wrap it, …"
        found.append((subj.i, second.i + 1, second))  # "we won't be able to price-match"
    return found


def _reported_as_never_said(tok: Any) -> bool:
    node = tok
    for _ in range(6):
        if node.head.i == node.i:
            return False
        node = node.head
        if _lemma(node) in ("say", "hear", "tell") and (
            _negated(node) or any(c.lower_ == "never" for c in node.children)
        ):
            return True
    return False
