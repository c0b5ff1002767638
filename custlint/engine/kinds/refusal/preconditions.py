"""Pre-parse preconditions of the refusal shapes, and `surface_gate`, a rule's pre-parse test."""

from __future__ import annotations

from collections.abc import Callable

from custlint.engine.candidates import LemmaOracle, WordGate
from custlint.engine.kinds.refusal.lexicon import (
    _AUDIENCE_CODE,
    FIRST_PERSON,
    FRAGMENT_TOKENS,
    NEGATIONS,
    OFFERING_WORDS,
    PERMISSION_VERBS,
    REFUND_NOUNS,
    SAYING,
    STAFF_PRONOUNS,
    STAFF_REFUSERS,
    TOKEN_MARGIN,
)
from custlint.rulepack import Rule

# Pre-parse preconditions: for a shape, a test of a sentence's lower-case words (as the
# candidate pass tokenizes them) that holds wherever the shape can return a span. Each one
# reads off the shape's code a word (or a lemma, through `LemmaOracle`) that every span it
# returns needs; a sentence failing every shape of a rule cannot give that rule a finding,
# so it is not parsed for it. The spans a shape turns down (`ctx.rejected`) need not pass:
# they matter to the judge only, and the candidate pass applies these only without it.
Precondition = Callable[[list[str]], bool]
PRECONDITIONS: dict[str, Callable[[Rule, LemmaOracle], Precondition | None]] = {}


def precondition(name: str) -> Callable:
    def register(fn: Callable[[Rule, LemmaOracle], Precondition | None]) -> Callable:
        PRECONDITIONS[name] = fn
        return fn

    return register


def surface_gate(rule: Rule, oracle: LemmaOracle) -> Precondition | None:
    """A rule's pre-parse test: some shape of it could find something; None: no test."""
    tests = []
    for name in rule.checks:
        make = PRECONDITIONS.get(name)
        test = make(rule, oracle) if make is not None else None
        if test is None:
            return None
        tests.append(test)
    if not tests:
        return None
    return lambda lowers: any(test(lowers) for test in tests)


@precondition("no_object")
def _no_object_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """A 'no' not after at/for/with/by/in/of, and then: a fragment of at most 8 tokens, or
    a refusal object (by word or lemma; a hyphenated one by its first part, as the shape
    joins 're' '-' 'entry'), or a permission verb or visit/enter/bring by lemma (`permitted`)."""
    objects = rule.lexicon.get("refusal_objects", frozenset())
    parts = {o.split("-")[0] for o in objects if "-" in o}
    parts |= {o.rsplit("-", 1)[0] for o in objects if o.count("-") > 1}
    gate = WordGate(
        oracle,
        words=objects | parts,
        lemmas=objects | PERMISSION_VERBS | {"visit", "enter", "bring"},
    )
    after = ("at", "for", "with", "by", "in", "of")

    def test(lowers: list[str]) -> bool:
        if not any(
            w == "no" and (i == 0 or lowers[i - 1] not in after) for i, w in enumerate(lowers)
        ):
            return False
        return len(lowers) <= FRAGMENT_TOKENS + TOKEN_MARGIN or gate(lowers)

    return test


@precondition("first_person_cannot")
def _first_person_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """Every span has a subject that is 'you', an audience (word, lemma or a code such as
    '14A'), 'we'/'i', an organization noun by lemma, one of our people who serve in person
    (`STAFF_REFUSERS`, by lemma), or a thing customers bring that may not go somewhere (a
    refusal object by lemma), or stands under a verb of saying (`_reported_by_staff`), or
    opens on an apology before a dropped 'we' ('sorry, can't help with that')."""
    audience = rule.lexicon.get("audience_nouns", frozenset())
    objects = rule.lexicon.get("refusal_objects", frozenset())
    gate = WordGate(
        oracle,
        words=audience | FIRST_PERSON | {"you", "sorry", "unfortunately"},
        lemmas=audience
        | objects
        | rule.lexicon.get("organization_nouns", frozenset())
        | SAYING
        | STAFF_REFUSERS,
    )
    return lambda lowers: gate(lowers) or any(_AUDIENCE_CODE.match(w) for w in lowers)


