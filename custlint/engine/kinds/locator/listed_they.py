"""The locator reading by a 'they' that looks back to a list of codes: '12A and 12C are on a
connection, let them off first', '21 and 22 are together, fire their starters', 'Can you pop
back to 31A and 31B? They've been arguing.'.

Seats, rooms and orders never argue, get let off or have starters of their own, so a 'they',
'them' or 'their' after two or more codes in one list, that does what only people do, with
nothing else between it and the list that it could name, looks back to the codes' people. It
builds on the back-reference of one number (`backref`): the list's own clause must leave room
for people as a single number's must, and the pronoun must be free to look back to it.
"""

from __future__ import annotations

from typing import Any

from custlint.engine.candidates import PERSONAL_PRONOUNS, next_pronoun_words
from custlint.engine.checks import technical_text
from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.backref import (
    CAPACITY_VERBS,
    DURATIONS,
    PLACE_DOINGS,
    PLURAL_PRONOUNS,
    REACHING_PREPOSITIONS,
    THING_PRONOUNS,
    TIME_WORDS,
    WAITING_VERBS,
    _addressed,
    _an_hour,
    _bound_elsewhere,
    _clause_of,
    _handles_a_thing,
    _has_aux,
    _human_plural,
    _names_someone,
    _open_to_a_person,
    _vocative,
)
from custlint.engine.kinds.locator.grammar import _fixed_lemma, _is_code, _mention_role, _someone
from custlint.engine.kinds.locator.kind import LocatorKind
from custlint.engine.kinds.locator.lexicon import (
    CALL_VERBS,
    ERGATIVE_VERBS,
    LIST_WORDS,
    OBJECT_NEUTRAL_VERBS,
    REPORTING_VERBS,
    SAID_OF_PLACES_TOO,
    SAID_OF_THINGS_TOO,
)
from custlint.engine.kinds.locator.registry import Mention, Person, person_test

# Verbs by which staff go to whoever sits at a code: "pop back to 31A and 31B".
GOING_VERBS = frozenset("go pop nip head run walk hop wander".split())
# Verbs whose object, as 'them', is the people spoken to or looked after: "let them off
# first", "reassure them" (not "keep them", "fix them", said of things too).
SEEN_TO_PEOPLE = frozenset(
    "help wake greet welcome thank reassure calm comfort escort seat reseat upgrade serve "
    "page ask tell remind warn inform notify apologise apologize offer let".split()
)


@person_test("person_by_number")
def listed_then_they(mention: Mention, ctx: SentenceContext, kind: LocatorKind) -> Person | None:
    """'12A and 12C are on a connection, let them off first', '21 and 22 are together, fire
    their starters', 'Can you pop back to 31A and 31B? They've been arguing.': two or more
    codes in one list, and then a 'they', 'them' or 'their' that does what only people do,
    with nothing else it could look back to. Seats, rooms and orders never argue, get let off
    or have starters of their own, so the only ones the pronoun names are the codes' people.

    It refuses where the list's own clause makes the codes places or things ('Rooms 4 and 5
    are ready, they've been cleaned', 'Tables 6 and 7 are free, they seat four'), where the
    pronoun does what things do too ('they won't recline', 'they should arrive Monday', 'they
    need changing'), and where anyone or anything else stands between the two: a person, a
    name, another number or a plural noun ('D11 and D12 have broken cup holders; they've been
    taped off': the holders)."""
    doc = ctx.doc
    if technical_text(ctx.original or doc.text, (t.lower_ for t in doc)):
        return None
    whole = _code_list(mention, ctx)
    if whole is None or not _list_open(whole, ctx, kind):
        return None
    if any(_another_person(t, whole, ctx) for t in doc if not whole.start <= t.i < whole.end):
        return None  # "Ask the cleaners about 4 and 5, they …": whom 'they' may name
    party = ctx.words("party_words")
    for tok in doc[whole.end :]:
        if tok.lower_ in PERSONAL_PRONOUNS or tok.lower_ in THING_PRONOUNS:
            return None  # "4 and 5, she says they …": someone else is about
        if tok.lower_ == "their" and tok.head.lemma_.lower() in party:
            continue  # "19C and 19D are on their honeymoon": the list's own party
        if tok.lower_ in PLURAL_PRONOUNS:
            if _only_people(tok, ctx, kind) and not _bound_elsewhere(whole, tok, ctx):
                return Person(mention.start, mention.end, None)
            return None
        if _another_antecedent(tok, whole):
            return None
    if _looks_back_to_list(whole, ctx, kind):
        return Person(mention.start, mention.end, None)
    return None


