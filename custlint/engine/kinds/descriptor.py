"""The descriptor kind: a role word where 'customer' belongs."""

from __future__ import annotations

from typing import Any

from custlint.engine.candidates import plural
from custlint.engine.checks import get_check
from custlint.engine.context import SentenceContext
from custlint.engine.kinds import Hit
from custlint.engine.rewrite import APOSTROPHES, article_for, match_case, noun_form
from custlint.rulepack import Rule

POSSESSIVE_MARKS = ("'s", "’s", "'", "’")


class DescriptorKind:
    def __init__(self, rule: Rule, nlp: Any) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.rule = rule
        self.checks = [get_check(name) for name in rule.checks]
        self.terms = PhraseMatcher(nlp.vocab, attr="LOWER")
        forms = {f for t in rule.terms for f in (t.lower(), plural(t.lower()))}
        self.plural_forms = {plural(t.lower()) for t in rule.terms} - {
            t.lower() for t in rule.terms
        }
        self.terms.add(rule.id, list(nlp.tokenizer.pipe(sorted(forms))))
        if rule.patterns:
            self.patterns = Matcher(nlp.vocab)
            self.patterns.add(rule.id, [list(p) for p in rule.patterns])
        else:
            self.patterns = None
        self.exceptions = PhraseMatcher(nlp.vocab, attr="LOWER")
        if rule.exceptions:
            self.exceptions.add("x", list(nlp.tokenizer.pipe(e.lower() for e in rule.exceptions)))
        self.base = rule.rewrite or "customer"

    def find(self, ctx: SentenceContext) -> list[Hit]:
        doc = ctx.doc
        spans = {(s, e) for _, s, e in self.terms(doc)}
        if self.patterns is not None:
            spans |= {(s, e) for _, s, e in self.patterns(doc)}
        excluded = [(s, e) for _, s, e in self.exceptions(doc)]
        hits = []
        for start, end in sorted(spans):
            if any(s < end and start < e for s, e in excluded):
                continue
            head = doc[end - 1]
            if _mentioned(doc, start, end) or not all(chk(head, ctx) for chk in self.checks):
                continue
            hits.append(self._hit(ctx, start, end))
        return hits

    def _hit(self, ctx: SentenceContext, start: int, end: int) -> Hit:
        doc = ctx.doc
        head = doc[end - 1]
        possessive = ""
        if end < len(doc) and not head.whitespace_:
            nxt = doc[end]
            if nxt.text in ("'s", "’s") or (nxt.text in APOSTROPHES and nxt.tag_ == "POS"):
                possessive = ctx.original[nxt.idx : nxt.idx + len(nxt.text)] or nxt.text
                end += 1
        is_plural = (
            head.lower_ in self.plural_forms
            or (head.tag_ in ("NNS", "NNPS") and head.lower_.endswith("s"))
            or (head.lower_ == "pax" and not _singular_context(head))
        )
        original = ctx.written(start, end)
        word = noun_form(self.base, is_plural, possessive)
        replacement = match_case(word, original)
        if start > 0 and doc[start - 1].lower_ in ("a", "an"):
            article = doc[start - 1]
            wanted = article_for(word)
            if article.lower_ != wanted:
                start -= 1
                replacement = (
                    match_case(wanted, ctx.written(article.i, article.i + 1))
                    + article.whitespace_
                    + replacement
                )
        return Hit(
            start=doc[start].idx,
            end=doc[end - 1].idx + len(doc[end - 1].text),
            replacements=(replacement,),
            fix="safe",
        )


def _singular_context(tok: Any) -> bool:
    det = [c for c in tok.children if c.dep_ in ("det", "nummod")]
    return any(c.lower_ in ("a", "an", "one", "1", "each", "every", "this", "that") for c in det)


QUOTES = frozenset(('"', "'"))  # the parse form has made typographic quotes straight
WORD_NOUNS = frozenset(("word", "term", "label"))
# Verbs a style guide uses of words: 'say "customer"', 'replace "patient"', 'what we call them'.
MENTION_VERBS = frozenset("say use write replace avoid prefer call spell mean read".split())
MODIFIERS = frozenset(("det", "poss", "amod", "nummod", "compound"))


def _mentioned(doc: Any, start: int, end: int) -> bool:
    """'Say "customer", never "passenger"', 'the word guest': the role word is talked about as
    a word, which is what a style guide for customer language does, and names nobody. Scare
    quotes ('our "guests" were furious', '"Passengers" must show ID') still call people
    guests, so a quoted word counts as a mention only beside a verb of wording or a word noun."""
    if _word_noun(doc, start - 1):
        return True  # "the word guest", "the term client"
    if start == 0 or end >= len(doc):
        return False
    before, after = doc[start - 1], doc[end]
    if before.text not in QUOTES or after.text != before.text:
        return False
    if before.whitespace_ or doc[end - 1].whitespace_:
        return False  # quotes glued to the word on both sides
    if _word_noun(doc, start - 2):
        return True  # 'the term "client"'
    if any(c.i < start - 1 and c.dep_ in MODIFIERS for c in doc[end - 1].children):
        return False
    return any(t.lemma_.lower() in MENTION_VERBS and t.pos_ == "VERB" for t in doc)


def _word_noun(doc: Any, i: int) -> bool:
    """'the word', 'this term' right at index i (not the 'term' of 'long-term')."""
    return (
        i >= 1
        and doc[i].lemma_.lower() in WORD_NOUNS
        and doc[i - 1].lower_ in ("the", "this", "that", "a")
    )