@precondition("we_do_not")
def _we_do_not_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """Every span has a speaker subject ('we', 'i', an organization noun by lemma), stands
    under a verb of saying (`_reported_by_staff`), or has a refund noun by lemma."""
    org = rule.lexicon.get("organization_nouns", frozenset())
    return WordGate(oracle, words=FIRST_PERSON, lemmas=org | REFUND_NOUNS | SAYING)


@precondition("passive_refusal")
def _passive_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """A refused adjective, 'available' or 'open', or a word whose `_participle_forms` (its lemma,
    itself and its stems without -ed, -d and a doubled letter) could meet the refused or
    the requested participles."""
    adjectives = rule.lexicon.get("refused_adjectives", frozenset())
    participles = rule.lexicon.get("refused_participles", frozenset()) | rule.lexicon.get(
        "requested_participles", frozenset()
    )
    lemmas = WordGate(oracle, lemmas=participles)

    def fits(word: str) -> bool:
        if word in adjectives or word in participles or lemmas.fits(word):
            return True
        return word.endswith("ed") and bool({word[:-2], word[:-1], word[:-3]} & participles)

    known: dict[str, bool] = {}

    def test(lowers: list[str]) -> bool:
        if lemmas.open or "available" in lowers or "open" in lowers:
            return True  # a service not available, a place not open to some
            # (`_unavailable_services`)
        for w in lowers:
            hit = known.get(w)
            if hit is None:
                hit = known[w] = fits(w)
            if hit:
                return True
        return False

    return test


@precondition("no_circumstances")
def _circumstances_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """'no' right after 'under' or 'in'."""
    return lambda lowers: any(
        w == "no" and i > 0 and lowers[i - 1] in ("under", "in") for i, w in enumerate(lowers)
    )


@precondition("prohibition")
def _prohibition_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """One of the seven words the shape starts from."""
    words = frozenset(
        ("prohibited", "forbidden", "banned", "disallowed", "allowed", "permitted", "tolerated")
    )
    return lambda lowers: any(w in words for w in lowers)


@precondition("do_not_imperative")
def _imperative_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """'do', a negation, then a word that could have a prohibited action as its lemma."""
    gate = WordGate(oracle, lemmas=rule.lexicon.get("prohibited_actions", frozenset()))

    def test(lowers: list[str]) -> bool:
        return any(
            w == "do" and lowers[i + 1] in NEGATIONS and (gate.open or gate.fits(lowers[i + 2]))
            for i, w in enumerate(lowers[:-2])
        )

    return test


@precondition("request_denied")
def _denied_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """A word that could have deny, decline, reject or refuse as its lemma."""
    return WordGate(oracle, lemmas=("deny", "decline", "reject", "refuse"))


@precondition("against_policy")
def _against_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """'against' and a word that could have a policy noun as its lemma."""
    gate = WordGate(oracle, lemmas=("policy", "rule", "regulation", "procedure", "protocol"))
    return lambda lowers: "against" in lowers and gate(lowers)


@precondition("nothing_we_can_do")
def _nothing_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """'possible' or 'impossible'; or an offering word (`OFFERINGS`) or 'no way' with
    'we'/'i'; or 'no way' and a word that could have a verb of saying as its lemma (a
    reported 'no way'); or 'nothing' with a staff pronoun and a word that could have 'do'
    as its lemma."""
    do = WordGate(oracle, lemmas=("do",))
    saying = WordGate(oracle, lemmas=SAYING)

    def test(lowers: list[str]) -> bool:
        words = set(lowers)
        if "possible" in words or "impossible" in words:
            return True
        no_way = any(w == "way" and i > 0 and lowers[i - 1] == "no" for i, w in enumerate(lowers))
        if words & FIRST_PERSON and (bool(words & OFFERING_WORDS) or no_way):
            return True
        if no_way and saying(lowers):
            return True
        return "nothing" in words and bool(words & STAFF_PRONOUNS) and do(lowers)

    return test


@precondition("non_adjective")
def _non_adjective_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """'non' and an adjective of `non_adjectives`."""
    adjectives = rule.lexicon.get("non_adjectives", frozenset())
    return lambda lowers: "non" in lowers and any(w in adjectives for w in lowers)
