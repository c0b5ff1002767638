"""The partition function and the mergeable counts it returns.

`audit_partition(records, settings)` lints the texts of one partition (a list of
`Record`s) and returns `{group: Counts}`. It is a top-level function whose arguments are
plain data (records and `Settings`, never spaCy objects), so a local worker process and a
Dask worker run exactly the same code; each process builds its `Linter` once and keeps it.

`Counts.merge` is exact and order-independent: counters add, and the examples of a phrase
are the first `MAX_EXAMPLES` by the records' reading order (`Record.seq`), whichever
partition finishes first. So any split of the input, on any engine, gives the same result.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from custlint.audit.sources import Record, iso_week
from custlint.config import Settings

if TYPE_CHECKING:
    from custlint.reporters.word_report import Score
    from custlint.rulepack import Rule

CATEGORIES = ("descriptor", "locator", "no-phrasing")
MAX_EXAMPLES = 3
EXAMPLE_CONTEXT = 90  # characters of the sentence kept on each side of the match

_CUSTOMER = re.compile(r"\bcustomers?\b", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:an?|the|our|your|this|that|these|those)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_NUMBERED = re.compile(r"[a-z]*\d[\w-]*")

# seq, offset in the text, record id, text before the match, the match, text after it
# (one sentence); sorted, the first come first in reading order.
Example = tuple[int, int, str, str, str, str]
Phrase = tuple[str, str]  # category, normalized phrase


@dataclass
class Counts:
    """What one group (or everything) says about the people it serves."""

    messages: int = 0
    words: int = 0
    customer: int = 0
    descriptors: Counter = field(default_factory=Counter)  # singular word -> n
    locators: Counter = field(default_factory=Counter)  # seat, room, … -> n
    refusals: Counter = field(default_factory=Counter)  # no-phrasing rule id -> n
    phrases: Counter = field(default_factory=Counter)  # (category, phrase) -> n
    examples: dict = field(default_factory=dict)  # (category, phrase) -> [Example]
    weeks: dict = field(default_factory=dict)  # "2024-W07" -> Counter of the fields below

    @property
    def descriptor(self) -> int:
        return sum(self.descriptors.values())

    @property
    def locator(self) -> int:
        return sum(self.locators.values())

    @property
    def no_phrasing(self) -> int:
        return sum(self.refusals.values())

    def score(self) -> Score:
        """customer / (customer + descriptor + locator), as word_report's `Score`."""
        from custlint.reporters.word_report import Score

        return Score(self.customer, self.descriptor, self.locator)

    def merge(self, other: Counts) -> Counts:
        """Add `other` into this one (and return it); the order of merges never matters."""
        self.messages += other.messages
        self.words += other.words
        self.customer += other.customer
        self.descriptors.update(other.descriptors)
        self.locators.update(other.locators)
        self.refusals.update(other.refusals)
        self.phrases.update(other.phrases)
        for phrase, examples in other.examples.items():
            self.examples[phrase] = _first_distinct(self.examples.get(phrase, []) + examples)
        for week, counts in other.weeks.items():
            self.weeks.setdefault(week, Counter()).update(counts)
        return self

    def add_example(self, phrase: Phrase, example: Example) -> None:
        self.examples[phrase] = _first_distinct([*self.examples.get(phrase, []), example])


def _first_distinct(examples: list[Example]) -> list[Example]:
    """The first `MAX_EXAMPLES` examples in reading order, one per distinct sentence.

    Each partial keeps its own first distinct sentences, and the first distinct sentences
    of the whole input are always among those: merging any split, in any order, gives the
    same examples."""
    kept: list[Example] = []
    seen: set[str] = set()
    for example in sorted(examples):
        sentence = "".join(example[3:])
        if sentence in seen:
            continue
        seen.add(sentence)
        kept.append(example)
        if len(kept) == MAX_EXAMPLES:
            break
    return kept


def merge_groups(into: dict[str, Counts], other: dict[str, Counts]) -> dict[str, Counts]:
    """Merge per-group counts (`other` into `into`, which is returned)."""
    for group, counts in other.items():
        if group in into:
            into[group].merge(counts)
        else:
            into[group] = Counts().merge(counts)
    return into


