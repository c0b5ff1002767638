"""Stage one: split prose into sentences and keep those where some rule has a trigger.

Only the blank tokenizer, a rule-based sentencizer and two matchers run here, which is
fast enough to read every word of a large document; the statistical parser later sees
only the sentences this pass keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from custlint.engine.normalize import parse_form
from custlint.rulepack import Rule

# A line break ends a sentence when the line before ends like a sentence, or when the
# next line starts like one (a capital, digit, quote or list bullet), or when the line is
# too short to be wrapped prose: this keeps labels, headings, shorthand notes and
# one-sentence-per-line files apart while wrapped paragraphs stay joined.
_TERMINAL = '.!?:;"”’)]…'
_STARTER = re.compile(r"^[\s>*#\-+•\d]*[A-Z0-9\"“‘'(\[]")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    rule_ids: frozenset[str]
    block: int = 0  # sentences of one block of prose share a number


def split_blocks(text: str) -> Iterator[tuple[int, int]]:
    """Character ranges of line blocks that may not share a sentence."""
    start = 0
    pos = 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        end = pos + len(line)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        stripped = line.rstrip()
        boundary = (
            nxt is None
            or not stripped
            or not nxt.strip()
            or stripped[-1] in _TERMINAL
            or len(stripped) < 60
            or bool(_STARTER.match(nxt))
        )
        if boundary:
            if text[start:end].strip():
                yield start, end
            start = end + 1
        pos = end + 1


def plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word if word.endswith("x") else word + "es"
    return word + "s"


def trigger_phrases(rule: Rule) -> set[str]:
    """The surface forms that make a sentence worth parsing for this rule."""
    phrases = {t.lower() for t in rule.triggers}
    if rule.kind == "descriptor":
        for term in rule.terms:
            low = term.lower()
            phrases.add(low)
            phrases.add(plural(low))
    return phrases


class CandidateFinder:
    """Finds, per sentence, which rules have something to look at."""

    def __init__(self, rules: Iterable[Rule]) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        from custlint.engine.model import load_tokenizer_pipeline

        self.nlp = load_tokenizer_pipeline()
        self.phrases = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.shapes = Matcher(self.nlp.vocab)
        self.rules = list(rules)
        for rule in self.rules:
            phrases = sorted(trigger_phrases(rule))
            if phrases:
                self.phrases.add(rule.id, list(self.nlp.tokenizer.pipe(phrases)))
            regex = rule.options.get("trigger_regex")
            after = rule.options.get("trigger_after")
            if regex and after:
                # A bare number is only worth parsing where it could name a person: at the
                # start of a sentence, after a preposition, or owning something ("305's").
                code = {"TEXT": {"REGEX": regex}}
                self.shapes.add(
                    rule.id,
                    [
                        [{"IS_SENT_START": True, **code}],
                        [{"LOWER": {"IN": [w.lower() for w in after]}}, code],
                        [code, {"LOWER": {"IN": ["'s", "’s"]}}],
                    ],
                )
            elif regex:
                self.shapes.add(rule.id, [[{"TEXT": {"REGEX": regex}}]])
            patterns = rule.options.get("trigger_patterns")
            if patterns:
                self.shapes.add(rule.id, [list(p) for p in patterns])

    def sentences(self, text: str) -> list[Sentence]:
        blocks = list(split_blocks(text))
        out: list[Sentence] = []
        for block, ((b_start, _b_end), doc) in enumerate(
            zip(blocks, self.nlp.pipe(parse_form(text[s:e]) for s, e in blocks), strict=True)
        ):
            hits = self._hits(doc)
            for sent in doc.sents:
                ids: set[str] = set()
                for i in range(sent.start, sent.end):
                    ids.update(hits.get(i, ()))
                start = b_start + sent.start_char
                end = b_start + sent.end_char
                out.append(Sentence(start, end, text[start:end], frozenset(ids), block))
        return out

    def _hits(self, doc: Any) -> dict[int, set[str]]:
        """Rule ids keyed by token index; one token may trigger several rules."""
        strings = doc.vocab.strings
        table: dict[int, set[str]] = {}
        for matcher in (self.phrases, self.shapes):
            if len(matcher) == 0:
                continue  # an empty matcher warns (W036) on every call
            for match_id, start, _end in matcher(doc):
                table.setdefault(start, set()).add(strings[match_id])
        return table
