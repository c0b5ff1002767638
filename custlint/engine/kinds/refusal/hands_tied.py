"""The shapes that say our hands are tied: `against_policy` ('it is against our policy')
and `nothing_we_can_do` ('there is nothing we can do', 'that is not possible')."""

from __future__ import annotations

from typing import Any

from custlint.engine.context import SentenceContext
from custlint.engine.kinds.refusal.lexicon import (
    FIRST_PERSON,
    OFFERINGS,
    REPORTED_PEOPLE,
    STAFF_PRONOUNS,
)
from custlint.engine.kinds.refusal.registry import shape
from custlint.engine.kinds.refusal.speakers import _reported_by_staff
from custlint.engine.kinds.refusal.syntax import (
    _aux_lemmas,
    _lemma,
    _negated,
    _span_end,
    _subject,
    _through_be_able,
)
from custlint.engine.kinds.refusal.wanted import _something_wanted


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