def _code_list(mention: Mention, ctx: SentenceContext) -> Mention | None:
    """The list of codes the mention is in, as one mention from its first code to its last:
    a plural head's list ('tables 11 and 12'), or bare codes joined by 'and', '&' or commas
    ('12A and 12C', '6124, 6125 and 6126'); None for a code on its own or a count ('12A and
    3 bags')."""
    if mention.many:
        return mention
    if not mention.bare:
        return None
    doc = ctx.doc
    start, end = mention.start, mention.end
    while start >= 2 and doc[start - 1].lower_ in LIST_WORDS and _listed_code(doc[start - 2]):
        start -= 2
    while end + 1 < len(doc) and doc[end].lower_ in LIST_WORDS and _listed_code(doc[end + 1]):
        end += 2
    if start == mention.start and end == mention.end:
        return None
    if not all(_listed_code(t) or t.lower_ in LIST_WORDS for t in doc[start:end]):
        return None
    root = doc[start]
    while root.dep_ == "conj" and root.head.i != root.i and root.head.i >= start:
        root = root.head
    return Mention(start, end, root, True, True)


def _listed_code(tok: Any) -> bool:
    """A code that is an item of a list, not a count before a noun ('3 bags') or a time."""
    return _is_code(tok) and not _a_count(tok) and not _an_hour(tok)


def _a_count(tok: Any) -> bool:
    """A number counting the noun after it ('3 bags'), not one the parser hung on the verb
    before it ('Buzz 702 and 704')."""
    return tok.dep_ == "nummod" and tok.head.i > tok.i