def overall(groups: dict[str, Counts]) -> Counts:
    total = Counts()
    for name in sorted(groups):
        total.merge(groups[name])
    return total


def normalize_phrase(match: str) -> str:
    """Lower-cased, one space between words, straight quotes, numbers and codes as '#'.

    A locator that is nothing but a number ('17F keeps calling') would read as '#' in a
    table; it gets a label a manager can read instead."""
    text = _NUMBERED.sub("#", " ".join(match.lower().replace("’", "'").replace("‘", "'").split()))
    return text if any(c.isalpha() for c in text) else BARE_NUMBER


BARE_NUMBER = "(a number on its own)"


def descriptor_word(match: str, rule: Rule) -> str:
    """The role word of a descriptor finding, lower-cased and singular ('Passengers'' ->
    'passenger', 'the account holders' -> 'account holder')."""
    word = _POSSESSIVE.sub("", _ARTICLE.sub("", " ".join(match.lower().split())))
    terms = {t.lower() for t in rule.terms}
    for form in (word, word[:-2] if word.endswith("es") else "", word[:-1]):
        if form and form in terms:
            return form
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def locator_kind(rule: Rule) -> str:
    """seat, room, table, bed, flight, account, ticket or number (from the rule's name)."""
    name = rule.name
    return name[: -len("-locator")] if name.endswith("-locator") else name


def _example(record: Record, start: int, end: int) -> Example:
    from custlint.reporters.word_report import sentence_around

    before, match, after = sentence_around(record.text, start, end)
    if len(before) > EXAMPLE_CONTEXT:
        before = "…" + before[-EXAMPLE_CONTEXT:].lstrip()
    if len(after) > EXAMPLE_CONTEXT:
        after = after[:EXAMPLE_CONTEXT].rstrip() + "…"
    return (record.seq, start, record.id, before, match, after)


def audit_partition(records: Sequence[Record], settings: Settings) -> dict[str, Counts]:
    """Counts per group for one partition of records (runs on any worker)."""
    from custlint.api import _accepted, linter_for

    records = [r if isinstance(r, Record) else Record(*r) for r in records]
    linter = linter_for(settings)
    from custlint.engine.genre import read_as_technical

    texts = [r.text for r in records]
    technical = [read_as_technical([t], settings.genre) for t in texts]
    found_per_text = linter.lint_texts(texts, technical)
    out: dict[str, Counts] = {}
    for record, found in zip(records, found_per_text, strict=True):
        counts = out.get(record.group)
        if counts is None:
            counts = out[record.group] = Counts()
        week = None
        if record.date:
            week = counts.weeks.setdefault(iso_week(record.date), Counter())
            week["messages"] += 1
        customers = len(_CUSTOMER.findall(record.text))
        counts.messages += 1
        counts.words += len(record.text.split())
        counts.customer += customers
        if week is not None and customers:
            week["customer"] += customers
        for f in found:
            category = f.rule.category
            if category not in CATEGORIES:
                continue
            match = record.text[f.start : f.end]
            if settings.accept and category == "descriptor":
                from custlint.finding import Finding

                probe = Finding("", 0, 0, 0, 0, f.rule.id, category, "", "", match)
                if _accepted(probe, settings.accept):
                    continue
            if category == "descriptor":
                phrase = descriptor_word(match, f.rule)
                counts.descriptors[phrase] += 1
            elif category == "locator":
                phrase = normalize_phrase(match)
                counts.locators[locator_kind(f.rule)] += 1
            else:
                phrase = normalize_phrase(match)
                counts.refusals[f.rule.id] += 1
            key = (category, phrase)
            counts.phrases[key] += 1
            if len(counts.examples.get(key, ())) < MAX_EXAMPLES:
                counts.add_example(key, _example(record, f.start, f.end))
            if week is not None:
                week[category] += 1
    return out


def audit_records(records: Iterable[Record], settings: Settings) -> dict[str, Counts]:
    """The whole audit in this process (tests, small inputs)."""
    return audit_partition(list(records), settings)
