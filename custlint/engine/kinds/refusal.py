"""The refusal kind: refusal-first wording toward the customer ("no"-phrasing).

A rule names the shapes it looks for in `checks`; each shape below reads the parse (who
is the subject, what is negated, what is refused) and returns the span of the refusal.
Rewrites are named in a rule's `rewrite` and only apply where the sentence shape allows.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from custlint.engine.candidates import LemmaOracle, WordGate
from custlint.engine.checks import aside_in_technical, technical_text
from custlint.engine.context import SentenceContext
from custlint.engine.kinds import Candidate, Hit
from custlint.errors import RuleError
from custlint.rulepack import Rule

Shape = Callable[[SentenceContext], list[tuple[int, int, Any]]]
SHAPES: dict[str, Shape] = {}
Rewrite = Callable[[SentenceContext, int, int, Any], tuple[int, int, str] | None]
REWRITES: dict[str, Rewrite] = {}

FIRST_PERSON = frozenset({"we", "i"})
STAFF_PRONOUNS = frozenset({"we", "i", "she", "he", "they"})
NEGATIONS = frozenset({"not", "n't", "n’t", "never", "nt"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "when", "once", "until", "in case"})
ADDRESS = frozenset(
    {"sir", "ma'am", "mam", "madam", "maam", "miss", "ma’am", "mate", "buddy", "hon"}
)
# Words of address a 'No' runs on through before its refusal ('No love, we don't …').
FOND_ADDRESS = ADDRESS | {"love"}
TIME_UNITS = frozenset(
    "minute minutes hour hours day days week weeks month months year years night nights".split()
)
PERMISSION_VERBS = frozenset(
    "allow permit accept issue make give grant provide offer tolerate admit entertain "
    "honor honour refund exchange return transfer apply".split()
)


def shape(name: str) -> Callable[[Shape], Shape]:
    def register(fn: Shape) -> Shape:
        SHAPES[name] = fn
        return fn

    return register


def rewrite(name: str) -> Callable[[Rewrite], Rewrite]:
    def register(fn: Rewrite) -> Rewrite:
        REWRITES[name] = fn
        return fn

    return register


class RefusalKind:
    def __init__(self, rule: Rule, nlp: Any) -> None:
        self.rule = rule
        self.shapes = []
        for name in rule.checks:
            if name not in SHAPES:
                raise RuleError(
                    f"rule {rule.id}: unknown refusal shape '{name}' "
                    f"(known: {', '.join(sorted(SHAPES))})"
                )
            self.shapes.append(SHAPES[name])
        if rule.rewrite and rule.rewrite not in REWRITES:
            raise RuleError(
                f"rule {rule.id}: unknown rewrite '{rule.rewrite}' "
                f"(known: {', '.join(sorted(REWRITES))})"
            )
        self.rewrite = REWRITES.get(rule.rewrite)

    def find(self, ctx: SentenceContext) -> list[Hit]:
        return [c.hit for c in self.candidates(ctx) if c.rule]

    def candidates(self, ctx: SentenceContext) -> list[Candidate]:
        """Every span the shapes produce (the judge sees the shape's own span marked), and
        the spans they turned down for who speaks or what is refused ("many hotels do not
        allow pets"), as candidates the rules reject."""
        if is_technical(ctx):
            return []
        doc = ctx.doc
        found = []
        taken: list[tuple[int, int]] = []
        for fn in self.shapes:
            for start, end, anchor in fn(ctx):
                marked = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
                replacements: tuple[str, ...] = ()
                fix = None
                if self.rewrite is not None:
                    rewritten = self.rewrite(ctx, start, end, anchor)
                    if rewritten is not None:
                        start, end, text = rewritten
                        replacements, fix = (text,), "unsafe"
                hit = Hit(
                    start=doc[start].idx,
                    end=doc[end - 1].idx + len(doc[end - 1].text),
                    replacements=replacements,
                    fix=fix,
                    advice=self.rule.suggestion,
                )
                found.append(Candidate(hit=hit, start=marked[0], end=marked[1], rule=True))
                taken.append((start, end))
        for start, end in sorted(set(ctx.rejected)):
            if any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
            hit = Hit(start=first, end=last, advice=self.rule.suggestion)
            found.append(Candidate(hit=hit, start=first, end=last, rule=False))
        return found


# Pre-parse preconditions: for a shape, a test of a sentence's lower-case words (as the
# candidate pass tokenizes them) that holds wherever the shape can return a span. Each one
# reads off the shape's code a word (or a lemma, through `LemmaOracle`) that every span it
# returns needs; a sentence failing every shape of a rule cannot give that rule a finding,
# so it is not parsed for it. The spans a shape turns down (`ctx.rejected`) need not pass:
# they matter to the judge only, and the candidate pass applies these only without it.
Precondition = Callable[[list[str]], bool]
PRECONDITIONS: dict[str, Callable[[Rule, LemmaOracle], Precondition | None]] = {}
# Short sentences may be sign fragments ('No pets', 'No professional cameras, selfie sticks
# or umbrellas.'); a margin covers a sentence the parser's tokenizer cuts into a few more
# tokens than the candidate pass.
FRAGMENT_TOKENS = 12
TOKEN_MARGIN = 4
_AUDIENCE_CODE = re.compile(r"^\d{1,4}[A-Ka-k]?$")


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


def is_technical(ctx: SentenceContext) -> bool:
    """Asked by every refusal rule of a sentence: what the sentence shows is answered once
    per parsed sentence; a Doc may serve documents of both genres, so the document's
    part is asked each time."""
    known = ctx.doc.user_data.get("custlint.technical")
    if known is None:
        known = technical_text(ctx.doc.text, (t.lower_ for t in ctx.doc))
        ctx.doc.user_data["custlint.technical"] = known
    return known or aside_in_technical(ctx)


def _written(ctx: SentenceContext, start: int, end: int) -> str:
    """Tokens as written, one space between words (rewrites run across line breaks)."""
    return " ".join(ctx.written(start, end).split())


def _lemma(tok: Any) -> str:
    return tok.lemma_.lower()


def _negated(tok: Any) -> bool:
    for c in tok.children:
        if (c.dep_ == "neg" or c.lower_ in NEGATIONS) and not _elliptical(c):
            return True
        if c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children):
            return True  # "we will no longer be able to"
    return False


def _elliptical(word: Any) -> bool:
    """'If not, a hint is issued', 'whether or not it is approved': the 'not' stands for
    a clause of its own and negates nothing in the one it leans on."""
    return word.lower_ == "not" and word.i > 0 and word.doc[word.i - 1].lower_ in ("if", "or")


def _subject(tok: Any) -> Any | None:
    """The subject of a verb, climbing through 'able/unable/going/allowed to'."""
    node = tok
    for _ in range(4):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if subjects:
            before = [c for c in subjects if c.i < node.i]
            return max(before, key=lambda c: c.i) if before else subjects[0]
        if node.dep_ in ("xcomp", "acomp", "ccomp") or (
            node.dep_ == "conj" and node.head.i < node.i
        ):
            node = node.head
        else:
            return None
    return None


def _conditional(tok: Any) -> bool:
    node = tok
    for _ in range(4):
        # The parser sometimes hangs the mark on the auxiliary: "If proof is not provided".
        near = [
            *node.children,
            *(g for c in node.children if c.dep_ in ("aux", "auxpass") for g in c.children),
        ]
        if any(c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS for c in near):
            return True
        if node.dep_ in ("xcomp", "acomp", "conj", "aux"):
            node = node.head
        else:
            return False
    return False


def _aux_lemmas(tok: Any) -> set[str]:
    node = tok
    found: set[str] = set()
    for _ in range(3):
        found |= {_lemma(c) for c in node.children if c.dep_ in ("aux", "auxpass")}
        found |= {c.lower_ for c in node.children if c.dep_ in ("aux", "auxpass")}
        if node.dep_ in ("xcomp", "acomp"):
            node = node.head
        else:
            break
    return found


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


SAYING = frozenset("say tell explain inform insist reply answer".split())
# Who a reported refusal can be told about: the customer, in any person.
REPORTED_PEOPLE = frozenset("you i we he she they".split())
IMPERSONAL = frozenset("it this that there which what".split())
NOBODY = frozenset("nobody noone none".split())


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


# What a customer comes to do, refused without an object: "they said we couldn't check in
# until 4", "the host told us we couldn't sit by the fire", "... couldn't order from the bar".
ACCESS_VERBS = frozenset("check board enter stay come join attend visit order".split())
# Particles that keep a verb one of access: "check in", "get on"; "take off" is not.
ACCESS_PARTICLES = frozenset("in out on up".split())


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
PRICE_WORDS = frozenset("price rate fare discount off percent pound dollar euro quid".split())


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


def _objects(verb: Any) -> list[Any]:
    verbs = [verb, *[c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return [c for v in verbs for c in v.children if c.dep_ in ("dobj", "attr", "dative")]


def _span_end(tok: Any) -> int:
    end = tok.i + 1
    for c in tok.children:
        if c.dep_ == "prt" and c.i == end:
            end += 1
    return end


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


def _no_head(tok: Any) -> Any | None:
    doc = tok.doc
    if (
        tok.head.i > tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.dep_
        in (
            "det",
            "neg",
            "amod",
            "compound",
            "quantmod",
            "advmod",
            "nummod",
        )
    ):
        return tok.head
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and tok.i + 2 < len(doc):
        return doc[tok.i + 2].head if doc[tok.i + 2].head.pos_ == "NOUN" else doc[tok.i + 2]
    for j in range(tok.i + 1, min(tok.i + 4, len(doc))):
        nxt = doc[j]
        if nxt.pos_ in ("NOUN", "PROPN") or (nxt.tag_.startswith("NN")):
            return nxt
        if nxt.pos_ not in ("ADJ", "ADV") and not nxt.is_upper:
            return None
    return None


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


# Our people who serve the customer in person and may refuse them: "the doctor won't refer
# you", "the GP won't prescribe antibiotics for a cold". Not 'server', 'driver', 'host' or
# 'agent', which are software as often as people.
STAFF_REFUSERS = frozenset(
    "doctor gp nurse pharmacist consultant dentist surgeon midwife physio receptionist "
    "cashier manager concierge waiter waitress bartender chef clerk engineer technician "
    "installer optician vet".split()
)
# What makes one of those a person of ours on duty: "the duty manager", "the ward nurse";
# any other modifier ('the context manager', 'the build engineer') is not a role we name.
STAFF_ROLES = frozenset(
    "duty night day shift store shop branch floor front desk service account practice "
    "ward charge head senior junior on call attending hotel restaurant bar site field care "
    "practice home".split()
)
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
RECIPIENTS = frozenset("you anyone anybody him her them callers caller".split())


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


def _through_be_able(verb: Any) -> Any:
    """'won't be able to discharge': the verb refused is 'discharge', not 'be'."""
    if _lemma(verb) != "be":
        return verb
    for c in verb.children:
        if c.dep_ == "acomp" and c.lower_ in ("able", "unable"):
            for g in c.children:
                if g.dep_ == "xcomp":
                    return g
    return verb


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


# Verbs of opening hours: "the museum doesn't open until ten", "the bar doesn't close till 2".
HOURS_VERBS = frozenset("open close reopen start begin shut".split())


def _opens_later(verb: Any) -> bool:
    """'The museum doesn't open until ten', 'we don't open till noon on Sundays': when a
    place opens or closes, told with 'until', names the hour it does; 'we don't open on
    Sundays' keeps its reading."""
    if _lemma(verb) not in HOURS_VERBS or _objects(verb):
        return False
    for c in verb.children:
        if c.dep_ in ("prep", "mark") and c.lower_ in UNTIL:
            return True
        if c.dep_ == "advcl" and any(g.lower_ in UNTIL for g in c.children):
            return True  # "doesn't open until the morning staff arrive"
    return False


UNTIL = frozenset("until till til 'til".split())


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


def _keeps_private(verb: Any) -> bool:
    """'we will not share your details': a promise to keep the customer's data to ourselves.
    'We cannot restore data' or 'we can't give out another user's address' refuse."""
    if _lemma(verb) not in DISCLOSE:
        return False
    for o in _objects(verb):
        private = _lemma(o) in PRIVATE or any(
            _lemma(g) in PRIVATE for g in o.children if g.dep_ in ("compound", "amod")
        )
        someone_else = any(
            c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in o.children
        ) or any(c.lower_ in ("another", "other") for c in o.children)
        if private and not someone_else:
            return True
    return False


def _spares_cost(verb: Any) -> bool:
    """'We will not increase your monthly price': a promise about what the customer pays.
    'We won't increase your credit limit' refuses: a limit is not a cost."""
    if _lemma(verb) not in ("increase", "raise"):
        return False
    return any(
        _lemma(o) in COSTS or any(_lemma(g) in COSTS for g in o.children if g.dep_ == "compound")
        for o in _objects(verb)
    )


COSTS = frozenset("price fee rate charge premium rent tariff bill cost subscription".split())
DISCLOSE = frozenset(
    "share sell disclose give pass rent trade publish reveal release send lend show post "
    "store keep use ask request email text sms contact spam track save retain see view".split()
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


def _hyphenated_service(doc: Any, i: int, services: frozenset[str]) -> Any | None:
    """The last token of a service verb written with a hyphen from token i ('price-match'),
    which the parser reads as a noun; None if there is none."""
    first, dash, second = doc[i : i + 3]
    if dash.text != "-" or first.whitespace_ or dash.whitespace_:
        return None
    return second if f"{first.lower_}-{second.lower_}" in services else None


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


PRIVATE = frozenset(
    "information data datum detail details address email number password identity record "
    "records privacy personal name names".split()
)
ENTRY = frozenset("entry boarding admission access service carriage travel".split())
DISCLAIMED = frozenset("liability responsibility obligation obligations blame".split())
REFUND_NOUNS = frozenset(
    "refund refunds credit credits reimbursement compensation exchange".split()
)


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


# What sets a story in another time: "in the nineteenth century", "in Victorian times", "in
# those days", "back then", "as a child".
ERA_WORDS = frozenset(
    "century centuries era eras decade decades generation generations victorian edwardian "
    "georgian medieval wartime pre-war prewar post-war postwar colonial ancient".split()
)
CHILDHOOD = frozenset("child children kid kids girl girls boy boys teenager teenagers".split())
YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})s?$|^'?[0-9]0s$")
SINCE = frozenset("in until till before by during since from".split())


def _long_ago(tok: Any, subj: Any | None) -> bool:
    """'Women were not allowed to vote until 1918', 'in those days children were not
    permitted in the reading room', 'as a child she wasn't allowed to …': a rule of another
    time, told as history or a memoir, refuses nobody now. The refusal is in the past tense,
    told of someone other than the customer ('you were not allowed to board in 2019' still
    tells the customer what we refused), and its own clause names the time: an era ('in the
    nineteenth century', 'back then', 'in the old days'), childhood or a year; an era in
    another clause ('… because the Georgian ballroom is closed') dates nothing."""
    doc = tok.doc
    verbs = [tok, *(c for c in tok.children if c.dep_ in ("aux", "auxpass"))]
    if tok.dep_ == "acomp":
        verbs.append(tok.head)
    if not any(v.tag_ == "VBD" for v in verbs):
        return False
    you = subj is not None and (
        subj.lower_ == "you" or any(c.lower_ == "your" for c in subj.children)
    )
    if you:
        return False  # "you were not allowed in because the Georgian ballroom is closed"
    own = {v.i for v in verbs}
    for t in doc:
        low = t.lower_
        if not _attached_to(t, own):
            continue  # "… because the decade-old aircraft was swapped": another clause's
        if _lemma(t) in ERA_WORDS or low in ERA_WORDS:
            return True
        if low in ("day", "days", "time", "times") and any(
            c.lower_ in ("those", "old", "my", "his", "her", "their", "olden", "victorian")
            for c in t.children
        ):
            return True  # "in those days", "in the old days", "in my day", "in olden times"
        if low == "then" and t.i > 0 and doc[t.i - 1].lower_ == "back":
            return True
        if (
            _lemma(t) in CHILDHOOD
            and t.dep_ == "pobj"
            and t.head.lower_ == "as"
            and t.head.i < tok.i
        ):
            return True  # "as a child she wasn't allowed …"
        if YEAR.match(t.text) and t.dep_ == "pobj" and t.head.lower_ in SINCE:
            return True  # "until 1918", "in 2019", "in the 1960s"
    return False


# Clauses of their own under a verb: a phrase inside one does not date the verb.
OWN_CLAUSES = frozenset("advcl ccomp relcl acl csubj parataxis".split())


def _attached_to(tok: Any, verbs: set[int]) -> bool:
    """The phrase of `tok` belongs to the clause of one of `verbs` (by index): climbing its
    heads reaches one of them before it enters a clause of its own."""
    node = tok
    for _ in range(len(tok.doc)):
        if node.i in verbs:
            return True
        if node.dep_ in OWN_CLAUSES or node.head.i == node.i:
            return False
        node = node.head
    return False


def _staff(subj: Any, ctx: SentenceContext) -> bool:
    staff = ctx.words("staff_nouns")
    return _lemma(subj) in staff or subj.lower_ in staff


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
# What a note's verdict needs before it: a request ("refund req", "extension") or the
# customer asking for something ("cust wanted cash back, refused").
ASKING = frozenset("want ask request demand".split())


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


SHORT_REQUESTS = frozenset("req reqs rqst".split())


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


def _classified(verb: Any) -> bool:
    """'Changes are not considered a breach', 'are not considered as deviations': a definition
    of what something counts as, not a refusal ('late entries will not be considered' is)."""
    if _lemma(verb) != "consider":
        return False
    return any(
        c.dep_ in ("oprd", "dobj", "attr", "xcomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


# What a price covers: "breakfast is not included in the room rate" describes it; so does
# what a room or a box holds: "a kettle is not included in the room".
PRICED = COSTS | frozenset(
    "allowance fare package plan bundle total quote price room suite box kit pack set "
    "hamper minibar".split()
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


@precondition("non_adjective")
def _non_adjective_needs(rule: Rule, oracle: LemmaOracle) -> Precondition:
    """'non' and an adjective of `non_adjectives`."""
    adjectives = rule.lexicon.get("non_adjectives", frozenset())
    return lambda lowers: "non" in lowers and any(w in adjectives for w in lowers)


# Services a customer asks for, which we refuse as 'not available': "Refunds are not
# available after 30 days", "Early check-in is not available on Sundays", "Room service
# isn't available after midnight". Stock, people and systems are not on the list: 'the
# manager is not available', 'this product is not available in your region', 'Wi-Fi is
# not available in the tunnel'.
AVAILABLE_SERVICES = frozenset(
    "refund exchange return upgrade discount delivery pickup collection check-in checkin "
    "checkout check-out appointment selection withdrawal matching cashback cash-back "
    "extension transfer rebooking reservation booking parking seating substitution refill "
    "cancellation compensation reimbursement layaway raincheck pass-out readmission "
    "re-entry reentry financing overdraft service consultation housekeeping laundry "
    "turndown".split()
)
# What keeps a service from being offered for a while, not as our rule: "Room service is not
# available during the refurbishment", "… due to maintenance".
OUTAGE_PREPS = frozenset("during due because".split())


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


@shape("against_policy")
def against_policy(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'it's against our policy', 'against company rules'."""
    found = []
    for tok in ctx.doc:
        if tok.lower_ != "against":
            continue
        for c in tok.children:
            if c.dep_ == "pobj" and _lemma(c) in (
                "policy",
                "rule",
                "regulation",
                "procedure",
                "protocol",
            ):
                start = tok.i
                head = tok.head
                if _lemma(head) == "be":
                    subj = _subject(head)
                    if subj is not None and subj.lower_ in ("it", "that", "this"):
                        start = subj.i
                found.append((start, c.i + 1, c))
    return found


@shape("nothing_we_can_do")
def nothing_we_can_do(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'there is nothing we can do', 'there's no way I'm giving you …', 'that's not possible',
    'that's impossible'."""
    doc = ctx.doc
    found = []
    for tok in doc:
        low = tok.lower_
        if low == "nothing":
            for c in tok.subtree:
                if c.lemma_ == "do" and any(
                    g.dep_ == "nsubj" and g.lower_ in STAFF_PRONOUNS for g in c.children
                ):
                    found.append((tok.i, c.i + 1, c))
                    break
        elif low == "way" and tok.i > 0 and doc[tok.i - 1].lower_ == "no":
            head = tok.head
            if _lemma(head) == "be" and any(c.dep_ == "expl" for c in head.children):
                # "the agent said there was no way he could transfer me" reports a refusal,
                # "the pilot said there was no way we could land" circumstances
                told = _reported_by_staff(head, ctx)
                clause = [
                    c
                    for c in tok.subtree
                    if c.dep_ == "nsubj"
                    and (
                        c.lower_ in REPORTED_PEOPLE and _something_wanted(c.head, ctx)
                        if told
                        else c.lower_ in FIRST_PERSON
                    )
                ]
                if clause and clause[0].head.tag_ not in ("VBD", "VBN"):
                    verb = clause[0].head
                    found.append((tok.i - 1, verb.i + 1, verb))
        elif _lemma(tok) in OFFERINGS and tok.dep_ == "attr" and _negated(tok.head):
            who = _subject(tok.head)
            pointed = who is not None and who.i < tok.i and who.lower_ in POINTING
            for c in tok.children:
                if c.dep_ != "relcl":
                    continue
                verb = _through_be_able(c) if _lemma(c) == "be" else c
                if c.tag_ == "MD":
                    # "that's not something I can authorise": the parser hangs the verb,
                    # read as an adverb, on the modal
                    verb = next((g for g in c.children if g.i == c.i + 1), c)
                subj = _subject(c)
                able = _lemma(c) == "be" and verb is not c
                if subj is None or subj.lower_ not in FIRST_PERSON:
                    continue
                if any(g.dep_ == "advmod" and g.lower_.endswith("ly") for g in verb.children):
                    continue  # "not something we take lightly" says how, not whether
                if _our_own_stake(verb, ctx):
                    continue  # "that's not something we can ignore" values it, refuses nobody
                can = able or c.tag_ == "MD" or bool(_aux_lemmas(verb) & {"can", "ca"})
                serves = (
                    _lemma(verb) in ctx.words("service_verbs")
                    and (
                        able
                        or (verb.tag_ in ("VBP", "VB") and not _aux_lemmas(verb) - {"can", "ca"})
                    )
                ) or (
                    pointed and can and _lemma(verb) not in ctx.words("harmless_verbs") | BEYOND_US
                )  # "not a service we provide", "not something we support", "not something
                # I'm able to change" (the 'to' of 'able to' is no tense of its own); "that
                # isn't something we can enable" refuses what 'that' points at
                if _lemma(verb) != "do" and not serves:
                    continue
                if serves or able or _aux_lemmas(verb) & {"can", "ca", "will", "wo"}:
                    start = who.left_edge.i if who is not None and who.i < tok.i else tok.head.i
                    found.append((start, _span_end(verb), verb))  # "That's not something we can do"
        elif (
            low in ("possible", "impossible")
            and tok.dep_ == "acomp"
            and (low == "impossible" or _negated(tok.head) or _negated(tok))
        ):
            subj = _subject(tok.head)
            if subj is not None and subj.lower_ not in ("it", "which", "what"):
                found.append(
                    (subj.i if subj.lower_ in ("that", "this") else tok.head.i, tok.i + 1, tok)
                )
    return found


@shape("flat_no")
def flat_no(ctx: SentenceContext) -> list[tuple[int, int, Any]]:
    """'No, we can't.', 'No sir, rules are rules.', 'I said no.'."""
    doc = ctx.doc
    found = []
    for tok in doc:
        low = tok.lower_
        idiom = _no_idiom(tok)
        if idiom is None:
            idiom = _told_no_can_do(tok, ctx)  # "told him no can do"
        if idiom is not None:
            found.append(idiom)  # "No can do.", "I'm afraid not, sir."
            continue
        if low == "no" and _opens_answer(tok):
            rest = [t for t in doc[tok.i + 1 :] if not t.is_punct]
            sorry = [t for t in doc[: tok.i] if t.lower_ in ("sorry", "afraid")]
            if sorry and (not rest or doc[tok.i + 1].is_punct):
                start = sorry[0].i
                if start >= 2 and doc[start - 1].lower_ in ("'m", "’m", "m"):
                    start -= 2  # "I'm afraid not"
                found.append((start, tok.i + 1, tok))  # "Sorry, no."
                continue
            if not rest:
                continue
            first = rest[0]
            if first.lower_ in (
                "thank",
                "thanks",
                "problem",
                "worries",
                "sooner",
                "one",
                "way",
                "doubt",
            ):
                continue
            merged = _no_then_refusal(tok, ctx) if first.lower_ in FOND_ADDRESS else None
            if merged is not None:
                if merged > 0:
                    found.append((tok.i, merged, tok))  # "No mate, we don't take cards"
                continue
            if first.lower_ in ADDRESS or (
                len(rest) > 1 and first.lower_ in ("actually", "well") and rest[1].lower_ in ADDRESS
            ):
                found.append(
                    (tok.i, (rest[1] if first.lower_ not in ADDRESS else first).i + 1, tok)
                )
                continue
            said = _quoted_after(tok)
            if (
                said is not None
                and _lemma(said) == "say"
                and _no_said_by_us(said, ctx)
                and _refusing_reason(rest)
            ):
                found.append((tok.i, tok.i + 1, tok))  # 'the desk said “No, that's our policy”'
                continue
            subj = next((t for t in rest[:3] if t.dep_ in ("nsubj", "nsubjpass")), None)
            prev = ctx.previous.rstrip(" \t\n\"“”‘’'")
            if prev.endswith("?") and _asks_if_needed(re.split(r"[.!?]\s+(?=\S)", prev)[-1]):
                continue  # "Do I need to bring it?" "No, you don't need it."
            if _answers_a_question(ctx):
                end = tok.i + 1
                if subj is not None and _negated(subj.head):
                    negs = [c.i + 1 for c in subj.head.children if c.dep_ == "neg"]
                    end = max([_span_end(subj.head), *negs])
                else:
                    # "No, I'm sorry, infants can't be seated": the reason is part of the no
                    neg = next((t for t in rest if t.dep_ == "neg" and t.head.i > tok.i), None)
                    if neg is not None:
                        end = max(neg.i + 1, _span_end(neg.head))
                found.append((tok.i, end, tok))
                continue
            state = _refused_state(subj, ctx) if subj is not None else None
            if state is not None:
                found.append((tok.i, state, tok))  # "No, the spa isn't included."
                continue
            if subj is None:
                continue
            verb = subj.head
            spared = _lemma(verb) == "need" or (
                _lemma(verb) == "have" and any(c.dep_ == "xcomp" for c in verb.children)
            )  # "No, you don't need to fast": the customer is spared something
            spared = spared or _reassures(verb)  # "No, you're not being charged twice"
            if (
                subj.lower_ in ("we", "you")
                and not spared
                and (_negated(verb) or verb.lemma_ in ("say",))
            ):
                negs = [c.i + 1 for c in verb.children if c.dep_ == "neg"]
                found.append((tok.i, max([_span_end(verb), *negs]), verb))
            elif subj.lower_ == "i" and _lemma(verb) == "say" and verb.i == subj.i + 1:
                found.append((tok.i, verb.i + 1, verb))
        elif low == "no" and tok.i > 0 and _lemma(doc[tok.i - 1]) == "say":
            verb = doc[tok.i - 1]
            subj = _subject(verb)
            if not _no_said_by_us(verb, ctx):
                continue
            thing = _said_no_thing(tok, ctx)
            if thing is not None:
                if thing > 0:
                    found.append((tok.i, thing, tok))  # "chef says no swaps tonight"
                continue
            end = tok.i + 1
            if end + 1 < len(doc) and doc[end].text == ",":
                # "said no, I couldn't bring my chair": the reason told is part of the no
                neg = next((t for t in doc[end + 1 :] if t.dep_ == "neg"), None)
                told = _subject(neg.head) if neg is not None else None
                if told is not None and told.i == end + 1:
                    end = max(neg.i + 1, _span_end(neg.head))
            found.append((subj.i if subj is not None else verb.i, end, verb))
        elif low in ("nope", "nah") and (told := _told_nope(tok, ctx)) is not None:
            found.append((told, tok.i + 1, tok))  # "told 14 nope, fully booked"
        elif low in ("nope", "nah") and (
            any(t.text in ('"', "“", "‘") for t in doc[max(0, tok.i - 3) : tok.i])
            or _opens_answer(tok)
        ):
            merged = _no_then_refusal(tok, ctx)
            if merged is not None:
                if merged > 0:
                    found.append((tok.i, merged, tok))  # "Nah, we don't do deliveries"
                continue
            nxt = next((t for t in doc[tok.i + 1 :] if not t.is_punct), None)
            quoted = any(t.text in ('"', "“", "‘") for t in doc[max(0, tok.i - 3) : tok.i])
            if nxt is None and not quoted:
                continue  # a narrator's "Nope." on its own
            if nxt is not None and nxt.lower_ in ("problem", "worries", "thanks", "thank", "no"):
                continue
            asked = ctx.previous.rstrip(" \t\n\"“”‘’'")
            if asked.endswith("?") and not _answers_a_question(ctx):
                continue  # "Did you find my glasses?" "Nope, not yet.": a question of fact
            um = tok.i >= 2 and doc[tok.i - 2].lower_ in ("um", "uh")
            found.append((tok.i - 2 if um else tok.i, _nope_through(tok), tok))  # '“Um, nope.”'
        elif low == "not" and tok.i + 1 < len(doc):
            # "Not allowed, mate.", "Not possible on your plan, sorry", "said not possible"
            word = doc[tok.i + 1]
            if word.lower_ not in ("allowed", "permitted", "possible", "poss"):
                continue
            said = tok.i > 0 and _lemma(doc[tok.i - 1]) == "say"
            opens = not [t for t in doc[: tok.i] if not (t.is_punct or t.lower_ in FILLERS)]
            if word.lower_ in ("possible", "poss") and _after_a_request(tok, ctx):
                opens = True  # "2B wants an upgrade, not poss", "asked for late c/o - not possible"
            if tok.i > 0 and doc[tok.i - 1].text in ('"', "“", "‘"):
                opens = True  # 'He said, “Not allowed, mate.”'
            if _after_heading(tok):
                opens = True  # "Re-admission: not permitted.", a sign's heading and its rule
            if not (said or opens):
                continue
            if any(
                t.pos_ in ("VERB", "AUX") and t.i > word.i and not _apologizes(t)
                for t in doc[: word.i + 3]
            ):
                continue  # "Not allowed to …" with a verb of its own is another shape's
            found.append((tok.i - 1 if said else tok.i, word.i + 1, word))
    return found


def _nope_through(tok: Any) -> int:
    """The end of a 'nope' and the refusal it opens with no subject: 'Nah, can't do that on a
    pay-as-you-go SIM' is one span through 'that', as 'No, we can't move you' is."""
    doc = tok.doc
    nxt = next((t for t in doc[tok.i + 1 :] if not t.is_punct), None)
    if nxt is None or nxt.tag_ != "MD" or not _negated(nxt.head if nxt.dep_ == "aux" else nxt):
        return tok.i + 1
    verb = nxt.head if nxt.dep_ == "aux" else nxt
    subj = _subject(verb)
    if subj is not None and subj.i != tok.i:
        return tok.i + 1  # the parser may take the 'nah' itself for the subject
    end = max(_span_end(verb), *(c.i + 1 for c in verb.children if c.dep_ == "neg"))
    if end < len(doc) and doc[end].dep_ == "dobj" and doc[end].lower_ in ("that", "this", "it"):
        end += 1
    return end


def _apologizes(verb: Any) -> bool:
    """The 'm' of "Not poss, I'm afraid", "not possible I'm sorry": an apology's verb."""
    doc = verb.doc
    return (
        _lemma(verb) == "be"
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ in ("afraid", "sorry")
        and verb.i > 0
        and doc[verb.i - 1].lower_ in ("i", "we")
    )


# What shows a noted 'nope' refused something: a reason after it ('fully booked', 'we're
# full', 'sorry', 'can't') or a request in the note ('asked for a late checkout').
NOPE_REASONS = frozenset("full booked sorry afraid closed policy sold unavailable".split())


def _told_nope(tok: Any, ctx: SentenceContext) -> int | None:
    """'told 14 nope, fully booked', 'said nah to the upgrade': the start of a note that a
    'nope' was our answer (the verb of telling, in the forms the rule's trigger patterns
    name, opens the note, with at most two words of whom between) to a request or with a
    reason; 'told him nope, wrong building' and 'I said nah, I'd rather walk' refuse
    nobody."""
    doc = tok.doc
    for back in (1, 2, 3):
        i = tok.i - back
        if i < 0:
            return None
        if doc[i].is_punct:
            return None
        if doc[i].lower_ in ("told", "said", "says"):
            opens = not [t for t in doc[:i] if not t.is_punct]
            if not (opens or (i > 0 and doc[i - 1].lower_ in ("i", "we"))):
                return None
            return i if _nope_grounds(tok, ctx) else None
    return None


def _nope_grounds(tok: Any, ctx: SentenceContext) -> bool:
    doc = tok.doc
    for t in doc[tok.i + 1 :]:
        if t.lower_ in NOPE_REASONS or t.lower_ in NEGATIONS or t.dep_ == "neg":
            return True
    wanted = ctx.words("request_nouns") | ctx.words("refusal_objects") | AVAILABLE_SERVICES
    return any(
        _lemma(t) in ASKING
        or t.lower_ in SHORT_REQUESTS
        or (t.i != tok.i and (_lemma(t) in wanted or t.lower_ in wanted))
        for t in doc
    )


# 'told him no can do', 'said no can do on the late checkout': the idiom reported, by a
# person (or nobody named, a note) with at most one word of whom between; 'It said no can
# do on the screen' (a thing) and 'He told me no can do was rude' (the idiom talked about,
# the subject of a verb of its own) refuse nobody.
TELLING = frozenset("say tell said told".split())  # a lemma, or the form a mis-tag leaves


def _told_no_can_do(tok: Any, ctx: SentenceContext) -> tuple[int, int, Any] | None:
    doc = tok.doc
    if tok.lower_ != "no" or [t.lower_ for t in doc[tok.i : tok.i + 3]] != ["no", "can", "do"]:
        return None
    say = next(
        (
            doc[i]
            for i in (tok.i - 1, tok.i - 2)
            if i >= 0 and {_lemma(doc[i]), doc[i].lower_} & TELLING
        ),
        None,
    )
    if say is None or any(t.is_punct for t in doc[say.i + 1 : tok.i]):
        return None
    if tok.i + 3 < len(doc) and doc[tok.i + 3].pos_ in ("VERB", "AUX"):
        return None  # "no can do was rude"
    teller = _subject(say)
    if teller is not None and not (
        teller.lower_ in REPORTED_PEOPLE or teller.ent_type_ == "PERSON" or _our_people(teller, ctx)
    ):
        return None
    return (tok.i, tok.i + 3, tok)


# 'No, you're not being charged twice', 'No, you won't be billed until …': a 'No' that
# spares the customer a cost or a penalty reassures, it refuses nothing.
SPARED_PASSIVES = frozenset(
    "charge bill debit fine penalise penalize overcharge invoice surcharge".split()
)


def _reassures(verb: Any) -> bool:
    return (
        verb.tag_ == "VBN"
        and (_lemma(verb) in SPARED_PASSIVES or verb.lower_ in {"charged", "billed", "fined"})
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


# 'No mate, we don't take cards', 'Nah, we don't do deliveries': the 'No' and its refusal
# are one span, as 'No, we can't move you' is; 'No sir, thank you', 'Nah mate, no worries'
# and 'No mate, we don't close till ten' refuse nobody. The end of the span, -1 where the
# reply refuses nobody, or None where this reading does not apply.
def _no_then_refusal(tok: Any, ctx: SentenceContext) -> int | None:
    doc = tok.doc
    i = tok.i + 1
    while i < len(doc) and (doc[i].is_punct or doc[i].lower_ in FOND_ADDRESS):
        i += 1
    if i == tok.i + 1 or i >= len(doc):
        return None
    words = [t.lower_ for t in doc[i : i + 2]]
    if words[0] in ("thank", "thanks", "problem", "worries", "cheers") or words == [
        "no",
        "worries",
    ]:
        return -1
    subj = doc[i] if doc[i].lower_ in ("we", "i") and doc[i].dep_ == "nsubj" else None
    if subj is None or not _negated(subj.head):
        return None
    verb = subj.head
    if _lemma(verb) in ctx.words("harmless_verbs") | HOURS_VERBS:
        return -1  # "Nah, we don't know yet", "No mate, we don't close till ten"
    if _lemma(verb) in ctx.words("service_verbs") or verb.tag_ == "MD":
        negs = [c.i + 1 for c in verb.children if c.dep_ == "neg"]
        return max([_span_end(verb), *negs])
    return None


# 'the manager says no exchanges this week', 'chef says no swaps tonight': the refusal is
# the 'no' and what it refuses, not who said it; the end of that span, -1 where what is
# said no to is good news or what a thing holds ('says no problem', 'chef says no nuts in
# the pesto'), or None where the reading does not apply and the 'said no' span stands
# ('the manager says no', 'manager says no takeaway after 10').
def _said_no_thing(no: Any, ctx: SentenceContext) -> int | None:
    noun = _no_head(no)
    if noun is None or noun.i > no.i + 3:
        return None
    words = {noun.lower_, _lemma(noun)} | {
        w for c in noun.children if c.dep_ in ("compound", "amod") for w in (c.lower_, _lemma(c))
    }
    if words & ctx.words("refusal_objects") or _lemma(noun) in ctx.words("service_verbs"):
        return noun.i + 1
    if {noun.lower_, _lemma(noun)} & ctx.words("benefit_nouns"):
        return -1  # "chef says no problem"
    if any(c.dep_ == "prep" and c.lower_ in ("in", "inside") for c in noun.children):
        return -1  # "chef says no nuts in the pesto": what a dish holds
    return None


def _after_a_request(tok: Any, ctx: SentenceContext) -> bool:
    """'2B wants an upgrade, not poss', 'rm 8 asked for late c/o - not possible', 'early
    checkin for 412 - not poss today': a note's verdict on a request, after a comma or a
    dash, where what comes before asks for something (a verb of asking, a request noun or a
    service a customer asks for). 'Tried the plumber, not possible to get through' has a
    verb of its own after it, which the caller reads as another shape's."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text not in (",", "-", "–", "—", ";", ":"):
        return False
    wanted = ctx.words("request_nouns") | ctx.words("refusal_objects") | AVAILABLE_SERVICES
    for t in doc[: tok.i - 1]:
        if _lemma(t) in ASKING or t.lower_ in SHORT_REQUESTS:
            return True
        if _lemma(t) in wanted or t.lower_ in wanted:
            return True
    return False


# What a thing the customer asks about is not, when a "No," answers: "No, the spa isn't
# included", "No, that ticket isn't valid on this train", "No, the lounge isn't open to
# economy passengers". 'No, the museum isn't far' and 'No, the jacket isn't waterproof'
# answer a question of fact.
REFUSED_STATES = frozenset(
    "included valid allowed permitted accepted covered eligible refundable transferable "
    "exchangeable returnable available open".split()
)


def _refused_state(subj: Any, ctx: SentenceContext) -> int | None:
    """The end of a refusal a 'No,' opens with a thing's state ('No, the spa isn't included'),
    or None. The thing is the subject of a present negated 'be' (or a passive) whose
    predicate is one of REFUSED_STATES; 'open' only to someone ('isn't open to economy
    passengers', not 'isn't open yet'), 'available' only of a service (`_service_noun`),
    and never of a person ('No, the manager isn't available')."""
    if subj.lower_ in FIRST_PERSON | {"you", "he", "she", "they"} or _staff(subj, ctx):
        return None
    verb = subj.head
    if subj.dep_ == "nsubjpass" and verb.tag_ == "VBN":
        pred, be = verb, next((c for c in verb.children if c.dep_ == "auxpass"), None)
    elif _lemma(verb) == "be":
        be = verb
        pred = next((c for c in verb.children if c.dep_ in ("acomp", "attr")), None)
    else:
        return None
    if pred is None or be is None or pred.lower_ not in REFUSED_STATES:
        return None
    if be.tag_ not in ("VBZ", "VBP") or not (_negated(verb) or _negated(be)):
        return None
    if any(c.lower_ in ("yet", "anymore") for c in (*verb.children, *pred.children)):
        return None
    if pred.lower_ == "open" and not any(
        c.dep_ == "prep" and c.lower_ == "to" for c in pred.children
    ):
        return None
    if pred.lower_ == "available" and not _service_noun(subj, ctx):
        return None
    negs = [c.i + 1 for c in verb.children if c.dep_ == "neg"]
    return max([pred.i + 1, *negs])


HESITATIONS = frozenset("well um uh oh er".split())


def _no_idiom(tok: Any) -> tuple[int, int, Any] | None:
    """'No can do', 'Sorry, no can do on the refund', 'Afraid not.', 'I'm afraid not, sir':
    a flat no said as an idiom, opening the reply (after 'sorry', 'well', 'I'm' at most).
    'Afraid not' must end the reply or take only a term of address: 'I'm afraid not many
    people came' counts people."""
    doc = tok.doc
    if tok.lower_ not in ("no", "afraid") or tok.i + 1 >= len(doc):
        return None
    words = [t.lower_ for t in doc[tok.i : tok.i + 3]]
    if words != ["no", "can", "do"] and words[:2] != ["afraid", "not"]:
        return None
    if any(not (t.is_punct or t.lower_ in FILLERS) for t in doc[: tok.i]):
        return None
    start = next((t.i for t in doc[: tok.i] if not (t.is_punct or t.lower_ in HESITATIONS)), tok.i)
    if words == ["no", "can", "do"]:
        return (start, tok.i + 3, tok)
    after = doc[tok.i + 2] if tok.i + 2 < len(doc) else None
    if after is not None and not (after.is_punct or after.lower_ in ADDRESS):
        return None
    return (start, tok.i + 2, tok)


HEADING_WORDS = 6


def _after_heading(tok: Any) -> bool:
    """'Smoking: not allowed', 'Re-admission: not permitted': the word opens a sign's line
    after a heading of a few words and no verb ('Dogs on the beach:'), and answers it as
    'Not allowed' alone would."""
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != ":":
        return False
    heading = [t for t in doc[: tok.i - 1] if not t.is_punct]
    if any(_lemma(t) in SETTING_WORDS for t in heading):
        return False  # a reference table's row: "Async mode: not allowed"
    return 0 < len(heading) <= HEADING_WORDS and all(
        t.pos_ in ("NOUN", "PROPN", "ADJ", "DET", "ADP") for t in heading
    )


# What a technical reference lists in its tables, whose values may be 'not allowed'.
SETTING_WORDS = frozenset(
    "mode value option parameter field setting type flag argument key method default null "
    "input output format property attribute variable config configuration header request "
    "response status version encoding".split()
)


def _no_said_by_us(verb: Any, ctx: SentenceContext) -> bool:
    """'The receptionist said no', 'reception said “No, …”': a no one of our people (or
    a rule, or an unnamed 'they') said, as said, not 'my wife said no' or 'would say no'."""
    subj = _subject(verb)
    if _negated(verb) or (
        subj is not None and subj.lower_ not in FIRST_PERSON | SAYERS and not _our_people(subj, ctx)
    ):
        return False
    if _aux_lemmas(verb) & {"should", "would", "could", "never", "can", "must"}:
        return False
    return not any(c.lower_ == "never" for c in verb.children)


def _refusing_reason(rest: list[Any]) -> bool:
    """What follows a quoted 'No,' makes it a refusal: a rule ('that's our policy', 'rules
    are rules') or our own 'can't' ('No, we can't'); 'No, you don't need to fast' spares the
    customer and 'No, it's not far now' answers a question of fact."""
    if any(_lemma(t) in ("policy", "rule", "regulation") for t in rest):
        return True
    return any(
        t.dep_ == "neg"
        and (_subject(t.head) is not None and _subject(t.head).lower_ in FIRST_PERSON)
        for t in rest
    )


def _quoted_after(tok: Any) -> Any | None:
    """The word right before the quote that tok opens ('said “No'), or None."""
    doc = tok.doc
    j = tok.i - 1
    if j < 1 or doc[j].text not in ('"', "“", "‘"):
        return None
    j -= 1
    if doc[j].text in (",", ":") and j > 0:
        j -= 1
    return doc[j]


# What a negated "be" says we do not offer: "that's not something we support", "ear piercing
# is not a service we provide", "that isn't an option we can give you".
OFFERINGS = frozenset("something thing service option feature".split())
# The same as written, plural too: "those aren't things we can change".
OFFERING_WORDS = OFFERINGS | frozenset("things services options features".split())
# What is beyond anyone's say, not refused: "those aren't things we can control".
BEYOND_US = frozenset("control predict foresee prevent influence avoid promise".split())
# What we say we cannot do without, or cannot let pass, values the thing and refuses nobody:
# "that's not something we can ignore", "those aren't risks we can overlook".
OUR_STAKES = frozenset(
    "ignore overlook dismiss neglect risk sacrifice underestimate compromise condone excuse "
    "forgive rule sweep live cope survive".split()
)
# Words after the verb that make it our own stake: "we can do without", "take for granted",
# "put up with", "let slide".
STAKE_AFTER = (("without",), ("for", "granted"), ("up", "with"), ("slide",), ("pass",))


def _our_own_stake(verb: Any, ctx: SentenceContext) -> bool:
    """'That's not something we can ignore', 'not a feature we can live without', 'those
    aren't things we can afford to lose', 'not something we can take for granted': what we
    cannot do without or let pass is something we value, not a service refused. 'Afford to'
    a service ('not something we can afford to give away') still refuses."""
    if _lemma(verb) == "afford":
        then = next((g for g in verb.children if g.dep_ == "xcomp"), None)
        if then is None:
            return True  # "not something we can afford"
        harmless = ctx.words("harmless_verbs") | BEYOND_US
        return _lemma(then) in harmless or _our_own_stake(then, ctx)
    if _lemma(verb) in OUR_STAKES:
        return True
    doc = verb.doc
    after = tuple(t.lower_ for t in doc[verb.i + 1 : verb.i + 3])
    for words in STAKE_AFTER:
        if after[: len(words)] != words:
            continue
        last = doc[verb.i + len(words)]
        nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
        # "not something we can do without a referral" is a condition, not our own stake
        return not (
            any(c.dep_ == "pobj" for c in last.children)
            or (nxt is not None and nxt.tag_ in ("DT", "PRP$", "PRP", "CD", "NN", "NNS", "JJ"))
        )
    return False


# What a demonstrative points at that the customer asked for: "that isn't something we can
# enable", "those aren't things I can authorise" refuse it, whatever the verb.
POINTING = frozenset("that this those these".split())
FILLERS = frozenset("well um uh oh er sorry afraid i 'm m ’m".split())
SAYERS = frozenset("policy policies rules system manager management boss they".split())


def _answers_a_question(ctx: SentenceContext) -> bool:
    """'“Can I bring my dog?” “No, …”': a no that answers a customer's request.

    'Is this a window seat?' “No it's not” answers a question of fact: nobody is refused."""
    prev = ctx.previous.rstrip(" \t\n\"“”‘’'")  # the next quote may open on this side
    if not prev.endswith("?"):
        return False
    asked = re.split(r"[.!?]\s+(?=\S)", prev)[-1]
    words = re.findall(r"[a-z]+", asked.lower())
    if "?" in asked[:-1] or not words:
        return True
    first = words[0]
    if _asks_if_needed(asked):
        return False  # "Do I need to fast?" "No, …": the customer is spared, not refused
    if first in ("is", "are", "am", "was", "were", "did", "has", "have"):
        if first in ("is", "are") and set(words) & ASKED_STATES:
            return True  # "Is breakfast included?", "Are dogs allowed?"
        return len(words) > 2 and words[1:3] in (["it", "possible"], ["there", "any"])
    return True


# What a customer asks to be let have, in a question of 'is' or 'are': "Is breakfast
# included?", "Are dogs allowed?". 'Is it far?' and 'Is the pool open?' ask a fact.
ASKED_STATES = REFUSED_STATES - {"open", "available"}


def _asks_if_needed(question: str) -> bool:
    """'Do I need to bring my passport?', 'Will I be charged?': whatever 'No' answers it, the
    customer is spared something, never refused."""
    words = re.findall(r"[a-z]+", question.lower())
    return bool(words) and (
        words[0] in ("do", "does", "will", "would", "shall", "should", "must")
        and re.search(
            r"\b(?:need|needs|have to|has to|must|required|charged|pay extra)\b", question.lower()
        )
        is not None
    )


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


def _opens_answer(tok: Any) -> bool:
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].text in ('"', "“", "‘", "'"):
        return tok.i + 1 < len(doc)  # a quoted answer: 'My response is "No, …"'
    before = [t for t in doc[: tok.i] if not (t.is_punct or t.lower_ in FILLERS)]
    if before:
        return False
    if tok.i + 1 >= len(doc):
        return False
    nxt = doc[tok.i + 1]
    return nxt.is_punct or nxt.lower_ in ADDRESS or tok.dep_ == "intj" or tok.is_upper


def _time_phrase(tok: Any) -> Any | None:
    """An 'after 30 days' prepositional phrase under tok, or None."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("after", "beyond", "past"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if (
                objs
                and _lemma(objs[0]) in {u.rstrip("s") for u in TIME_UNITS} | TIME_UNITS
                and any(g.like_num for g in objs[0].children)
            ):
                return c
    return None


@rewrite("available_for")
def available_for(
    ctx: SentenceContext, start: int, end: int, noun: Any
) -> tuple[int, int, str] | None:
    """'No refunds after 30 days' -> 'Refunds are available for 30 days'."""
    doc = ctx.doc
    prep = _time_phrase(noun)
    if prep is None or (start != noun.i - 1 and doc[start].lower_ != "no"):
        return None
    phrase = _written(ctx, start + 1, noun.i + 1)
    duration = _written(ctx, prep.i + 1, prep.right_edge.i + 1)
    verb = "is" if noun.tag_ == "NN" else "are"
    text = f"{phrase} {verb} available for {duration}"
    text = text[0].upper() + text[1:] if doc[start].text[0].isupper() else text
    return start, prep.right_edge.i + 1, text


@rewrite("as_soon_as")
def as_soon_as(
    ctx: SentenceContext, start: int, end: int, verb: Any
) -> tuple[int, int, str] | None:
    """'We cannot ship it until payment clears' -> 'We will ship it as soon as payment clears'."""
    until = next(
        (
            t
            for t in verb.subtree
            if t.lower_ == "until" and t.dep_ in ("mark", "prep") and t.i > verb.i
        ),
        None,
    )
    if until is None:
        return None
    clause = until.head if until.dep_ == "mark" else until
    last = max(clause.right_edge.i, until.i)
    if last <= until.i:
        return None
    subject = _written(ctx, start, start + 1)
    action = _written(ctx, verb.i, until.i)
    rest = _written(ctx, until.i + 1, last + 1)
    return start, last + 1, f"{subject} will {action} as soon as {rest}"


@rewrite("can_within")
def can_within(
    ctx: SentenceContext, start: int, end: int, verb: Any
) -> tuple[int, int, str] | None:
    """'Items cannot be returned after 14 days' -> 'Items can be returned within 14 days'."""
    prep = _time_phrase(verb)
    subj = _subject(verb)
    if prep is None or subj is None or subj.i > verb.i:
        return None
    first = subj.left_edge.i
    subject = _written(ctx, first, subj.i + 1)
    duration = _written(ctx, prep.i + 1, prep.right_edge.i + 1)
    participle = _written(ctx, verb.i, verb.i + 1)
    return first, prep.right_edge.i + 1, f"{subject} can be {participle} within {duration}"