def _another_person(tok: Any, whole: Mention, ctx: SentenceContext) -> bool:
    """Someone in the list's sentence whom a 'they' may name instead: a person, a name or a
    team ('Ask the cleaners about 4 and 5, they …'), but not the one spoken to ('Can someone
    pop back to 31A and 31B?', 'Hi Leah, …'), a place named after 'to' or 'from' ('on a
    connection to Dubai'), nor an order's verb the tagger took for a name ('Ring 3391 and
    3392', with the codes hung on it)."""
    if any(c.head.i == tok.i for c in whole.root.doc[whole.start : whole.end]):
        return False
    if tok.lower_ in ("someone", "somebody"):
        return not (
            tok.dep_ == "nsubj" and any(c.tag_ == "MD" and c.i < tok.i for c in tok.head.children)
        )
    if not _someone(tok, ctx) or _vocative(tok) or tok.dep_ == "npadvmod":
        return False
    return not (tok.pos_ == "PROPN" and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from"))


def _list_open(whole: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """Whether the list's own clause leaves room for people: what the back-reference asks of
    one number ('ring 40221 and 40237', '12A and 12C: …'), or, for bare codes, said to be
    together or of one party ('21 and 22 are together', '12A and 12C are on a connection'),
    or gone to ('pop back to 31A and 31B'). Never a place's or a thing's state: 'tables 11
    and 12 are together' were pushed together, so a head word is read as the back-reference
    reads it."""
    if _open_to_a_person(whole, ctx, kind):
        return True
    if not whole.bare:
        return False
    dep, root = _mention_role(whole)
    verb = root.head
    if dep == "pobj" and root.head.lower_ == "to":
        going = root.head.head
        if going.dep_ == "advmod":
            going = going.head  # "pop back to 31A and 31B"
        return _fixed_lemma(going) in GOING_VERBS and not any(
            c.dep_ == "dobj" for c in going.children
        )
    if dep != "nsubj" or _fixed_lemma(verb) != "be":
        return False
    party = ctx.words("party_words")
    return any(
        t.lemma_.lower() in party
        for c in verb.children
        if c.dep_ in ("advmod", "acomp", "attr", "prep")
        for t in c.subtree
    )


def _only_people(pronoun: Any, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """A 'they', 'them' or 'their' that only people can be: the subject of a verb or a state
    no place, thing or record has ('they've been arguing', 'they're furious'), whom staff
    speak to, let off or see to ('let them off', 'remind them', 'take them the bill', 'check
    on them'), or whose possessions are a person's ('their starters'). Not what things do
    too: 'they won't recline', 'they're waiting on crew', 'they need changing', 'they've been
    cleaned'."""
    head = pronoun.head
    lemma = _fixed_lemma(head)
    if pronoun.lower_ == "their":
        return _human_plural(pronoun, ctx)
    if pronoun.lower_ == "them" and pronoun.dep_ == "nsubj" and head.pos_ != "VERB":
        head = _clause_of(pronoun)  # "let them off first", read as 'them off' under 'let'
        return _fixed_lemma(head) in SEEN_TO_PEOPLE
    if pronoun.dep_ == "nsubj":
        if lemma == "be" and not any(c.dep_ == "acomp" for c in head.children):
            return False
        things = (
            SAID_OF_THINGS_TOO
            | OBJECT_NEUTRAL_VERBS
            | ERGATIVE_VERBS
            | PLACE_DOINGS
            | CAPACITY_VERBS
            | WAITING_VERBS
            | kind.thing_verbs
        )
        if lemma in things or lemma in REPORTING_VERBS or _has_aux(head, "auxpass"):
            return False
        if lemma == "be":
            states = ctx.words("human_states") - ctx.words("place_states") - kind.thing_states
            return any(
                c.dep_ == "acomp" and c.lower_ in states and c.lower_ not in SAID_OF_PLACES_TOO
                for c in head.children
            )
        return lemma in ctx.words("human_verbs")
    if pronoun.dep_ == "dative":
        return lemma in ctx.words("giving_verbs")  # "take them the bill"
    if pronoun.dep_ == "dobj":
        return lemma in SEEN_TO_PEOPLE or lemma in CALL_VERBS or _addressed(pronoun)
    if pronoun.dep_ == "pobj":
        verbs = REACHING_PREPOSITIONS.get(head.lower_, frozenset())
        return _addressed(pronoun) or (
            head.head.pos_ == "VERB" and _fixed_lemma(head.head) in verbs
        )
    return False


def _another_antecedent(tok: Any, whole: Mention) -> bool:
    """Whether a word between the list and its pronoun is something else a 'they' may name:
    a plural noun ('broken cup holders'), or another number that is not a time."""
    if tok.tag_ in ("NNS", "NNPS") and tok.lower_ not in DURATIONS | TIME_WORDS:
        return True
    return _is_code(tok) and not _an_hour(tok) and not _a_count(tok)


def _looks_back_to_list(whole: Mention, ctx: SentenceContext, kind: LocatorKind) -> bool:
    """'Can you pop back to 31A and 31B? They've been arguing over the armrest.': a 'they' or
    'them' early in the next sentence that only people can be, with nothing before it there
    that it could name instead, and no other number or person in the list's own sentence or
    named in the one before."""
    doc = ctx.doc
    if next_pronoun_words(ctx.following) is None:
        return False
    if any(_is_code(t) and not _an_hour(t) for t in doc if not whole.start <= t.i < whole.end):
        return False
    if _names_someone(ctx.previous, ctx):
        return False
    following = ctx.parse(ctx.following)
    for tok in following:
        if _someone(tok, ctx) or _is_code(tok) or tok.tag_ in ("NNS", "NNPS"):
            return False
        if tok.lower_ in PERSONAL_PRONOUNS or tok.lower_ in THING_PRONOUNS:
            return False
        if tok.lower_ in ("they", "them"):
            return _only_people(tok, ctx, kind) and not _handles_a_thing(
                tok, following[:0], following
            )
    return False
