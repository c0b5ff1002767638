"""The rewrite builder's helpers: the preposition and the number of the customer a mention
becomes ("the customers at table 14"), the verb that agrees with it, and whether the rewrite is
safe beside a list.
"""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.locator.lexicon import LIST_JOINERS
from custlint.engine.kinds.locator.registry import Mention, Person


def _plural_person(noun: Any, ctx: SentenceContext) -> bool:
    """A person noun that stands for more than one customer: 'the couple', 'the ladies'."""
    return noun.lower_ in ctx.words("collective_nouns") or noun.tag_ in ("NNS", "NNPS")


# Open heads a customer is in, not at or on: "the customer in igloo 3", "in changing room 4".
OPEN_HEADS_IN = frozenset(
    "stateroom surgery consult office hut igloo yurt cabana gazebo tent marquee shed pod "
    "capsule carriage car van cab queue sauna cave".split()
)
# Open heads a customer is on: "the customer on line 3", "on rink 4".
OPEN_HEADS_ON = frozenset(
    "line rink phone call list deck ride boat kayak canoe pedalo horse pony field green "
    "tee waitlist".split()
)


def _open_preposition(doc: Any, mention: Mention) -> str:
    """How the rewrite places a customer by a head no rule owns: in a room or a hut, on a
    line or a rink, at anything else ('the customer at basin 2')."""
    head = mention.root.lower_
    if head.endswith("room") or head in OPEN_HEADS_IN:
        return "in"
    return "on" if head in OPEN_HEADS_ON else "at"


def _role_number(mention: Mention, ctx: SentenceContext) -> bool:
    """A head that names the customer's role ('caller 7', 'member 4410', 'delegate 88'): the
    number is theirs, not a place they are at, so the rewrite says whose number it is ('the
    customer with member number 4410', not 'the customer with member 4410')."""
    return (
        not mention.bare
        and mention.end - mention.start == 2
        and mention.root.i == mention.start
        and mention.root.lower_ in ctx.words("role_heads")
    )


def _glued_to_a_list(doc: Any, start: int, end: int) -> bool:
    """'2C/2D/2F': each code is a finding, but three rewrites glued by slashes ('the customer
    in seat 2C/the customer in seat 2D/…') are no sentence, so the rewrite is only offered."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    return (before is not None and before.text in LIST_GLUE and not before.whitespace_) or (
        after is not None and after.text in LIST_GLUE and not doc[end - 1].whitespace_
    )


LIST_GLUE = ("/", "+")


PLURAL_VERBS = {"is": "are", "was": "were", "has": "have", "does": "do", "'s": "are", "’s": "are"}


def _agree_plural(doc: Any, person: Person, end: int, replacement: str) -> tuple[int, str]:
    """'The couple at table 14 is' -> 'The customers at table 14 are': keep the fix grammatical."""
    if end >= len(doc):
        return end, replacement
    verb = doc[end]
    if verb.dep_ not in ("aux", "auxpass", "ROOT", "ccomp", "conj", "relcl") and verb.pos_ not in (
        "AUX",
        "VERB",
    ):
        return end, replacement
    low = verb.lower_
    if low in PLURAL_VERBS:
        plural = PLURAL_VERBS[low]
    elif verb.tag_ == "VBZ" and verb.pos_ == "VERB":
        plural = verb.lemma_
    else:
        return end, replacement
    plural = plural.upper() if verb.text.isupper() and len(verb.text) > 1 else plural
    return end + 1, replacement + " " + plural


PLURAL_ONLY_VERBS = frozenset("are were have do".split())


def _plural_verb_follows(doc: Any, mention: Mention) -> bool:
    """'Court 3 are asking', 'table 5 want the bill': the writer counts the people there as
    many, so the rewrite says 'the customers on court 3', not 'the customer ... are'. The
    last of a list ('7D and 7E are asleep') shares the verb with the rest."""
    if mention.end >= len(doc) or mention.root.dep_ == "conj":
        return False
    if mention.start > 0 and doc[mention.start - 1].lower_ in (*LIST_JOINERS, "/"):
        return False
    verb = doc[mention.end]
    return verb.lower_ in PLURAL_ONLY_VERBS or (verb.tag_ == "VBP" and verb.pos_ == "VERB")
