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
