"""Readings of the parse every shape uses: a token's lemma, negation, subject, condition,
auxiliaries and objects, and where a refusal span ends."""

from __future__ import annotations

from typing import Any

from custlint.engine.kinds.refusal.lexicon import CONDITIONAL_MARKS, NEGATIONS


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


def _hyphenated_service(doc: Any, i: int, services: frozenset[str]) -> Any | None:
    """The last token of a service verb written with a hyphen from token i ('price-match'),
    which the parser reads as a noun; None if there is none."""
    first, dash, second = doc[i : i + 3]
    if dash.text != "-" or first.whitespace_ or dash.whitespace_:
        return None
    return second if f"{first.lower_}-{second.lower_}" in services else None


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
