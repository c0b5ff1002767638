"""What the person tests read and return, and the registry they fill.

A `Mention` is a number with its head word ("room 412") or a bare code ("17F"); a `Person` is
the span that stands for a person. Each person test registers itself under a name with
`@person_test(name)`, and a rule lists the names it uses under `checks`; within a name the
tests are tried in the order they were registered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from custlint.engine.context import SentenceContext

if TYPE_CHECKING:
    from custlint.engine.kinds.locator.kind import LocatorKind


@dataclass(frozen=True)
class Mention:
    start: int  # token index, inclusive
    end: int  # token index, exclusive
    root: Any  # the token that carries the mention's dependency
    bare: bool  # a code with no head word ("17F", "1108")
    many: bool = False  # a plural head with a list of numbers ("tables 3, 5 and 9")


@dataclass(frozen=True)
class Person:
    start: int
    end: int
    noun: Any | None  # the person noun, for "the man in seat 17F"; None for a bare number
    vocative: bool = False


PersonTest = Callable[[Mention, SentenceContext, "LocatorKind"], Person | None]
PERSON_TESTS: dict[str, list[PersonTest]] = {}


def person_test(name: str) -> Callable[[PersonTest], PersonTest]:
    def register(fn: PersonTest) -> PersonTest:
        PERSON_TESTS.setdefault(name, []).append(fn)
        return fn

    return register


# Tests that make a number a thing whatever the person tests say, registered by the
# readings that know a thing's sense of their words: "Claim 4472 came back approved"
# (arrivals.py), where "came" alone would read as a person's.
ThingTest = Callable[[Mention, SentenceContext, "LocatorKind"], bool]
THING_TESTS: list[ThingTest] = []


def thing_test(fn: ThingTest) -> ThingTest:
    THING_TESTS.append(fn)
    return fn


@dataclass(frozen=True)
class MentionFinder:
    """A family's own way to find its mentions, for a rule that names it under `finder`
    ('finder = "phones"'): what it finds, and the preposition its rewrite places the
    customer by ('the customer on 07700 900412', 'the customer with registration KX19 ABC')."""

    find: Callable[[Any, SentenceContext, LocatorKind], list[Mention]]
    preposition: Callable[[Any, Mention], str]
    # Whether token i is part of what this finder reads ('07700' of '07700 900412'), which
    # the other rules then do not read as a bare code of their own.
    covers: Callable[[Any, int], bool]


MENTION_FINDERS: dict[str, MentionFinder] = {}
