"""The locator reading of a numbered head no rule owns as the subject of what only a customer
does to the business: 'Folio 5510 disputes the minibar charge', 'Enquiry 4410 has written to
the ombudsman', 'Hamper 12 wants to bring a plus-one'. The open-head reading
(`found_and_open`) reads what any person does or says ('says she …', 'swore at the
barman'); these are a customer's dealings with the business, which need no head word to
say who is meant, as a thing, a machine or a member of staff never has them:

- disputing or contesting a charge (`disputed_charges`: 'disputes the minibar charge',
  'is contesting the late fee'), but not of a text, a claim or an appeal that disputes it
  by what it says (`documents`, `disputing_texts`: 'Complaint 3390 disputes the charge' is
  the letter's wording);
- demanding a refund, compensation or an apology (`demanded_redress`: 'demanded a full
  refund'), with the same exception;
- writing, complaining or reporting the business to a body that hears customers' complaints
  (`complaint_bodies`: 'has written to the ombudsman', 'reported us to trading standards');
  a record that goes, is sent or is referred there is the case file, and those verbs are
  not read ('Complaint 3390 went to the ombudsman');
- wanting, asking or hoping to bring someone along (`brought_company`: 'wants to bring a
  plus-one', 'asked to bring her dog'), as a vehicle brings guests by itself and is not read
  ('Shuttle 4 is bringing the guests').

The number must be the active subject (a passive is what was done to a record: 'Folio 5510
was disputed'), and every head `customer_acts` refuses is refused here too: machines,
vehicles, staff posts and staff called by a number ('Steward 14 wants to bring a radio'),
trade parties ('Supplier 3014 disputes the invoice'), automations and goods. So are the
business's own outlets and sites, the institutions that deal with a regulator or a supplier
for others, and the checks and test scenarios that challenge a payment
(`open_act_non_customers`: 'Franchise 9 challenged the royalty fee', 'Mill 3 contacted the
regulator about the discharge permit', 'Clinic 2 wrote to the ombudsman on the patient's
behalf', 'Shelter 2 wants to bring the puppies to the adoption day', 'Gateway 2 challenges the
payment', 'Scenario 4 disputes the charge').
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.customer_acts import _acts_of, _not_a_customer
from custlint.engine.kinds.locator.finders import _subject_verb
from custlint.engine.kinds.locator.grammar import _fixed_lemma
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Verbs by which a customer disputes a charge: "disputes the minibar charge".
DISPUTING_VERBS = frozenset("dispute contest challenge".split())
# Verbs by which a customer demands redress: "demanded a full refund".
DEMANDING_VERBS = frozenset("demand".split())
# Verbs by which a customer takes a complaint to a body: "has written to the ombudsman",
# "complained to Ofcom", "reported us to trading standards", "emailed the regulator". Not
# 'go', 'send', 'refer' or 'escalate', by which a case file goes there.
COMPLAINING_VERBS = frozenset("write complain report email contact ring phone call".split())
# Verbs of wanting to bring someone: "wants to bring a plus-one", "asked to bring her dog".
WISHING_VERBS = frozenset("want ask hope plan like wish".split())


@person_test("person_by_number")
@person_test("person_at_open_head")
def does_what_only_a_customer_does(
    mention: Mention, ctx: SentenceContext, kind: LocatorKind
) -> Person | None:
    """'Folio 5510 disputes the minibar charge', 'Enquiry 4410 has written to the
    ombudsman': the number is the active subject of a customer's dealing with the business
    (see the module's docstring for the acts read and the heads refused)."""
    verb = _subject_verb(mention)
    if verb is None or _not_a_customer(mention, ctx, kind):
        return None
    heads = {mention.root.lower_, mention.root.lemma_.lower()}
    if heads & ctx.words("open_act_non_customers"):
        return None  # "Franchise 9 challenged the royalty fee", "Clinic 2 wrote to the ombudsman"
    a_text = bool(heads & (ctx.words("documents") | ctx.words("disputing_texts")))
    for act in _acts_of(verb):
        if any(c.dep_ in ("auxpass", "nsubjpass", "agent") for c in act.children):
            continue
        lemma = _fixed_lemma(act)
        if lemma in DISPUTING_VERBS and not a_text:
            found = _has_object(act, ctx.words("disputed_charges"))
        elif lemma in DEMANDING_VERBS and not a_text:
            found = _has_object(act, ctx.words("demanded_redress"))
        elif lemma in COMPLAINING_VERBS:
            found = _went_to_a_body(act, ctx)
        elif lemma in WISHING_VERBS:
            found = _wants_to_bring(act, ctx)
        else:
            found = False
        if found:
            return Person(mention.start, mention.end, None)
    return None


def _named(tok: Any, words: frozenset[str]) -> bool:
    return tok.lower_ in words or tok.lemma_.lower() in words


def _has_object(act: Any, words: frozenset[str]) -> bool:
    """'disputes the minibar charge', 'demanded a refund and an apology': an object of the
    act, or a noun joined to it, named by its own head ('the charge dispute form' is a form)."""
    objects = [c for c in act.children if c.dep_ == "dobj"]
    objects += [g for o in objects for g in o.children if g.dep_ == "conj"]
    return any(_named(o, words) for o in objects)


def _went_to_a_body(act: Any, ctx: SentenceContext) -> bool:
    """'has written to the ombudsman', 'reported us to trading standards', 'emailed the
    regulator': a complaints body after 'to', or as the object of a call or an email."""
    bodies = ctx.words("complaint_bodies")
    # "reported the ombudsman" or "wrote the regulator" names no one written to
    called = _fixed_lemma(act) not in ("report", "write", "complain")
    for c in act.children:
        if c.dep_ == "dobj" and called and _named(c, bodies):
            return True  # "emailed the regulator", "rang the ombudsman"
        to = c.dep_ == "prep" and c.lower_ == "to"
        if to and any(o.dep_ == "pobj" and _named(o, bodies) for o in c.children):
            return True  # "has written to the ombudsman"
    return False


def _wants_to_bring(act: Any, ctx: SentenceContext) -> bool:
    """'wants to bring a plus-one', 'asked to bring her dog along': what is brought is
    someone's company, a person or a pet (`brought_company`), not a thing ('wants to bring
    the van round')."""
    company = ctx.words("brought_company")
    return any(
        c.dep_ == "xcomp"
        and _fixed_lemma(c) == "bring"
        and any(o.dep_ == "dobj" and (_named(o, company) or _plus_one(o)) for o in c.children)
        for c in act.children
    )


def _plus_one(obj: Any) -> bool:
    """'a plus-one', which the parser cuts into 'plus', '-' and the object 'one'."""
    return obj.lower_ == "one" and any(g.lower_ == "plus" for g in obj.children)
