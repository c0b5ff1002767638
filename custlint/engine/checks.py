"""Named linguistic checks that rules refer to by name in their `checks` list.

Each check looks at the head token of a match in its parsed sentence and answers one
question; it returns True when the match stands. Keeping them small and named lets a
rule pack say *why* a sense is innocent, and lets tests pin each one down.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from custlint.engine.context import SentenceContext
from custlint.errors import RuleError

Check = Callable[[Any, SentenceContext], bool]
CHECKS: dict[str, Check] = {}

DEGREE_ADVERBS = frozenset(
    "very so too more most less quite extremely incredibly really remarkably super "
    "infinitely endlessly amazingly wonderfully unbelievably always".split()
)
PERSON_HEADS = frozenset(
    "family families relative relatives friend friends companion companions member members".split()
)
# Words that, anywhere in the sentence, mark technical prose on their own.
STRICT_TECHNICAL = frozenset(
    "http https api apis sdk server servers endpoint endpoints library libraries socket sockets "
    "protocol protocols header headers tls ssl ssh vm vms kernel hypervisor virtualbox vmware "
    "docker container containers certificate certificates html json xml yaml database redis sql "
    "proxy daemon timeout token tokens localhost url webhook runtime ssid router os "
    "authentication oauth smtp imap syntax".split()
)
_TECH_BIGRAM = re.compile(
    r"\b(e-?mail|mail|http|api|desktop|web|mobile|ftp|ssh|vpn|torrent)\s+(client|guest|user)s?\b",
    re.I,
)
_CODE = re.compile(r"[=<>{}]|\w\.\w+\(|\w\(\)|::|->|\b(func|def|const|var|import|null|None)\b|`")


def check(name: str) -> Callable[[Check], Check]:
    def register(fn: Check) -> Check:
        CHECKS[name] = fn
        return fn

    return register


def get_check(name: str) -> Check:
    try:
        return CHECKS[name]
    except KeyError:
        raise RuleError(
            f"unknown check '{name}' (known checks: {', '.join(sorted(CHECKS))})"
        ) from None


@check("noun_sense")
def noun_sense(tok: Any, ctx: SentenceContext) -> bool:
    """The word is a noun for a person, not the adjective ('please be patient')."""
    if tok.pos_ in ("ADJ", "ADV", "VERB", "AUX") and not tok.tag_.startswith("NN"):
        return False
    if tok.dep_ in ("acomp", "advmod", "oprd"):
        return False
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in DEGREE_ADVERBS:
        return False
    partners = [c for c in tok.children if c.dep_ == "conj"]
    if tok.dep_ == "conj":
        partners.append(tok.head)
    return not any(p.pos_ == "ADJ" for p in partners)


@check("not_thing_modifier")
def not_thing_modifier(tok: Any, ctx: SentenceContext) -> bool:
    """The word names people, not a thing it modifies ('passenger seat', 'client-side')."""
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_:
        return False
    return not (
        tok.dep_ in ("compound", "amod", "nmod")
        and tok.head.i > tok.i
        and tok.head.pos_ in ("NOUN", "PROPN")
        and tok.head.tag_ != "VBG"
        and not tok.head.lower_.endswith("ing")
        and tok.head.lemma_.lower() not in PERSON_HEADS
    )


@check("not_software_sense")
def not_software_sense(tok: Any, ctx: SentenceContext) -> bool:
    """The word is not software ('HTTP client', 'guest OS', a client that sends a token)."""
    technical = ctx.words("technical") or STRICT_TECHNICAL
    near = [c for c in tok.children if c.dep_ in ("compound", "amod", "nmod")]
    if tok.dep_ in ("compound", "amod", "nmod"):
        near.append(tok.head)
    if any(t.lower_ in technical for t in near):
        return False
    sentence_words = {t.lower_ for t in ctx.doc}
    if sentence_words & STRICT_TECHNICAL:
        return False
    previous = ctx.previous.lower()
    if _TECH_BIGRAM.search(previous):
        return False
    return not (set(re.findall(r"[a-z]+", previous)) & STRICT_TECHNICAL)


@check("not_code")
def not_code(tok: Any, ctx: SentenceContext) -> bool:
    """The sentence is prose, not a line of code, config or a log record."""
    if any(ch in tok.text for ch in "._()*"):
        return False
    return not _CODE.search(ctx.doc.text)


@check("diner_person_sense")
def diner_person_sense(tok: Any, ctx: SentenceContext) -> bool:
    """'diner' is a person eating, not a restaurant ('a roadside diner', 'Mel's Diner')."""
    if tok.i > 0 and tok.text[:1].isupper() and not tok.is_sent_start:
        return False  # a name: "Little Gem Diner", "Diner 50"
    modifiers = ctx.words("person_modifiers")
    for child in tok.children:
        if child.dep_ in ("amod", "det", "nummod", "poss", "compound") and (
            child.lower_ in modifiers or child.like_num or "-something" in child.lower_
        ):
            return True
        if child.dep_ == "relcl" and any(
            g.lower_ in ("who", "that") and g.dep_.startswith("nsubj") for g in child.children
        ):
            return True
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in ("other", "fellow"):
        return True
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in ctx.words("person_verbs"):
        return True
    if tok.dep_ in ("attr", "oprd", "appos") or (tok.dep_ == "pobj" and tok.head.lower_ == "as"):
        head = tok.head if tok.dep_ != "pobj" else tok.head.head
        return (
            any(
                c.dep_ in ("nsubj", "dobj")
                and c.pos_ == "PRON"
                and c.lower_ not in ("it", "this", "that")
                for c in head.children
            )
            or tok.dep_ == "pobj"
        )
    return False
